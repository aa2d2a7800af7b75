/**
 * Bayan's search in Chromium, driven through the timeline's real search
 * box. The head's load is timed from the focus that starts it (the search
 * code's fetch and compilation included), to the box ready
 * (`bayan-search-load` ends, its warm-up search included). A query is typed
 * whole, and two measures are read from the page: `bayan-search-work`, the
 * search from its start as typed to its answer with the words (its files
 * fetched), and `bayan-search`, the reader's wait from the typing pause to
 * the results drawn (src/components/search/ui.ts).
 */
import type { Page } from 'playwright-core';
import { eventId, type EngineDriver } from './fresh-pages.ts';

/** When the box got focus, by the page's clock. */
const focusBox = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const at = performance.now();
    document.querySelector<HTMLInputElement>('bayan-search input[name="q"]')?.focus();
    return at;
  });

/** How many searches the page has drawn. */
const drawn = (page: Page): Promise<number> => page.evaluate(() => performance.getEntriesByName('bayan-search').length);

/** Put `q` in the box and wait for its results; the latest search's work and wait, in ms. */
async function typeQuery(page: Page, q: string): Promise<{ work: number; wait: number }> {
  const before = await drawn(page);
  await page.locator('bayan-search input[name="q"]').fill(q);
  await page.waitForFunction((n) => performance.getEntriesByName('bayan-search').length > n, before, { timeout: 120_000 });
  return page.evaluate(() => ({
    work: performance.getEntriesByName('bayan-search-work').at(-1)?.duration ?? Number.NaN,
    wait: performance.getEntriesByName('bayan-search').at(-1)?.duration ?? Number.NaN,
  }));
}

/** Bayan's search box on the timeline page. */
export const bayanDriver: EngineDriver = {
  path: '/',
  async load(page) {
    const focused = await focusBox(page);
    await page.waitForSelector('bayan-search[data-ready]', { timeout: 120_000 });
    const ready = await page.evaluate(() => {
      const load = performance.getEntriesByName('bayan-search-load').at(-1);
      return load ? load.startTime + load.duration : Number.NaN;
    });
    return ready - focused;
  },
  async first(page, q) {
    const { work, wait } = await typeQuery(page, q);
    // Each result's link to its statement (RESULT_LINK in src/components/search/render.ts, which plain Node cannot
    // import: it reads `@/` paths): a card also links its speaker, which is no hit.
    const links = await page.evaluate(
      (selector) => [...document.querySelectorAll<HTMLAnchorElement>(`[data-search-results] ${selector}`)].map((a) => a.pathname),
      'a.entry-link',
    );
    return { ms: work, waitMs: wait, top: links.map(eventId) };
  },
  async again(page, q) {
    // Cleared first (which draws nothing and measures nothing), so the same query searches again.
    await page.locator('bayan-search input[name="q"]').fill('');
    await page.waitForTimeout(150);
    return (await typeQuery(page, q)).work;
  },
};
