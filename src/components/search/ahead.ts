/**
 * Searching ahead of the pause. The search box draws results once typing
 * pauses (ui.ts), but each search begins as soon as the query changes, so
 * the word shards and text files it needs are fetched while the reader is
 * still pausing: a first query's files took 20–65 ms to arrive at 10,000
 * statements, within the pause rather than after it.
 */
import type { SearchEngine, SearchResponse } from '@/lib/search/engine.ts';
import type { SearchState } from '@/lib/search/state.ts';

/** A search begun: its hits, then its hits with their words, and when it began and when it was ready. */
export interface Begun {
  found: Promise<SearchResponse>;
  words: Promise<SearchResponse>;
  /** `performance.now()` when it began, and when its answer, words and all, was ready. */
  at: number;
  ready?: number;
}

/** Begins searches and keeps the latest, so that the search drawn after the pause is the one begun as the query was typed. */
export class SearchAhead {
  private readonly engine: SearchEngine;
  private latest: { key: string; search: Begun } | undefined;

  constructor(engine: SearchEngine) {
    this.engine = engine;
  }

  /** The search for `state` with `limit` hits (`key` names both): the one already begun, or a new one. */
  begin(state: SearchState, key: string, limit: number): Begun {
    const id = `${key}#${limit}`;
    if (this.latest?.key === id) return this.latest.search;
    const found = this.engine.find(state, limit);
    const words = found.then((f) => this.engine.withWords(f));
    const search: Begun = { found, words, at: performance.now() };
    // Failures are handled where the search is drawn; one never drawn must not report an unhandled
    // rejection (`words` follows `found`, so this one handler covers both).
    words.then(() => (search.ready = performance.now())).catch(() => undefined);
    this.latest = { key: id, search };
    return search;
  }

  /** Forget the latest search, so that asking again fetches again (after a failure). */
  forget(): void {
    this.latest = undefined;
  }
}
