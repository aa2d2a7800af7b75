/**
 * Ordering and grouping statements for the timeline. The order is total, so
 * that entries on the same day always come out the same way: date, then the
 * article's publication time, then the paragraph, then the id.
 */
import { byCodePoint } from '../compare.ts';
import type { Statement } from '../extract/types.ts';
import type { Side } from '../speakers/types.ts';

/** Compare two statements in time order (oldest first); `published` gives each article's publication time. */
export function byTime(published: ReadonlyMap<string, string>): (a: Statement, b: Statement) => number {
  return (a, b) =>
    byCodePoint(a.date, b.date) ||
    byCodePoint(published.get(a.article) ?? '', published.get(b.article) ?? '') ||
    (a.paragraphs[0] ?? 0) - (b.paragraphs[0] ?? 0) ||
    byCodePoint(a.id, b.id);
}

/**
 * A month and its items: statements on the timeline, articles on the sources
 * pages. The field keeps the timeline's name, `statements`, which came first.
 */
export interface MonthGroup<T = Statement> {
  /** `YYYY-MM` */
  key: string;
  year: number;
  month: number;
  statements: T[];
}

/** A year and its months. */
export interface YearGroup<T = Statement> {
  year: number;
  months: MonthGroup<T>[];
}

/** A statement's day: the date it was said. */
export const statementDay = (s: Statement): string => s.date;

/**
 * Group items (already in the order wanted) under their year and month,
 * keeping that order. `day` gives each item's ISO date (`YYYY-MM-DD`, a
 * date-time may follow); statements need none, their `date` is used.
 */
export function groupByMonth(statements: readonly Statement[]): YearGroup[];
export function groupByMonth<T>(items: readonly T[], day: (item: T) => string): YearGroup<T>[];
export function groupByMonth<T>(items: readonly T[], day?: (item: T) => string): YearGroup<T>[] {
  // The overloads ask for `day` unless the items are statements.
  const dayOf = day ?? (statementDay as unknown as (item: T) => string);
  const years: YearGroup<T>[] = [];
  for (const item of items) {
    const date = dayOf(item);
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7));
    let y = years.at(-1);
    if (!y || y.year !== year) years.push((y = { year, months: [] }));
    let m = y.months.at(-1);
    if (!m || m.month !== month) y.months.push((m = { key: date.slice(0, 7), year, month, statements: [] }));
    m.statements.push(item);
  }
  return years;
}

/** The timeline's two lanes: Iraqi voices on one side, US and coalition voices on the other. */
export type Lane = 'iraq' | 'west' | 'other';

/** Which lane a side's statements run in. */
export function laneOf(side: Side | undefined): Lane {
  if (side === 'iraq') return 'iraq';
  if (side === 'us' || side === 'coalition') return 'west';
  return 'other';
}
