/**
 * `npm run eval [-- --gold FILE] [files…]`
 *
 * Scores the extraction of content/articles/ (or the files given) against a
 * gold file, by default tests/fixtures/seeds-gold.json. Prints precision,
 * recall, every miss and every false positive. Exits 1 when either is below 1.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractCorpus } from '../src/lib/extract/corpus.ts';
import { evaluate, type GoldArticle } from '../src/lib/extract/evaluate.ts';
import { printScore } from './score.ts';
import { corpusFiles, readArticles, readOffices, readRegistry, REGISTRY } from './content.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    gold: { type: 'string', default: 'tests/fixtures/seeds-gold.json' },
    registry: { type: 'string', default: REGISTRY },
  },
});
const files = positionals.length > 0 ? positionals : corpusFiles();

const gold = (JSON.parse(readFileSync(values.gold, 'utf8')) as { articles: GoldArticle[] }).articles;
const speakers = readRegistry(values.registry);
const articles = readArticles(files);
const { statements } = extractCorpus(articles, speakers, undefined, readOffices(speakers, values.registry));
const score = evaluate(
  gold,
  articles.map((a) => ({ file: a.filePath, body: a.body, statements: statements.filter((s) => s.article === a.slug) })),
);

printScore(score, (s) => process.stdout.write(`${s}\n`));
process.exit(score.precision === 1 && score.recall === 1 ? 0 : 1);
