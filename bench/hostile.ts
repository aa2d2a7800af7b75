/**
 * `npm run bench:hostile`: what the worst articles cost. Each article of the
 * bad-input corpus that carries a time bound (tests/fixtures/bad/cases.json:
 * `*a*a…`, backtick runs, nested `>` and lists, a statement in every sentence,
 * a paragraph per line …, generated at the size limit) is read, checked and
 * extracted as the build does it, in this process: the median of 3 runs, and
 * what came of it. The tests hold each to a generous bound only; the figures
 * are here (bench/README.md keeps the last run's).
 */
import { join } from 'node:path';
import { ContentError } from '../src/lib/content/articles.ts';
import { readArticleText } from '../src/lib/content/files.ts';
import { checkStatementCounts, readOffices, readRegistry } from '../src/lib/content/folder.ts';
import { decodeText } from '../src/lib/content/text.ts';
import { extractCorpus } from '../src/lib/extract/corpus.ts';
import { cases, inputBytes, placeOf, root } from '../tests/fixtures/bad/cases.ts';
import { machine } from './machine.ts';
import { percentile } from './stats.ts';

const registryPath = join(root, 'content/speakers.yaml');
const speakers = readRegistry(registryPath);
const offices = readOffices(registryPath, speakers);
const articles = cases.filter((c) => c.seconds !== undefined && !c.fifo && c.link === undefined && placeOf(c).endsWith('.md'));

/** Check and extract one article file's bytes as the build does; what came of it. */
function readAndExtract(file: string, bytes: Buffer): string {
  try {
    const article = readArticleText(file, decodeText(file, bytes));
    const { statements } = extractCorpus([article], speakers, undefined, offices);
    checkStatementCounts([article], statements);
    return `accepted: ${statements.length} statement${statements.length === 1 ? '' : 's'}`;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return `refused: ${error.reason.replace(/ \(.*$|;.*$/u, '')}`;
  }
}

const rows = articles.map((c) => {
  const bytes = inputBytes(c);
  const lines = bytes.toString('utf8').split('\n').length;
  const ms: number[] = [];
  const cpuMs: number[] = [];
  let outcome = '';
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    outcome = readAndExtract(placeOf(c), bytes);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
    ms.push(performance.now() - started);
  }
  const mid = (values: number[]) => Math.round(percentile(values, 50));
  return { id: c.id, kb: Math.round(bytes.length / 1024), lines, ms: mid(ms), cpuMs: mid(cpuMs), outcome };
});

const { cores, cpu, node } = machine();
process.stdout.write(`${cores} × ${cpu}, Node ${node}: read, check and extract, median of 3\n\n`);
process.stdout.write('| article | KB | lines | ms | CPU ms | outcome |\n| --- | --: | --: | --: | --: | --- |\n');
for (const r of rows) {
  process.stdout.write(`| ${r.id} | ${r.kb} | ${r.lines.toLocaleString('en')} | ${r.ms} | ${r.cpuMs} | ${r.outcome} |\n`);
}
