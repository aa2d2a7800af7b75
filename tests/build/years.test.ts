/**
 * A year too large for one page, built for real. The seeds have five
 * statements a year, so their years never split; here four more articles add
 * 420 statements in 2023 (editorial additions, through the same build as any
 * content; a quarter's each, as one article may give at most 200), so 2023
 * gets a page per month. The built site must lay out those
 * pages, link them all, keep the home page at its fixed size, and pass the
 * accessibility and CSP gates on the new templates. Page sizes are printed
 * for the record.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementCount } from '../../src/lib/site/labels.ts';
import { LATEST, YEAR_LIMIT } from '../../src/lib/site/pages.ts';
import { violations } from '../e2e/axe.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { brokenLinks, readPages, unreachable, type BuiltPage } from '../e2e/pages.ts';
import { buildWith, cleanUp } from './build.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

/** Statements per month of 2023: 420 in all, over the limit of 400. */
const PER_MONTH = [20, 30, 40, 25, 35, 45, 30, 40, 50, 35, 40, 30];
const SPEAKERS = ['mohammed-shia-al-sudani', 'patrick-ryder', 'sabrina-singh', 'iraqi-foreign-ministry'];
const QUOTE = 'نريد خروجا سريعا ومنظما للقوات عن طريق التفاوض';
const pad = (n: number) => String(n).padStart(2, '0');

/** An article whose overrides add PER_MONTH statements of the months `from` to `to` (0-based), four speakers taking turns day by day. */
function bigYearArticle(from: number, to: number): string {
  const add = PER_MONTH.flatMap((count, m) =>
    m < from || m > to
      ? []
      : Array.from({ length: count }, (_, i) => ({
          speaker: SPEAKERS[i % SPEAKERS.length],
          date: `2023-${pad(m + 1)}-${pad(Math.floor(i / SPEAKERS.length) + 1)}`,
          paragraph: 1,
          quote: QUOTE,
        })),
  );
  const front = {
    title: 'عام من المفاوضات على انسحاب التحالف',
    outlet: 'بيان',
    published: '2023-12-31',
    language: 'ar',
    overrides: { add },
  };
  return `---\n${stringify(front)}---\n\n«${QUOTE}»، عبارة تكررت في بغداد طوال العام.\n`;
}

let dist: string;
let pages: Map<string, BuiltPage>;
const html = (path: string) => pages.get(path)?.html ?? '';
const cards = (path: string) => html(path).match(/data-statement-id="/gu)?.length ?? 0;

beforeAll(() => {
  const build = buildWith((content) => {
    for (const q of [0, 1, 2, 3])
      writeFileSync(join(content, 'articles', `2023-12-31-bayan-big-year-q${q + 1}.md`), bigYearArticle(3 * q, 3 * q + 2));
  });
  if (build.code !== 0) throw new Error(`the site with a large year did not build:\n${build.output.slice(-3000)}`);
  dist = join(build.dir, 'dist');
  pages = new Map(readPages(dist).map((p) => [p.path, p]));
});
afterAll(cleanUp);

describe('a year over the limit', () => {
  it('has a year page that lists its months with counts and ids, and a page per month with its statements', () => {
    expect(PER_MONTH.reduce((a, b) => a + b)).toBeGreaterThan(YEAR_LIMIT);
    const months = [...html('/years/2023/').matchAll(/<li id="(m-[\d-]+)"><a href="([^"]+)">.*?class="count">([^<]+)</gu)].map((m) =>
      m.slice(1),
    );
    expect(months).toEqual(PER_MONTH.map((count, m) => [`m-2023-${pad(m + 1)}`, `/years/2023/${pad(m + 1)}/`, statementCount(count)]));
    expect(cards('/years/2023/')).toBe(0);
    for (const [m, count] of PER_MONTH.entries()) expect(cards(`/years/2023/${pad(m + 1)}/`), pad(m + 1)).toBe(count);
    // A month page lists the year's months too, its own marked.
    expect(html('/years/2023/04/')).toContain('<a href="/years/2023/04/" aria-current="page">');
    // The small years around it stay whole.
    expect(cards('/years/2021/')).toBe(5);
    expect(pages.has('/years/2021/12/')).toBe(false);
  });

  it('links each month page to the months on either side, across years', () => {
    const hrefs = (path: string) =>
      [...html(path).matchAll(/class="prev-next".*?<\/nav>/gsu)].flatMap((n) => [...n[0].matchAll(/href="([^"]+)"/gu)].map((h) => h[1]));
    expect(hrefs('/years/2023/01/')).toEqual(['/years/2021/#m-2021-12', '/years/2023/02/']);
    expect(hrefs('/years/2023/12/')).toEqual(['/years/2023/11/', '/years/2024/#m-2024-01']);
  });

  it('keeps the home page at its fixed number of statements, and leads on to the month where they stop', () => {
    expect(cards('/')).toBe(LATEST);
    // Five seed statements in 2024, then the newest 25 of December 2023, whose page continues.
    expect(html('/')).toMatch(/<p class="more">[^]*?href="\/years\/2023\/12\/"/u);
    expect(cards('/chronological/')).toBe(LATEST);
  });

  it("sends an event page's breadcrumb to its month page", () => {
    expect(html('/events/2023-09-01-patrick-ryder/')).toContain('href="/years/2023/09/"');
  });

  it('leaves no link broken and no page unreachable', () => {
    const all = [...pages.values()];
    expect(brokenLinks(dist, all)).toEqual([]);
    expect(unreachable(all)).toEqual([]);
  });

  it('prints the page sizes', () => {
    const size = (path: string) => {
      const bytes = readFileSync(join(dist, path, 'index.html'));
      return `${path} ${(bytes.length / 1024).toFixed(1)} KB (${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzip)`;
    };
    const largest = (re: RegExp) => [...pages.keys()].filter((p) => re.test(p)).sort((a, b) => cards(b) - cards(a))[0] ?? '/';
    console.log(['/', '/years/2023/', largest(/^\/years\/\d{4}\/\d{2}\/$/u), largest(/^\/years\/\d{4}\/$/u)].map(size).join('\n'));
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  let site: { baseURL: string; close: () => Promise<void> };
  beforeAll(async () => {
    site = await serveStatic(dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const path of ['/years/2023/', '/years/2023/09/'])
    for (const scheme of ['light', 'dark'] as const)
      it(`${path} (${scheme}): no WCAG A/AA violation, no CSP violation`, async () => {
        const context = await browser.newContext({ colorScheme: scheme });
        const page = await context.newPage();
        const problems: string[] = [];
        // The browser asks for /favicon.ico, which the site does not have; anything else is a problem.
        page.on('console', (m) => void (m.type() === 'error' && !/404 \(Not Found\)/u.test(m.text()) && problems.push(m.text())));
        await page.addInitScript(() =>
          document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`)),
        );
        await page.goto(`${site.baseURL}${path}`, { waitUntil: 'networkidle' });
        expect(await violations(page), path).toEqual([]);
        expect(problems, path).toEqual([]);
        await context.close();
      });

  it('sends an old link to a month of the one-page timeline to that month on the year page', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.baseURL}/#m-2023-05`);
    await page.waitForURL(/\/years\/2023\/#m-2023-05$/u);
    expect(await page.locator('#m-2023-05 a').getAttribute('href')).toBe('/years/2023/05/');
    await page.close();
  });
});
