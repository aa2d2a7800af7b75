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
import { toAsciiDigits } from './digits.ts';

/** Harakat (fathatan … U+065F) and the superscript alef. */
const DIACRITIC = /[\u064b-\u065f\u0670]/;
const TATWEEL = '\u0640';
/** Bidi controls and zero-width characters that scraped text carries invisibly. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

const LETTER_MAP: Readonly<Record<string, string>> = {
  '\u0622': '\u0627', // آ → ا
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0624': '\u0621', // ؤ → ء
  '\u0626': '\u0621', // ئ → ء
  '\u0649': '\u064a', // ى → ي
  '\u0629': '\u0647', // ة → ه
  // Persian and Kurdish letter forms that Kurdish outlets' Arabic text carries.
  '\u06cc': '\u064a', // ی → ي
  '\u06a9': '\u0643', // ک → ك
};

/**
 * A folded string and, for each of its characters, the index of the source
 * character in `input.normalize('NFC')` (the same as `input` for ordinary text).
 */
export interface FoldedText {
  text: string;
  offsets: number[];
}

/**
 * Fold text for matching and keep the way back: strip harakat, tatweel and
 * invisible controls; unify alef, hamza-seat, alef-maqsura and ta-marbuta
 * forms; turn Arabic-Indic and Persian digits into ASCII; lower-case Latin
 * letters; collapse runs of white space into one space and trim.
 */
export function normalizeWithOffsets(input: string): FoldedText {
  const source = input.normalize('NFC');
  let text = '';
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (DIACRITIC.test(ch) || ch === TATWEEL || INVISIBLE.test(ch)) continue;
    if (/\s/.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && text.length > 0) {
      text += ' ';
      offsets.push(pendingSpace);
    }
    pendingSpace = -1;
    // Lower-casing can lengthen a character ('İ'): every output char maps back to i.
    for (const out of toAsciiDigits(LETTER_MAP[ch] ?? ch).toLowerCase()) {
      text += out;
      offsets.push(i);
    }
  }
  return { text, offsets };
}

/** A single word folded for lexicon lookup: normalized, with punctuation and quote marks removed. */
export function wordKey(word: string): string {
  return normalizeArabic(word).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Fold Arabic text for matching (see `normalizeWithOffsets` for the rules). */
export function normalizeArabic(input: string): string {
  return normalizeWithOffsets(input).text;
}
