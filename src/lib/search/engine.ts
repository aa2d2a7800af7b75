/**
 * The search itself, the same in the browser and in Node (tests, benchmarks):
 * `await new SearchEngine(loader).search(state)`.
 *
 * A query's dates filter (see `query.ts`). Each of its words must match every
 * statement found, somewhere: in the statement's words, title or outlet (the
 * word's shard of the inverted index, `postings.ts`), or in its speaker's
 * names or role, its month's names or its year (the head, `head.ts`).
 * Statements by a speaker the words name rank first (`names.ts`), then by how
 * well and where the words matched, then newest first. The facets filter.
 * Only the head, the query words' shards and the shown hits' text buckets
 * are loaded, each once.
 */
import { excerpt, matchSpans, segment, type Segment } from './highlight.ts';
import { headScores, readHead, WEIGHTS, type Catalog } from './head.ts';
import { HEAD_PATH, shardPath, textPath, type Loader } from './load.ts';
import { namedSpeakers } from './names.ts';
import { lookUp, type Shard } from './postings.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import type { SearchSpeaker } from './documents.ts';
import type { SearchState } from './state.ts';
import { textPlaces, type TextEntry } from './texts.ts';
import { shardKey, stem } from './words.ts';

/** Hits a search shows at first: each may need its own text bucket, so the first answer stays small. */
export const PAGE_SIZE = 20;

/** One statement found. */
export interface FoundStatement {
  id: string;
  /** ISO day. */
  date: string;
  /** The attributed sentences (NFC). */
  text: string;
}

/** One result: the statement, who said it, and what to draw with the matches marked. */
export interface SearchHit {
  doc: FoundStatement;
  speaker: SearchSpeaker;
  /** How well the words matched (higher is better); 0 for a match on dates or facets alone. */
  score: number;
  /** The speaker's names with the matches marked. */
  name: Segment[];
  nameEn: Segment[];
  /** The words to show: a window of the text around the first match, or the first quotation. */
  words: Segment[];
}

/** A search's answer: the best hits (up to the limit asked for) and how many statements matched. */
export interface SearchResponse {
  query: ParsedQuery;
  /** The days searched, from the query's dates and the from/to facets together; absent when unbounded. */
  range?: { from?: string; to?: string };
  total: number;
  hits: SearchHit[];
}

/** A search over the index files under `/search/`, read through `load` and kept once read. */
export class SearchEngine {
  private readonly load: Loader;
  private readonly files = new Map<string, Promise<unknown>>();
  private catalog: Promise<Catalog> | undefined;

  constructor(load: Loader) {
    this.load = load;
  }

  /** One file, loaded once; a failed load is forgotten, so a later search can try again. */
  private file(path: string): Promise<unknown> {
    let file = this.files.get(path);
    if (!file) {
      file = this.load(path);
      file.catch(() => this.files.delete(path));
      this.files.set(path, file);
    }
    return file;
  }

  /** The head, read: load it before the first search to answer that search sooner. */
  ready(): Promise<Catalog> {
    if (!this.catalog) {
      const catalog = this.file(HEAD_PATH).then(readHead);
      catalog.catch(() => (this.catalog = undefined));
      this.catalog = catalog;
    }
    return this.catalog;
  }

