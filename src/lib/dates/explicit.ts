/**
 * Explicit date expressions in Arabic text: "15 آب 2024", "الجمعة (10 كانون
 * الأول، 2021)", "الخميس 20 اغسطس 2020", "كانون الأول 2021", "10-12-2021",
 * "9/10/2021", "٢٠٢١/١٢/١٠". Hand-written because no library reads Arabic
 * month names; the arithmetic is date-fns (see `calendar.ts`).
 *
 * Matching runs on the normalized text and reports spans in the original, so
 * callers can quote the exact words that fixed a date.
 */
import { normalizeWithOffsets } from '../arabic/normalize.ts';
import { isoDay, weekdayOf, type IsoDay } from './calendar.ts';
import { MONTH_PATTERN, ORDINAL_PATTERN, WEEKDAY_PATTERN, monthNumber, ordinalDay, weekdayNumber } from './lexicon.ts';

/** How exact a date is. */
export type DatePrecision = 'day' | 'month' | 'year';

/** The two ways to read a numeric date like 9/10/2021; a reading is absent when impossible (13/2/2026). */
export interface NumericReadings {
  separator: string;
  dayFirst?: IsoDay;
  monthFirst?: IsoDay;
}

/** One explicit date expression found in a text. */
export interface ExplicitDate {
  /** The candidate days, earliest reading first. Two for an ambiguous numeric date such as 9/10/2021. */
  candidates: IsoDay[];
  precision: DatePrecision;
  /** For a numeric date, its two readings and the separator it was written with. */
  numeric?: NumericReadings;
  /** The weekday written beside the date, if any (Sunday = 0). */
  weekday?: number;
  /** The words as they stand in the original text. */
  evidence: string;
  /** Span in the original (NFC) text. */
  start: number;
  end: number;
}

const SEP = '\\s*[،,]?\\s*';
const YEAR = '(?<year>\\d{4})';
const DAY = '(?<!\\d)(?<day>\\d{1,2})';
// "في الثالث من كانون الثاني 2020" (not «الأسبوع الأول من شباط 2024»: see ORDINAL_PATTERN). A pattern
// of its own: one alternative more in DAY slows every date.
const ORDINAL_DAY = `(?<![\\p{L}])(?<ordinal>${ORDINAL_PATTERN})\\s+من`;
const MONTHS = `(?<![\\p{L}])(?<month>${MONTH_PATTERN})(?:\\s*/\\s*(?:${MONTH_PATTERN}))?`;
const WEEKDAY = `(?:(?:يوم\\s+)?(?<weekday>${WEEKDAY_PATTERN})\\s*\\(?\\s*)?`;
const YEAR_WORD = `(?:(?:من\\s+)?(?:عام|سنه)\\s+)?`;

/** Named-month patterns, most specific first; a later pattern never re-reads an earlier match. */
const NAMED: readonly { re: RegExp; precision: DatePrecision }[] = [
  // [weekday] [(] D [من] [شهر] MONTH[/MONTH] [،] [عام] YYYY [)]
  { re: new RegExp(`${WEEKDAY}${DAY}\\s*(?:من\\s+)?(?:شهر\\s+)?${MONTHS}${SEP}${YEAR_WORD}${YEAR}\\)?`, 'gu'), precision: 'day' },
  // [weekday] ORDINAL من [شهر] MONTH[/MONTH] [،] [عام] YYYY
  { re: new RegExp(`${WEEKDAY}${ORDINAL_DAY}\\s+(?:شهر\\s+)?${MONTHS}${SEP}${YEAR_WORD}${YEAR}\\)?`, 'gu'), precision: 'day' },
  // [شهر] MONTH[/MONTH] [،] [عام] YYYY
  { re: new RegExp(`(?:شهر\\s+)?${MONTHS}${SEP}${YEAR_WORD}${YEAR}`, 'gu'), precision: 'month' },
];

/** Numeric day-month-year with / - or . ; the separator must repeat. */
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])/gu;
/** Year-first dates: ISO 2024-01-10, and 2026/02/13 as some sites print it. */
const ISO = /(?<![\d/.-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d/.-])/gu;

/**
 * Every explicit date in `text`, in order of appearance. The day-first and
 * month-first readings of a numeric date are both kept (see `NumericReadings`):
 * only a convention or evidence may choose between them (see `numeric.ts`).
 */
export function findExplicitDates(text: string): ExplicitDate[] {
  // Every pattern below holds a year in digits, and folding makes digits only of these: a body
  // without one has nothing to fold or match.
  if (!/[0-9٠-٩۰-۹]/u.test(text)) return [];
  const source = text.normalize('NFC');
  const { text: folded, offsets } = normalizeWithOffsets(source);
  const taken: [number, number][] = [];
  const found: ExplicitDate[] = [];

  const add = (m: RegExpExecArray, date: Omit<ExplicitDate, 'evidence' | 'start' | 'end'>): void => {
    const from = m.index;
    const to = m.index + m[0].trimEnd().length;
    if (taken.some(([a, b]) => from < b && to > a)) return;
    taken.push([from, to]);
    const start = offsets[from] ?? 0;
    const end = (offsets[to - 1] ?? start) + 1;
    let evidence = source.slice(start, end);
    if (evidence.endsWith(')') && !evidence.includes('(')) evidence = evidence.slice(0, -1); // "(10 آذار 2026)" read from inside
    found.push({ ...date, evidence, start, end });
  };

  for (const { re, precision } of NAMED) {
    for (const m of folded.matchAll(re)) {
      const g = m.groups ?? {};
      const month = monthNumber(g['month'] ?? '');
      const year = Number(g['year']);
      if (month === undefined) continue;
      const dayOfMonth = g['ordinal'] ? ordinalDay(g['ordinal']) : Number(g['day']);
      const day = isoDay(year, month, precision === 'day' ? dayOfMonth : 1);
      if (day === undefined) continue;
      const weekday = g['weekday'] ? weekdayNumber(g['weekday']) : undefined;
      add(m, { candidates: [day], precision, ...(weekday === undefined ? {} : { weekday }) });
    }
  }
  for (const m of folded.matchAll(ISO)) {
    const day = isoDay(Number(m[1]), Number(m[3]), Number(m[4]));
    if (day) add(m, { candidates: [day], precision: 'day' });
  }
  for (const m of folded.matchAll(NUMERIC)) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const dayFirst = isoDay(year, b, a);
    const monthFirst = isoDay(year, a, b);
    const candidates = [...new Set([dayFirst, monthFirst].filter((d): d is IsoDay => d !== undefined))].sort();
    if (candidates.length === 0) continue;
    const numeric: NumericReadings = {
      separator: m[2] ?? '/',
      ...(dayFirst ? { dayFirst } : {}),
      ...(monthFirst ? { monthFirst } : {}),
    };
    add(m, { candidates, precision: 'day', numeric });
  }
  return found.sort((x, y) => x.start - y.start);
}

/** True when a found date's written weekday contradicts its (single) day. */
export function weekdayContradicts(date: ExplicitDate): boolean {
  const [day] = date.candidates;
  return date.weekday !== undefined && date.candidates.length === 1 && day !== undefined && weekdayOf(day) !== date.weekday;
}
