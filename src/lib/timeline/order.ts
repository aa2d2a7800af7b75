/**
 * Ordering and grouping statements for the timeline. The order is total, so
 * that entries on the same day always come out the same way: date, then the
 * article's publication time, then the paragraph, then the id.
 */
import type { Statement } from '../extract/types.ts';
import type { Side } from '../speakers/types.ts';

/** Compare two statements in time order (oldest first); `published` gives each article's publication time. */
export function byTime(published: ReadonlyMap<string, string>): (a: Statement, b: Statement) => number {
  return (a, b) =>
    a.date.localeCompare(b.date) ||
    (published.get(a.article) ?? '').localeCompare(published.get(b.article) ?? '') ||
    (a.paragraphs[0] ?? 0) - (b.paragraphs[0] ?? 0) ||
    a.id.localeCompare(b.id);
}

/** A month of the timeline and its statements. */
export interface MonthGroup {
  /** `YYYY-MM` */
  key: string;
  year: number;
  month: number;
  statements: Statement[];
}

/** A year of the timeline. */
export interface YearGroup {
  year: number;
  months: MonthGroup[];
}

/** Group statements (already in the order wanted) under their year and month, keeping that order. */
export function groupByMonth(statements: readonly Statement[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const s of statements) {
    const year = Number(s.date.slice(0, 4));
    const month = Number(s.date.slice(5, 7));
    let y = years.at(-1);
    if (!y || y.year !== year) years.push((y = { year, months: [] }));
    let m = y.months.at(-1);
    if (!m || m.month !== month) y.months.push((m = { key: s.date.slice(0, 7), year, month, statements: [] }));
    m.statements.push(s);
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
