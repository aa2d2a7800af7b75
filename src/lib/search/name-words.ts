/**
 * Which words of a speaker's names name them, chosen at build time with the
 * extractor's lexicons and written into the head (`head-file.ts`), so that
 * the browser's search never loads the lexicons (3.7 KB gz of offices,
 * institutions, places and first names).
 *
 * Only distinctive words name anyone: not offices, ranks, institutions or
 * places (وزارة، اللواء، العمليات، العراقية), not ordinals, and not a word two
 * speakers share, or "العراق" would name every Iraqi institution.
 */
import { bare, INSTITUTION_HEADS, PLACES, ROLE_HEADS } from '../speakers/lexicon.ts';
import type { SearchSpeaker } from './head-file.ts';
import { MIN_NAME_LENGTH, namesOfHead, speakerWords } from './names.ts';

/** Ordinals of names (وليام سيلي الثالث): never a name on their own. */
const ORDINALS = new Set(['الاول', 'الثاني', 'الثالث', 'الرابع', 'jr', 'iii', 'ii']);

/** Words that are generic whatever name they stand in. */
function generic(word: string): boolean {
  const b = bare(word);
  return (
    word.length < MIN_NAME_LENGTH ||
    ORDINALS.has(word) ||
    INSTITUTION_HEADS.has(b) ||
    ROLE_HEADS.has(b) ||
    PLACES.has(word) ||
    PLACES.has(b)
  );
}

/** For each speaker, the positions (among `speakerWords`) of the words that name them and no one else. */
export function nameWordPositions(speakers: readonly SearchSpeaker[]): number[][] {
  const own = speakers.map((s) => speakerWords(s).map((w) => (generic(w) ? undefined : w)));
  const count = new Map<string, number>();
  for (const words of own) for (const w of words) if (w !== undefined) count.set(w, (count.get(w) ?? 0) + 1);
  return own.map((words) => words.flatMap((w, at) => (w !== undefined && count.get(w) === 1 ? [at] : [])));
}

/** For each speaker, the folded words that name them and no one else. */
export function nameWords(speakers: readonly SearchSpeaker[]): string[][] {
  return namesOfHead(speakers, nameWordPositions(speakers));
}
