/**
 * Calendar arithmetic on ISO day strings (`YYYY-MM-DD`), done with date-fns on
 * local-midnight dates so that the machine's time zone never shifts a day.
 */
// One module per function: the date-fns index loads all ~250 of them, which costs a command-line
// tool (extract, import) about a second at every start. The browser bundle is the same either way.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { formatISO } from 'date-fns/formatISO';
import { getDay } from 'date-fns/getDay';
import { isValid } from 'date-fns/isValid';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { parseISO } from 'date-fns/parseISO';

/** An ISO calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

// formatISO rather than format: it needs no locale, which keeps the browser's search bundle small.
const toIsoDay = (date: Date): IsoDay => formatISO(date, { representation: 'date' });

/** Build an ISO day from parts, or `undefined` if no such day exists (31 April, 30 February). */
export function isoDay(year: number, month: number, day: number): IsoDay | undefined {
  const date = new Date(year, month - 1, day);
  if (!isValid(date) || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return undefined;
  }
  return toIsoDay(date);
}

/** The day `n` days after `day` (negative `n` goes back). */
export function shiftDay(day: IsoDay, n: number): IsoDay {
  return toIsoDay(addDays(parseISO(day), n));
}

/** The day `n` months after `day` (negative `n` goes back), clamped to the month's end as date-fns does. */
export function shiftMonth(day: IsoDay, n: number): IsoDay {
  return toIsoDay(addMonths(parseISO(day), n));
}

const DAY_MS = 86_400_000;

/**
 * A day as a whole number of days since 1970-01-01, and back. Plain UTC
 * arithmetic rather than date-fns: the search head stores days this way and
 * the browser decodes tens of thousands of them at once.
 */
export function epochDay(day: IsoDay): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

/** The ISO day `days` days after 1970-01-01. */
export function isoOfEpochDay(days: number): IsoDay {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** The weekday of `day`, Sunday = 0 (as in JavaScript and in `WEEKDAYS`). */
export function weekdayOf(day: IsoDay): number {
  return getDay(parseISO(day));
}

/** How many days back from `day` the most recent `weekday` was (0 when `day` is that weekday). */
export function daysBackTo(day: IsoDay, weekday: number): number {
  return (weekdayOf(day) - weekday + 7) % 7;
}

/** The first and last day of a month, or of a year when `month` is omitted; `undefined` for a month that does not exist. */
export function periodBounds(year: number, month?: number): { from: IsoDay; to: IsoDay } | undefined {
  const first = isoDay(year, month ?? 1, 1);
  if (!first) return undefined;
  return { from: first, to: toIsoDay(lastDayOfMonth(new Date(year, (month ?? 12) - 1, 1))) };
}
