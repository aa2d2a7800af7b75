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

/** True for harakat (fathatan … U+065F), the superscript alef and tatweel: dropped. */
const isMark = (c: number): boolean => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;
/** True for bidi controls and zero-width characters that scraped text carries invisibly: dropped. */
const isInvisible = (c: number): boolean =>
  (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
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
  // Character codes rather than regular expressions, and one join at the end:
  // the browser folds every statement with this when the search index loads.
  const source = input.normalize('NFC');
  const out: string[] = [];
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (isMark(code) || isInvisible(code)) continue;
    if (isSpace(code)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && out.length > 0) {
      out.push(' ');
      offsets.push(pendingSpace);
    }
    pendingSpace = -1;
    const ch = source.charAt(i);
    let folded: string;
    if (code >= 0x41 && code <= 0x5a) folded = String.fromCharCode(code + 32);
    else if (code < 0x80) folded = ch;
    else if ((code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)) folded = toAsciiDigits(ch);
    else if (code >= 0x0600 && code <= 0x06ff) folded = LETTER_MAP[ch] ?? ch;
    else folded = ch.toLowerCase(); // can lengthen a character ('İ'): every output char maps back to i
    for (let k = 0; k < folded.length; k++) {
      out.push(folded.charAt(k));
      offsets.push(i);
    }
  }
  return { text: out.join(''), offsets };
}

/** A single word folded for lexicon lookup: normalized, with punctuation and quote marks removed. */
export function wordKey(word: string): string {
  return normalizeArabic(word).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Fold Arabic text for matching (see `normalizeWithOffsets` for the rules). */
export function normalizeArabic(input: string): string {
  return normalizeWithOffsets(input).text;
}
