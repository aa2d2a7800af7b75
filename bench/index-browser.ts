/**
 * `npx node bench/index-browser.ts <dist> [runs]`: search latency in
 * Chromium, as a reader gets it, on a built site's `/search/` page. For each
 * query of `index-size.ts`, in a fresh page (empty cache) the search box is
 * focused (the head loads: `bayan-search-load`), the query typed, and the
 * measures read: `bayan-search-work`, the search's own work from its start
 * as typed to its answer (word shards and text files fetched), and
 * `bayan-search`, the reader's wait from the typing pause to the results
 * drawn, in a fresh page (cold); then the box is
 * cleared and the query typed again (warm: the files are in memory). Without throttling and with
 * the CPU slowed 4× (CDP `Emulation.setCPUThrottlingRate`). Also prints the
 * gzip bytes of the index files each first query fetched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { serveApart } from './static-apart.ts';
import { launchBrowser } from '../scripts/lib/browser.ts';
import { QUERIES } from './index-queries.ts';

const [dist = 'dist', runsArg = '5'] = process.argv.slice(2);
const runs = Number(runsArg);
const server = await serveApart(dist);
const browser = await launchBrowser();
const at = (xs: readonly number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? Number.NaN;
const gz = new Map<string, number>();
const gzOf = (path: string) => gz.get(path) ?? gz.set(path, gzipSync(readFileSync(join(dist, path))).length).get(path) ?? 0;

/** The latest `bayan-search-work` and `bayan-search` measures once one more than `before` exists. */
async function measured(page: Page, before: number): Promise<[number, number]> {
  await page.waitForFunction((n) => performance.getEntriesByName('bayan-search').length > n, before, { timeout: 60_000 });
  return page.evaluate(() => [
    performance.getEntriesByName('bayan-search-work').at(-1)?.duration ?? Number.NaN,
    performance.getEntriesByName('bayan-search').at(-1)?.duration ?? Number.NaN,
  ]);
}
const count = (page: Page) => page.evaluate(() => performance.getEntriesByName('bayan-search').length);

try {
  for (const rate of [1, 4]) {
    console.log(
      `\nCPU throttling ${rate}×\nquery\tkind\thead load ms (median)\tfetched (gz)\tcold work p50/p95 ms\tcold wait p50/p95\twarm work p50/p95\twarm wait p50/p95`,
    );
    for (const [kind, q] of QUERIES) {
      const cold: [number, number][] = [];
      const warm: [number, number][] = [];
      const load: number[] = [];
      let fetched = 0;
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const files: string[] = [];
        page.on('request', (r) => {
          const path = new URL(r.url()).pathname;
          if (path.startsWith('/search/') && path.endsWith('.json')) files.push(path);
        });
        await page.goto(`${server.baseURL}/search/`);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        const box = page.getByRole('searchbox', { name: 'ابحث في التصريحات' });
        await box.focus();
        await page.waitForSelector('bayan-search[data-ready]', { timeout: 60_000 });
        load.push(await page.evaluate(() => performance.getEntriesByName('bayan-search-load').at(-1)?.duration ?? Number.NaN));
        await box.fill(q);
        cold.push(await measured(page, 0));
        await box.fill('');
        await page.waitForTimeout(200);
        const before = await count(page);
        await box.fill(q);
        warm.push(await measured(page, before));
        fetched = files.reduce((n, p) => n + gzOf(p), 0);
        await context.close();
      }
      const f = (xs: [number, number][], k: 0 | 1) =>
        `${at(
          xs.map((x) => x[k]),
          0.5,
        ).toFixed(1)} / ${at(
          xs.map((x) => x[k]),
          0.95,
        ).toFixed(1)}`;
      console.log(
        `${q}\t${kind}\t${at(load, 0.5).toFixed(0)}\t${(fetched / 1024).toFixed(1)} KB\t${f(cold, 0)}\t${f(cold, 1)}\t${f(warm, 0)}\t${f(warm, 1)}`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
