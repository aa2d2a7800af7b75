/**
 * Each figure beside its anchor, with the ratio (the anchor's figure over
 * Bayan's: ×3 means a third of the bytes or of the time), and the issue's
 * targets at 10,000 statements (30,000 for the build), met or missed.
 */
import { budgetMissed } from '../scripts/lib/lighthouse.ts';
import { medianOf } from './report.ts';
import { medianWallMs, peakMB, type BenchResults, type BenchRun } from './results.ts';
import { ratio, round, type Latency } from './stats.ts';
import { kb, lat, markdownTable } from './table.ts';
import type { Weight } from './weigh.ts';

const plus = (...ws: Weight[]): Weight => ({
  raw: ws.reduce((n, w) => n + w.raw, 0),
  gzip: ws.reduce((n, w) => n + w.gzip, 0),
  brotli: ws.reduce((n, w) => n + w.brotli, 0),
});
const times = (ours: number, theirs: number) => `×${ratio(ours, theirs)}`;
const p50p95 = (ours: Latency | undefined, theirs: Latency | undefined) =>
  ours && theirs ? `${times(ours.p50, theirs.p50)} / ${times(ours.p95, theirs.p95)}` : '—';

/** The rows beside Pagefind, TimelineJS and the plain Astro project at one size. */
function anchorRows(run: BenchRun, results: BenchResults): string[][] {
  const rows: string[][] = [['measure', 'Bayan', 'anchor', 'anchor ÷ Bayan']];
  const pf = run.anchors?.pagefind;
  const bayan = run.search.browser;
  if (pf) {
    const theirs = pf.browser;
    const rate = (report: typeof bayan, r: number) => report.rates.find((x) => x.rate === r);
    rows.push(
      [
        'bytes for a first query, code included: median, gz',
        kb(bayan.bytes.median.gzip),
        `Pagefind ${kb(theirs.bytes.median.gzip)}`,
        times(bayan.bytes.median.gzip, theirs.bytes.median.gzip),
      ],
      ['… the largest query, gz', kb(bayan.bytes.max.gzip), kb(theirs.bytes.max.gzip), times(bayan.bytes.max.gzip, theirs.bytes.max.gzip)],
      [
        '… the largest query, br',
        kb(bayan.bytes.max.brotli),
        kb(theirs.bytes.max.brotli),
        times(bayan.bytes.max.brotli, theirs.bytes.max.brotli),
      ],
      ['search code, gz', kb(bayan.code.gzip), kb(theirs.code.gzip), times(bayan.code.gzip, theirs.code.gzip)],
      [
        'index, every file, gz',
        `${run.sizes.searchIndex.all.files} files, ${kb(run.sizes.searchIndex.all.weight.gzip)}`,
        `${pf.files.index.files} files, ${kb(pf.files.index.weight.gzip)}`,
        times(run.sizes.searchIndex.all.weight.gzip, pf.files.index.weight.gzip),
      ],
    );
    for (const r of results.plan.rates) {
      const [ours, them] = [rate(bayan, r), rate(theirs, r)];
      const mode = r > 1 ? 'Pagefind, main thread' : 'Pagefind, worker';
      rows.push(
        [`ready from focus, CPU ${r}×: p50 / p95`, lat(ours?.load), `${mode}: ${lat(them?.load)}`, p50p95(ours?.load, them?.load)],
        [`first query of a fresh page, CPU ${r}×`, lat(ours?.first), lat(them?.first), p50p95(ours?.first, them?.first)],
        [`the query again, files in memory, CPU ${r}×`, lat(ours?.again), lat(them?.again), p50p95(ours?.again, them?.again)],
      );
    }
    const found = (report: typeof bayan, i: number) => (report === bayan ? run.search.node.found[i] : report.queries[i]?.found) ?? 0;
    const withHits = (report: typeof bayan) => report.queries.filter((_, i) => found(report, i) > 0).length;
    rows.push(
      [
        'queries that find anything',
        `${withHits(bayan)} of ${bayan.queries.length}`,
        `${withHits(theirs)} of ${theirs.queries.length}`,
        '',
      ],
      ['first 20 hits in common, median over the queries', '', `${round((medianOf(pf.overlap) ?? Number.NaN) * 100, 0)}%`, ''],
      ['Pagefind: pages indexed, time to index', '', `${pf.pages}, ${round(pf.indexMs / 1000, 1)} s`, ''],
    );
  }
  const tl = results.timelinejs;
  if (tl) {
    const ours = plus(run.firstLoad.js, run.firstLoad.css);
    const theirs = plus(tl.js, tl.css);
    const page = plus(ours, run.firstLoad.html);
    rows.push(
      ['timeline first load, JS + CSS, gz', kb(ours.gzip), `TimelineJS ${tl.version} ${kb(theirs.gzip)}`, times(ours.gzip, theirs.gzip)],
      ['… br', kb(ours.brotli), kb(theirs.brotli), times(ours.brotli, theirs.brotli)],
      [
        '… with the HTML (TimelineJS: its data, /timelinejs.json), gz',
        kb(page.gzip),
        kb(theirs.gzip + run.sizes.timelinejs.gzip),
        times(page.gzip, theirs.gzip + run.sizes.timelinejs.gzip),
      ],
    );
  }
  const ms = (b: BenchRun['build']['site']) => medianWallMs(b) / b.pages;
  rows.push(
    [
      'build, ms per page (median of builds)',
      String(round(ms(run.build.site))),
      `plain Astro ${round(ms(run.build.plain))}`,
      `×${round(ms(run.build.plain) / ms(run.build.site), 2)}`,
    ],
    [
      'build, peak memory',
      `${round(peakMB(run.build.site), 0)} MB`,
      `${round(peakMB(run.build.plain), 0)} MB`,
      `×${round(peakMB(run.build.plain) / peakMB(run.build.site), 2)}`,
    ],
  );
  return rows;
}

