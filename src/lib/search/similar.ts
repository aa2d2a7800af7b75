/**
 * When two folded words are the same word for a reader: equal, or one letter
 * in five different (ماكينزي and ماكنزي, Sudany and Sudani). Used to name
 * speakers and to decide which fuzzy matches to mark.
 */
// The basic build: Fuse.match is the same Bitap matcher without the extended and token searches Bayan never asks for (1.9 KB gz less on first use).
import Fuse from 'fuse.js/basic';

/** One slip in five letters; the threshold fuse.js uses in the search too. */
export const SLIP_THRESHOLD = 0.2;
/** Shorter words must be typed exactly: every four-letter Arabic word is one slip from many others. */
const MIN_FUZZY_LENGTH = 5;

/** How many letters of `a` also stand in `b`, each letter of `b` counted once. */
function sharedLetters(a: string, b: string): number {
  const used = new Uint8Array(b.length);
  let shared = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    for (let j = 0; j < b.length; j++) {
      if (used[j] === 0 && b.charCodeAt(j) === c) {
        used[j] = 1;
        shared += 1;
        break;
      }
    }
  }
  return shared;
}

/** True when `term` (as typed, folded) and `word` (from the text, folded) are the same word, allowing a slip. */
export function similarWord(term: string, word: string): boolean {
  if (term === word) return true;
  if (term.length < MIN_FUZZY_LENGTH || Math.abs(term.length - word.length) > 2) return false;
  // The longer one as the text, so that a missing or an extra letter count alike.
  const [pattern, text] = term.length <= word.length ? [term, word] : [word, term];
  // Each slip costs at most one shared letter, so words that share fewer cannot match. Naming a
  // speaker compares a query word with every name word in the registry: this answers most of
  // those pairs before fuse.js builds a matcher for each (half the time of a search for a name).
  if (sharedLetters(pattern, text) < pattern.length - Math.ceil(pattern.length * SLIP_THRESHOLD)) return false;
  return Fuse.match(pattern, text, { threshold: SLIP_THRESHOLD, ignoreLocation: true }).isMatch;
}
