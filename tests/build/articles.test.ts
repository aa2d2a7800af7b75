/**
 * The sources list with many articles, built for real. The seeds have five
 * articles; here 1,001 more are published in 2023 (over the limit, so 2023 gets
 * a page per month) and 8 a year in 2015–2022 and 2025. `/articles/` must keep
 * its fixed size, every year page must exist and lead to its neighbours,
 * every article must be listed on exactly one year or month page, the sitemap
 * must hold the new pages, and the new templates must pass the links, HTML,
 * accessibility and CSP gates. Page sizes are printed for the record.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_YEAR_LIMIT, ARTICLES_LATEST } from '../../src/lib/content/listing.ts';
import { articleCount } from '../../src/lib/site/labels.ts';
import { pageProblems } from '../e2e/axe.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { brokenLinks, htmlErrors, readPages, shellProblems, unreachable, type BuiltPage } from '../e2e/pages.ts';
import { buildWith, cleanUp } from './build.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const pad = (n: number) => String(n).padStart(2, '0');
/** 2023's articles per month: 1,001 in all, one over the limit. */
const PER_MONTH = [80, 90, 85, 84, 83, 80, 86, 84, 83, 82, 81, 83];
const SMALL_YEARS = [2015, 2016, 2017, 2018, 2019, 2022, 2025];
/** Articles per year, seeds included (2020: 1, 2021: 2, 2024: 2). */
const COUNTS = new Map([...SMALL_YEARS.map((y) => [y, 8] as const), [2020, 1], [2021, 2], [2023, 1001], [2024, 2]]);
const YEARS = [...COUNTS.keys()].sort((a, b) => a - b);

/** One short article; every other one carries a time of day, as outlets print it. */
function article(published: string, n: number): string {
  const front = { title: `جولة جديدة من محادثات بغداد وواشنطن (${n})`, outlet: 'بيان', published, language: 'ar' };
  return `---\n${stringify(front)}---\n\nتتواصل المحادثات بين بغداد وواشنطن حول مستقبل التحالف الدولي في العراق.\n`;
}

/** Write the generated articles into a copy of content/. */
function addArticles(content: string): void {
  const dates = [
    ...PER_MONTH.flatMap((count, m) => Array.from({ length: count }, (_, i) => `2023-${pad(m + 1)}-${pad((i % 28) + 1)}`)),
    ...SMALL_YEARS.flatMap((y) => Array.from({ length: 8 }, (_, i) => `${y}-${pad(i + 3)}-15`)),
  ];
  dates.forEach((day, n) => {
    const published = n % 2 ? `${day}T${pad(n % 24)}:30` : day;
    writeFileSync(join(content, 'articles', `${day}-bayan-talks-${n}.md`), article(published, n));
  });
}

let dist: string;
let pages: Map<string, BuiltPage>;
const html = (path: string) => pages.get(path)?.html ?? '';
/** The article pages an article list on `path` links to, in order. */
const listed = (path: string) =>
  [...html(path).matchAll(/<ol class="article-list"[^>]*>(.*?)<\/ol>/gsu)].flatMap((ol) =>
    [...(ol[1] ?? '').matchAll(/<a href="(\/articles\/[^"]+\/)"/gu)].map((a) => a[1] ?? ''),
  );
const hrefs = (path: string, nav: string) =>
  [...html(path).matchAll(new RegExp(`class="${nav}".*?</nav>`, 'gsu'))].flatMap((n) =>
    [...n[0].matchAll(/href="([^"]+)"/gu)].map((h) => h[1]),
  );

beforeAll(() => {
  const build = buildWith(addArticles);
  if (build.code !== 0) throw new Error(`the site with many articles did not build:\n${build.output.slice(-3000)}`);
  dist = join(build.dir, 'dist');
  pages = new Map(readPages(dist).map((p) => [p.path, p]));
});
afterAll(cleanUp);

