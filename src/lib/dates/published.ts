/**
 * The `published` frontmatter value. Editors write `2021-12-10` or
 * `2021-12-10T13:45`; YAML turns some of these into Date objects (as UTC), so
 * both forms are accepted and brought back to the wall-clock text written.
 * The day is what relative dates in the article are resolved against.
 */
import { isoDay } from './calendar.ts';

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
