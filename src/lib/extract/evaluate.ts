/**
 * Scoring extracted statements against a gold file (tests/fixtures/seeds-gold.json,
 * tests/fixtures/real/manifest.json). A match is the same article, a speaker
 * whose Arabic or English name holds one of the gold `keys` after
 * normalization, and the exact date (or a date within `dates`). Each gold
 * entry is matched once; any other output is a false positive, duplicates
 * included. Optional entries count neither way.
 */
import { normalizeArabic } from '../arabic/normalize.ts';
import { nameKey } from '../speakers/registry.ts';
import type { Statement } from './types.ts';

/** One gold statement. */
export interface GoldStatement {
  speaker: string;
  keys: string[];
  date?: string;
  dates?: [string, string];
  optional?: boolean;
  gist?: string;
}

/**
 * One gold article: found by a phrase its text contains (the seeds), or, where
 * its text may not be quoted, by the id the extraction carries (`Extracted.id`).
 */
export interface GoldArticle {
  seed: string;
  contains?: string;
  published: string;
  statements: GoldStatement[];
}

/** An article's extraction, with its body (or id) to find it by. */
export interface Extracted {
  file: string;
  id?: string;
  body: string;
  statements: Statement[];
}

/** A required gold statement the extraction did not give, and what it gave instead, if anything. */
export interface Miss {
  seed: string;
  gold: GoldStatement;
  /** The right speaker on another day (`wrong-day`), or someone else on that day (`wrong-speaker`). */
  kind: 'missing' | 'wrong-day' | 'wrong-speaker';
  instead?: Statement;
}

/** The score and everything that missed. */
export interface Score {
  precision: number;
  recall: number;
  truePositives: number;
  misses: Miss[];
  falsePositives: { file: string; seed: string; statement: Statement }[];
  /** False positives whose speaker is nobody the gold lists for that article: a phrase taken for a speaker. */
  junk: { file: string; seed: string; statement: Statement }[];
  unmatchedArticles: string[];
}

function speakerMatches(s: Statement, g: GoldStatement): boolean {
  const names = `${nameKey(s.speaker.name)} ${normalizeArabic(s.speaker.nameEn ?? '')}`;
  return g.keys.some((k) => names.includes(nameKey(k)));
}

function dateMatches(s: Pick<Statement, 'date' | 'datePrecision'>, g: GoldStatement): boolean {
  // A statement dated to a month ("في تموز الماضي") claims only the month: it matches a gold day or
  // range that falls in that month.
  const [from, to] = s.datePrecision === 'month' ? [s.date.slice(0, 7), `${s.date.slice(0, 7)}-31`] : [s.date, s.date];
  const [first, last] = g.date !== undefined ? [g.date, g.date] : (g.dates ?? ['', '']);
  return first !== '' && first <= to && last >= from;
}

const matches = (s: Statement, g: GoldStatement): boolean => speakerMatches(s, g) && dateMatches(s, g);

/** Score extracted articles against gold articles. */
export function evaluate(gold: readonly GoldArticle[], extracted: readonly Extracted[]): Score {
  const score: Score = { precision: 0, recall: 0, truePositives: 0, misses: [], falsePositives: [], junk: [], unmatchedArticles: [] };
  let required = 0;
  let output = 0;
  let optionalHits = 0;
  for (const g of gold) {
    const article = extracted.find((e) => (g.contains === undefined ? e.id === g.seed : e.body.includes(g.contains)));
    required += g.statements.filter((s) => !s.optional).length;
    if (!article) {
      score.unmatchedArticles.push(g.seed);
      for (const s of g.statements) if (!s.optional) score.misses.push({ seed: g.seed, gold: s, kind: 'missing' });
      continue;
    }
    output += article.statements.length;
    const free = [...article.statements];
    const missed: GoldStatement[] = [];
    // Required entries first, so an optional one never takes the statement a required one needs.
    for (const entry of [...g.statements].sort((a, b) => Number(a.optional ?? false) - Number(b.optional ?? false))) {
      const at = free.findIndex((s) => matches(s, entry));
      if (at < 0) {
        if (!entry.optional) missed.push(entry);
        continue;
      }
      free.splice(at, 1);
      if (entry.optional) optionalHits++;
      else score.truePositives++;
    }
    const nobody = (s: Statement) => !g.statements.some((e) => speakerMatches(s, e));
    for (const entry of missed) {
      const sameSpeaker = free.find((s) => speakerMatches(s, entry));
      const sameDay = free.find((s) => dateMatches(s, entry) && nobody(s));
      const miss: Miss = sameSpeaker
        ? { seed: g.seed, gold: entry, kind: 'wrong-day', instead: sameSpeaker }
        : sameDay
          ? { seed: g.seed, gold: entry, kind: 'wrong-speaker', instead: sameDay }
          : { seed: g.seed, gold: entry, kind: 'missing' };
      score.misses.push(miss);
    }
    for (const statement of free) {
      score.falsePositives.push({ file: article.file, seed: g.seed, statement });
      if (nobody(statement)) score.junk.push({ file: article.file, seed: g.seed, statement });
    }
  }
  const counted = output - optionalHits;
  score.precision = counted === 0 ? 0 : score.truePositives / counted;
  score.recall = required === 0 ? 0 : score.truePositives / required;
  return score;
}
