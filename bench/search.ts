/**
 * Search latency: a fixed query set drawn from the built index (names in
 * both scripts, dates, words, two-word queries), timed in Node through
 * `SearchEngine` and in Chromium through the real search box, with and
 * without 4× CPU throttling (CDP Emulation.setCPUThrottlingRate).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MONTH_NAMES_AR, MONTH_NAMES_EN } from '../src/lib/dates/format.ts';
import type { SearchIndex } from '../src/lib/search/documents.ts';
import { SearchEngine } from '../src/lib/search/engine.ts';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/build/static-server.ts';
import { percentile } from './stats.ts';

/** p50/p95/max in milliseconds. */
export interface Latency {
  p50: number;
  p95: number;
  max: number;
}

const latency = (ms: number[]): Latency => ({ p50: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms) });

/** Read the index a build wrote. */
export function readIndex(dist: string): SearchIndex {
  return JSON.parse(readFileSync(join(dist, 'search/index.json'), 'utf8')) as SearchIndex;
}

/** The words of a text, longest first among the first few, for word queries that exist in the corpus. */
function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}]+/u).filter((w) => w.length >= 5);
}

/**
 * The query set: every kind a reader types, drawn from the index at fixed
 * positions so two runs of the same corpus ask the same questions.
 */
export function querySet(index: SearchIndex): string[] {
  const { speakers, docs } = index;
  const at = <T>(list: readonly T[], fraction: number): T => list[Math.floor(fraction * (list.length - 1))] as T;
  const doc = at(docs, 0.5);
  const [year, month] = [doc.date.slice(0, 4), Number(doc.date.slice(5, 7)) - 1];
  const words = wordsOf(at(docs, 0.3).text);
  const surname = (name: string) => name.split(' ').at(-1) ?? name;
  return [
    at(speakers, 0.1).name, // a full Arabic name
    surname(at(speakers, 0.6).name), // a surname alone
    at(speakers, 0.3).nameEn ?? at(speakers, 0.3).name, // an English name
    year, // a year
    `${MONTH_NAMES_AR[month] ?? ''} ${year}`, // a month in Levantine Arabic
    `${MONTH_NAMES_EN[month] ?? ''} ${year}`, // a month in English
    'القوات', // a common word
    words[0] ?? 'الانسحاب', // a word from a statement
    'انسحاب القوات', // two words
    `${surname(at(speakers, 0.8).name)} ${year}`, // a name and a year
    `${words[1] ?? 'التحالف'} ${words[2] ?? 'الدولي'}`, // two words from one statement
    'ماكينزي', // a misspelt name (one slip)
  ];
}

/** Time the query set in Node, `rounds` times each; also the time to prepare the engine. */
export function searchInNode(index: SearchIndex, queries: readonly string[], rounds = 5): Latency & { prepareMs: number } {
  const started = performance.now();
  const engine = new SearchEngine(index);
  const prepareMs = performance.now() - started;
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const q of queries) {
      const t = performance.now();
      engine.search({ q });
      times.push(performance.now() - t);
    }
  }
  return { ...latency(times), prepareMs };
}

/** What the browser measured for the query set on the timeline page. */
export interface BrowserSearch {
  desktop: Latency & { loadMs: number };
  throttled4x: Latency & { loadMs: number };
  /** Gzip bytes of index fetched by the first query. */
  firstQueryIndexGzip: number;
}

/** Type each query into the timeline's search box in Chromium and read the page's own measures. */
export async function searchInBrowser(dist: string, queries: readonly string[]): Promise<BrowserSearch> {
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const run = async (rate: number) => {
      const page = await browser.newPage();
      const indexBytes: number[] = [];
      page.on('response', (r) => {
        if (/\/search\/[^/]+\.json$/u.test(r.url())) void r.body().then((b) => indexBytes.push(gzipSync(b).length));
      });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(`${site.baseURL}/`, { waitUntil: 'load' });
      const box = page.getByRole('searchbox');
      await box.focus();
      await page.waitForSelector('bayan-search[data-ready]', { timeout: 120_000 });
      const times: number[] = [];
      for (const q of queries) {
        const before = await page.evaluate(() => performance.getEntriesByName('bayan-search').length);
        await box.fill(q);
        await page.waitForFunction((n) => performance.getEntriesByName('bayan-search').length > n, before, { timeout: 60_000 });
        times.push(await page.evaluate(() => performance.getEntriesByName('bayan-search').at(-1)?.duration ?? Number.NaN));
      }
      const loadMs = await page.evaluate(() => performance.getEntriesByName('bayan-search-load').at(-1)?.duration ?? Number.NaN);
      await page.close();
      return { ...latency(times), loadMs, indexGzip: indexBytes.reduce((a, b) => a + b, 0) };
    };
    const desktop = await run(1);
    const throttled4x = await run(4);
    return { desktop, throttled4x, firstQueryIndexGzip: desktop.indexGzip };
  } finally {
    await browser.close();
    await site.close();
  }
}
