/**
 * Recognising a speaker's name in a query, in any of the spellings the
 * registry knows (Arabic, English, aliases) and with a typo or a missing
 * letter: "ماكينزي", "ماكنزي" and "McKenzie" all name Kenneth McKenzie. A
 * named speaker's statements rank first.
 */
import Fuse from 'fuse.js';
import { normalizeArabic } from '../arabic/normalize.ts';
import type { SearchSpeaker } from './documents.ts';
import { termsOf } from './query.ts';

/** Shorter words are particles and initials, too common to name anyone. */
const MIN_NAME_LENGTH = 3;
/** One letter in five may be wrong: ماكينزي for ماكنزي, but not سينغ for سنة. */
const NAME_THRESHOLD = 0.2;

/** The normalized words a speaker can be found by. */
export function nameWords(speaker: SearchSpeaker): string[] {
  const names = [speaker.name, speaker.nameEn ?? '', ...(speaker.aliases ?? [])];
  return [...new Set(termsOf(normalizeArabic(names.join(' '))).filter((w) => w.length >= MIN_NAME_LENGTH))];
}

/** True when a query word is a name word: its start as typed so far, or the word with a small slip. */
export function isNameMatch(term: string, word: string): boolean {
  if (term.length < MIN_NAME_LENGTH) return false;
  if (word.startsWith(term)) return true;
  // Allow the article ("سوداني" for "السوداني") and a letter or two of difference, no more.
  if (Math.abs(word.length - term.length) > 2) return false;
  return Fuse.match(term, word, { threshold: NAME_THRESHOLD, ignoreLocation: true }).isMatch;
}

/** For each speaker (by position), how many of the query's words name them; speakers named by none are left out. */
export function namedSpeakers(terms: readonly string[], words: readonly (readonly string[])[]): Map<number, number> {
  const named = new Map<number, number>();
  words.forEach((own, i) => {
    const hits = terms.filter((t) => own.some((w) => isNameMatch(t, w))).length;
    if (hits > 0) named.set(i, hits);
  });
  return named;
}
