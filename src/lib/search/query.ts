/**
 * Reading a search query: the date expressions in it become a date range,
 * the rest is words. "باتيل 2024-08" is the words "باتيل" and August 2024.
 *
 * Dates a reader may type: a year (2021), a month (2021-12, 12/2021,
 * كانون الأول 2021, ديسمبر 2021, December 2021), a day (2021-12-10,
 * 10 كانون الأول 2021, 10 December 2021, December 10, 2021, 10/12/2021), in
 * ASCII or Arabic-Indic digits. A numeric day is read day first, as Iraqi
 * outlets write it (10/12/2021 is 10 December), unless only the other
 * reading is a real day (12/25/2021). Arabic month names are found by the
 * extractor's own date reader; English names and the bare forms are added here.
 */
import { normalizeArabic } from '../arabic/normalize.ts';
import { isoDay, periodBounds, type IsoDay } from '../dates/calendar.ts';
import { findExplicitDates } from '../dates/explicit.ts';
import { MONTH_NAMES_EN } from '../dates/format.ts';
import { MONTH_PATTERN } from '../dates/lexicon.ts';

/** A query longer than this is cut: nobody types more, and every extra word costs a pass over the index. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words are searched for. */
export const MAX_TERMS = 8;

/** An inclusive range of days. */
export interface DateRange {
  from: IsoDay;
  to: IsoDay;
}

/** A query, understood. */
export interface ParsedQuery {
  /** The words, normalized, in the order typed; dates and punctuation taken out. */
  terms: string[];
  /** The days the query's dates cover (the span from the earliest to the latest when it has several). */
  range?: DateRange;
}

/** Which years a bare four-digit number may be: "2500 جندي" is soldiers, not a year. */
export interface YearSpan {
  min: number;
  max: number;
}

const DEFAULT_YEARS: YearSpan = { min: 1990, max: 2099 };

/**
 * Words that only frame a date ("عام 2021", "منذ 2021", "بين 2020 و2021", "since 2021"),
 * normalized; dropped when the query has a date, so they do not have to match as words.
 */
const DATE_WORDS = new Set(
  ['عام', 'سنه', 'شهر', 'منذ', 'خلال', 'حتي', 'لغايه', 'من', 'الي', 'بين', 'و', 'في'].concat([
    'year',
    'since',
    'until',
    'from',
    'to',
    'between',
    'and',
    'in',
  ]),
);

/**
 * Particles that match almost every statement ("في" is inside الصحفيين and فيدانت);
 * dropped when the query has other words.
 */
const STOP_WORDS = new Set([
  'في',
  'من',
  'الي',
  'عن',
  'ان',
  'او',
  'ما',
  'لا',
  'مع',
  'ثم',
  'قد',
  'و',
  'ال',
  'the',
  'of',
  'and',
  'a',
  'on',
  'in',
  'to',
]);

/** «و» ("and") written onto a year, a month name or «حتى», which the date readers would not see past. */
const JOINED_AND = new RegExp(`(?<![\\p{L}\\p{N}])و(?=\\d|(?:${MONTH_PATTERN}|حتي)(?![\\p{L}\\p{N}]))`, 'gu');

/** Longer words are cut: fuse.js compares words of at most 32 letters, and no name or word is longer. */
const MAX_TERM_LENGTH = 32;

