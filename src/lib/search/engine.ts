/**
 * The search itself, the same in the browser and in Node (tests, benchmarks):
 * `await new SearchEngine(loader).search(state)`.
 *
 * It reads the index files under `/search/` through the loader, each once,
 * and only those a query needs: the head on first use, then per query the
 * shards of its words (to find and rank, `rank.ts`) and the text files of
 * the hits it shows (to draw their words, marked). `find` and `withWords`
 * split the two, so that the browser can draw the cards before the words.
 */
import { MONTH_NAMES_AR } from '../dates/format.ts';
import type { SearchSpeaker } from './head-file.ts';
import { readHead, type Catalog } from './catalog.ts';
import { cardWords } from '../site/card.ts';
import { matchSpans, segment, type Segment } from './highlight.ts';
import { HEAD_PATH, shardPath, textPath, type Loader } from './load.ts';
import type { Shard } from './postings.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import { isNameMatch } from './names.ts';
import { matchScores, naming, rank } from './rank.ts';
import type { SearchState } from './state.ts';
import { textPlaces, type CardFacts, type TextEntry } from './texts.ts';
import { shardKey, stem } from './words.ts';

/** Hits a search shows at first: each may need its own text bucket, so the first answer stays small. */
export const PAGE_SIZE = 20;

/** One statement found. */
export interface FoundStatement {
  id: string;
  /** ISO day. */
  date: string;
  /** The attributed sentences (NFC); empty until `withWords`. */
  text: string;
}

/** One result: the statement, who said it, and what its card shows (`card.ts`), the matches marked. */
export interface SearchHit {
  /** The statement's position in the index (time order). */
  at: number;
  doc: FoundStatement;
  speaker: SearchSpeaker;
  /** How well the words matched (higher is better); 0 for a match on dates or facets alone. */
  score: number;
  /** The speaker's names with the matches marked (another spelling of a name counts: `names.ts`). */
  name: Segment[];
  nameEn: Segment[];
  /** The registry's other spelling that matched, marked, when the names shown did not («عبدالمهدي» for عادل عبد المهدي). */
  alias?: Segment[];
  /** The speaker's role, marked where a word of the query matched it; empty when none is shown. */
  role: Segment[];
  /** The English role, marked, when a word of the query matched it and not the Arabic («Pentagon»). */
  roleEn?: Segment[];
  /** The words to show (`cardWords`): a window of the text around the first match, else the first quotation; empty until `withWords`. */
  words: Segment[];
  /** The words are a direct quotation. */
  quoted: boolean;
  /** The rest of what the statement's card shows, where it differs from the speaker's (`texts.ts`); empty until `withWords`. */
  facts: CardFacts;
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

  /**
   * One file, loaded once; a failed load is forgotten, so a later search can try again. When a
   * shard or a text file fails, the head is forgotten too: a deploy may have replaced the files it
   * names (their names carry the index's digest, `load.ts`), and the next search reads the new head.
   */
  private file(path: string): Promise<unknown> {
    let file = this.files.get(path);
    if (!file) {
      file = this.load(path);
      file.catch(() => {
        this.files.delete(path);
        if (path !== HEAD_PATH) this.forgetHead();
      });
      this.files.set(path, file);
    }
    return file;
  }

