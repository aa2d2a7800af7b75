/**
 * `npx node bench/index-browser.ts <dist> [runs]`: Bayan's search in
 * Chromium, query by query, on a built site: every query of the set in a
 * fresh page (empty cache) `runs` times, at 1× and 4× CPU, as
 * `npm run bench` runs them (fresh-pages.ts), with the first query's
 * latency, the reader's wait after the typing pause, the query again, and
 * what the first query fetched, search code included.
 */
import { launchBrowser } from '../scripts/lib/browser.ts';
import { freshPages } from './fresh-pages.ts';
import { QUERIES } from './index-queries.ts';
import { reportSamples } from './report.ts';
import { bayanDriver } from './search-browser.ts';
import { serveApart } from './static-apart.ts';
import { latency } from './stats.ts';
import { kb, lat } from './table.ts';
import { FolderWeights } from './weigh.ts';

const [dist = 'dist', runsArg = '3'] = process.argv.slice(2);
const server = await serveApart(dist);
const browser = await launchBrowser();
try {
  const samples = await freshPages(browser, server, bayanDriver, QUERIES, { rates: [1, 4], repeats: Number(runsArg) }, (line) =>
    process.stderr.write(`${line}\n`),
  );
  const report = reportSamples(samples, QUERIES, new FolderWeights(dist));
  const of = (q: string, rate: number, pick: 'waitMs' | 'againMs') =>
    lat(latency(samples.filter((s) => s.q === q && s.rate === rate).map((s) => s[pick] ?? Number.NaN)));
  console.log('query\tkind\tfetched (gz)\tfiles\tfirst 1×\twait 1×\tagain 1×\tfirst 4×\twait 4×\tagain 4×');
  for (const q of report.queries) {
    const [one, four] = q.first;
    console.log(
      [
        q.q,
        q.kind,
        kb(q.bytes.gzip),
        q.files,
        lat(one),
        of(q.q, 1, 'waitMs'),
        of(q.q, 1, 'againMs'),
        lat(four),
        of(q.q, 4, 'waitMs'),
        of(q.q, 4, 'againMs'),
      ].join('\t'),
    );
  }
  for (const r of report.rates) console.log(`CPU ${r.rate}×: ready from focus ${lat(r.load)}; first query ${lat(r.first)}`);
} finally {
  await browser.close();
  await server.close();
}