describe('the sources list with many articles', () => {
  it('keeps /articles/ to the newest few, with every year and its count', () => {
    expect(listed('/articles/')).toHaveLength(ARTICLES_LATEST);
    expect(listed('/articles/')[0]).toMatch(/^\/articles\/2025-/u);
    expect(readFileSync(join(dist, 'articles/index.html')).length).toBeLessThan(40 * 1024);
    const years = [
      ...html('/articles/').matchAll(/<a href="(\/articles\/years\/\d{4}\/)"><strong>(\d{4})<\/strong> <span class="count">([^<]+)</gu),
    ];
    expect(years.map((y) => y.slice(1))).toEqual(
      YEARS.toReversed().map((y) => [`/articles/years/${y}/`, String(y), articleCount(COUNTS.get(y) ?? 0)]),
    );
  });

  it('lists every article on exactly one year or month page', () => {
    const archive = [...pages.keys()].filter((p) => p.startsWith('/articles/years/'));
    const counts = new Map<string, number>();
    for (const href of archive.flatMap(listed)) counts.set(href, (counts.get(href) ?? 0) + 1);
    const articles = [...pages.keys()].filter((p) => /^\/articles\/(?!years\/)[^/]+\/$/u.test(p));
    expect(articles).toHaveLength([...COUNTS.values()].reduce((a, b) => a + b));
    expect([...counts.keys()].sort()).toEqual(articles.sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('has a page per year, each leading to the years on either side', () => {
    YEARS.forEach((y, i) => {
      const path = `/articles/years/${y}/`;
      const around = [YEARS[i - 1], YEARS[i + 1]].flatMap((n) => (n ? [`/articles/years/${n}/`] : []));
      expect(hrefs(path, 'prev-next'), path).toEqual(around);
      if (y !== 2023) expect(listed(path), path).toHaveLength(COUNTS.get(y) ?? 0);
    });
  });

  it('gives a year over the limit a page per month, linked from the year page and to each other', () => {
    expect(PER_MONTH.reduce((a, b) => a + b)).toBe(ARTICLE_YEAR_LIMIT + 1);
    expect(listed('/articles/years/2023/')).toEqual([]);
    const months = PER_MONTH.map((_, m) => `/articles/years/2023/${pad(m + 1)}/`);
    expect(hrefs('/articles/years/2023/', 'month-nav')).toEqual(months);
    PER_MONTH.forEach((count, m) => expect(listed(months[m] ?? ''), months[m]).toHaveLength(count));
    expect(hrefs('/articles/years/2023/01/', 'prev-next')).toEqual(['/articles/years/2022/#m-2022-10', '/articles/years/2023/02/']);
    expect(pages.has('/articles/years/2022/10/')).toBe(false);
  });

  it('puts the year and month pages in the sitemap', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const archive = [...pages.keys()].filter((p) => p.startsWith('/articles/years/'));
    expect(archive).toHaveLength(YEARS.length + 12);
    expect(archive.filter((p) => !sitemap.includes(`${p}</loc>`))).toEqual([]);
  });

  it('leaves no link broken, no page unreachable, and no HTML error on the new pages', async () => {
    const all = [...pages.values()];
    expect(brokenLinks(dist, all)).toEqual([]);
    expect(unreachable(all)).toEqual([]);
    const mine = all.filter((p) => p.path.startsWith('/articles/years/') || p.path === '/articles/');
    expect(shellProblems(mine)).toEqual([]);
    expect(await htmlErrors(mine)).toEqual([]);
  });

  it('prints the page sizes', () => {
    const size = (path: string) => {
      const bytes = readFileSync(join(dist, path, 'index.html'));
      return `${path} ${(bytes.length / 1024).toFixed(1)} KB (${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzip)`;
    };
    const largest = [...pages.keys()]
      .filter((p) => p.startsWith('/articles/years/'))
      .sort((a, b) => listed(b).length - listed(a).length)[0];
    console.log(['/articles/', '/articles/years/2023/', largest ?? '/articles/'].map(size).join('\n'));
  });
});

describe('in Chromium', () => {
  it('the new templates, light and dark: no WCAG A/AA violation, no CSP violation', async () => {
    const site = await serveStatic(dist);
    const browser = await launchBrowser();
    try {
      for (const path of ['/articles/', '/articles/years/2023/', '/articles/years/2023/09/'])
        for (const scheme of ['light', 'dark'] as const)
          expect(await pageProblems(browser, `${site.baseURL}${path}`, scheme), `${path} (${scheme})`).toEqual([]);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
