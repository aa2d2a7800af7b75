/**
 * The statements' words for the result cards, in small files of 16
 * statements (`/search/text/<name>.json`). A search fetches only the files
 * of the hits it shows; the words are the original text, so the card can
 * mark matches on what the reader sees, harakat and all. With the words
 * comes what else the card shows that the head does not say (the outlet, a
 * date known only to the month, the role held that day …), so that a
 * result's card is the timeline's (`site/card.ts`).
 *
 * Every text is written twice, in two orders, because hits cluster in one or
 * the other: in time order (`t0`, `t1` …), where a date's hits sit side by
 * side, and in speaker order (`s0` …: each speaker's statements together, in
 * time order), where a name's hits do. A search fetches the fewest files
 * it finds that hold its hits, from either order or both (`textPlaces`):
 * twenty hits of one speaker, spread over ten years, are two files instead
 * of twenty. Both orders follow from the
 * head alone, so the browser knows where each text stands without asking.
 */
import type { DatePrecision } from '../dates/explicit.ts';
import type { Side } from '../sides.ts';
import type { Span } from './highlight.ts';

/** Statements per file: a few kilobytes gzipped. */
export const BUCKET_SIZE = 16;

/**
 * What a statement's card shows that its speaker in the head does not say;
 * each field is there only where this statement differs from the head's
 * speaker (an empty role: none shown), so that most entries hold none.
 */
export interface CardFacts {
  name?: string;
  nameEn?: string;
  role?: string;
  side?: Side;
  guess?: boolean;
  precision?: DatePrecision;
  /** «عبر مكتبه» (`site/via.ts`). */
  via?: string;
  outlet?: string;
}

/** One statement: its text (NFC), its first quotation, and its card's facts. */
export interface TextEntry extends CardFacts {
  text: string;
  /** Where the first quotation stands in `text`; its words when they are not in it (an editor's addition). */
  quote?: Span | string;
}

/** Where a statement's text stands: the file's name and the place in it. */
export interface TextPlace {
  name: string;
  at: number;
}

/** Each statement's place in speaker order: by speaker (their position in the head), then time. */
export function speakerRanks(speakerOf: ArrayLike<number>): Int32Array {
  const counts: number[] = [];
  for (let i = 0; i < speakerOf.length; i++) counts[speakerOf[i] ?? 0] = (counts[speakerOf[i] ?? 0] ?? 0) + 1;
  // Where each speaker's run starts, then each statement takes the next place in its speaker's run.
  const next: number[] = [];
  let start = 0;
  for (let s = 0; s < counts.length; s++) {
    next[s] = start;
    start += counts[s] ?? 0;
  }
  const ranks = new Int32Array(speakerOf.length);
  for (let i = 0; i < speakerOf.length; i++) {
    const s = speakerOf[i] ?? 0;
    ranks[i] = next[s] ?? 0;
    next[s] = (next[s] ?? 0) + 1;
  }
  return ranks;
}

/**
 * The places of the statements at these positions, in the fewest files found: each statement stands
 * in two files, one of each order, so a search's hits may come partly from one order and partly
 * from the other (a speaker's statements from the speaker order, the rest by time). The files are
 * taken one by one, each time the one that holds the most hits not yet placed (greedy, which can
 * miss the fewest by a file or so), unless one order alone needs no more files.
 */
export function textPlaces(positions: readonly number[], ranks: Int32Array, size: number): TextPlace[] {
  const place = (prefix: string, rank: number): TextPlace => ({ name: `${prefix}${Math.floor(rank / size)}`, at: rank % size });
  const byTime = positions.map((i) => place('t', i));
  const bySpeaker = positions.map((i) => place('s', ranks[i] ?? 0));
  const mixed: TextPlace[] = [];
  let left = positions.map((_, k) => k);
  while (left.length > 0) {
    const holds = new Map<string, number>();
    for (const k of left) for (const p of [byTime[k], bySpeaker[k]]) if (p) holds.set(p.name, (holds.get(p.name) ?? 0) + 1);
    const [best] = [...holds].reduce((a, b) => (b[1] > a[1] ? b : a));
    for (const k of left) {
      const p = [byTime[k], bySpeaker[k]].find((q) => q?.name === best);
      if (p) mixed[k] = p;
    }
    left = left.filter((k) => !mixed[k]);
  }
  const files = (places: TextPlace[]) => new Set(places.map((p) => p.name)).size;
  return [byTime, bySpeaker, mixed].reduce((a, b) => (files(b) < files(a) ? b : a));
}

/** Every file, by name: the statements' entries (time order) in time order and in speaker order (`speakerOf`: the head's column). */
export function buildTexts(entries: readonly TextEntry[], speakerOf: readonly number[], size = BUCKET_SIZE): Map<string, TextEntry[]> {
  const bySpeaker: TextEntry[] = [];
  speakerRanks(speakerOf).forEach((rank, i) => (bySpeaker[rank] = entries[i] ?? { text: '' }));
  const files = new Map<string, TextEntry[]>();
  const cut = (prefix: string, list: TextEntry[]) => {
    for (let n = 0; n * size < list.length; n++) files.set(`${prefix}${n}`, list.slice(n * size, (n + 1) * size));
  };
  cut('t', [...entries]);
  cut('s', bySpeaker);
  return files;
}
