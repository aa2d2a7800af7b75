/**
 * The bench's corpus step: generate a synthetic content directory of a given
 * number of statements, record its ledger of ids as an editor would (a real
 * newsroom's build checks a full ledger), and time the extractor on it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../src/lib/content/folder.ts';
import { emptyLedger, formatLedger } from '../src/lib/site/ledger.ts';
import { updateLedger } from '../src/lib/site/permalinks.ts';
import { scoreCorpus, timeExtraction } from './corpus/evaluate.ts';
import { generateCorpus, writeCorpus } from './corpus/generate.ts';

/** The seed every bench run uses, so runs compare like with like. */
export const BENCH_SEED = 1;

/** Write a corpus of `statements` planted statements to `dir`; read, check and extract it as the build does. */
export function prepareCorpus(statements: number, dir: string) {
  const corpus = generateCorpus({ statements }, BENCH_SEED);
  writeCorpus(dir, corpus);
  const content = readContent(dir);
  const slugs = content.articles.map((a) => a.slug);
  writeFileSync(join(dir, 'permalinks.json'), formatLedger(updateLedger(emptyLedger(), content.statements, slugs).ledger));
  const score = scoreCorpus(corpus.truth, content.statements);
  const timing = timeExtraction(content.articles, content.speakers);
  return {
    articles: corpus.truth.articles,
    planted: corpus.truth.statements,
    accuracy: { precision: score.precision, recall: score.recall },
    extraction: { medianMs: timing.medianMs, p95Ms: timing.p95Ms },
  };
}