/** English month names, lower-cased as the normalizer leaves them, and their short forms (dec, sept). */
const ENGLISH_MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES_EN.flatMap((name, i) => [[name.toLowerCase(), i + 1] as const, [name.slice(0, 3).toLowerCase(), i + 1] as const]),
  ['sept', 9],
]);
const EN = `(?<month>${[...ENGLISH_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
/** A number that stands alone: not part of a longer number, a decimal or another date. */
const NB = '(?<![-/.\\d\\p{L}])';
const NE = '(?![-/.\\d\\p{L}])';

/** Numeric and English date forms that the extractor's reader does not take, most specific first. */
const EXTRA: readonly RegExp[] = [
  // 10 December 2021, December 10, 2021, December 2021
  new RegExp(`${B}(?:(?<day>\\d{1,2})\\s+)?${EN}\\s*(?:(?<day2>\\d{1,2})(?:\\s*,\\s*|\\s+))?,?\\s*(?<year>\\d{4})${E}`, 'gu'),
  // 2020-2021: a span of years
  new RegExp(`${NB}(?<year>\\d{4})\\s*[-–]\\s*(?<year2>\\d{4})${NE}`, 'gu'),
  // 2021-12, 2021/12
  new RegExp(`${NB}(?<year>\\d{4})[-/](?<month>\\d{1,2})${NE}`, 'gu'),
  // 12/2021, 12-2021
  new RegExp(`${NB}(?<month>\\d{1,2})[-/](?<year>\\d{4})${NE}`, 'gu'),
  // 2021
  new RegExp(`${NB}(?<year>\\d{4})${NE}`, 'gu'),
];

/** The days one found expression covers, or undefined when it is not a real date. */
function rangeOf(groups: Record<string, string | undefined>, years: YearSpan): DateRange | undefined {
  const year = Number(groups['year']);
  const inSpan = (y: number) => y >= years.min && y <= years.max;
  if (groups['year2']) {
    const last = Number(groups['year2']);
    return inSpan(year) && inSpan(last) && year <= last ? { from: `${year}-01-01`, to: `${last}-12-31` } : undefined;
  }
  const named = groups['month'] ?? '';
  const month = /^\d+$/u.test(named) ? Number(named) : ENGLISH_MONTHS.get(named);
  const day = Number(groups['day'] ?? groups['day2'] ?? 0);
  if (month === undefined) return inSpan(year) ? periodBounds(year) : undefined;
  if (!day) return periodBounds(year, month);
  const d = isoDay(year, month, day);
  return d ? { from: d, to: d } : undefined;
}

/** Words of a normalized text, as the search index splits them (letters and digits). */
export function termsOf(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
}

/**
 * Understand a query. `years` bounds the bare years (pass the years the
 * index covers), so that a count such as "2500 جندي" stays a word.
 */
export function parseQuery(query: string, years: YearSpan = DEFAULT_YEARS): ParsedQuery {
  // "و2021", "وآذار 2020" and "وحتى" are "and 2021", "and March 2020", "and until"; "2021م" is 2021 AD.
  let text = normalizeArabic(query.slice(0, MAX_QUERY_LENGTH))
    .replace(JOINED_AND, 'و ')
    .replace(/(?<=\d{4})م(?![\p{L}\p{N}])/gu, ' ');
  const ranges: DateRange[] = [];
  // A date read is blanked out (same length, so spans stay valid); one that is not a real day
  // ("31 February 2021") is blocked, so that no later, looser pattern reads a year out of it.
  const blocked: [number, number][] = [];
  const take = (start: number, end: number, range: DateRange | undefined): void => {
    if (blocked.some(([a, b]) => start < b && end > a)) return;
    if (!range) {
      blocked.push([start, end]);
      return;
    }
    ranges.push(range);
    text = `${text.slice(0, start)}${' '.repeat(end - start)}${text.slice(end)}`;
  };
  // The extractor's reader: Arabic month names, ISO days, numeric days (spans are in `text`, already normalized).
  for (const date of findExplicitDates(text)) {
    const numeric = date.numeric;
    const day = numeric ? (numeric.dayFirst ?? numeric.monthFirst) : date.candidates[0];
    if (!day) continue;
    // A month read after a day number means the day was impossible (31 شباط 2021).
    const dayBefore = date.precision === 'month' ? /\d{1,2}\s*(?:من\s+)?$/u.exec(text.slice(0, date.start)) : null;
    if (dayBefore) {
      take(dayBefore.index, date.end, undefined);
      continue;
    }
    const month = periodBounds(Number(day.slice(0, 4)), Number(day.slice(5, 7)));
    take(date.start, date.end, date.precision === 'month' ? month : { from: day, to: day });
  }
  for (const re of EXTRA) {
    for (const m of [...text.matchAll(re)]) take(m.index, m.index + m[0].length, rangeOf(m.groups ?? {}, years));
  }
  const words = termsOf(text).filter((w) => ranges.length === 0 || !DATE_WORDS.has(w));
  const content = words.filter((w) => !STOP_WORDS.has(w));
  const terms = (content.length > 0 ? content : words).slice(0, MAX_TERMS).map((w) => w.slice(0, MAX_TERM_LENGTH));
  if (ranges.length === 0) return { terms };
  const from = ranges.map((r) => r.from).sort()[0] ?? '';
  const to =
    ranges
      .map((r) => r.to)
      .sort()
      .at(-1) ?? '';
  return { terms, range: { from, to } };
}
