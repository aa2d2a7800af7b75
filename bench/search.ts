/**
 * Search latency: a fixed query set drawn from the built index (names in
 * both scripts, dates, words, two-word queries), timed in Node through
 * `SearchEngine` and in Chromium through the real search box, with and
 * without 4× CPU throttling (CDP Emulation.setCPUThrottlingRate).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { SearchEngine } from '../src/lib/search/engine.ts';
import { diskLoader } from '../src/lib/search/load.ts';
import { launchBrowser } from '../scripts/lib/browser.ts';
import { serveApart } from './static-apart.ts';
import { QUERIES } from './index-queries.ts';
import { percentile } from './stats.ts';

/** p50/p95/max in milliseconds. */
export interface Latency {
  p50: number;
  p95: number;
  max: number;
}

/** A brisk typist's time between keys: longer than the search box's 80 ms pause, so every letter searches. */
const KEY_MS = 150;

const latency = (ms: number[]): Latency => ({ p50: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms) });

/** The fixed query set: one of each kind a reader types (names from the synthetic corpus, seed 1). */
export const querySet = (): string[] => QUERIES.map(([, q]) => q);

/** An engine over a built site's index files, read from disk. */
const engineOn = (dist: string) => new SearchEngine(diskLoader(join(dist, 'search'), (path) => readFileSync(path, 'utf8')));

/**
 * Time the query set in Node, `rounds` times each, as a reader's first query
 * meets it: a fresh engine whose head is loaded, so each query pays for
 * reading its word shards and text files. Also the time to load the head.
 */
export async function searchInNode(dist: string, queries: readonly string[], rounds = 5): Promise<Latency & { prepareMs: number }> {
  const prepare: number[] = [];
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const q of queries) {
      const engine = engineOn(dist);
      let t = performance.now();
      await engine.ready();
      prepare.push(performance.now() - t);
      t = performance.now();
      await engine.search({ q });
      times.push(performance.now() - t);
    }
  }
  return { ...latency(times), prepareMs: percentile(prepare, 50) };
}

/**
 * What the browser measured for the query set on the timeline page. Each
 * search begins as its query is typed and is drawn once typing pauses
 * (src/components/search/ahead.ts), so there are two times: the search's
 * own work, from its start to its answer with the words, fetching its files
 * (the top-level p50/p95: the query typed first), and the reader's `wait`,
 * from the end of the pause to the results drawn. `again`: the search's work
 * when the set is typed a second time, its files in memory. `byLetter`: the
 * set typed a letter at a time into another fresh page, as readers type, so
 * that the first letters' searches have fetched the word shards before the
 * query is whole; the measures of the whole query's search.
 */
export interface BrowserSearch {
  desktop: Latency & { loadMs: number; wait: Latency; again: Latency; byLetter: { work: Latency; wait: Latency } };
  throttled4x: Latency & { loadMs: number; wait: Latency; again: Latency; byLetter: { work: Latency; wait: Latency } };
  /** Gzip bytes of index fetched by the first query. */
  firstQueryIndexGzip: number;
}

/** Type each query into the timeline's search box in Chromium and read the page's own measures. */
export async function searchInBrowser(dist: string, queries: readonly string[]): Promise<BrowserSearch> {
  const site = await serveApart(dist);
  const browser = await launchBrowser();
  try {
    /** A fresh page (empty cache) at this CPU rate, its search box focused and the index's head loaded; `watch` sees it first. */
    const open = async (rate: number, watch: (page: Page) => void = () => undefined) => {
      const page = await browser.newPage();
      watch(page);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(`${site.baseURL}/`, { waitUntil: 'load' });
      const box = page.getByRole('searchbox');
      await box.focus();
      await page.waitForSelector('bayan-search[data-ready]', { timeout: 120_000 });
      return { page, box };
    };
    /** The queries typed a letter at a time into a fresh page; for each, the whole query's work and wait. */
    const byLetters = async (rate: number) => {
      const { page, box } = await open(rate);
      // When the last letter went in: the whole query's search is the one that begins then.
      // (Read while the event is captured, before the search box's own listener begins the search.)
      await page.evaluate(() =>
        window.addEventListener('input', () => ((globalThis as unknown as { lastKey: number }).lastKey = performance.now()), true),
      );
      const work: number[] = [];
      const wait: number[] = [];
      for (const q of queries) {
        await box.fill('');
        await page.waitForTimeout(150);
        await box.pressSequentially(q, { delay: KEY_MS });
        const last = await page.evaluate(() => (globalThis as unknown as { lastKey: number }).lastKey);
        await page.waitForFunction((t) => performance.getEntriesByName('bayan-search').some((e) => e.startTime >= t), last, {
          timeout: 60_000,
        });
        const [w, p] = await page.evaluate(
          (t) => [
            performance.getEntriesByName('bayan-search-work').find((e) => e.startTime >= t)?.duration ?? Number.NaN,
            performance.getEntriesByName('bayan-search').find((e) => e.startTime >= t)?.duration ?? Number.NaN,
          ],
          last,
        );
        work.push(w ?? Number.NaN);
        wait.push(p ?? Number.NaN);
      }
      await page.close();
      return { work: latency(work), wait: latency(wait) };
    };
    const run = async (rate: number) => {
      // The index files fetched, the head's included: what the first query costs a reader in bytes.
      const indexBytes: number[] = [];
      const { page, box } = await open(rate, (p) =>
        p.on('response', (r) => {
          if (/\/search\/.+\.json$/u.test(r.url())) void r.body().then((b) => indexBytes.push(gzipSync(b).length));
        }),
      );
      let firstQueryBytes = Number.NaN;
      /** Type `q`; the search's work and the wait after the pause, in ms. */
      const type = async (q: string): Promise<{ work: number; wait: number }> => {
        const before = await page.evaluate(() => performance.getEntriesByName('bayan-search').length);
        await box.fill(q);
        await page.waitForFunction((n) => performance.getEntriesByName('bayan-search').length > n, before, { timeout: 60_000 });
        return page.evaluate(() => ({
          work: performance.getEntriesByName('bayan-search-work').at(-1)?.duration ?? Number.NaN,
          wait: performance.getEntriesByName('bayan-search').at(-1)?.duration ?? Number.NaN,
        }));
      };
      const first: { work: number; wait: number }[] = [];
      for (const q of queries) {
        first.push(await type(q));
        // What the head and the first query fetched, once its responses have been read.
        if (Number.isNaN(firstQueryBytes)) {
          await page.waitForTimeout(200);
          firstQueryBytes = indexBytes.reduce((a, b) => a + b, 0);
        }
      }
      const again: number[] = [];
      for (const q of queries) {
        // Cleared first (which draws nothing and measures nothing), so the same query searches again.
        await box.fill('');
        await page.waitForTimeout(150);
        again.push((await type(q)).work);
      }
      const loadMs = await page.evaluate(() => performance.getEntriesByName('bayan-search-load').at(-1)?.duration ?? Number.NaN);
      await page.close();
      return {
        ...latency(first.map((t) => t.work)),
        loadMs,
        wait: latency(first.map((t) => t.wait)),
        again: latency(again),
        byLetter: await byLetters(rate),
        indexGzip: firstQueryBytes,
      };
    };
    const desktop = await run(1);
    const throttled4x = await run(4);
    return { desktop, throttled4x, firstQueryIndexGzip: desktop.indexGzip };
  } finally {
    await browser.close();
    await site.close();
  }
}
