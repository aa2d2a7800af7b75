/**
 * Settling a numeric date. 13-2-2026 can only be day-first. 9/10/2021 could be
 * 9 October or 10 September: it is read one way only when the text gives
 * evidence, a "today" whose weekday or date fits one reading and not the
 * other. Without evidence the answer is "ask", never a guess.
 *
 * One convention is applied: a dash-separated date (10-12-2021) is day-first,
 * as Iraqi and Gulf outlets write it; evidence that contradicts it still wins.
 */
import { shiftDay, weekdayOf, type IsoDay } from './calendar.ts';
import type { ExplicitDate } from './explicit.ts';
import type { TodayMention } from './today.ts';

/** The outcome: a day and how it was settled, or the readings left open. */
export type SettledDate =
  | { day: IsoDay; basis: 'unambiguous' | 'evidence' | 'convention'; evidence?: string }
  | { day?: undefined; candidates: IsoDay[]; reason: string };

/**
 * A story is often stamped just after midnight, so "today" in its text may be
 * the day before the stamp: a mention fits a candidate day that is its own
 * day or the day after it, and no later.
 */
function fits(candidate: IsoDay, mention: TodayMention): boolean {
  const days = [candidate, shiftDay(candidate, -1)];
  if (mention.day !== undefined) return days.includes(mention.day);
  return mention.weekday !== undefined && days.some((d) => weekdayOf(d) === mention.weekday);
}

/** Choose among a date's readings using the text's "today" mentions. */
export function settleDate(date: ExplicitDate, today: readonly TodayMention[]): SettledDate {
  const { candidates } = date;
  const [only] = candidates;
  if (candidates.length === 1 && only !== undefined) return { day: only, basis: 'unambiguous' };

  const supported = candidates.filter((c) => today.some((m) => fits(c, m)) && !today.some((m) => !fits(c, m)));
  const [chosen] = supported;
  if (supported.length === 1 && chosen !== undefined) {
    return { day: chosen, basis: 'evidence', evidence: today.map((m) => m.evidence).join(' / ') };
  }
  const dayFirst = date.numeric?.dayFirst;
  if (
    date.numeric?.separator === '-' &&
    dayFirst !== undefined &&
    (supported.length === 0 ? today.length === 0 : supported.includes(dayFirst))
  ) {
    return { day: dayFirst, basis: 'convention' };
  }
  return {
    candidates,
    reason:
      today.length === 0
        ? `"${date.evidence}" can be read as ${candidates.join(' or ')} and the text names no weekday that settles it`
        : `"${date.evidence}" can be read as ${candidates.join(' or ')} and the text's weekday does not settle it`,
  };
}
