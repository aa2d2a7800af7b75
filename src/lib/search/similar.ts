/**
 * When two folded words are the same word for a reader: equal, or one letter
 * in five different (ماكينزي and ماكنزي, Sudany and Sudani). Used to name
 * speakers and to decide which fuzzy matches to mark.
 *
 * The rule is fuse.js's `Fuse.match` with `ignoreLocation` and a threshold
 * of 0.2: the shorter word matches when some stretch of the longer one is at
 * most one edit (a letter dropped, added or changed) in five away from it.
 * It is written out here, as the edit distance to the best stretch, because
 * that one call was all Bayan used of fuse.js, and fuse.js was 7.9 KB gz of
 * the 18.5 KB of search code every reader's first search loaded; a unit test
 * (tests/unit/similar.test.ts) checks this gives fuse.js's answer on every
 * pair of the registry's name words and their slips.
 */

/** One slip in five letters. */
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

/** Rows of the edit-distance table, reused: a search compares thousands of pairs. */
let above = new Uint8Array(64);
let row = new Uint8Array(64);

/**
 * The fewest edits that turn `pattern` into some stretch of `text` (Sellers' algorithm: the edit
 * distance with the text's start and end free), stopping early once every stretch needs more than `most`.
 */
function editsToStretch(pattern: string, text: string, most: number): number {
  const n = text.length;
  if (above.length < n + 1) [above, row] = [new Uint8Array(n + 1), new Uint8Array(n + 1)];
  above.fill(0, 0, n + 1); // no letter of the pattern yet: any stretch, empty, costs nothing
  for (let i = 1; i <= pattern.length; i++) {
    const c = pattern.charCodeAt(i - 1);
    row[0] = i;
    let least = i;
    for (let j = 1; j <= n; j++) {
      const replace = (above[j - 1] ?? 0) + (text.charCodeAt(j - 1) === c ? 0 : 1);
      const cell = Math.min(replace, (above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1);
      row[j] = cell;
      if (cell < least) least = cell;
    }
    if (least > most) return least;
    [above, row] = [row, above];
  }
  let best = pattern.length;
  for (let j = 0; j <= n; j++) best = Math.min(best, above[j] ?? best);
  return best;
}

/** True when `term` (as typed, folded) and `word` (from the text, folded) are the same word, allowing a slip. */
export function similarWord(term: string, word: string): boolean {
  if (term === word) return true;
  if (term.length < MIN_FUZZY_LENGTH || Math.abs(term.length - word.length) > 2) return false;
  // The longer one as the text, so that a missing or an extra letter count alike.
  const [pattern, text] = term.length <= word.length ? [term, word] : [word, term];
  const most = Math.floor(pattern.length * SLIP_THRESHOLD + 1e-9);
  // Each slip costs at most one shared letter, so words that share fewer cannot match: this answers
  // most of the pairs a search compares (a query word against every name word in the registry) at once.
  if (sharedLetters(pattern, text) < pattern.length - Math.ceil(pattern.length * SLIP_THRESHOLD)) return false;
  return editsToStretch(pattern, text, most) <= most;
}
