/**
 * Highlighting what matched, on the original words. Matching runs on folded
 * text (see `normalizeArabic`); `normalizeWithOffsets` maps each folded
 * character back, so a mark never cuts a letter from its harakat and the
 * reader sees their own text, not the folded one.
 */
import { normalizeWithOffsets } from '../arabic/normalize.ts';
import { bare } from '../speakers/lexicon.ts';
import { similarWord } from './similar.ts';

/** A half-open span `[start, end)` of a string. */
export type Span = [number, number];

/** A piece of displayed text, marked when it matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Merge overlapping or touching spans, in order. */
function merge(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** What may stand before a word inside the same written word: و، ف، ب، ل، ك and the article. */
const CLITICS = new Set(['', 'و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'وب', 'ول']);
const isWordChar = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);

/** The word of `text` around position `at`, as [start, end). */
function wordAround(text: string, at: number): Span {
  let start = at;
  let end = at;
  while (start > 0 && isWordChar(text.charAt(start - 1))) start--;
  while (end < text.length && isWordChar(text.charAt(end))) end++;
  return [start, end];
}

/**
 * Where `word` stands in `text` as a reader would mark it: at the start of a
 * written word, after at most a clitic ("القوات" in "والقوات", not "في" in
 * "الصحفيين"); two-letter words only whole.
 */
function occurrences(text: string, word: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const [start, end] = wordAround(text, at);
    const whole = word.length > 2 || end === at + word.length;
    if (whole && CLITICS.has(text.slice(start, at))) out.push([at, at + word.length]);
  }
  return out;
}

/**
 * Spans of `original` that match: the query's words (already folded) where
 * they begin a word, and the words in which a fuzzy matcher found something
 * (`fuzzy`, in folded coordinates) when the whole word is one of the query's
 * words with a slip (ماكنزي for ماكينزي), wherever that word stands.
 */
export function matchSpans(original: string, terms: readonly string[], fuzzy: readonly Span[] = []): Span[] {
  const { text, offsets } = normalizeWithOffsets(original);
  const words = new Set(terms.filter((t) => t.length >= 2));
  for (const [a] of fuzzy) {
    const [start, end] = wordAround(text, a);
    const word = text.slice(start, end);
    const candidate = [word, bare(word)].find((w) => terms.some((t) => similarWord(t, w)));
    if (candidate) words.add(candidate);
  }
  const folded = [...words].flatMap((w) => occurrences(text, w));
  // Back to the original, each end stretched over the harakat that follow its last letter.
  return merge(
    folded
      .filter(([a, b]) => b - a >= 2 && b <= offsets.length)
      .map(([a, b]): Span => {
        let end = (offsets[b - 1] ?? 0) + 1;
        while (end < original.length && /[\u064b-\u065f\u0670\u0640]/u.test(original.charAt(end))) end++;
        return [offsets[a] ?? 0, end];
      }),
  );
}

/** `text` cut into segments, the spans marked. */
export function segment(text: string, spans: readonly Span[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [a, b] of spans) {
    if (a > at) out.push({ text: text.slice(at, a), mark: false });
    out.push({ text: text.slice(a, b), mark: true });
    at = b;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/**
 * A window of about `size` characters of `original` around its first marked
 * span (or, when nothing matched, the start of `from`: the first quotation),
 * cut at word boundaries, as segments to draw; "…" stands where text was left out.
 */
export function excerpt(original: string, spans: readonly Span[], size = 240, from: Span = [0, original.length]): Segment[] {
  const [first] = spans;
  let start = first ? Math.max(0, first[0] - Math.floor(size / 4)) : from[0];
  let end = Math.min(original.length, start + size, first ? original.length : from[1]);
  if (start > 0) start = original.lastIndexOf(' ', start - 1) + 1; // never cut a word
  if (end < original.length && original.lastIndexOf(' ', end) > start) end = original.lastIndexOf(' ', end);
  const inside = spans
    .filter(([a, b]) => b > start && a < end)
    .map(([a, b]): Span => [Math.max(a, start) - start, Math.min(b, end) - start]);
  const out = segment(original.slice(start, end), inside);
  if (start > 0) out.unshift({ text: '… ', mark: false });
  if (end < original.length) out.push({ text: ' …', mark: false });
  return out;
}
