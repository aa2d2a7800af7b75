/**
 * Highlighting what matched, on the original words. Matching runs on folded
 * text (see `normalizeArabic`); `normalizeWithOffsets` maps each folded
 * character back, so a mark never cuts a letter from its harakat and the
 * reader sees their own text, not the folded one.
 */
import { normalizeWithOffsets } from '../arabic/normalize.ts';

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

/**
 * Spans of `original` that match: every occurrence of a query term (terms
 * already normalized), plus `fuzzy` spans given in folded coordinates (a
 * fuzzy matcher's own, for words typed with a slip).
 */
export function matchSpans(original: string, terms: readonly string[], fuzzy: readonly Span[] = []): Span[] {
  const { text, offsets } = normalizeWithOffsets(original);
  // A word found with a slip (ماكنزي for ماكينزي) is marked wherever else it stands too.
  const words = new Set([...terms, ...fuzzy.map(([a, b]) => text.slice(a, b))]);
  const folded: Span[] = [...fuzzy];
  for (const word of words) {
    if (word.length < 2) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) folded.push([at, at + word.length]);
  }
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
