/**
 * `npm run budget -- [url]`: the site's weight budgets, measured. Prints, per
 * page template, the JavaScript it ships (bytes and gzip bytes, inline and
 * external) from dist/, what the first search adds (the search code and
 * the index, loaded on first use), and, when given the address of a running
 * `npm start`, the cumulative layout shift each page shows in Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './lib/browser.ts';

const PAGES = [
  '/',
  '/years/2021/',
  '/events/2021-12-10-kenneth-mckenzie/',
  '/speakers/kenneth-mckenzie/',
  '/articles/2021-12-10-iq-news-alemlyat-almshtrkt-alqwat-alqtalyt-llthalf/',
];
const [base] = process.argv.slice(2);

function javascript(page: string): { bytes: number; gzip: number } {
  const html = readFileSync(join('dist', page, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/gu)].map((m) => m[1] ?? '');
  const external = [...html.matchAll(/<script[^>]*src="([^"]+)"/gu)].map((m) => readFileSync(join('dist', m[1] ?? ''), 'utf8'));
  const code = [...inline, ...external].join('\n');
  return { bytes: Buffer.byteLength(code), gzip: code ? gzipSync(code).length : 0 };
}

async function layoutShift(url: string): Promise<number> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    return await page.evaluate(() => (window as unknown as { cls: number }).cls);
  } finally {
    await browser.close();
  }
}

/** What the first search adds: the lazily imported search code and the index's head (a query then adds its word shards and text buckets). */
function searchOnFirstUse(): { js: number; jsGzip: number; index: number; indexGzip: number } {
  const loader = readdirSync(join('dist', '_astro')).filter((f) => f.endsWith('.js') && !f.startsWith('Search.astro'));
  const js = loader.map((f) => readFileSync(join('dist', '_astro', f)));
  const index = readFileSync(join('dist', 'search', 'head.json'));
  return {
    js: js.reduce((n, b) => n + b.length, 0),
    jsGzip: js.reduce((n, b) => n + gzipSync(b).length, 0),
    index: index.length,
    indexGzip: gzipSync(index).length,
  };
}

process.stdout.write('page\tJS bytes\tJS gzip\tCLS (375px)\n');
for (const page of PAGES) {
  const js = javascript(page);
  const cls = base ? (await layoutShift(new URL(page, base).href)).toFixed(3) : '-';
  process.stdout.write(`${page}\t${js.bytes}\t${js.gzip}\t${cls}\n`);
}
const first = searchOnFirstUse();
process.stdout.write(`\nfirst search adds\tJS ${first.js} (gzip ${first.jsGzip})\tindex head ${first.index} (gzip ${first.indexGzip})\n`);
