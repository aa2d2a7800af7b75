/**
 * Which statements a query finds, and in what order, once its shards are
 * loaded. A word matches a statement somewhere: in its words, its article's
 * title, outlet or dateline (its shard, `postings.ts`), or in its speaker's
 * names or role, its month's names or its year (the head, `head.ts`).
 *
 * The rule: the names in a query are alternatives, every other word is
 * required. A reader who types two names («السوداني ماكنزي») wants both
 * speakers, so a statement needs one of the query's names (said by that
 * speaker, or naming them), and all of its other words. Statements by a
 * speaker the words name rank first (`names.ts`), then by how well and where
 * the words matched, then newest first. The facets and the query's dates
 * filter; a date range typed backwards (from after to) is read forwards.
 */
import { headScores, WEIGHTS, type Catalog } from './catalog.ts';
import { namedSpeakers } from './names.ts';
import { lookUp, type Shard } from './postings.ts';
import type { ParsedQuery } from './query.ts';
import type { SearchState } from './state.ts';

/** The statements found, best first, and each one's score. */
export interface Ranking {
  /** Positions of the statements found, best first. */
  order: number[];
  /** Per statement, how well the words matched (higher is better); absent when the query has no words. */
  scores?: Float32Array;
  /** The days searched, from the query's dates and the from/to facets together; absent when unbounded. */
  range?: { from?: string; to?: string };
}

/** Whom each query word names (`names.ts`), by speaker position. */
export function naming(catalog: Catalog, terms: readonly string[]): Set<number>[] {
  return terms.map((t) => new Set(namedSpeakers([t], catalog.names).keys()));
}

/**
 * Per statement, the sum of each word's best weighted match, or less than
 * 0 when it misses a required word, or all of the names (the words that name
 * a speaker: `named[k]` not empty). `shards[k]` is the shard of the `k`th
 * stem, when it exists.
 */
export function matchScores(
  catalog: Catalog,
  stems: readonly string[],
  shards: readonly (Shard | undefined)[],
  named: readonly ReadonlySet<number>[],
): Float32Array {
  const total = new Float32Array(catalog.dates.length);
  const names = new Float32Array(catalog.dates.length);
  let anyName = false;
  stems.forEach((s, k) => {
    const isName = (named[k]?.size ?? 0) > 0;
    anyName ||= isName;
    const term = headScores(catalog, s, named[k] ?? new Set());
    const shard = shards[k];
    if (shard) lookUp(shard, s, term, WEIGHTS.words);
    for (let i = 0; i < total.length; i++) {
      const score = term[i] ?? 0;
      // A name adds what it matched; any other word must match: a statement that misses one drops out (-Infinity stays below 0).
      if (isName) names[i] = (names[i] ?? 0) + Math.max(score, 0);
      else total[i] = score > 0 ? (total[i] ?? 0) + score : -Infinity;
    }
  });
  // One of the names at least.
  if (anyName) for (let i = 0; i < total.length; i++) total[i] = (names[i] ?? 0) > 0 ? (total[i] ?? 0) + (names[i] ?? 0) : -Infinity;
  return total;
}

/** Rank the statements for a query whose words scored `scores` (undefined without words); `named`: whom each word names. */
export function rank(
  catalog: Catalog,
  state: SearchState,
  query: ParsedQuery,
  scores: Float32Array | undefined,
  named: readonly ReadonlySet<number>[],
): Ranking {
  const { dates, speakerOf, speakers } = catalog;
  // "From 2024 to 2021" means the years between them, not nothing.
  const [since, until] = state.from && state.to && state.from > state.to ? [state.to, state.from] : [state.from, state.to];
  const from = [query.range?.from, since].filter(Boolean).sort().at(-1) ?? '';
  const to = [query.range?.to, until].filter(Boolean).sort()[0] ?? '9999';
  const range = from || to !== '9999' ? { range: { ...(from ? { from } : {}), ...(to !== '9999' ? { to } : {}) } } : {};
  const asked = query.terms.length > 0 || query.range || state.speaker || state.side || state.from || state.to;
  const naming = new Map<number, number>();
  for (const set of named) for (const s of set) naming.set(s, (naming.get(s) ?? 0) + 1);
  // Speakers the facets keep, by position, for the loop below.
  const kept = speakers.map((s) => (!state.speaker || s.id === state.speaker) && (!state.side || s.side === state.side));
  // One number per match, so that a plain numeric sort ranks: named first, then score (at most 8 words × 4), then newest.
  const keys: number[] = [];
  for (let i = 0; asked && i < dates.length; i++) {
    const score = scores ? (scores[i] ?? 0) : 0;
    const date = dates[i] ?? '';
    const speaker = speakerOf[i] ?? 0;
    if ((scores && !(score > 0)) || date < from || date > to || !kept[speaker]) continue;
    keys.push((naming.get(speaker) ?? 0) * 1e12 + Math.round(score * 1000) * 1e6 + i);
  }
  const order = [...Float64Array.from(keys).sort().reverse()].map((key) => key % 1e6);
  return { order, ...(scores ? { scores } : {}), ...range };
}
