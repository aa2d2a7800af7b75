/**
 * `npm run corpus -- (--articles N | --statements N) [--seed S] [--out DIR] [--force] [--eval]`
 *
 * Writes a synthetic content directory (DIR/articles/*.md, DIR/speakers.yaml,
 * DIR/truth.json) and prints how many articles and statements it planted.
 * With --eval it then runs the build's extractor on it and prints precision,
 * recall, the first mismatches and the extraction time per article; without
 * --out the corpus goes to a temporary directory, removed afterwards.
 * Exits 1 when --eval finds precision or recall below --min (default 1).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateCorpusDir } from './evaluate.ts';
import { generateCorpus, writeCorpus, type CorpusSize } from './generate.ts';

const usage = 'usage: npm run corpus -- (--articles N | --statements N) [--seed S] [--out DIR] [--force] [--eval [--min 0.99]]';
const fail = (message: string): never => {
  process.stderr.write(`corpus: ${message}\n${usage}\n`);
  process.exit(2);
};

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    statements: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    eval: { type: 'boolean', default: false },
    min: { type: 'string', default: '1' },
    mismatches: { type: 'string', default: '10' },
  },
});

const count = (name: string, text: string | undefined) => {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : fail(`--${name} must be a positive whole number`);
};
if ((values.articles === undefined) === (values.statements === undefined)) fail('give either --articles or --statements');
const size: CorpusSize =
  values.articles !== undefined ? { articles: count('articles', values.articles) } : { statements: count('statements', values.statements) };
const seed = Number(values.seed);
if (!Number.isInteger(seed)) fail('--seed must be a whole number');
if (!values.out && !values.eval) fail('give --out DIR (or --eval to score a temporary corpus)');

const dir = values.out ? resolve(values.out) : mkdtempSync(join(tmpdir(), 'bayan-corpus-'));
if (values.out && existsSync(dir) && readdirSync(dir).length > 0) {
  // Only a directory this command wrote (it has a truth.json) is ever cleared, and never the real content.
  if (!values.force) fail(`${values.out} is not empty; pass --force to replace a corpus written before`);
  if (!existsSync(join(dir, 'truth.json')) || dir === resolve('content'))
    fail(`${values.out} does not hold a generated corpus; not touching it`);
  for (const name of ['articles', 'speakers.yaml', 'permalinks.json', 'truth.json'])
    rmSync(join(dir, name), { recursive: true, force: true });
}

const line = (s: string) => process.stdout.write(`${s}\n`);
const corpus = generateCorpus(size, seed);
writeCorpus(dir, corpus);
line(
  `wrote ${corpus.truth.articles} articles, ${corpus.truth.statements} statements planted, ${corpus.registry.speakers.length} speakers (seed ${seed}) to ${dir}`,
);

if (values.eval) {
  const { score, timing, warnings } = evaluateCorpusDir(dir);
  const pct = (n: number) => `${((100 * n) / Math.max(1, score.found)).toFixed(1)}%`;
  line(
    `precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}  (${score.found} found, ${score.planted - score.found} missed, ${score.extracted - score.found} false positives; ${warnings} warnings)`,
  );
  line(`quotes agree on ${pct(score.quotesAgree)} of the statements found, paragraphs on ${pct(score.paragraphsAgree)}`);
  line(
    `extraction per article: median ${timing.medianMs.toFixed(3)} ms, p95 ${timing.p95Ms.toFixed(3)} ms, mean ${timing.meanMs.toFixed(3)} ms (${timing.articles} articles; registry index ${timing.registryMs.toFixed(1)} ms once)`,
  );
  const shown = score.mismatches.slice(0, Number(values.mismatches));
  if (shown.length > 0) line(`first ${shown.length} of ${score.mismatches.length} mismatches:`);
  for (const m of shown) line(`  ${m.kind}  ${m.article}: ${m.speaker} on ${m.date}: ${m.reason}\n      «${m.text.slice(0, 160)}»`);
  if (!values.out) rmSync(dir, { recursive: true, force: true });
  const min = Number(values.min);
  process.exit(score.precision >= min && score.recall >= min ? 0 : 1);
}
