/**
 * The one Arabic normalizer. The build (importer, extractor, search index) and
 * the browser (search box) both call it, so that a query and the text it
 * should find are folded the same way. Lucene's ArabicNormalizer is the
 * reference; digit folding and Latin lower-casing are added because dates and
 * English names are searched too.
 *
 * It never changes what is displayed: callers keep the original text and use
 * the normalized copy only to compare. `normalizeWithOffsets` says where each
 * folded character came from, so a match in the folded text can be shown
 * (highlighted, quoted as evidence) in the original.
 */
/** True for harakat (fathatan … U+065F), the superscript alef and tatweel: dropped. */
const isMark = (c: number): boolean => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;
/**
 * Format characters that scraped text carries invisibly, inside words as
 * often as between them («السو\u00adداني»): dropped, so that a name with one
 * in it is still the name. The importer removes the same characters from the
 * text it writes (`stripInvisible`).
 */
const INVISIBLE: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark
  [0x180e, 0x180e], // Mongolian vowel separator
  [0x200b, 0x200f], // zero-width space, non-joiner and joiner; left-to-right and right-to-left marks
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x2064], // word joiner, invisible operators
  [0x2066, 0x2069], // bidi isolates
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // zero-width no-break space (a byte-order mark inside the text)
  [0xe0100, 0xe01ef], // variation selectors supplement
];
const isInvisible = (c: number): boolean => INVISIBLE.some(([from, to]) => c >= from && c <= to);
const INVISIBLE_CHARACTERS = new RegExp(
  `[${INVISIBLE.map(([from, to]) => `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`).join('')}]`,
  'gu',
);

/** `text` without the invisible format characters the normalizer ignores (for text that is written, not only compared). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_CHARACTERS, '');
}
/** JavaScript's \s, less U+FEFF (invisible above). */
const isSpace = (c: number): boolean =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;

const LETTER_MAP: Readonly<Record<number, number>> = {
  0x0622: 0x0627, // آ → ا
  0x0623: 0x0627, // أ → ا
  0x0625: 0x0627, // إ → ا
  0x0671: 0x0627, // ٱ → ا
  0x0624: 0x0621, // ؤ → ء
  0x0626: 0x0621, // ئ → ء
  0x0649: 0x064a, // ى → ي
  0x0629: 0x0647, // ة → ه
  // Persian and Kurdish letter forms that Kurdish and Iranian outlets' Arabic text carries («المھام»,
  // «پێشمەرگە»), folded to the letters Arabic writing puts for them. (Not Kurdish ە: a vowel inside a
  // word, ة at its end.)
  0x06cc: 0x064a, // ی → ي
  0x06ce: 0x064a, // ێ → ي
  0x06a9: 0x0643, // ک → ك
  0x06af: 0x0643, // گ → ك
  0x06be: 0x0647, // ھ → ه
  0x06c1: 0x0647, // ہ → ه
  0x06c0: 0x0647, // ۀ → ه
  0x06c6: 0x0648, // ۆ → و
  0x067e: 0x0628, // پ → ب
  0x0686: 0x062c, // چ → ج
  0x0698: 0x0632, // ژ → ز
  0x06a4: 0x0641, // ڤ → ف
  0x0695: 0x0631, // ڕ → ر
  0x06b5: 0x0644, // ڵ → ل
};

/** Table entries for what is not one character out: dropped, white space, or lower-cased by `toLowerCase` (which may lengthen it). */
const DROP = 0xffff;
const SPACE = 0xfffe;
const WIDE = 0xfffd;
/** Characters the table covers: Latin, Greek, Cyrillic, Arabic, up to the bidi and space block. */
const TABLE_SIZE = 0x2070;

/**
 * What each character below TABLE_SIZE folds to, worked out once from the
 * rules above, so that folding is one lookup per character. (Folding is the
 * larger part of extracting an article, and the browser folds the query.)
 */
const TABLE = ((): Uint16Array => {
  const table = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    if (isMark(c) || isInvisible(c)) table[c] = DROP;
    else if (isSpace(c)) table[c] = SPACE;
    else if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) table[c] = 0x30 + (c % 16);
    else if (c >= 0x0600 && c <= 0x06ff) table[c] = LETTER_MAP[c] ?? c;
    else {
      const lower = String.fromCharCode(c).toLowerCase();
      table[c] = lower.length === 1 ? lower.charCodeAt(0) : WIDE;
    }
  }
  return table;
})();

/** What the table would say of a character beyond it: dropped, white space, or lower-cased (WIDE). */
const beyondTable = (code: number): number => (isInvisible(code) ? DROP : isSpace(code) ? SPACE : WIDE);

/**
 * A folded string and, for each of its characters, the index of the source
 * character in `input.normalize('NFC')` (the same as `input` for ordinary text).
 */
export interface FoldedText {
  text: string;
  offsets: number[];
}

/**
 * The folding loop, with or without the way back: one table lookup per
 * character, the text built by concatenation (V8 joins the pieces once).
 * The extractor folds every sentence and most words of every article with
 * this, and the browser every query.
 */
function fold(input: string, offsets?: number[]): string {
  const source = input.normalize('NFC');
  let text = '';
  let pendingSpace = -1;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    // Variation selectors 17–256 (U+E0100–U+E01EF) are the only invisible characters written as two units.
    if (code === 0xdb40 && isInvisible(source.codePointAt(i) ?? 0)) {
      i++;
      continue;
    }
    const folded = code < TABLE_SIZE ? (TABLE[code] as number) : beyondTable(code);
    if (folded === DROP) continue;
    if (folded === SPACE) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && text.length > 0) {
      text += ' ';
      offsets?.push(pendingSpace);
    }
    pendingSpace = -1;
    const out = folded === WIDE ? source.charAt(i).toLowerCase() : String.fromCharCode(folded);
    text += out;
    // 'İ' lower-cases to two characters: each maps back to it.
    for (let k = 0; offsets && k < out.length; k++) offsets.push(i);
  }
  return text;
}

/**
 * Fold text for matching and keep the way back: strip harakat, tatweel and
 * invisible format characters (see `INVISIBLE`); unify alef, hamza-seat, alef-maqsura and ta-marbuta
 * forms; turn Arabic-Indic and Persian digits into ASCII; lower-case Latin
 * letters; collapse runs of white space into one space and trim.
 */
export function normalizeWithOffsets(input: string): FoldedText {
  const offsets: number[] = [];
  return { text: fold(input, offsets), offsets };
}

/** Words already folded by `wordKey`: the same few thousand words recur in every article. Bounded. */
const WORD_KEYS = new Map<string, string>();
const MAX_WORD_KEYS = 50_000;

/** A single word folded for lexicon lookup: normalized, with punctuation and quote marks removed. */
export function wordKey(word: string): string {
  const known = WORD_KEYS.get(word);
  if (known !== undefined) return known;
  const key = normalizeArabic(word).replace(/[^\p{L}\p{N}]/gu, '');
  if (WORD_KEYS.size >= MAX_WORD_KEYS) WORD_KEYS.clear();
  WORD_KEYS.set(word, key);
  return key;
}

/** Fold Arabic text for matching (see `normalizeWithOffsets` for the rules). */
export function normalizeArabic(input: string): string {
  return fold(input);
}
