/**
 * The head, read: each statement's id, day and speaker, and what a query
 * word can match without loading a shard. A speaker's names and role, a
 * month's names and a year are searchable words of every statement they
 * belong to; they are matched here, once per speaker, month or year, rather
 * than posted to thousands of statements in the shards.
 */
import { isoOfEpochDay } from '../dates/calendar.ts';
import { defaultIds, monthForms, type SearchHead, type SearchSpeaker } from './head-file.ts';
import { namesOfHead } from './names.ts';
import type { YearSpan } from './query.ts';
import { speakerRanks } from './texts.ts';
import { matchStem, SLIP, stemsOf } from './words.ts';

/** Field weights: a speaker's names outweigh their role, which outweighs the statement's words, then its month and year. */
export const WEIGHTS = { names: 4, role: 2, words: 1, dates: 0.5 } as const;

/** The statements and speakers of a head, ready to search. */
export interface Catalog {
  speakers: SearchSpeaker[];
  /** Per statement (time order), its id. */
  idOf: (at: number) => string;
  /** Per statement (time order), its day. */
  dates: string[];
  speakerOf: Int32Array;
  /** Per statement, its place in speaker order (where its text stands in the `s` files). */
  speakerRank: Int32Array;
  /** Per statement, its month (1–12) and year, as numbers for the per-query loops. */
  month: Uint8Array;
  year: Uint16Array;
  /** Per speaker, the folded words that name them alone (`names.ts`). */
  names: string[][];
  /** The years a bare number may be: those the statements cover. */
  years: YearSpan;
  /** Keys of the shards that exist. */
  shards: ReadonlySet<string>;
  bucket: number;
  /** The digest in the names of the shards and text files (`load.ts`). */
  digest: string;
  /** Stems of the head's own fields, and for each, whose they are (`WEIGHTS`). */
  fields: Map<string, { speakers: [number, number][]; months: number[]; years: number[] }>;
}

/** A head file, checked and decoded; an unknown version is refused rather than misread. */
export function readHead(data: unknown): Catalog {
  const head = data as SearchHead;
  if (head?.version !== 3 || !Array.isArray(head.days) || typeof head.digest !== 'string')
    throw new Error('search head: not a version 3 index');
  const n = head.days.length;
  const dates: string[] = new Array<string>(n);
  const month = new Uint8Array(n);
  const year = new Uint16Array(n);
  let day = 0;
  for (let i = 0; i < n; i++) {
    const gap = head.days[i] ?? 0;
    day += gap;
    // Most statements share their day with the one before (a gap of 0): its date is read once.
    if (gap === 0 && i > 0) {
      dates[i] = dates[i - 1] ?? '';
      month[i] = month[i - 1] ?? 0;
      year[i] = year[i - 1] ?? 0;
    } else {
      const iso = isoOfEpochDay(day);
      dates[i] = iso;
      month[i] = Number(iso.slice(5, 7));
      year[i] = Number(iso.slice(0, 4));
    }
  }
  const speakerOf = Int32Array.from(head.speaker);
  const [first, last] = [dates[0], dates.at(-1)];
  return {
    speakers: head.speakers,
    idOf: idsOf(head, dates, speakerOf),
    dates,
    speakerOf,
    speakerRank: speakerRanks(speakerOf),
    month,
    year,
    names: namesOfHead(head.speakers, head.names),
    years: first && last ? { min: Number(first.slice(0, 4)), max: Number(last.slice(0, 4)) } : { min: 1990, max: 2099 },
    shards: new Set(head.shards),
    bucket: head.bucket,
    digest: head.digest,
    fields: headFields(head.speakers, dates),
  };
}

/**
 * Each statement's id, worked out when asked for (a search shows twenty, and building all ten
 * thousand took a fifth of reading the head): the rule's (`defaultIds`), which counts the
 * speaker's earlier statements that day, or the head's own where it differs. Statements are in
 * time order, so a day's stand together and the count looks back over that day alone; were
 * they not (a gap below 0), the rule runs over all of them at once.
 */
function idsOf(head: SearchHead, dates: readonly string[], speakerOf: Int32Array): (at: number) => string {
  const exceptions = new Map(head.ids);
  const speakerId = (at: number) => head.speakers[speakerOf[at] ?? 0]?.id ?? '';
  if (head.days.some((gap, i) => i > 0 && gap < 0)) {
    const all = defaultIds(
      dates,
      Array.from(speakerOf, (_, at) => speakerId(at)),
    );
    for (const [at, id] of exceptions) all[at] = id;
    return (at) => all[at] ?? '';
  }
  return (at) => {
    const exception = exceptions.get(at);
    if (exception !== undefined) return exception;
    const date = dates[at] ?? '';
    let count = 1;
    for (let j = at - 1; j >= 0 && dates[j] === date; j--) if (speakerOf[j] === speakerOf[at]) count += 1;
    return count === 1 ? `${date}-${speakerId(at)}` : `${date}-${speakerId(at)}-${count}`;
  };
}

/** Every stem of the speakers' names and roles, the month names and the years, with whose it is. */
function headFields(speakers: readonly SearchSpeaker[], dates: readonly string[]): Catalog['fields'] {
  const fields: Catalog['fields'] = new Map();
  const entry = (s: string) => {
    let e = fields.get(s);
    if (!e) fields.set(s, (e = { speakers: [], months: [], years: [] }));
    return e;
  };
  speakers.forEach((sp, i) => {
    for (const s of stemsOf([sp.name, sp.nameEn ?? '', ...(sp.aliases ?? [])].join(' '))) entry(s).speakers.push([i, WEIGHTS.names]);
    for (const s of stemsOf(`${sp.role ?? ''} ${sp.roleEn ?? ''}`)) entry(s).speakers.push([i, WEIGHTS.role]);
  });
  for (let month = 1; month <= 12; month++) for (const s of stemsOf(monthForms(month))) entry(s).months.push(month);
  for (const year of new Set(dates.map((d) => Number(d.slice(0, 4))))) entry(String(year)).years.push(year);
  return fields;
}

/**
 * For one query stem, each statement's best match in the head's fields,
 * weighted: a name or role of its speaker, its month's names, its year.
 * The speakers the word names (`names.ts`, which allows a slip anywhere in a
 * name, also in the first two letters) match as their names with a slip.
 */
export function headScores(catalog: Catalog, term: string, named: ReadonlySet<number>): Float32Array {
  const { speakerOf, month, year, years } = catalog;
  const bySpeaker = new Float32Array(catalog.speakers.length);
  const byMonth = new Float32Array(13);
  const byYear = new Float32Array(years.max - years.min + 1);
  for (const i of named) bySpeaker[i] = WEIGHTS.names * SLIP;
  for (const [s, owners] of catalog.fields) {
    const quality = matchStem(term, s);
    if (quality === 0) continue;
    for (const [i, weight] of owners.speakers) bySpeaker[i] = Math.max(bySpeaker[i] ?? 0, quality * weight);
    for (const m of owners.months) byMonth[m] = Math.max(byMonth[m] ?? 0, quality * WEIGHTS.dates);
    for (const y of owners.years) byYear[y - years.min] = Math.max(byYear[y - years.min] ?? 0, quality * WEIGHTS.dates);
  }
  const scores = new Float32Array(speakerOf.length);
  for (let i = 0; i < scores.length; i++) {
    scores[i] = Math.max(bySpeaker[speakerOf[i] ?? 0] ?? 0, byMonth[month[i] ?? 0] ?? 0, byYear[(year[i] ?? 0) - years.min] ?? 0);
  }
  return scores;
}
