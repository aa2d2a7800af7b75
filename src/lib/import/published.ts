/**
 * Establishing an article's publication date from its header lines and text.
 * The order of trust: a date line in the page header ("10-12-2021, 13:45",
 * "• 9/10/2021" with "• 00:00", "الخميس 20 اغسطس 2020", "13-2-2026 | 17:31"),
 * then a date the text gives for "today" ("اليوم الخميس (15 آب 2024)"). A
 * time is kept only where the page gives one: "00:00" is a page's placeholder
 * for an article stored without a time, not a time.
 * Ambiguous numeric dates are settled only by the text's own evidence.
 */
import { normalizeArabic } from '../arabic/normalize.ts';
import { findExplicitDates } from '../dates/explicit.ts';
import { settleDate } from '../dates/numeric.ts';
import { findTodayMentions } from '../dates/today.ts';

/** A publication date as written to frontmatter: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`. */
export interface Publication {
  published: string;
  /** The words it was read from, for the editor's log. */
  evidence: string;
  /** True when a header line (a date line, a byline) gave it; false for a dated «اليوم» in the text. */
  fromHeader: boolean;
}

/** Raised when the text does not establish a date; the message says why. */
export class UnsettledDateError extends Error {
  override name = 'UnsettledDateError';
}

const TIME = /(?<!\d)([01]?\d|2[0-3]):([0-5]\d)(?!\d)/u;

/** The time on a header line, as `HH:MM`, if any: a bare "00:00" is a page's placeholder for no time, not midnight ("12:00 ص" is). */
function timeOf(line: string): string | undefined {
  const folded = normalizeArabic(line);
  const m = TIME.exec(folded);
  if (!m) return undefined;
  // "5:31 م" is afternoon, "12:10 ص" just after midnight.
  const suffix = /^\s*([صم])(?![\p{L}])/u.exec(folded.slice(m.index + m[0].length))?.[1];
  if (!suffix && Number(m[1]) === 0 && m[2] === '00') return undefined;
  let hour = Number(m[1]);
  if (suffix === 'م' && hour < 12) hour += 12;
  if (suffix === 'ص' && hour === 12) hour = 0;
  return `${String(hour).padStart(2, '0')}:${m[2]}`;
}

/** A header line that holds nothing but a time ("00:00"). */
function isTimeLine(line: string): boolean {
  return /^\s*([01]?\d|2[0-3]):[0-5]\d\s*$/u.test(normalizeArabic(line));
}

/** A header line that holds a date and nothing else but a weekday, a time and separators. */
function headerDate(line: string): ReturnType<typeof findExplicitDates>[number] | undefined {
  const [date, ...more] = findExplicitDates(line);
  if (!date || more.length > 0) return undefined;
  const rest = normalizeArabic(line.slice(0, date.start) + line.slice(date.end))
    .replace(TIME, '')
    .replace(LABELS, '');
  return /^[\s\p{P}|\-•·]*$/u.test(rest) ? date : undefined;
}

/** Words a date line may carry besides the date: "آخر تحديث:", "نشر في", a weekday, ص/م. */
const LABELS = /(?:العدد\s*\d+|اخر تحديث|تاريخ النشر|نشر في|نشر بتاريخ|بتاريخ|تحديث|(?<![\p{L}])[صم](?![\p{L}]))/gu;

/** True for a header line that holds a publication date (and perhaps a time). */
export function isHeaderDateLine(line: string): boolean {
  return headerDate(line) !== undefined;
}

/**
 * Find the publication date. `headerLines` are the page's metadata lines
 * (bullets stripped); `body` is the article text, searched for evidence and
 * for a dated "today".
 */
export function findPublication(headerLines: readonly string[], body: string): Publication {
  const today = findTodayMentions(body);
  for (const [i, line] of headerLines.entries()) {
    const date = headerDate(line);
    if (!date) continue;
    const settled = settleDate(date, today);
    if (settled.day === undefined) {
      throw new UnsettledDateError(`the header date ${settled.reason}; pass --published YYYY-MM-DD`);
    }
    const next = headerLines[i + 1];
    const time = timeOf(line) ?? (next !== undefined && isTimeLine(next) ? timeOf(next) : undefined);
    const evidence = [date.evidence, settled.evidence].filter(Boolean).join(' ← ');
    return { published: time ? `${settled.day}T${time}` : settled.day, evidence, fromHeader: true };
  }
  const dated = today.find((m) => m.day !== undefined);
  if (dated?.day) return { published: dated.day, evidence: dated.evidence, fromHeader: false };
  throw new UnsettledDateError('no publication date in the header or the text; pass --published YYYY-MM-DD');
}
