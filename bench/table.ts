/** The bench's main printed table: one row per measure, one column per corpus size. */
import { medianWallMs, peakMB, type BenchResults, type BenchRun } from './results.ts';
import { round, type Latency } from './stats.ts';
import type { Weight } from './weigh.ts';

/** Kilobytes, one decimal. */
export const kb = (bytes: number): string => `${round(bytes / 1024, 1)} KB`;
/** A weight as served: gzip and brotli. */
export const served = (w: Weight): string => `${kb(w.gzip)} gz, ${kb(w.brotli)} br`;
/** A latency: p50 / p95 and the sample count. */
export const lat = (l: Latency | undefined): string => (l ? `${l.p50} / ${l.p95} ms (n=${l.n})` : '—');
const seconds = (ms: number) => `${round(ms / 1000, 1)} s`;

/** Align rows into a Markdown table. */
export function markdownTable(lines: readonly (readonly string[])[]): string {
  const widths = (lines[0] ?? []).map((_, i) => Math.max(...lines.map((l) => (l[i] ?? '').length)));
  const row = (l: readonly string[]) => `| ${l.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const [head, ...body] = lines;
  return [row(head ?? []), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(row)].join('\n');
}

/** Each rate's report of Bayan's fresh pages, by rate. */
const atRate = (r: BenchRun, rate: number) => r.search.browser.rates.find((x) => x.rate === rate);

/** The rows of the main table. */
function rows(results: BenchResults): [string, (r: BenchRun) => string][] {
  const rates = results.plan.rates;
  const perRate = (label: string, pick: (r: BenchRun, rate: number) => Latency | undefined): [string, (r: BenchRun) => string][] =>
    rates.map((rate, i) => [i === 0 ? `${label}, CPU ${rate}×` : `… at CPU ${rate}×`, (r: BenchRun) => lat(pick(r, rate))]);
  const kinds = results.runs[0]?.search.browser.kinds.map((k) => k.kind) ?? [];
  return [
    ['articles', (r) => String(r.articles)],
    ['extraction precision / recall (generated truth)', (r) => `${r.accuracy.precision.toFixed(3)} / ${r.accuracy.recall.toFixed(3)}`],
    ['extraction per article, median / p95', (r) => `${round(r.extraction.medianMs)} / ${round(r.extraction.p95Ms)} ms`],
    ['build: pages', (r) => String(r.build.site.pages)],
    ['build: wall time, each build', (r) => r.build.site.runs.map((b) => seconds(b.wallMs)).join(', ')],
    [
      'build: ms per page, median (plain Astro)',
      (r) => {
        const site = medianWallMs(r.build.site) / r.build.site.pages;
        const plain = medianWallMs(r.build.plain) / r.build.plain.pages;
        return `${round(site)} (${round(plain)}) = ×${round(site / plain, 1)}`;
      },
    ],
    [
      'build: peak memory, the most of its builds (plain Astro)',
      (r) => `${round(peakMB(r.build.site), 0)} MB (${round(peakMB(r.build.plain), 0)} MB)`,
    ],
    ['dist/ total, raw', (r) => `${round(r.sizes.totalMB, 1)} MB`],
    ['largest HTML page, as served', (r) => served(r.sizes.largestPage)],
    [
      'search index, every file compressed on its own',
      (r) => `${r.sizes.searchIndex.all.files} files, ${served(r.sizes.searchIndex.all.weight)}`,
    ],
    ['… the head', (r) => served(r.sizes.searchIndex.head.weight)],
    [
      '… word shards (the largest)',
      (r) => `${kb(r.sizes.searchIndex.shards.weight.gzip)} gz (${kb(r.sizes.searchIndex.shards.largest.gzip)})`,
    ],
    [
      '… the text files, all (the largest)',
      (r) => `${kb(r.sizes.searchIndex.texts.weight.gzip)} gz (${kb(r.sizes.searchIndex.texts.largest.gzip)})`,
    ],
    ['/timelinejs.json, as served', (r) => served(r.sizes.timelinejs)],
    [
      'timeline first load: JS + CSS + HTML',
      (r) =>
        served({
          raw: 0,
          gzip: r.firstLoad.js.gzip + r.firstLoad.css.gzip + r.firstLoad.html.gzip,
          brotli: r.firstLoad.js.brotli + r.firstLoad.css.brotli + r.firstLoad.html.brotli,
        }),
    ],
    ['… JS / CSS / HTML, gz', (r) => `${kb(r.firstLoad.js.gzip)} / ${kb(r.firstLoad.css.gzip)} / ${kb(r.firstLoad.html.gzip)}`],
    ['search in Node, fresh engine: head; p50 / p95', (r) => `${r.search.node.prepareMs} ms; ${lat(r.search.node.latency)}`],
    ...perRate('search ready, from focus (code, head, warm-up)', (r, rate) => atRate(r, rate)?.load),
    ...perRate('first query of a fresh page', (r, rate) => atRate(r, rate)?.first),
    ...perRate("… the reader's wait after the typing pause", (r, rate) => atRate(r, rate)?.wait),
    ...perRate('the query again, its files in memory', (r, rate) => atRate(r, rate)?.again),
    [
      'bytes for a first query, search code included: median / max',
      (r) => `${kb(r.search.browser.bytes.median.gzip)} / ${kb(r.search.browser.bytes.max.gzip)} gz`,
    ],
    ...kinds.map((kind): [string, (r: BenchRun) => string] => [
      `… ${kind}`,
      (r) => {
        const k = r.search.browser.kinds.find((x) => x.kind === kind);
        return k ? `${kb(k.median.gzip)} / ${kb(k.max.gzip)} gz` : '—';
      },
    ]),
  ];
}

/** Print the figures as one row per measure and one column per size. */
export function printTable(results: BenchResults): void {
  const { machine, runs } = results;
  const lines = [
    ['statements', ...runs.map((r) => String(r.statements))],
    ...rows(results).map(([label, cell]) => [label, ...runs.map(cell)]),
  ];
  console.log(
    `machine: ${machine['cores']} cores (${machine['cpu']}), ${machine['memoryGB']} GB, Node ${machine['node']}, load average ${machine['load']}`,
  );
  console.log(markdownTable(lines));
  if (results.slope) {
    const { siteMs, plainMs } = results.slope;
    const [first, last] = [runs[0]?.statements, runs.at(-1)?.statements];
    console.log(
      `build cost per page beyond the fixed start (slope ${first}→${last}): ${siteMs} ms, plain Astro ${plainMs} ms: ×${round(siteMs / plainMs, 1)}`,
    );
  }
}
