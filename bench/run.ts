/**
 * `npm run bench [-- --quick]`: how Bayan's costs grow with content. For
 * 1k, 10k and 30k statements (`--quick`: 1k only) it generates a synthetic
 * corpus, times extraction per article, builds the site (wall time, ms per
 * page against a plain Astro page, peak memory), weighs the output, and times
 * search in Node and in Chromium. Prints a table with the machine, and writes
 * bench/results.json (not in --quick, which is CI's smoke test).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPlain, buildSite } from './build.ts';
import { prepareCorpus } from './corpus-run.ts';
import { machine } from './machine.ts';
import { outputSizes } from './output.ts';
import { marginalMsPerPage, printTable, type BenchRun } from './table.ts';
import { querySet, searchInBrowser, searchInNode } from './search.ts';
import { round } from './stats.ts';

const quick = process.argv.includes('--quick');
const SIZES = quick ? [1_000] : [1_000, 10_000, 30_000];

/** Every figure for one corpus size. */
async function measure(statements: number): Promise<BenchRun> {
  const work = mkdtempSync(join(tmpdir(), `bayan-bench-${statements}-`));
  try {
    const log = (step: string) => process.stderr.write(`[bench ${statements}] ${step}\n`);
    log('generating the corpus, extracting it in-process');
    const corpus = prepareCorpus(statements, join(work, 'content'));
    log('building the site');
    const site = buildSite(join(work, 'content'), work);
    log(`building a plain Astro project of ${site.pages} pages`);
    const plain = buildPlain(site.pages, work);
    const sizes = outputSizes(site.dist);
    const queries = querySet();
    log('searching in Node');
    const node = await searchInNode(site.dist, queries);
    log('searching in Chromium');
    const browser = await searchInBrowser(site.dist, queries);
    return {
      statements: corpus.planted,
      articles: corpus.articles,
      accuracy: corpus.accuracy,
      extraction: corpus.extraction,
      build: {
        pages: site.pages,
        wallMs: round(site.wallMs, 0),
        msPerPage: round(site.wallMs / site.pages),
        peakMB: round(site.peakMB, 0),
        plainMsPerPage: round(plain.wallMs / plain.pages),
        plainPeakMB: round(plain.peakMB, 0),
      },
      sizes,
      search: { queries, node, browser },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const runs: BenchRun[] = [];
for (const n of SIZES) runs.push(await measure(n));
const results = { machine: machine(), runs, marginalMsPerPage: marginalMsPerPage(runs) };
printTable(results);
if (!quick) writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
