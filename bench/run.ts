/**
 * `npm run bench [-- --quick] [--anchors] [--sizes=1000,10000] [--repeats=N]`:
 * how Bayan's costs grow with content, measured so as not to flatter it.
 * For 1k, 10k and 30k statements it generates a synthetic corpus, times
 * extraction per article, builds the site alternating with a plain Astro
 * project of as many pages (twice each), weighs the output file by file as
 * served (gzip and brotli), and runs the query set (bench/index-queries.ts)
 * in Node and in Chromium: every query in a fresh page with an empty cache,
 * at 1× and 4× CPU, three passes. At 10k it runs Lighthouse on four pages.
 *
 * `--anchors` measures, in the same run, Pagefind over the same statement
 * pages and queries, and TimelineJS3's weight. `--quick` (the smoke test at
 * the end of `npm test`) builds 1k once and runs one query of each kind,
 * once. Prints the tables, and writes bench/results.json unless --quick.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { launchBrowser } from '../scripts/lib/browser.ts';
import { indexWithPagefind, pagefindDriver, pagefindFiles } from './anchors/pagefind.ts';
import { timelineJsWeight } from './anchors/timelinejs.ts';
import { printAnchors } from './anchors-table.ts';
import { buildBoth } from './build.ts';
import { prepareCorpus } from './corpus-run.ts';
import { freshPages, type FreshPlan } from './fresh-pages.ts';
import { KINDS, QUERIES, type BenchQuery } from './index-queries.ts';
import { lighthouseOn } from './lighthouse.ts';
import { machine } from './machine.ts';
import { outputSizes } from './output.ts';
import { firstLoadByType, overlap, reportSamples } from './report.ts';
import { buildSlope, type BenchResults, type BenchRun, type PagefindRun } from './results.ts';
import { bayanDriver } from './search-browser.ts';
import { searchInNode } from './search-node.ts';
import { serveApart } from './static-apart.ts';
import { printTable } from './table.ts';
import { FolderWeights } from './weigh.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    anchors: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    repeats: { type: 'string' },
  },
});
const quick = values.quick;
const SIZES = values.sizes ? values.sizes.split(',').map(Number) : quick ? [1_000] : [1_000, 10_000, 30_000];
const plan: FreshPlan = { rates: [1, 4], repeats: Number(values.repeats ?? (quick ? 1 : 3)) };
const BUILD_ROUNDS = quick ? 1 : 2;
const LIGHTHOUSE_AT = 10_000;
const LIGHTHOUSE_RUNS = 3;
/** The smoke test runs one query of each kind. */
const queries: BenchQuery[] = quick ? KINDS.map((kind) => QUERIES.find((q) => q.kind === kind) as BenchQuery) : [...QUERIES];
if (SIZES.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(plan.repeats) || plan.repeats < 1) {
  throw new Error('--sizes takes whole numbers of statements (--sizes=1000,10000), --repeats a whole number');
}

/** Pagefind over the same statement pages, searched in the same fresh pages. */
async function measurePagefind(
  browser: Browser,
  dist: string,
  work: string,
  bayan: BenchRun['search']['browser'],
  log: (s: string) => void,
) {
  log('indexing the statement pages with Pagefind');
  const site = await indexWithPagefind(dist, join(work, 'pagefind-site'));
  const weights = new FolderWeights(site.root);
  const server = await serveApart(site.root);
  try {
    log('searching with Pagefind in Chromium, every query in a fresh page');
    const report = reportSamples(await freshPages(browser, server, pagefindDriver, queries, plan, log), queries, weights);
    const run: PagefindRun = {
      pages: site.pages,
      indexMs: site.indexMs,
      files: pagefindFiles(site, weights),
      browser: report,
      overlap: report.queries.map((q, i) => overlap(bayan.queries[i]?.top ?? [], q.top)),
    };
    return run;
  } finally {
    await server.close();
  }
}

/** Every figure for one corpus size. */
async function measure(statements: number): Promise<BenchRun> {
  const work = mkdtempSync(join(tmpdir(), `bayan-bench-${statements}-`));
  const log = (step: string) => process.stderr.write(`[bench ${statements}] ${step}\n`);
  try {
    log('generating the corpus, extracting it in-process');
    const corpus = prepareCorpus(statements, join(work, 'content'));
    const build = buildBoth(join(work, 'content'), work, BUILD_ROUNDS, log);
    log('weighing the output, file by file');
    const weights = new FolderWeights(build.dist);
    const sizes = outputSizes(build.dist, weights);
    log('searching in Node');
    const node = await searchInNode(build.dist, queries, quick ? 1 : 5);
    const browser = await launchBrowser();
    try {
      const server = await serveApart(build.dist);
      let report;
      try {
        log('searching in Chromium, every query in a fresh page');
        report = reportSamples(await freshPages(browser, server, bayanDriver, queries, plan, log), queries, weights);
      } finally {
        await server.close();
      }
      const run: BenchRun = {
        statements: corpus.planted,
        articles: corpus.articles,
        accuracy: corpus.accuracy,
        extraction: corpus.extraction,
        build: { site: build.site, plain: build.plain },
        sizes,
        firstLoad: firstLoadByType(report.firstLoad.files, weights),
        search: { queries, node, browser: report },
      };
      if (values.anchors) run.anchors = { pagefind: await measurePagefind(browser, build.dist, work, report, log) };
      if (statements === LIGHTHOUSE_AT && !quick) {
        log('Lighthouse on four pages, mobile and desktop');
        run.lighthouse = await lighthouseOn(build.dist, LIGHTHOUSE_RUNS, log);
      }
      return run;
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** All figures so far (written after each size, so that a run cut short keeps what it measured). */
function resultsOf(runs: BenchRun[]): BenchResults {
  const slope = buildSlope(runs);
  return {
    machine: machine(),
    plan: { sizes: SIZES, repeats: plan.repeats, rates: [...plan.rates], buildRounds: BUILD_ROUNDS, anchors: values.anchors },
    runs,
    ...(slope ? { slope } : {}),
    ...(values.anchors ? { timelinejs: timelineJsWeight() } : {}),
  };
}

/**
 * Write bench/results.json as `npm run lint` wants it, since it is committed; without each
 * query's first 20 hits (thousands of ids), of which the overlap with Pagefind's is kept.
 */
async function writeResults(results: BenchResults): Promise<void> {
  const file = new URL('results.json', import.meta.url).pathname;
  const json = JSON.stringify(results, (key, value: unknown) => (key === 'top' ? undefined : value));
  writeFileSync(file, await format(json, { ...(await resolveConfig(file)), filepath: file }));
}

const started = performance.now();
const runs: BenchRun[] = [];
for (const n of SIZES) {
  runs.push(await measure(n));
  if (!quick) await writeResults(resultsOf(runs));
}
const results = resultsOf(runs);
printTable(results);
printAnchors(results);
process.stderr.write(`bench: ${Math.round((performance.now() - started) / 60_000)} min\n`);
