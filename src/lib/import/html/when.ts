/**
 * A page's machine-readable publication time (ISO 8601, as JSON-LD,
 * `article:published_time` and `<time datetime>` give it) as the outlet's
 * local day and time. A time written with its offset is the outlet's own
 * clock: `2024-01-10T01:30:00+03:00` was published on 2024-01-10, whatever
 * the day in UTC, and «أمس» in it is 2024-01-09. A time in UTC (`Z`) says
 * nothing of the outlet's clock; it is read in Baghdad's (UTC+3), where the
 * story happens, and the editor is told when that moves the day.
 */
import { parsePublished } from '../../dates/published.ts';

/** The publication, as written to frontmatter, and a note for the editor when the day was moved. */
export interface LocalTime {
  published: string;
  note?: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/iu;

/** Baghdad's offset from UTC, in hours (no daylight saving since 2008). */
const BAGHDAD = 3;

/** `value` as the outlet's local publication time, or undefined when it is not an ISO date. */
export function localPublished(value: string): LocalTime | undefined {
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, zone] = m;
  let wall = `${y}-${mo}-${d}${h === undefined ? '' : `T${h}:${mi}`}`;
  let note: string | undefined;
  if (zone !== undefined && /^(?:z|[+-]00(?::?00)?)$/iu.test(zone)) {
    const utc = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) + BAGHDAD * 3_600_000);
    wall = utc.toISOString().slice(0, 16);
    if (wall.slice(0, 10) !== `${y}-${mo}-${d}`)
      note = `the page gives ${value.trim()} in UTC, which is ${wall.replace('T', ' ')} in Baghdad (UTC+3); pass --published if the outlet keeps another clock`;
  }
  // "00:00" is a page's placeholder for an article stored without a time, as in the text importer.
  const published = parsePublished(wall.endsWith('T00:00') ? wall.slice(0, 10) : wall);
  if (published === undefined) return undefined;
  return note === undefined ? { published } : { published, note };
}
