/**
 * Words as the search compares them, the same at build time (the inverted
 * index) and in the browser (the query, the highlighting).
 *
 * A written Arabic word carries its clitics: و and ف (and), ب ل ك (with, for,
 * as) and the article ال, stacked: وبالانسحاب is و + ب + ال + انسحاب. The
 * search compares stems, the word with every leading clitic stripped, so that
 * انسحاب finds الانسحاب، وانسحاب، بالانسحاب and للانسحاب alike. Stripping is
 * greedy and blind (بغداد becomes غداد), which is harmless because both sides
 * are stripped the same way: what matters is that a word and its clitic forms
 * always end on the same stem, and so in the same shard of the index.
 */
import { normalizeArabic } from '../arabic/normalize.ts';
import { similarWord } from './similar.ts';

/** What may stand before a word, longest first so that ال is taken whole. */
const CLITICS = ['ال', 'و', 'ف', 'ب', 'ل', 'ك'] as const;
/** A clitic is stripped only when this much of the word stays: في stays في, not ي. */
const MIN_STEM = 2;
/** Shorter stems must match whole: a reader typing two letters has not chosen a word yet. */
const MIN_PREFIX = 3;

/** How well a stem matched a query word: exactly, as its start (typed half-way, a suffix added), or with a slip. */
export const EXACT = 1;
export const PREFIX = 0.75;
export const SLIP = 0.5;

/** A folded word's stem: its leading clitics stripped (والقوات → قوات). */
export function stem(word: string): string {
  let w = word;
  for (;;) {
    const clitic = CLITICS.find((c) => w.startsWith(c) && w.length - c.length >= MIN_STEM);
    if (!clitic) return w;
    w = w.slice(clitic.length);
  }
}

/** The shard a stem lives in: its first two letters (one for a one-letter word). */
export function shardKey(wordStem: string): string {
  return [...wordStem].slice(0, 2).join('');
}

/** A shard key as a file name that any server serves: its code points in hex ("قو" → "642-648"). */
export function shardName(key: string): string {
  return [...key].map((c) => c.codePointAt(0)?.toString(16)).join('-');
}

/** A folded word and where it stands in the folded text. */
export interface WordAt {
  word: string;
  start: number;
  end: number;
}

/** The words of a folded text (letters, marks and digits), with their places. */
export function wordsAt(folded: string): WordAt[] {
  return [...folded.matchAll(/[\p{L}\p{M}\p{N}_]+/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** The distinct stems of a text, folded with the one normalizer. */
export function stemsOf(text: string): Set<string> {
  return new Set(wordsAt(normalizeArabic(text)).map((w) => stem(w.word)));
}

/**
 * How well the stem of a text word matches the stem of a query word (0: not
 * at all): equal; starting with it, once the query word has three letters;
 * or one slip in five letters (similar.ts) past the first two letters (which
 * choose the shard, so the build and the browser agree on where a word can
 * be), on the whole word or on its start, so that a typo still finds the
 * word with a suffix (انسحب → انسحابها).
 */
export function matchStem(term: string, word: string): number {
  if (word === term) return EXACT;
  if (term.length < MIN_PREFIX) return 0;
  if (word.startsWith(term)) return PREFIX;
  if (term.charAt(0) !== word.charAt(0) || term.charAt(1) !== word.charAt(1)) return 0;
  // similarWord lets the longer word carry two extra letters; one is a slip, two are another word (اجينز is not ماكينزي).
  const slip = (w: string) => Math.abs(w.length - term.length) <= 1 && similarWord(term, w);
  return slip(word) || (word.length > term.length + 1 && (slip(word.slice(0, term.length)) || slip(word.slice(0, term.length + 1))))
    ? SLIP
    : 0;
}
