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
import type { SearchSpeaker } from './head-file.ts';
import { termsOf } from './query.ts';
import { similarWord } from './similar.ts';
import { MIN_SKELETON, skeleton } from '../arabic/spelling.ts';

/** Shorter words are particles and initials, too common to name anyone. */
export const MIN_NAME_LENGTH = 3;
/** A half-typed name names someone once it has four letters and most of the word. */
const MIN_PREFIX = 4;
const PREFIX_SHARE = 0.6;

/**
 * A word without its article (and a clitic و/ب/ل before it): "السوداني" → "سوداني". The rule of the
 * extractor's `bare` (speakers/lexicon.ts), written again here so that the browser's search
 * does not load the extractor's lexicons of offices and first names with it.
 */
export const withoutArticle = (word: string): string => word.replace(/^(?:[وفبل]?ال|لل)/u, '');

/** A speaker's folded name words (names, English name, aliases), each once, in order. */
export function speakerWords(speaker: SearchSpeaker): string[] {
  const names = [speaker.name, speaker.nameEn ?? '', ...(speaker.aliases ?? [])];
  return [...new Set(termsOf(normalizeArabic(names.join(' '))))];
}

/**
 * For each speaker, the folded words that name them and no one else, from
 * the head's choice of them (`name-words.ts` chooses at build time, by
 * position among `speakerWords`).
 */
export function namesOfHead(speakers: readonly SearchSpeaker[], chosen: readonly (readonly number[])[]): string[][] {
  return speakers.map((s, i) => {
    const words = speakerWords(s);
    return (chosen[i] ?? []).flatMap((at) => words[at] ?? []);
  });
}

/** True when `term` is `word` or its start as typed so far (most of it, four letters at least). */
const typedStart = (term: string, word: string) =>
  term.length >= MIN_PREFIX && term.length >= word.length * PREFIX_SHARE && word.startsWith(term);

/** A name word's other forms: without its article, and the skeletons of both. */
interface NameForms {
  bare: string;
  skeletons: readonly [string, string];
}
/** Each name word's forms, worked out once: a search compares every query word with every name word. */
const formsOfWord = new Map<string, NameForms>();
function nameForms(word: string): NameForms {
  let forms = formsOfWord.get(word);
  if (!forms) {
    const bare = withoutArticle(word);
    forms = { bare, skeletons: [skeleton(word), skeleton(bare)] };
    formsOfWord.set(word, forms);
  }
  return forms;
}

/**
 * True when a query word is a name word: the word, its start as typed so far, or the word with a
 * slip; or another spelling of it (the same skeleton, `spelling.ts`), whole or typed half-way.
 * (`typed`: the query word's skeleton, when the caller has it.)
 */
export function isNameMatch(term: string, word: string, typed = skeleton(term)): boolean {
  if (term.length < MIN_NAME_LENGTH) return false;
  if (typedStart(term, word)) return true;
  const { bare, skeletons } = nameForms(word);
  if (similarWord(term, word) || similarWord(term, bare)) return true; // "سوداني" for "السوداني"
  if (typed.length < MIN_SKELETON) return false;
  const halfTyped = (w: string) => term.length >= MIN_PREFIX && typed.length >= w.length * PREFIX_SHARE && w.startsWith(typed);
  // No slip on top of another spelling: skeletons are short, and one letter off they name other words (كاردينال).
  return skeletons.some((w) => typed === w || halfTyped(w));
}

/** For each speaker (by position), how many of the query's words name them; speakers named by none are left out. */
export function namedSpeakers(terms: readonly string[], words: readonly (readonly string[])[]): Map<number, number> {
  const named = new Map<number, number>();
  const typed = terms.map(skeleton);
  words.forEach((own, i) => {
    const hits = terms.filter((t, k) => own.some((w) => isNameMatch(t, w, typed[k]))).length;
    if (hits > 0) named.set(i, hits);
  });
  return named;
}
