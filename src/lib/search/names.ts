/**
 * Recognising a speaker's name in a query, in any of the spellings the
 * registry knows (Arabic, English, aliases), half-typed or with a slip:
 * "ماكين", "ماكينزي", "ماكنزي" and "McKenzie" all name Kenneth McKenzie.
 * Spellings the registry does not list are found by the name's skeleton
 * (`spelling.ts`): "سينج" is Singh, registered as "سينغ". A named speaker's
 * statements rank first.
 *
 * Only distinctive words name anyone: not offices, ranks, institutions or
 * places (وزارة، اللواء، العمليات، العراقية), and not a word two speakers
 * share, or "العراق" would name every Iraqi institution.
 */
import { normalizeArabic } from '../arabic/normalize.ts';
import { bare, INSTITUTION_HEADS, PLACES, ROLE_HEADS } from '../speakers/lexicon.ts';
import type { SearchSpeaker } from './head-file.ts';
import { termsOf } from './query.ts';
import { similarWord } from './similar.ts';
import { MIN_SKELETON, skeleton } from './spelling.ts';

/** Shorter words are particles and initials, too common to name anyone. */
const MIN_NAME_LENGTH = 3;
/** A half-typed name names someone once it has four letters and most of the word. */
const MIN_PREFIX = 4;
const PREFIX_SHARE = 0.6;
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

/** For each speaker, the folded words that name them and no one else. */
export function nameWords(speakers: readonly SearchSpeaker[]): string[][] {
  const own = speakers.map((s) => {
    const names = [s.name, s.nameEn ?? '', ...(s.aliases ?? [])];
    return new Set(termsOf(normalizeArabic(names.join(' '))).filter((w) => !generic(w)));
  });
  const count = new Map<string, number>();
  for (const words of own) for (const w of words) count.set(w, (count.get(w) ?? 0) + 1);
  return own.map((words) => [...words].filter((w) => count.get(w) === 1));
}

/** True when `term` is `word` or its start as typed so far (most of it, four letters at least). */
const typedStart = (term: string, word: string) =>
  term.length >= MIN_PREFIX && term.length >= word.length * PREFIX_SHARE && word.startsWith(term);

/**
 * True when a query word is a name word: the word, its start as typed so far, or the word with a
 * slip; or another spelling of it (the same skeleton, `spelling.ts`), whole or typed half-way.
 */
export function isNameMatch(term: string, word: string): boolean {
  if (term.length < MIN_NAME_LENGTH) return false;
  if (typedStart(term, word)) return true;
  if (similarWord(term, word) || similarWord(term, bare(word))) return true; // "سوداني" for "السوداني"
  const typed = skeleton(term);
  if (typed.length < MIN_SKELETON) return false;
  const halfTyped = (w: string) => term.length >= MIN_PREFIX && typed.length >= w.length * PREFIX_SHARE && w.startsWith(typed);
  // No slip on top of another spelling: skeletons are short, and one letter off they name other words (كاردينال).
  return [skeleton(word), skeleton(bare(word))].some((w) => typed === w || halfTyped(w));
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
