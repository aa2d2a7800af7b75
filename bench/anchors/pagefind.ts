/**
 * Pagefind, the static search most Astro sites use, as an anchor: it
 * indexes the same built site's statement pages (`/events/<id>/`), and the
 * bench searches it with the same queries, in the same fresh pages, as
 * Bayan's search box. Only the statement itself is indexed (the event
 * page's `<article>`, without its breadcrumb, links to the neighbours and
 * citation line), which is what Bayan's index holds.
 *
 * Pagefind searches in a Web Worker by default, which CPU throttling does
 * not fully slow, so at 4× it runs in its main-thread mode (`noWorker`).
 * Its readying is what a site would do when the box gets focus: import
 * `pagefind.js` and load the entry, the metadata and the WebAssembly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { eventId, type EngineDriver } from '../fresh-pages.ts';
import { fileSet, filesUnder, type FileSet } from '../output.ts';
import type { FolderWeights } from '../weigh.ts';

/** A Pagefind index of a built site, in a folder of its own with a page to search from. */
export interface PagefindSite {
  /** The folder to serve: `index.html` and `pagefind/`. */
  root: string;
  pages: number;
  indexMs: number;
}

/** What an event page holds that is not the statement: left out of the index. */
const NOT_THE_STATEMENT = ['.breadcrumb', '.citation', 'copy-link', 'nav', '.para-links', 'script'];

/** A bare page to search from: Pagefind picks its index by the page's language. */
const SEARCH_PAGE = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body><input type="search" aria-label="ابحث"></body></html>
`;

/** Index the statement pages of `dist` with Pagefind's Node API into `root`. */
export async function indexWithPagefind(dist: string, root: string): Promise<PagefindSite> {
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'index.html'), SEARCH_PAGE);
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'article.event', excludeSelectors: NOT_THE_STATEMENT });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dist, glob: 'events/**/index.html' });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { root, pages: added.page_count, indexMs: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}

/** Pagefind's files a search uses: its code (the script, the worker, the WebAssembly) and its index. */
export function pagefindFiles(site: PagefindSite, weights: FolderWeights): { code: FileSet; index: FileSet } {
  const all = filesUnder(site.root, 'pagefind', '');
  const code = all.filter((f) => /\/pagefind(-worker)?\.js$|\/wasm\.ar\.pagefind$/u.test(f));
  const index = all.filter((f) => /pagefind-entry\.json$|\.pf_(meta|index|fragment)$/u.test(f));
  return { code: fileSet(weights, code), index: fileSet(weights, index) };
}

/** The instance readied in the page. */
interface PagefindInPage {
  search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
}
type WithPagefind = typeof globalThis & { pagefindBench: PagefindInPage };

/** Search `q` and fetch its first 20 results' data, as a results list would. */
const searchInPage = (page: Page, q: string) =>
  page.evaluate(async (query) => {
    const { pagefindBench } = globalThis as WithPagefind;
    const at = performance.now();
    const found = await pagefindBench.search(query);
    const top = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    return { ms: performance.now() - at, urls: top.map((d) => d.url), total: found.results.length };
  }, q);

/** Pagefind driven in its page: in its worker at 1×, on the main thread when the CPU is throttled. */
export const pagefindDriver: EngineDriver = {
  path: '/',
  load: (page, rate) =>
    page.evaluate(async (noWorker) => {
      const at = performance.now();
      const script = '/pagefind/pagefind.js';
      const api = (await import(script)) as { createInstance: (options: object) => PagefindInPage & { filters: () => Promise<unknown> } };
      const instance = api.createInstance({ noWorker });
      // Answers once the entry, the metadata and the WebAssembly are loaded (its init), loading no word.
      await instance.filters();
      (globalThis as WithPagefind).pagefindBench = instance;
      return performance.now() - at;
    }, rate > 1),
  async first(page, q) {
    const { ms, urls, total } = await searchInPage(page, q);
    return { ms, top: urls.map(eventId), total };
  },
  again: async (page, q) => (await searchInPage(page, q)).ms,
};
