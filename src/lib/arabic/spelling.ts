/**
 * How Arabic writes foreign names: one sound, several letters. The g of
 * Singh is ج, غ, ق or ك (سينج، سينغ، سينق، سينك), the v of Vedant ف or ڤ, the
 * p of Patel ب or پ, and the vowels are written or left out (ماكنزي،
 * ماكينزي). A name's skeleton folds these away: the letters of one sound
 * become one letter, and the long vowels after the first letter are dropped,
 * so that every spelling of a name has the same skeleton.
 *
 * Skeletons compare names only (`names.ts`): the words of a statement keep
 * their letters, because folded this far ordinary words merge (قال and كل,
 * قوات and كت). The search runs the same code at build time and in the
 * browser, on the text after the one normalizer (`normalizeArabic`).
 */

/** Letters that stand for one foreign sound, and the letter each folds to. */
const SOUNDS: Readonly<Record<string, string>> = {
  // g: ج غ ق ك, and the Persian and Maghrebi گ ڨ ڭ
  ج: 'ك',
  غ: 'ك',
  ق: 'ك',
  گ: 'ك',
  ڨ: 'ك',
  ڭ: 'ك',
  // v: ف ڤ
  ڤ: 'ف',
  // p: ب پ
  پ: 'ب',
  // zh: ز ژ
  ژ: 'ز',
};

/** Long vowels (after the normalizer: أ إ آ are ا, ى is ي), written or not. */
const LONG_VOWELS = new Set(['ا', 'و', 'ي']);

/** A skeleton shorter than this names nobody: too many words share it. */
export const MIN_SKELETON = 3;

/**
 * The skeleton of a folded word: the letters of one foreign sound as one,
 * the long vowels after the first letter dropped. «سينج» and «سنغ» are both
 * «سنك»; «ڤيدانت» and «فيدانت» both «فدنت». Latin letters are left as they are.
 */
export function skeleton(word: string): string {
  let out = '';
  for (const ch of word) {
    const folded = SOUNDS[ch] ?? ch;
    if (out.length > 0 && LONG_VOWELS.has(folded)) continue;
    out += folded;
  }
  return out;
}
