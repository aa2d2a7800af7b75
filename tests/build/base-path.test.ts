/**
 * The site deployed under a path, as a GitHub Pages project site is
 * (`https://user.github.io/bayan/`): built with `BASE_PATH=/bayan` and
 * `SITE_URL`, served only under `/bayan/`, every link must stay inside it,
 * every absolute address (canonical links, feed, sitemap, exports) must name
 * the public address, and the search must fetch its code and index there
 * and link its results there.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { brokenLinks, readPages, shellProblems, unreachable, type BuiltPage } from '../e2e/pages.ts';
import { buildWith, cleanUp } from './build.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const BASE = '/bayan/';
const SITE = 'https://example.github.io';
const PUBLIC = `${SITE}${BASE}`;
const RETIRED = '2020-01-06-mark-esper';

let dist: string;
let pages: BuiltPage[];
const file = (path: string) => readFileSync(join(dist, path), 'utf8');

beforeAll(() => {
  // Written without its slashes, as people type it: the config adds them.
  // A retired address too, so that its redirect page is built under the base.
  const build = buildWith(
    (content) => {
      const ledger = join(content, 'permalinks.json');
      const recorded = JSON.parse(readFileSync(ledger, 'utf8')) as { ids: Record<string, unknown>; redirects: Record<string, string> };
      recorded.ids[RETIRED] = recorded.ids['2020-01-07-mark-esper'];
      recorded.redirects[RETIRED] = '2020-01-07-mark-esper';
      writeFileSync(ledger, JSON.stringify(recorded, null, 2));
    },
    { BASE_PATH: 'bayan', SITE_URL: SITE },
  );
  if (build.code !== 0) throw new Error(`the site did not build under ${BASE}:\n${build.output.slice(-3000)}`);
  dist = join(build.dir, 'dist');
  pages = readPages(dist, BASE);
});
afterAll(cleanUp);

describe(`a build for ${PUBLIC}`, () => {
  it('links only inside the base, and every link, source and fragment resolves there', () => {
    expect(pages.length).toBeGreaterThan(30);
    expect(brokenLinks(dist, pages, BASE)).toEqual([]);
    expect(unreachable(pages, BASE)).toEqual([]);
    expect(shellProblems(pages)).toEqual([]);
  });

  it('gives every page its canonical address under the public URL', () => {
    // Not the 404 page, which stands for any address, nor a redirect, whose canonical link is where it leads.
    const named = pages.filter((p) => !p.path.endsWith('404.html') && !p.html.includes('content="noindex"'));
    for (const { path, html } of named) expect(html, path).toContain(`<link rel="canonical" href="${SITE}${path}"`);
  });

  it('names the public URL and the base in the feed, the sitemap and the exports', () => {
    const absolute = (text: string) => [...text.matchAll(/https?:\/\/[^\s"<,]+/gu)].map((m) => m[0]);
    const ours = (text: string) => absolute(text).filter((url) => url.includes('example.') || url.includes('localhost'));
    for (const name of ['rss.xml', 'sitemap-index.xml', 'sitemap-0.xml', 'timeline.csv', 'timeline.json', 'timelinejs.json']) {
      const urls = ours(file(name));
      expect(urls.length, name).toBeGreaterThan(0);
      expect(
        urls.filter((url) => !url.startsWith(PUBLIC)),
        name,
      ).toEqual([]);
    }
    // Each exported statement's page is one the build wrote.
    const { statements } = JSON.parse(file('timeline.json')) as { statements: { url: string }[] };
    for (const { url } of statements) expect(pages.some((p) => `${SITE}${p.path}` === url)).toBe(true);
  });

  it('leaves the redirect pages out of the sitemap, as at the root', () => {
    const listed = new Set([...file('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]?.slice(SITE.length)));
    const redirects = pages.filter((p) => p.html.includes('<meta name="robots" content="noindex"'));
    expect(redirects.map((p) => p.path)).toEqual([`${BASE}events/${RETIRED}/`]);
    expect(redirects[0]?.html).toContain(`content="0;url=${PUBLIC}events/2020-01-07-mark-esper/"`);
    expect(redirects.filter((p) => listed.has(p.path)).map((p) => p.path)).toEqual([]);
    expect(listed.has(BASE)).toBe(true);
  });

  describe('served under the base, in Chromium', () => {
    let browser: Browser;
    let site: { baseURL: string; close: () => Promise<void> };
    beforeAll(async () => {
      site = await serveStatic(dist, BASE);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it('searches from the address bar, with its code and index fetched under the base, and its results lead there', async () => {
      const page = await browser.newPage();
      const missing: string[] = [];
      page.on('response', (r) => void (r.status() >= 400 && !r.url().endsWith('/favicon.ico') && missing.push(`${r.status()} ${r.url()}`)));
      page.on('pageerror', (e) => missing.push(e.message));
      await page.goto(`${site.baseURL}${BASE}?q=${encodeURIComponent('السوداني')}`);
      await page.waitForSelector('bayan-search[data-ready]');
      const links = page.locator('[data-search-results] a.entry-link');
      await links.first().waitFor();
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(/^\/bayan\/events\/[^/]+-mohammed-shia-al-sudani(?:-\d+)?\/$/u);
      const speakers = await page
        .locator('[data-search-results] .entry-speaker a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(new Set(speakers)).toEqual(new Set(['/bayan/speakers/mohammed-shia-al-sudani/']));
      // A result leads to its page, served under the base.
      await links.first().click();
      await page.waitForURL(`**${BASE}events/**`);
      expect(await page.locator('h1').textContent()).toContain('السوداني');
      expect(missing).toEqual([]);
      await page.close();
    });

    it('sends a link from the one-page timeline (/#m-2021-12) on to its year page, under the base', async () => {
      const page = await browser.newPage();
      await page.goto(`${site.baseURL}${BASE}#m-2021-12`);
      await page.waitForURL(`**${BASE}years/2021/#m-2021-12`);
      expect(new URL(page.url()).pathname).toBe(`${BASE}years/2021/`);
      await page.close();
    });

    it('finds nothing outside the base, so a link written without it would have been caught', async () => {
      const response = await fetch(`${site.baseURL}/events/`);
      expect(response.status).toBe(404);
      expect((await fetch(`${site.baseURL}${BASE}speakers/`)).status).toBe(200);
    });
  });
});
