/**
 * A search's first query as a reader meets it, for Bayan and for the
 * anchors alike: every query in a page of its own, in a browser context of
 * its own (an empty cache), at each CPU rate, repeated. In each page the
 * search is readied as the reader reaches it (Bayan: the box gets focus),
 * the query is searched once (its files fetched: the first query) and once
 * more (its files in memory: warm), and the static server's log says which
 * files the page fetched, before focus (the page's first load) and after.
 */
import type { Browser, Page } from 'playwright-core';
import type { BenchQuery } from './index-queries.ts';
import type { ServerApart } from './static-apart.ts';

/** One search engine as the bench drives it in a page. */
export interface EngineDriver {
  /** The page to open, under the server's address. */
  path: string;
  /** Ready the search as a reader's first step would; the ms from that step to ready. */
  load: (page: Page, rate: number) => Promise<number>;
  /** Search `q` and wait for its first page of hits, words and all. */
  first: (page: Page, q: string) => Promise<FirstQuery>;
  /** Search `q` again, its files in memory; the ms it took. */
  again: (page: Page, q: string) => Promise<number>;
}

/** What a first query gave. */
export interface FirstQuery {
  /** From the search's start to its answer, fetches included. */
  ms: number;
  /** The reader's wait after the typing pause, where the engine has one (Bayan). */
  waitMs?: number;
  /** The first 20 hits, as event ids. */
  top: string[];
  /** How many it found, where the page says (Pagefind; Bayan's count comes from Node). */
  total?: number;
}

/** One page's measures. */
export interface Sample extends BenchQuery {
  rate: number;
  repeat: number;
  loadMs: number;
  firstMs: number;
  waitMs?: number;
  againMs: number;
  top: string[];
  total?: number;
  /** Files fetched by the page before the search was readied, and from then to the first query's answer. */
  firstLoadFiles: string[];
  searchFiles: string[];
}

/** The rates and repeats of a run. */
export interface FreshPlan {
  rates: readonly number[];
  repeats: number;
}

const FAVICON = '/favicon.ico';

/** The event id in an event page's address (`/events/<id>/`), or the address itself. */
export const eventId = (url: string): string => /\/events\/([^/]+)\/?/u.exec(url)?.[1] ?? url;

/** Run every query of `queries` in fresh pages, `plan.repeats` times at each rate; `log` hears of progress. */
export async function freshPages(
  browser: Browser,
  server: ServerApart,
  engine: EngineDriver,
  queries: readonly BenchQuery[],
  plan: FreshPlan,
  log: (line: string) => void = () => undefined,
): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (const rate of plan.rates) {
    for (let repeat = 0; repeat < plan.repeats; repeat += 1) {
      log(`CPU ${rate}×, pass ${repeat + 1} of ${plan.repeats}`);
      for (const query of queries) samples.push(await onePage(browser, server, engine, query, rate, repeat));
    }
  }
  return samples;
}

/** One query in one fresh page. */
async function onePage(
  browser: Browser,
  server: ServerApart,
  engine: EngineDriver,
  query: BenchQuery,
  rate: number,
  repeat: number,
): Promise<Sample> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await server.take();
    await page.goto(`${server.baseURL}${engine.path}`, { waitUntil: 'load' });
    const beforeFocus = await server.take();
    // Throttled once the page has loaded, which is not timed: from the reader's first step on.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const loadMs = await engine.load(page, rate);
    const first = await engine.first(page, query.q);
    const afterFocus = await server.take();
    // The browser asks for the favicon when it pleases, often after the load: it belongs to the page, not the search.
    const firstLoadFiles = [...new Set([...beforeFocus, ...afterFocus.filter((f) => f === FAVICON)])];
    const searchFiles = afterFocus.filter((f) => f !== FAVICON);
    const againMs = await engine.again(page, query.q);
    return {
      ...query,
      rate,
      repeat,
      loadMs,
      firstMs: first.ms,
      ...(first.waitMs === undefined ? {} : { waitMs: first.waitMs }),
      againMs,
      top: first.top,
      ...(first.total === undefined ? {} : { total: first.total }),
      firstLoadFiles,
      searchFiles,
    };
  } finally {
    await context.close();
  }
}