/** A target's line: what, the target, the figure, met or not. */
type Target = [string, string, string, boolean | undefined];

/** The issue's targets, judged on the 10k run (and the 30k run for the build). */
function targets(results: BenchResults): Target[] {
  const at = (n: number) => results.runs.find((r) => r.statements === n);
  const ten = at(10_000);
  const thirty = at(30_000);
  const list: Target[] = [];
  if (ten) {
    const rate = (r: number) => ten.search.browser.rates.find((x) => x.rate === r);
    const pfRate = (r: number) => ten.anchors?.pagefind.browser.rates.find((x) => x.rate === r);
    const p95 = rate(1)?.first.p95 ?? Number.NaN;
    const pf95 = pfRate(1)?.first.p95;
    list.push([
      'first query of a fresh page, p95, 1×',
      '≤ 60 ms, ≥ 3× faster than Pagefind',
      `${p95} ms${pf95 ? `, ×${ratio(p95, pf95)}` : ''}`,
      p95 <= 60 && (pf95 === undefined || pf95 / p95 >= 3),
    ]);
    const p95x4 = rate(4)?.first.p95 ?? Number.NaN;
    list.push(['the same at 4×', '≤ 200 ms', `${p95x4} ms`, p95x4 <= 200]);
    const again = rate(4)?.again.p95 ?? Number.NaN;
    list.push(['query with its files loaded, p95 at 4×', '≤ 50 ms', `${again} ms`, again <= 50]);
    const bytes = ten.search.browser.bytes.max.gzip;
    const pfBytes = ten.anchors?.pagefind.browser.bytes.max.gzip;
    list.push([
      'bytes for the first query, any kind, code included',
      '≤ 60 KB gz, ≥ 3× fewer than Pagefind',
      `${kb(bytes)}${pfBytes ? `, ×${ratio(bytes, pfBytes)}` : ''}`,
      bytes <= 60 * 1024 && (pfBytes === undefined || pfBytes / bytes >= 3),
    ]);
    if (ten.lighthouse) {
      const low = ten.lighthouse.results.filter((m) => Object.values(m.scores).some((s) => s < 100));
      list.push([
        'Lighthouse at 10k, four pages, mobile and desktop',
        '100 in all four categories',
        low.length ? low.map((m) => `${m.page} ${m.preset}: ${Object.values(m.scores).join('/')}`).join('; ') : 'all 100',
        !budgetMissed(ten.lighthouse.results),
      ]);
    }
  }
  if (thirty && results.slope) {
    const r = results.slope.siteMs / results.slope.plainMs;
    list.push([
      'build cost per page beyond the fixed start, to 30k',
      '≤ 2× the plain Astro page',
      `${results.slope.siteMs} ms, ×${round(r, 1)}`,
      r <= 2,
    ]);
    const peak = peakMB(thirty.build.site);
    list.push(['peak memory at 30k', '≤ 1.5 GB', `${round(peak, 0)} MB`, peak <= 1536]);
  }
  return list;
}

/** Print the anchors beside Bayan's figures at each size, and the targets. */
export function printAnchors(results: BenchResults): void {
  for (const run of results.runs) {
    console.log(`\nAnchors at ${run.statements} statements:`);
    console.log(markdownTable(anchorRows(run, results)));
  }
  const list = targets(results);
  if (!list.length) return;
  console.log('\nTargets:');
  console.log(
    markdownTable([
      ['measure', 'target', 'figure', 'met?'],
      ...list.map(([m, t, f, ok]) => [m, t, f, ok === undefined ? '—' : ok ? 'yes' : 'no']),
    ]),
  );
}
