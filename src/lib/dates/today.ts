/**
 * "Today" in the text: اليوم الخميس, اليوم (الخميس), اليوم الخميس (15 آب 2024).
 * A story that names today's weekday or date tells us when it was written,
 * which settles an ambiguous dateline (see `numeric.ts`) and, for the
 * extractor, what اليوم means.
 */
import { normalizeWithOffsets } from '../arabic/normalize.ts';
import type { IsoDay } from './calendar.ts';
import { findExplicitDates } from './explicit.ts';
import { WEEKDAY_PATTERN, weekdayNumber } from './lexicon.ts';

/** A mention of today: its weekday, its date, or both, and the words. */
export interface TodayMention {
  weekday?: number;
  day?: IsoDay;
  evidence: string;
}

const TODAY = new RegExp(
  `(?<![\\p{L}])اليوم\\s*[،,]?\\s*(?:\\(\\s*)?(?:يوم\\s+)?(?<weekday>${WEEKDAY_PATTERN})?\\s*\\)?\\s*(?<paren>\\()?`,
  'gu',
);

/** Every "today" in `text` that names a weekday or an explicit date. */
export function findTodayMentions(text: string): TodayMention[] {
  const source = text.normalize('NFC');
  // Read the dates only once a "today" is found: most bodies have none.
  let dates: ReturnType<typeof findExplicitDates> | undefined;
  const mentions: TodayMention[] = [];
  // Fold only a window around each «يوم» as written (marks and Persian yeh allowed): folding the
  // whole body for a handful of words was a tenth of extracting an article.
  const seen = new Set<number>();
  for (const near of source.matchAll(/[يی][\u064b-\u0670\u0640]*و[\u064b-\u0670\u0640]*م/gu)) {
    const from = Math.max(0, near.index - 12);
    const { text: folded, offsets: local } = normalizeWithOffsets(source.slice(from, near.index + 80));
    for (const m of folded.matchAll(TODAY)) {
      const start = from + (local[m.index] ?? 0);
      if (seen.has(start)) continue;
      seen.add(start);
      const endFolded = m.index + m[0].trimEnd().length;
      const end = from + (local[endFolded - 1] ?? 0) + 1;
      const weekday = m.groups?.['weekday'] ? weekdayNumber(m.groups['weekday']) : undefined;
      // A day-precise date that starts right where "today" ends belongs to it.
      dates ??= findExplicitDates(source);
      const date = dates.find((d) => d.precision === 'day' && d.candidates.length === 1 && d.start >= start && d.start <= end + 1);
      const day = date?.candidates[0];
      if (weekday === undefined && day === undefined) continue;
      mentions.push({
        ...(weekday === undefined ? {} : { weekday }),
        ...(day === undefined ? {} : { day }),
        evidence: source.slice(start, Math.max(end, date?.end ?? end)).trim(),
      });
    }
  }
  return mentions;
}
