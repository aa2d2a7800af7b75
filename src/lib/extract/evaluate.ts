/**
 * Scoring extracted statements against a gold file (tests/fixtures/seeds-gold.json).
 * A match is the same article, a speaker whose Arabic or English name holds
 * one of the gold `keys` after normalization, and the exact date (or a date
 * within `dates`). Each gold entry is matched once; any other output is a
 * false positive, duplicates included. Optional entries count neither way.
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

/** One gold article: found by a phrase its text contains. */
export interface GoldArticle {
  seed: string;
  contains: string;
  published: string;
  statements: GoldStatement[];
}

/** An article's extraction, with its body to find it by. */
export interface Extracted {
  file: string;
  body: string;
  statements: Statement[];
}

/** The score and everything that missed. */
export interface Score {
  precision: number;
  recall: number;
  truePositives: number;
  misses: { seed: string; gold: GoldStatement }[];
  falsePositives: { file: string; statement: Statement }[];
  unmatchedArticles: string[];
}

function matches(s: Statement, g: GoldStatement): boolean {
  const names = `${nameKey(s.speaker.name)} ${normalizeArabic(s.speaker.nameEn ?? '')}`;
  const speakerOk = g.keys.some((k) => names.includes(nameKey(k)));
  const dateOk = g.date !== undefined ? s.date === g.date : g.dates !== undefined && s.date >= g.dates[0] && s.date <= g.dates[1];
  return speakerOk && dateOk;
}

/** Score extracted articles against gold articles. */
export function evaluate(gold: readonly GoldArticle[], extracted: readonly Extracted[]): Score {
  const score: Score = { precision: 0, recall: 0, truePositives: 0, misses: [], falsePositives: [], unmatchedArticles: [] };
  let required = 0;
  let output = 0;
  let optionalHits = 0;
  for (const g of gold) {
    const article = extracted.find((e) => e.body.includes(g.contains));
    required += g.statements.filter((s) => !s.optional).length;
    if (!article) {
      score.unmatchedArticles.push(g.seed);
      for (const s of g.statements) if (!s.optional) score.misses.push({ seed: g.seed, gold: s });
      continue;
    }
    output += article.statements.length;
    const free = [...article.statements];
    // Required entries first, so an optional one never takes the statement a required one needs.
    for (const entry of [...g.statements].sort((a, b) => Number(a.optional ?? false) - Number(b.optional ?? false))) {
      const at = free.findIndex((s) => matches(s, entry));
      if (at < 0) {
        if (!entry.optional) score.misses.push({ seed: g.seed, gold: entry });
        continue;
      }
      free.splice(at, 1);
      if (entry.optional) optionalHits++;
      else score.truePositives++;
    }
    for (const statement of free) score.falsePositives.push({ file: article.file, statement });
  }
  const counted = output - optionalHits;
  score.precision = counted === 0 ? 0 : score.truePositives / counted;
  score.recall = required === 0 ? 0 : score.truePositives / required;
  return score;
}
