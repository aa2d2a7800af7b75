/**
 * Which timeline pages exist and what each holds. The timeline used to be
 * one page with every statement; at thousands of statements that page would
 * weigh megabytes. So the home page (and /chronological/) show a fixed
 * number of statements, and the rest live on one page per year
 * (`/years/<yyyy>/`), or, when a year grows large, one page per month
 * (`/years/<yyyy>/<mm>/`). The layout is computed once per build, in one pass
 * over the time-ordered statements, and each page then draws only its own.
 *
 * The layout is generic over what it lays out: the sources list uses it for
 * articles (`/articles/years/<yyyy>/`, see src/lib/content/listing.ts), with
 * its own day, URL base and limits, so both archives share one implementation.
 */
import type { Statement } from '../extract/types.ts';
import { paths } from '../paths.ts';
import { groupByMonth, statementDay, type MonthGroup } from './order.ts';

/**
 * How many statements the home page shows, newest first (and /chronological/,
 * oldest first). Fixed, so the page weighs the same at 15 statements or
 * 30,000: a card is about 1.2 KB of HTML on the seeds (some 200 bytes
 * gzipped), so 30 cards and the page around them come to about 45 KB (9 KB
 * gzipped). Thirty fill several screens on a phone, enough for the latest news.
 */
export const LATEST = 30;

/**
 * A year with more statements than this gets a page per month, and its year
 * page lists the months instead. At the seeds' card size, 400 cards are some
 * 470 KB of HTML (some 80 KB gzipped): as much as one page should carry. Month
 * pages are not split further; a month of more than 400 statements is one page.
 */
export const YEAR_LIMIT = 400;

/** A month in the navigation: how many statements, and where they are. */
export interface MonthEntry {
  /** `YYYY-MM`, also the fragment id `m-YYYY-MM` on the year page. */
  key: string;
  year: number;
  month: number;
  count: number;
  /** Its own page in a split year, else its section of the year page. */
  path: string;
}

/** A year in the navigation. */
export interface YearEntry {
  year: number;
  count: number;
  /** `/years/<yyyy>/` */
  path: string;
  /** More than the limit: the year page lists the months, each with a page of its own. */
  split: boolean;
  months: MonthEntry[];
}

/** A year page: the year, its statements by month (none when split), and its neighbours. */
export interface YearPage<T = Statement> {
  year: YearEntry;
  /** Oldest first; empty when the year is split into month pages. */
  months: MonthGroup<T>[];
  previous?: YearEntry;
  next?: YearEntry;
}

/** A month page of a split year. */
export interface MonthPage<T = Statement> {
  month: MonthEntry;
  /** Oldest first (the timeline's name for the items, articles on the sources pages). */
  statements: T[];
  previous?: MonthEntry;
  next?: MonthEntry;
}

/** Every timeline page and the navigation between them. */
export interface Archive<T = Statement> {
  /** Oldest first. */
  years: YearEntry[];
  yearPages: YearPage<T>[];
  monthPages: MonthPage<T>[];
  /** The statements the home page shows, newest first. */
  latest: T[];
  /** The statements /chronological/ shows, oldest first. */
  earliest: T[];
  /** How many statements in all. */
  total: number;
  /** Where a month (`YYYY-MM`) is shown in full; throws for a month with no statements. */
  monthPath(key: string): string;
}

/** What to lay out and where. The timeline uses the defaults; the limits are tunable for tests. */
export interface ArchiveOptions<T = Statement> {
  latest?: number;
  yearLimit?: number;
  /** An item's ISO day (`YYYY-MM-DD`, a time may follow); statements: their date. */
  day?: (item: T) => string;
  /** Where the year pages live: `/years/` (the timeline) or, say, `/articles/years/`. */
  base?: string;
  /** What the items are called in error messages: `statements`. */
  noun?: string;
}

/** A year as its page's address writes it: four digits, as ISO dates do (an explicit date in an article can be 0999). */
export const yearKey = (year: number): string => String(year).padStart(4, '0');

/** A year's page: `/years/<yyyy>/` (or under another base); takes the year or any ISO date in it. */
export const yearPath = (yearOrDate: number | string, base = paths.years): string =>
  `${base}${typeof yearOrDate === 'number' ? yearKey(yearOrDate) : yearOrDate.slice(0, 4)}/`;

/** The neighbours of the item at `i`, left out when absent (the strictest tsconfig forbids explicit undefined). */
function around<T>(list: readonly T[], i: number): { previous?: T; next?: T } {
  const previous = list[i - 1];
  const next = list[i + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/**
 * Lay out the timeline's pages, or another archive's when given a `day` for
 * its items. `ordered` must be oldest first (as `assembleSite` gives the
 * statements); items out of order would put one year on two pages, so they
 * are refused.
 */
export function buildArchive(ordered: readonly Statement[], options?: ArchiveOptions): Archive;
export function buildArchive<T>(ordered: readonly T[], options: ArchiveOptions<T> & { day: (item: T) => string }): Archive<T>;
export function buildArchive<T>(ordered: readonly T[], options: ArchiveOptions<T> = {}): Archive<T> {
  const { latest = LATEST, yearLimit = YEAR_LIMIT, base = paths.years, noun = 'statements' } = options;
  // The overloads ask for `day` unless the items are statements.
  const day = options.day ?? (statementDay as unknown as (item: T) => string);
  const groups = groupByMonth(ordered, day);
  const seen = new Set<number>();
  for (const g of groups) {
    if (seen.has(g.year)) throw new Error(`${base} pages: ${noun} are not in time order (${g.year} comes twice)`);
    seen.add(g.year);
  }
  const years: YearEntry[] = groups.map((g) => {
    const count = g.months.reduce((n, m) => n + m.statements.length, 0);
    const split = count > yearLimit;
    const path = yearPath(g.year, base);
    const months = g.months.map(({ key, year, month, statements }) => ({
      key,
      year,
      month,
      count: statements.length,
      path: split ? `${path}${key.slice(5)}/` : `${path}#m-${key}`,
    }));
    return { year: g.year, count, path, split, months };
  });
  const yearPages = groups.map((g, i): YearPage<T> => ({
    year: years[i] as YearEntry,
    months: years[i]?.split ? [] : g.months,
    ...around(years, i),
  }));
  const allMonths = years.flatMap((y) => y.months);
  const splitYears = new Set(years.filter((y) => y.split).map((y) => y.year));
  const monthGroups = groups.flatMap((g) => g.months);
  const monthPages = allMonths
    .map((month, i) => ({ month, statements: monthGroups[i]?.statements ?? [], ...around(allMonths, i) }))
    .filter((p) => splitYears.has(p.month.year));
  const monthPaths = new Map(allMonths.map((m) => [m.key, m.path]));
  return {
    years,
    yearPages,
    monthPages,
    latest: ordered.slice(Math.max(0, ordered.length - latest)).reverse(),
    earliest: ordered.slice(0, latest),
    total: ordered.length,
    monthPath(key) {
      const path = monthPaths.get(key.slice(0, 7));
      if (!path) throw new Error(`${base} pages: no ${noun} in ${key.slice(0, 7)}, so it has no page`);
      return path;
    },
  };
}
