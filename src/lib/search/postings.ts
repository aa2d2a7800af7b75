/**
 * The inverted index: every word of the statements' texts and of their
 * articles' titles, outlets and datelines, as a stem (`words.ts`), mapped to the
 * statements that contain it. It is cut into shards by the stem's first two
 * letters, so a query word loads one shard (`/search/words/<name>.json`)
 * and only the words that share its start.
 */
import { shardKey, stemsOf, matchStem } from './words.ts';

/** One shard: its stems, sorted, and for each the statements holding it. */
export interface Shard {
  /** The stems. */
  w: string[];
  /** Per stem, the positions of its statements, ascending, each written as the gap from the previous one (smaller numbers). */
  p: number[][];
}

/** Build the shards from each statement's searchable text (words, title, outlet, dateline), by shard key. */
export function buildShards(texts: readonly string[]): Map<string, Shard> {
  const postings = new Map<string, number[]>();
  texts.forEach((text, i) => {
    for (const s of stemsOf(text)) {
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  });
  const shards = new Map<string, Shard>();
  for (const s of [...postings.keys()].sort()) {
    const key = shardKey(s);
    let shard = shards.get(key);
    if (!shard) shards.set(key, (shard = { w: [], p: [] }));
    const positions = postings.get(s) ?? [];
    shard.w.push(s);
    shard.p.push(positions.map((at, k) => at - (k === 0 ? 0 : (positions[k - 1] ?? 0))));
  }
  return shards;
}

/**
 * Mark in `scores` (one per statement) the statements a shard matches for
 * one query stem: each gets `weight` times how well its best word matched,
 * unless it already has more.
 */
export function lookUp(shard: Shard, term: string, scores: Float32Array, weight: number): void {
  shard.w.forEach((word, i) => {
    const score = matchStem(term, word) * weight;
    if (score === 0) return;
    let at = 0;
    for (const gap of shard.p[i] ?? []) {
      at += gap;
      if ((scores[at] ?? 0) < score) scores[at] = score;
    }
  });
}
