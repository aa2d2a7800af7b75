/**
 * The search itself, the same in the browser and in Node (tests, benchmarks):
 * `new SearchEngine(index).search(state)`.
 *
 * A query's dates filter (see `query.ts`); its words go to fuse.js token
 * search over folded copies of the fields; statements by a speaker the words
 * name rank first (see `names.ts`); the facets filter last.
 */
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import { normalizeArabic } from '../arabic/normalize.ts';
import type { SearchArticle, SearchDoc, SearchIndex, SearchSpeaker } from './documents.ts';
import { excerpt, matchSpans, segment, type Segment, type Span } from './highlight.ts';
import { nameWords, namedSpeakers } from './names.ts';
import { parseQuery, type ParsedQuery, type YearSpan } from './query.ts';
import type { SearchState } from './state.ts';

/** A statement as fuse.js sees it: folded copies of the searchable fields. */
interface Folded {
  names: string[];
  role: string;
  text: string;
  source: string;
  dates: string;
}

/**
 * Chosen for this data:
 * - token search with `tokenMatch: 'all'`: every word must match somewhere, in any order
 *   ("القوات انسحاب" finds "انسحاب القوات"), each word fuzzily on its own, rarer words counting more;
 * - `ignoreLocation`: a word late in a long quotation counts as much as an early one (token
 *   search compares each word this way anyway; set here so it stays true without it);
 * - `threshold: 0.2`: one slip in five letters (ماكينزي for ماكنزي) and none in shorter
 *   words, which keeps short Arabic words from matching half the corpus;
 * - weights: a speaker's names outweigh their role, which outweighs the words, then the source and date words;
 * - `ignoreDiacritics` as well, for Latin accents; Arabic is already folded by `normalizeArabic`.
 */
export const FUSE_OPTIONS: IFuseOptions<Folded> = {
  keys: [
    { name: 'names', weight: 4 },
    { name: 'role', weight: 2 },
    { name: 'text', weight: 1 },
    { name: 'source', weight: 0.5 },
    { name: 'dates', weight: 0.5 },
  ],
  useTokenSearch: true,
  tokenMatch: 'all',
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.2,
  minMatchCharLength: 2,
  includeMatches: true,
  includeScore: true,
};

/** One result: the statement, who said it, where, and what to draw with the matches marked. */
export interface SearchHit {
  doc: SearchDoc;
  speaker: SearchSpeaker;
  article: SearchArticle;
  /** fuse.js score (0 is perfect); 0 for a match on dates or facets alone. */
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

/** fuse.js match spans on one key, back in folded coordinates. */
function spansOn(result: FuseResult<Folded> | undefined, key: string, refIndex?: number): Span[] {
  return (result?.matches ?? [])
    .filter((m) => m.key === key && (refIndex === undefined || m.refIndex === refIndex))
    .flatMap((m) => m.indices.map(([a, b]): Span => [a, b + 1]));
}

/** A prepared index: the folded fields, a fuse.js instance, and each speaker's name words. */
export class SearchEngine {
  readonly index: SearchIndex;
  readonly years: YearSpan;
  private readonly fuse: Fuse<Folded>;
  private readonly names: string[][];

  constructor(index: SearchIndex) {
    this.index = index;
    const folded = index.speakers.map((s) => ({
      names: [s.name, s.nameEn ?? '', ...(s.aliases ?? [])].map(normalizeArabic),
      role: normalizeArabic(`${s.role ?? ''} ${s.roleEn ?? ''}`),
    }));
    const sources = index.articles.map((a) => normalizeArabic(`${a.title} ${a.outlet}`));
    const docs = index.docs.map((d): Folded => ({
      ...(folded[d.speaker] ?? { names: [], role: '' }),
      text: normalizeArabic(d.text),
      source: sources[d.article] ?? '',
      dates: normalizeArabic(`${d.date} ${d.dates}`),
    }));
    this.fuse = new Fuse(docs, FUSE_OPTIONS);
    this.names = nameWords(index.speakers);
    // The index is in time order: its first and last statements bound the years a bare number may be.
    const [first, last] = [index.docs[0], index.docs.at(-1)];
    this.years = first && last ? { min: Number(first.date.slice(0, 4)), max: Number(last.date.slice(0, 4)) } : { min: 1990, max: 2099 };
  }

  /** Run a search: the hits best first (at most `limit`), newest first among equals. */
  search(state: SearchState, limit = 50): SearchResponse {
    const query = parseQuery(state.q, this.years);
    const { docs, speakers } = this.index;
    const from = [query.range?.from, state.from].filter(Boolean).sort().at(-1) ?? '';
    const to = [query.range?.to, state.to].filter(Boolean).sort()[0] ?? '9999';
    const keep = (d: SearchDoc): boolean =>
      d.date >= from &&
      d.date <= to &&
      (!state.speaker || speakers[d.speaker]?.id === state.speaker) &&
      (!state.side || speakers[d.speaker]?.side === state.side);

    const matched = new Map<number, FuseResult<Folded> | undefined>();
    if (query.terms.length > 0) {
      for (const r of this.fuse.search(query.terms.join(' '))) {
        const doc = docs[r.refIndex];
        if (doc && keep(doc)) matched.set(r.refIndex, r);
      }
    } else if (query.range || state.speaker || state.side || state.from || state.to) {
      docs.forEach((d, i) => keep(d) && matched.set(i, undefined));
    }
    const named = namedSpeakers(query.terms, this.names);
    const order = [...matched.keys()].sort((a, b) => {
      const da = docs[a] as SearchDoc;
      const db = docs[b] as SearchDoc;
      return (
        (named.get(db.speaker) ?? 0) - (named.get(da.speaker) ?? 0) || (matched.get(a)?.score ?? 0) - (matched.get(b)?.score ?? 0) || b - a // newest first: the index is in time order
      );
    });
    const hits = order.slice(0, limit).map((i) => this.hit(i, matched.get(i), query.terms));
    const bounds = { ...(from ? { from } : {}), ...(to !== '9999' ? { to } : {}) };
    const range = from || to !== '9999' ? { range: bounds } : {};
    return { query, ...range, total: order.length, hits };
  }

  /** Draw one hit: its speaker and article, and the marked spans on the original words. */
  private hit(i: number, result: FuseResult<Folded> | undefined, terms: string[]): SearchHit {
    const doc = this.index.docs[i] as SearchDoc;
    const speaker = this.index.speakers[doc.speaker] as SearchSpeaker;
    const article = this.index.articles[doc.article] as SearchArticle;
    const spans = matchSpans(doc.text, terms, spansOn(result, 'text'));
    return {
      doc,
      speaker,
      article,
      score: result?.score ?? 0,
      name: segment(speaker.name, matchSpans(speaker.name, terms, spansOn(result, 'names', 0))),
      nameEn: speaker.nameEn ? segment(speaker.nameEn, matchSpans(speaker.nameEn, terms, spansOn(result, 'names', 1))) : [],
      words: excerpt(doc.text, spans, 240, doc.quote),
    };
  }
}
