/** The bench's printed table, and the figures derived across sizes (marginal build cost). */
import type { Weight } from './output.ts';
import type { BrowserSearch, Latency } from './search.ts';
import { round } from './stats.ts';

/** Every figure for one corpus size. */
export interface BenchRun {
  statements: number;
  articles: number;
  accuracy: { precision: number; recall: number };
  extraction: { medianMs: number; p95Ms: number };
  build: { pages: number; wallMs: number; msPerPage: number; peakMB: number; plainMsPerPage: number; plainPeakMB: number };
  sizes: { totalMB: number; largestPage: { path: string } & Weight; searchIndex: Weight; timeline: { html: Weight; js: Weight } };
  search: { queries: string[]; node: Latency & { prepareMs: number }; browser: BrowserSearch };
}

/** Build cost per page beyond a fixed start: the slope between the smallest and the largest run. */
export function marginalMsPerPage(runs: readonly BenchRun[]): number | undefined {
  const [first, last] = [runs[0], runs.at(-1)];
  if (!first || !last || first === last) return undefined;
  return round((last.build.wallMs - first.build.wallMs) / (last.build.pages - first.build.pages));
}

const kb = (bytes: number) => `${round(bytes / 1024, 1)} KB`;
const ms = (value: number) => `${round(value, 1)} ms`;

/** Print the figures as one row per measure and one column per size. */
export function printTable(results: { machine: Record<string, unknown>; runs: BenchRun[] }): void {
  const { machine, runs } = results;
  const rows: [string, (r: BenchRun) => string][] = [
    ['articles', (r) => String(r.articles)],
    ['extraction precision / recall (generated truth)', (r) => `${r.accuracy.precision.toFixed(3)} / ${r.accuracy.recall.toFixed(3)}`],
    ['extraction per article, median / p95', (r) => `${ms(r.extraction.medianMs)} / ${ms(r.extraction.p95Ms)}`],
    ['build: pages', (r) => String(r.build.pages)],
    ['build: wall time', (r) => `${round(r.build.wallMs / 1000, 1)} s`],
    [
      'build: ms per page (plain Astro)',
      (r) => `${r.build.msPerPage} (${r.build.plainMsPerPage}) = ×${round(r.build.msPerPage / r.build.plainMsPerPage, 1)}`,
    ],
    ['build: peak memory (plain Astro)', (r) => `${r.build.peakMB} MB (${r.build.plainPeakMB} MB)`],
    ['dist/ total', (r) => `${round(r.sizes.totalMB, 1)} MB`],
    ['largest HTML page, raw / gz', (r) => `${kb(r.sizes.largestPage.bytes)} / ${kb(r.sizes.largestPage.gzip)}`],
    ['search index, all files, raw / gz', (r) => `${kb(r.sizes.searchIndex.bytes)} / ${kb(r.sizes.searchIndex.gzip)}`],
    ['index fetched by the first query, gz', (r) => kb(r.search.browser.firstQueryIndexGzip)],
    ['timeline before first search: JS gz / HTML gz', (r) => `${kb(r.sizes.timeline.js.gzip)} / ${kb(r.sizes.timeline.html.gzip)}`],
    ['search in Node: prepare; p50 / p95', (r) => `${ms(r.search.node.prepareMs)}; ${ms(r.search.node.p50)} / ${ms(r.search.node.p95)}`],
    [
      'search in Chromium, typed first (its files fetched): load; p50 / p95',
      (r) => `${ms(r.search.browser.desktop.loadMs)}; ${ms(r.search.browser.desktop.p50)} / ${ms(r.search.browser.desktop.p95)}`,
    ],
    [
      '… at 4× CPU throttling: load; p50 / p95',
      (r) =>
        `${ms(r.search.browser.throttled4x.loadMs)}; ${ms(r.search.browser.throttled4x.p50)} / ${ms(r.search.browser.throttled4x.p95)}`,
    ],
    [
      "reader's wait after the typing pause, typed first: p50 / p95",
      (r) => `${ms(r.search.browser.desktop.wait.p50)} / ${ms(r.search.browser.desktop.wait.p95)}`,
    ],
    [
      '… at 4× CPU throttling: p50 / p95',
      (r) => `${ms(r.search.browser.throttled4x.wait.p50)} / ${ms(r.search.browser.throttled4x.wait.p95)}`,
    ],
    [
      'search typed letter by letter (its shards fetched by the first letters): p50 / p95',
      (r) => `${ms(r.search.browser.desktop.byLetter.work.p50)} / ${ms(r.search.browser.desktop.byLetter.work.p95)}`,
    ],
    [
      '… at 4× CPU throttling: p50 / p95',
      (r) => `${ms(r.search.browser.throttled4x.byLetter.work.p50)} / ${ms(r.search.browser.throttled4x.byLetter.work.p95)}`,
    ],
    [
      'search in Chromium, typed again (files in memory): p50 / p95',
      (r) => `${ms(r.search.browser.desktop.again.p50)} / ${ms(r.search.browser.desktop.again.p95)}`,
    ],
    [
      '… at 4× CPU throttling: p50 / p95',
      (r) => `${ms(r.search.browser.throttled4x.again.p50)} / ${ms(r.search.browser.throttled4x.again.p95)}`,
    ],
  ];
  const header = ['statements', ...runs.map((r) => String(r.statements))];
  const lines = [header, ...rows.map(([label, cell]) => [label, ...runs.map(cell)])];
  const widths = header.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? '').length)));
  console.log(`machine: ${machine['cores']} cores (${machine['cpu']}), ${machine['memoryGB']} GB, Node ${machine['node']}`);
  for (const line of lines) console.log(`| ${line.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`);
  const marginal = marginalMsPerPage(runs);
  if (marginal !== undefined)
    console.log(`build cost per page beyond the fixed start (slope ${runs[0]?.statements}→${runs.at(-1)?.statements}): ${marginal} ms`);
}