  /** Read the head again on the next search. */
  private forgetHead(): void {
    this.files.delete(HEAD_PATH);
    this.catalog = undefined;
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

  /**
   * Find what a query asks for, without the statements' words: the hits
   * best first (at most `limit`, newest first among equals) with `words`
   * empty. Loads the head and the query words' shards (unless `shards` is
   * false: then the words match in the head alone); `withWords` then loads
   * the texts. Cards can be drawn in between.
   */
  async find(state: SearchState, limit = PAGE_SIZE, shards = true): Promise<SearchResponse> {
    const catalog = await this.ready();
    const query = parseQuery(state.q, catalog.years);
    const named = naming(catalog, query.terms);
    let scores: Float32Array | undefined;
    if (query.terms.length > 0) {
      const stems = query.terms.map(stem);
      const loaded = await Promise.all(
        stems.map((s) =>
          shards && catalog.shards.has(shardKey(s)) ? (this.file(shardPath(shardKey(s), catalog.digest)) as Promise<Shard>) : undefined,
        ),
      );
      scores = matchScores(catalog, stems, loaded, named);
    }
    const { order, range } = rank(catalog, state, query, scores, named);
    const hits = order.slice(0, limit).map((i) => this.hit(catalog, i, scores?.[i] ?? 0, query.terms));
    return { query, ...(range ? { range } : {}), total: order.length, hits };
  }

  /** The same answer with each hit's words, marked: loads the text files of the hits, the fewest that hold them. */
  async withWords(response: SearchResponse): Promise<SearchResponse> {
    const catalog = await this.ready();
    const places = textPlaces(
      response.hits.map((h) => h.at),
      catalog.speakerRank,
      catalog.bucket,
    );
    const names = [...new Set(places.map((p) => p.name))];
    const loaded = new Map(
      await Promise.all(names.map(async (name) => [name, (await this.file(textPath(name, catalog.digest))) as TextEntry[]] as const)),
    );
    const { terms } = response.query;
    const hits = response.hits.map((hit, k): SearchHit => {
      const place = places[k];
      const { text, quote, ...facts }: TextEntry = (place && loaded.get(place.name)?.[place.at]) || { text: '' };
      // The speaker line again, with the names and role this statement gives, where they are not the head's.
      const speaker = { ...hit.speaker, ...pick(facts, ['name', 'nameEn', 'role']) };
      return {
        ...hit,
        doc: { ...hit.doc, text },
        ...speakerLine(speaker, terms),
        ...cardWords(text, typeof quote === 'string' ? quote : quote && text.slice(...quote), matchSpans(text, terms)),
        facts,
      };
    });
    return { ...response, hits };
  }

  /**
   * Search once for what the head holds (the newest statement's speaker,
   * month and year), matching in the head alone, and give the hits without
   * words. A browser runs code slowly the first times (it compiles as it
   * goes): the first query at 10,000 statements took 40–75 ms more than the
   * same query again. Run while the reader is still typing, this pays that
   * cost for them. It fetches nothing more: shards it fetched would add to
   * every first search's bytes (2 KB gz at 10,000 statements) and compete
   * with the first query's own requests.
   */
  async warmUp(): Promise<SearchHit[]> {
    const catalog = await this.ready();
    // The newest statement's speaker, month and year: a query that finds something to draw.
    const last = catalog.dates.length - 1;
    const name = catalog.speakers[catalog.speakerOf[last] ?? 0]?.name ?? '';
    const month = MONTH_NAMES_AR[(catalog.month[last] ?? 1) - 1] ?? '';
    return (await this.find({ q: `${name} ${month} ${catalog.year[last] ?? ''}` }, PAGE_SIZE, false)).hits;
  }

  /** Run a search, words and all: `find`, then `withWords`. */
  async search(state: SearchState, limit = PAGE_SIZE): Promise<SearchResponse> {
    return this.withWords(await this.find(state, limit));
  }

  /** One hit without its words: the statement, its speaker, and the speaker line marked. */
  private hit(catalog: Catalog, i: number, score: number, terms: string[]): SearchHit {
    const speaker = catalog.speakers[catalog.speakerOf[i] ?? 0] as SearchSpeaker;
    return {
      at: i,
      doc: { id: catalog.idOf(i), date: catalog.dates[i] ?? '', text: '' },
      speaker,
      score,
      ...speakerLine(speaker, terms),
      words: [],
      quoted: false,
      facts: {},
    };
  }
}

/** True when some segment is marked. */
const marked = (segments: readonly Segment[] | undefined): boolean => segments?.some((s) => s.mark) ?? false;

/** The fields of `value` named in `keys` that it has. */
function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.filter((k) => value[k] !== undefined).map((k) => [k, value[k]])) as Pick<T, K>;
}

/**
 * The speaker line of a hit, marked wherever the query matched the speaker's names or role, so that
 * a hit found by its speaker shows why: the name in the spelling shown, else the other spelling
 * that matched, and the role, or the English role when a word of the query is in it and not in the Arabic.
 */
export function speakerLine(
  speaker: SearchSpeaker,
  terms: readonly string[],
): Pick<SearchHit, 'name' | 'nameEn' | 'alias' | 'role' | 'roleEn'> {
  const names = (text: string) => segment(text, matchSpans(text, terms, isNameMatch));
  const words = (text: string) => segment(text, matchSpans(text, terms));
  const name = names(speaker.name);
  const nameEn = names(speaker.nameEn ?? '');
  const alias = marked(name) || marked(nameEn) ? undefined : (speaker.aliases ?? []).map(names).find(marked);
  const role = words(speaker.role ?? '');
  const roleEn = marked(role) ? undefined : [words(speaker.roleEn ?? '')].find(marked);
  return { name, nameEn, ...(alias ? { alias } : {}), role, ...(roleEn ? { roleEn } : {}) };
}