  /** Run a search: the hits best first (at most `limit`), newest first among equals. */
  async search(state: SearchState, limit = PAGE_SIZE): Promise<SearchResponse> {
    const catalog = await this.ready();
    const query = parseQuery(state.q, catalog.years);
    const { dates, speakerOf, speakers } = catalog;
    const from = [query.range?.from, state.from].filter(Boolean).sort().at(-1) ?? '';
    const to = [query.range?.to, state.to].filter(Boolean).sort()[0] ?? '9999';
    // Whom each query word names (names.ts), and how many words name each speaker.
    const naming = query.terms.map((t) => new Set(namedSpeakers([t], catalog.names).keys()));
    const named = new Map<number, number>();
    for (const speakers of naming) for (const s of speakers) named.set(s, (named.get(s) ?? 0) + 1);
    const scores = await this.scores(catalog, query.terms, naming);
    const asked = query.terms.length > 0 || query.range || state.speaker || state.side || state.from || state.to;
    // Speakers the facets keep, by position, for the loop below.
    const kept = speakers.map((s) => (!state.speaker || s.id === state.speaker) && (!state.side || s.side === state.side));
    // One number per match, so that a plain numeric sort ranks: named first, then score (at most 8 words × 4), then newest.
    const keys: number[] = [];
    for (let i = 0; asked && i < dates.length; i++) {
      const score = scores ? (scores[i] ?? 0) : 0;
      const date = dates[i] ?? '';
      const speaker = speakerOf[i] ?? 0;
      if ((scores && !(score > 0)) || date < from || date > to || !kept[speaker]) continue;
      keys.push((named.get(speaker) ?? 0) * 1e12 + Math.round(score * 1000) * 1e6 + i);
    }
    const order = Float64Array.from(keys).sort().reverse();
    const shown = [...order.subarray(0, limit)].map((key) => key % 1e6);
    const texts = await this.texts(catalog, shown);
    const hits = shown.map((i, k) => this.hit(catalog, i, texts[k] ?? [''], scores?.[i] ?? 0, query.terms));
    const bounds = { ...(from ? { from } : {}), ...(to !== '9999' ? { to } : {}) };
    const range = from || to !== '9999' ? { range: bounds } : {};
    return { query, ...range, total: order.length, hits };
  }

  /**
   * Per statement, the sum of each word's best weighted match, or 0 when a
   * word matched nothing in it; undefined when the query has no words.
   */
  private async scores(
    catalog: Catalog,
    terms: readonly string[],
    naming: readonly ReadonlySet<number>[],
  ): Promise<Float32Array | undefined> {
    if (terms.length === 0) return undefined;
    const stems = terms.map(stem);
    const shards = await Promise.all(
      stems.map((s) => (catalog.shards.has(shardKey(s)) ? (this.file(shardPath(shardKey(s))) as Promise<Shard>) : undefined)),
    );
    const total = new Float32Array(catalog.dates.length);
    stems.forEach((s, k) => {
      const term = headScores(catalog, s, naming[k] ?? new Set());
      const shard = shards[k];
      if (shard) lookUp(shard, s, term, WEIGHTS.words);
      // Every word must match: a statement that misses one drops out for good (-Infinity stays below 0).
      for (let i = 0; i < total.length; i++) total[i] = (term[i] ?? 0) > 0 ? (total[i] ?? 0) + (term[i] ?? 0) : -Infinity;
    });
    return total;
  }

  /** The text entries of the statements at these positions, from the fewest files, loaded together. */
  private async texts(catalog: Catalog, positions: readonly number[]): Promise<TextEntry[]> {
    const places = textPlaces(positions, catalog.speakerRank, catalog.bucket);
    const names = [...new Set(places.map((p) => p.name))];
    const loaded = new Map(await Promise.all(names.map(async (name) => [name, (await this.file(textPath(name))) as TextEntry[]] as const)));
    return places.map((p) => loaded.get(p.name)?.[p.at] ?? ['']);
  }

  /** Draw one hit: its speaker, and the marked spans on the original words. */
  private hit(catalog: Catalog, i: number, [text, qa, qb]: TextEntry, score: number, terms: string[]): SearchHit {
    const speaker = catalog.speakers[catalog.speakerOf[i] ?? 0] as SearchSpeaker;
    return {
      doc: { id: catalog.ids[i] ?? '', date: catalog.dates[i] ?? '', text },
      speaker,
      score,
      name: segment(speaker.name, matchSpans(speaker.name, terms)),
      nameEn: speaker.nameEn ? segment(speaker.nameEn, matchSpans(speaker.nameEn, terms)) : [],
      words: excerpt(text, matchSpans(text, terms), 240, qa === undefined || qb === undefined ? undefined : [qa, qb]),
    };
  }
}
