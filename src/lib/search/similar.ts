/**
 * When two folded words are the same word for a reader: equal, or one letter
 * in five different (ماكينزي and ماكنزي, Sudany and Sudani). Used to name
 * speakers and to decide which fuzzy matches to mark.
 */
import Fuse from 'fuse.js';

/** One slip in five letters; the threshold fuse.js uses in the search too. */
export const SLIP_THRESHOLD = 0.2;
/** Shorter words must be typed exactly: every four-letter Arabic word is one slip from many others. */
const MIN_FUZZY_LENGTH = 5;

/** True when `term` (as typed, folded) and `word` (from the text, folded) are the same word, allowing a slip. */
export function similarWord(term: string, word: string): boolean {
  if (term === word) return true;
  if (term.length < MIN_FUZZY_LENGTH || Math.abs(term.length - word.length) > 2) return false;
  // The longer one as the text, so that a missing or an extra letter count alike.
  const [pattern, text] = term.length <= word.length ? [term, word] : [word, term];
  return Fuse.match(pattern, text, { threshold: SLIP_THRESHOLD, ignoreLocation: true }).isMatch;
}
