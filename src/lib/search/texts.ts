/**
 * The statements' words for the result cards, in small files of consecutive
 * statements (`/search/text/<n>.json`, time order). A search fetches only
 * the buckets of the hits it shows; the words are the original text, so the
 * card can mark matches on what the reader sees, harakat and all.
 */
import type { Statement } from '../extract/types.ts';

/** Statements per bucket: 20 hits spread over the years fetch at most 20 files of a few kilobytes. */
export const BUCKET_SIZE = 16;

/** One statement: its text (NFC), and where its first quotation stands in it, when it has one. */
export type TextEntry = [text: string] | [text: string, quoteStart: number, quoteEnd: number];

/** Which bucket holds the statement at `position`. */
export function bucketOf(position: number, size: number): number {
  return Math.floor(position / size);
}

/** A statement's entry: NFC, as the normalizer's offsets count it, so highlights land on the right letters. */
export function textEntry(s: Statement): TextEntry {
  const text = s.text.normalize('NFC');
  const first = s.quotes[0]?.normalize('NFC');
  const at = first === undefined ? -1 : text.indexOf(first);
  return first !== undefined && at >= 0 ? [text, at, at + first.length] : [text];
}

/** The buckets, in time order. */
export function buildBuckets(statements: readonly Statement[], size = BUCKET_SIZE): TextEntry[][] {
  const buckets: TextEntry[][] = [];
  statements.forEach((s, i) => (buckets[bucketOf(i, size)] ??= []).push(textEntry(s)));
  return buckets;
}
