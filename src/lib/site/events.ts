/**
 * What each event page shows besides its statement: the statements before
 * and after it on the timeline, and the same speaker's statements nearest in
 * time. Computed for all pages in one pass, because a search per page costs
 * time quadratic in the corpus (about a minute of a 30,000-statement build),
 * and capped, because listing all of a prolific speaker's statements on every
 * one of their pages made each page grow with the corpus.
 */
import type { Statement } from '../extract/types.ts';

/** How many of the speaker's other statements an event page lists (the speaker page has them all). */
export const NEARBY = 10;

/** One event page's data (a type, not an interface, so that it can be a page's props). */
export type EventPage = {
  statement: Statement;
  previous?: Statement;
  next?: Statement;
  /** Up to NEARBY other statements by the same speaker, nearest in time, in time order. */
  nearby: Statement[];
  /** How many statements the speaker has in all, this one included. */
  speakerTotal: number;
};

/** The `limit` items of `list` nearest to position `at` (itself excluded), in list order. */
export function nearest<T>(list: readonly T[], at: number, limit: number): T[] {
  let [start, end] = [at, at + 1];
  while (end - start - 1 < limit && (start > 0 || end < list.length)) {
    // Alternate sides, taking from whichever side still has items.
    if (start > 0 && (end - at > at - start || end >= list.length)) start -= 1;
    else end += 1;
  }
  return [...list.slice(start, at), ...list.slice(at + 1, end)];
}

/** Every event page's data, from the statements in time order. */
export function eventPages(ordered: readonly Statement[]): EventPage[] {
  const bySpeaker = Map.groupBy(ordered, (s) => s.speaker.id);
  const position = new Map<Statement, number>();
  for (const list of bySpeaker.values()) list.forEach((s, i) => position.set(s, i));
  return ordered.map((statement, i) => {
    const own = bySpeaker.get(statement.speaker.id) ?? [statement];
    const previous = ordered[i - 1];
    const next = ordered[i + 1];
    return {
      statement,
      ...(previous ? { previous } : {}),
      ...(next ? { next } : {}),
      nearby: nearest(own, position.get(statement) ?? 0, NEARBY),
      speakerTotal: own.length,
    };
  });
}
