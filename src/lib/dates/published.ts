/**
 * The `published` frontmatter value. Editors write `2021-12-10` or
 * `2021-12-10T13:45`; YAML turns some of these into Date objects (as UTC), so
 * both forms are accepted and brought back to the wall-clock text written.
 * The day is what relative dates in the article are resolved against.
 */
import { isoDay } from './calendar.ts';
import { findExplicitDates } from './explicit.ts';

const PUBLISHED = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/u;

/**
 * Normalize a publication date to `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, or
 * return `undefined` when it is not a real date in one of those forms. A time
 * zone, if written, is dropped: the day and time stay as the outlet printed them.
 */
export function parsePublished(value: string | Date): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    // YAML reads an unzoned timestamp as UTC, so the UTC fields are the ones written.
    const iso = value.toISOString();
    return iso.slice(11, 16) === '00:00' ? iso.slice(0, 10) : iso.slice(0, 16);
  }
  const m = PUBLISHED.exec(value.trim());
  if (!m) return undefined;
  const day = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!day) return undefined;
  if (m[4] === undefined) return day;
  if (Number(m[4]) > 23 || Number(m[5]) > 59) return undefined;
  return `${day}T${m[4]}:${m[5]}`;
}

/**
 * Why `value` is not a date in the form `expected`, for an editor: a numeric
 * date that reads two ways says both ("9/10/2021" is 2021-10-09 or
 * 2021-09-10), one that reads one way says which, and an impossible day
 * (2021-02-30) says so. Nothing is chosen for the editor.
 */
export function explainPublished(value: string | Date, expected: string): string {
  if (value instanceof Date) return `not a date (expected ${expected})`;
  const written = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  const [date, ...more] = findExplicitDates(value);
  if (date && more.length === 0 && date.precision === 'day' && date.numeric) {
    const readings = date.candidates;
    return readings.length > 1
      ? `"${written}" is ambiguous: it can be ${readings.join(' or ')}; write the one meant as ${expected}`
      : `"${written}" is not ${expected}: write ${readings.join('')} if that is the day meant`;
  }
  if (/^\d{4}-\d{2}-\d{2}(?:[T ].*)?$/u.test(value.trim())) return `"${written}": no such day or time`;
  return `unparseable date "${written}": expected ${expected}`;
}
