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

/** Words that join two dates into a range ("من 2021 إلى 2022"), normalized; dropped when the query has two dates. */
const RANGE_WORDS = new Set(['من', 'الي', 'حتي', 'لغايه', 'بين', 'و', 'from', 'to', 'until', 'between', 'and']);

/** English month names, lower-cased as the normalizer leaves them, and their short forms (dec, sept). */
const ENGLISH_MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES_EN.flatMap((name, i) => [[name.toLowerCase(), i + 1] as const, [name.slice(0, 3).toLowerCase(), i + 1] as const]),
  ['sept', 9],
]);
const EN = `(?<month>${[...ENGLISH_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Numeric and English date forms that the extractor's reader does not take, most specific first. */
const EXTRA: readonly RegExp[] = [
  // 10 December 2021, December 10, 2021, December 2021
  new RegExp(`${B}(?:(?<day>\\d{1,2})\\s+)?${EN}\\s*(?:(?<day2>\\d{1,2})\\s*,?\\s*)?,?\\s*(?<year>\\d{4})${E}`, 'gu'),
  // 2021-12, 2021/12
  new RegExp(`${B}(?<year>\\d{4})[-/.](?<month>\\d{1,2})(?![-/.\\d])${E}`, 'gu'),
  // 12/2021, 12-2021
  new RegExp(`(?<![-/.\\d\\p{L}])(?<month>\\d{1,2})[-/.](?<year>\\d{4})${E}`, 'gu'),
  // 2021
  new RegExp(`(?<![-/.\\d\\p{L}])(?<year>\\d{4})(?![-/.\\d\\p{L}])`, 'gu'),
];

/** The days one found expression covers, or undefined when it is not a real date. */
function rangeOf(groups: Record<string, string | undefined>, years: YearSpan): DateRange | undefined {
  const year = Number(groups['year']);
  const named = groups['month'] ?? '';
  const month = /^\d+$/u.test(named) ? Number(named) : ENGLISH_MONTHS.get(named);
  const day = Number(groups['day'] ?? groups['day2'] ?? 0);
  if (month === undefined) return year >= years.min && year <= years.max ? periodBounds(year) : undefined;
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
  let text = normalizeArabic(query.slice(0, MAX_QUERY_LENGTH));
  const ranges: DateRange[] = [];
  // The extractor's reader: Arabic month names, ISO days, numeric days. Spans are in `text` (already normalized).
  const found = findExplicitDates(text).sort((a, b) => b.start - a.start);
  for (const date of found) {
    const numeric = date.numeric;
    const day = numeric ? (numeric.dayFirst ?? numeric.monthFirst) : date.candidates[0];
    if (!day) continue;
    const bounds = date.precision === 'month' ? periodBounds(Number(day.slice(0, 4)), Number(day.slice(5, 7))) : { from: day, to: day };
    if (!bounds) continue;
    ranges.push(bounds);
    text = `${text.slice(0, date.start)} ${text.slice(date.end)}`;
  }
  for (const re of EXTRA) {
    text = text.replace(re, (match, ...args) => {
      const groups = args.at(-1) as Record<string, string | undefined>;
      const range = rangeOf(groups, years);
      if (!range) return match;
      ranges.push(range);
      return ' ';
    });
  }
  const words = termsOf(text);
  const terms = (ranges.length > 1 ? words.filter((w) => !RANGE_WORDS.has(w)) : words).slice(0, MAX_TERMS);
  if (ranges.length === 0) return { terms };
  const from = ranges.map((r) => r.from).sort()[0] ?? '';
  const to =
    ranges
      .map((r) => r.to)
      .sort()
      .at(-1) ?? '';
  return { terms, range: { from, to } };
}
