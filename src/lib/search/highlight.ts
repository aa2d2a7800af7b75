/**
 * Highlighting what matched, on the original words. Matching runs on folded
 * text (see `normalizeArabic`); `normalizeWithOffsets` maps each folded
 * character back, so a mark never cuts a letter from its harakat and the
 * reader sees their own text, not the folded one.
 */
import { normalizeWithOffsets } from '../arabic/normalize.ts';
import { matchStem, stem, wordsAt } from './words.ts';

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
 * Spans of `original` that match the query's words (already folded): each
 * written word whose stem matches one of them, by the search's own rule
 * (`words.ts`: equal, its start, or a slip), so that a mark stands wherever
 * the search found something and nowhere else. A mark covers the word from
 * its stem to its end, with the clitics the reader typed (القوات in
 * والقوات, not the و); a word is never marked from its middle. `alsoMatches`
 * adds a rule of its own (a speaker's name in another spelling, `names.ts`).
 */
export function matchSpans(original: string, terms: readonly string[], alsoMatches?: (term: string, word: string) => boolean): Span[] {
  const { text, offsets } = normalizeWithOffsets(original);
  const wanted = terms.map((t) => {
    const s = stem(t);
    return { term: t, stem: s, typed: t.slice(0, t.length - s.length) };
  });
  const folded: Span[] = [];
  for (const { word, start, end } of wordsAt(text)) {
    // A word matched by the extra rule (a name in another spelling: پاتيل for باتيل) is marked whole.
    if (alsoMatches && wanted.some((t) => alsoMatches(t.term, word))) {
      folded.push([start, end]);
      continue;
    }
    const s = stem(word);
    const at = end - s.length;
    const term = wanted.find((t) => matchStem(t.stem, s) > 0);
    if (!term) continue;
    const clitics = word.slice(0, at - start);
    folded.push([term.typed && clitics.endsWith(term.typed) ? at - term.typed.length : at, end]);
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
 * span, cut at word boundaries, as segments to draw; "…" stands where text
 * was left out. (With nothing marked, a card shows other words: `site/card.ts`.)
 */
export function excerpt(original: string, spans: readonly Span[], size = 240): Segment[] {
  const [first] = spans;
  let start = first ? Math.max(0, first[0] - Math.floor(size / 4)) : 0;
  let end = Math.min(original.length, start + size);
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
