/**
 * The timeline website, as readers use it: in Chromium, on the built site.
 * Expectations come from the site's own /timeline.json (the statements the
 * build extracted) and from the seed facts in the gold file.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { statementCount } from '../../src/lib/site/labels.ts';
import { LATEST } from '../../src/lib/site/pages.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';

const baseURL = inject('baseURL');
const artifacts = new URL('../../test-results/', import.meta.url).pathname;

interface Exported {
  id: string;
  date: string;
  article: string;
  quotes: string[];
  text: string;
  paragraphs: number[];
  speaker: { id: string; name: string };
}

let browser: Browser;
let page: Page;
let statements: Exported[];

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  browser = await launchBrowser();
  page = await browser.newPage();
  statements = ((await (await fetch(`${baseURL}/timeline.json`)).json()) as { statements: Exported[] }).statements;
});
afterAll(async () => browser?.close());

describe('the timeline', () => {
  it('opens with the newest statements, newest first (all 15 of the seeds: fewer than 30), each month heading linking to the whole month', async () => {
    await page.goto(`${baseURL}/`);
    const months = await page.locator('.month').evaluateAll((sections) =>
      sections.map((m) => ({
        month: m.getAttribute('data-month') ?? '',
        href: m.querySelector('h2 a')?.getAttribute('href'),
        entries: [...m.querySelectorAll('[data-statement-id]')].map((e) => ({
          id: e.getAttribute('data-statement-id') ?? '',
          date: e.querySelector('time')?.getAttribute('datetime') ?? '',
        })),
      })),
    );
    const entries = months.flatMap((m) => m.entries);
    expect(entries.map((e) => e.id)).toEqual(
      statements
        .map((s) => s.id)
        .slice(-LATEST)
        .reverse(),
    );
    for (const m of months) {
      expect(m.href, m.month).toBe(`/years/${m.month.slice(0, 4)}/#m-${m.month}`);
      for (const e of m.entries) expect(e.date.slice(0, 7), e.id).toBe(m.month);
    }
    expect(await page.locator('.month h2').first().textContent()).toBe('آب 2024');
    // Part of a month must not pass for the month: its id belongs to the year page.
    expect(await page.locator('[id^="m-"]').count()).toBe(0);
  });

  it('lists every year with its statement count, newest first, each a link to its page', async () => {
    await page.goto(`${baseURL}/`);
    const years = [...new Set(statements.map((s) => s.date.slice(0, 4)))].reverse();
    const links = await page
      .getByRole('navigation', { name: 'السنوات' })
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(links).toEqual(
      years.map((y) => [`/years/${y}/`, `${y} ${statementCount(statements.filter((s) => s.date.startsWith(y)).length)}`]),
    );
    expect(links.map(([, text]) => text)).toEqual(['2024 5 تصريحات', '2021 5 تصريحات', '2020 5 تصريحات']);
  });

  it('can be read oldest first, on /chronological/ and then year after year', async () => {
    await page.goto(`${baseURL}/`);
    await page.getByRole('link', { name: 'الأقدم أولاً' }).click();
    await page.waitForURL(/\/chronological\/$/u);
    const ids = await page.locator('[data-statement-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-statement-id')));
    expect(ids).toEqual(statements.map((s) => s.id).slice(0, LATEST));
    const years = await page.getByRole('navigation', { name: 'السنوات' }).getByRole('link').allTextContents();
    expect(years.map((t) => t.slice(0, 4))).toEqual(['2020', '2021', '2024']);
    // The year pages, followed by their "next year" links, hold every statement in time order.
    await page.getByRole('navigation', { name: 'السنوات' }).getByRole('link', { name: '2020' }).click();
    const read: string[] = [];
    for (;;) {
      read.push(
        ...(await page.locator('[data-statement-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-statement-id') ?? ''))),
      );
      const next = page
        .getByRole('navigation', { name: 'السنوات المجاورة' })
        .getByRole('listitem')
        .filter({ hasText: 'السنة التالية' })
        .getByRole('link');
      if ((await next.count()) === 0) break;
      await Promise.all([page.waitForURL(/\/years\/\d{4}\/$/u), next.click()]);
    }
    expect(read).toEqual(statements.map((s) => s.id));
  });

  it('has year navigation that leads to the year page: its months with counts, then its statements by month', async () => {
    await page.goto(`${baseURL}/`);
    await page.getByRole('navigation', { name: 'السنوات' }).getByRole('link', { name: '2021' }).click();
    await page.waitForURL(/\/years\/2021\/$/u);
    expect(await page.locator('h1').textContent()).toBe('2021');
    expect(await page.getByRole('navigation', { name: 'السنوات' }).locator('[aria-current="page"]').textContent()).toMatch(/^2021/u);
    const months = await page
      .getByRole('navigation', { name: 'أشهر 2021' })
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(months).toEqual([
      ['#m-2021-09', 'أيلول 2021 3 تصريحات'],
      ['#m-2021-12', 'كانون الأول 2021 تصريحان'],
    ]);
    const in2021 = statements.filter((s) => s.date.startsWith('2021'));
    for (const key of ['2021-09', '2021-12']) {
      const ids = await page
        .locator(`#m-${key} [data-statement-id]`)
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-statement-id')));
      expect(ids, key).toEqual(in2021.filter((s) => s.date.startsWith(key)).map((s) => s.id));
    }
    expect(await page.locator('#m-2021-12 h2').textContent()).toBe('كانون الأول 2021');
  });

  it('links each year page to the years before and after it that have statements', async () => {
    const neighbours = async (year: string) => {
      await page.goto(`${baseURL}/years/${year}/`);
      return page.getByRole('navigation', { name: 'السنوات المجاورة' }).getByRole('listitem').allTextContents();
    };
    expect(await neighbours('2021')).toEqual(['السنة السابقة: 2020', 'السنة التالية: 2024']); // 2022 and 2023 have none
    expect(await neighbours('2020')).toEqual(['السنة التالية: 2021']);
    expect(await neighbours('2024')).toEqual(['السنة السابقة: 2021']);
    expect((await page.goto(`${baseURL}/years/2022/`))?.status()).toBe(404);
  });

  it('sends old links into the one-page timeline (/#y-2021, /#m-2021-12) to the year page', async () => {
    await page.goto(`${baseURL}/#m-2021-12`);
    await page.waitForURL(/\/years\/2021\/#m-2021-12$/u);
    expect(await page.locator('#m-2021-12').evaluate((m) => m.matches(':target'))).toBe(true);
    await page.goto(`${baseURL}/chronological/#y-2020`);
    await page.waitForURL(/\/years\/2020\/$/u);
    // A year with no statements has no page: the link stays on the home page.
    await page.goto(`${baseURL}/#y-2022`);
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('puts Iraqi and US/coalition voices in two lanes on a wide screen, one column on a phone, never overlapping', async () => {
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${baseURL}/`);
      const boxes = await page.locator('.entries > li').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { lane: e.getAttribute('data-lane'), x: r.x, y: r.y, w: r.width, h: r.height };
        }),
      );
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
          expect(overlap).toBe(false);
        }
      }
      const iraq = boxes.find((b) => b.lane === 'iraq');
      const west = boxes.find((b) => b.lane === 'west');
      if (width === 1280)
        expect(iraq && west && iraq.x > west.x + west.w).toBe(true); // Iraq on the right, in RTL
      else expect(iraq?.x).toBe(west?.x);
      await page.screenshot({ path: `${artifacts}timeline-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('collapses the lanes when the toggle is turned off', async () => {
    await page.goto(`${baseURL}/`);
    await page.getByLabel(/مساران/).uncheck();
    const xs = await page
      .locator('.entries > li')
      .evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().x))).size);
    expect(xs).toBe(1);
  });

  it('leaves the cards out of view unrendered until they near it, and renders them once scrolled to', async () => {
    const tab = await browser.newPage({ viewport: { width: 390, height: 700 } });
    try {
      await tab.goto(`${baseURL}/`);
      const cards = tab.locator('.entries .entry');
      // checkVisibility with contentVisibilityAuto is false inside a card whose rendering the browser skips.
      const rendered = () =>
        cards.evaluateAll((all) => all.map((c) => c.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? false));
      const before = await rendered();
      expect(before.length).toBeGreaterThan(8);
      expect(before[0]).toBe(true);
      expect(before.at(-1)).toBe(false);
      await cards.last().scrollIntoViewIfNeeded();
      await expect.poll(async () => (await rendered()).at(-1)).toBe(true);
    } finally {
      await tab.close();
    }
  });

  it('marks each side with words and a symbol, not colour alone', async () => {
    await page.goto(`${baseURL}/`);
    const badges = await page.locator('.entry .badge').allTextContents();
    expect(badges.length).toBe(Math.min(statements.length, LATEST));
    for (const b of badges) expect(b.trim()).toMatch(/^[◆★▲●■] \S/u);
  });
});

describe('event pages', () => {
  it('exist for every statement, with quote, speaker link, source link and a paragraph link that holds the words', async () => {
    for (const s of statements) {
      const response = await page.goto(`${baseURL}/events/${s.id}/`);
      expect(response?.status(), s.id).toBe(200);
      // A quotation in a quote block; words the article only reports are not one, and stand once, as written.
      const quotes = await page.locator('blockquote').allTextContents();
      expect(quotes, s.id).toEqual(s.quotes.map((q) => `«${q}»`));
      const sentence = (await page.locator('.full-text').textContent()) ?? '';
      expect(sentence, s.id).toBe(s.text);
      expect(await page.locator(`a[href="/speakers/${s.speaker.id}/"]`).count(), s.id).toBeGreaterThan(0);
      expect(await page.locator(`a[href="/articles/${s.article}/"]`).count(), s.id).toBeGreaterThan(0);
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      expect(ld).toMatchObject({
        dateCreated: s.date,
        isBasedOn: { '@type': 'NewsArticle' },
        ...(s.quotes[0] === undefined
          ? { '@type': 'CreativeWork', abstract: s.text, about: { name: s.speaker.name } }
          : { '@type': 'Quotation', text: s.quotes[0], spokenByCharacter: { name: s.speaker.name } }),
      });
      const link = `/articles/${s.article}/#p-${s.paragraphs[0]}`;
      expect(await page.locator(`a[href="${link}"]`).count(), s.id).toBe(1);
      await page.goto(`${baseURL}${link}`);
      // The linked paragraph holds the statement's first sentence, and some paragraph of it holds the quote.
      const paragraph = await page.locator(`#p-${s.paragraphs[0]}`).textContent();
      expect(paragraph, s.id).toContain(s.text.slice(0, 30));
      const all = await page.locator('article p[id^="p-"]').allTextContents();
      expect(
        all.some((p) => p.includes((s.quotes[0] ?? s.text).slice(0, 30))),
        s.id,
      ).toBe(true);
      expect(await page.locator(`#p-${s.paragraphs[0]} mark[data-statement="${s.id}"]`).count(), s.id).toBeGreaterThan(0);
    }
  });

  it('show how the date was established (seed 004: «أمس الثلاثاء» → 9 كانون الثاني 2024)', async () => {
    await page.goto(`${baseURL}/events/2024-01-09-mohammed-shia-al-sudani/`);
    const facts = await page.locator('.facts').textContent();
    expect(facts).toContain('«أمس الثلاثاء»');
    expect(facts).toContain('9 كانون الثاني 2024');
    expect(facts).toContain('تاريخ النشر');
  });

  it('lead back to their year and to their month on the year page', async () => {
    await page.goto(`${baseURL}/events/2021-12-10-kenneth-mckenzie/`);
    const crumbs = await page.locator('.breadcrumb a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(crumbs).toEqual([
      ['/', 'خط الزمن'],
      ['/years/2021/', '2021'],
      ['/years/2021/#m-2021-12', 'كانون الأول 2021'],
    ]);
  });

  it('carry title, description, canonical, OpenGraph and Twitter tags', async () => {
    await page.goto(`${baseURL}/events/2021-12-10-kenneth-mckenzie/`);
    expect(await page.title()).toBe('كينيث ماكنزي، 10 كانون الأول 2021 | بيان');
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(/\/events\/2021-12-10-kenneth-mckenzie\/$/);
    for (const tag of ['og:title', 'og:description', 'og:url', 'og:type'])
      expect(await page.getAttribute(`meta[property="${tag}"]`, 'content')).toBeTruthy();
    expect(await page.getAttribute('meta[name="twitter:card"]', 'content')).toBe('summary');
    expect(await page.getAttribute('meta[name="description"]', 'content')).toContain('كينيث ماكنزي');
  });
});

describe('speaker pages', () => {
  it("list McKenzie's two statements, on 2021-09-09 and 2021-12-10, in time order", async () => {
    await page.goto(`${baseURL}/speakers/kenneth-mckenzie/`);
    const dates = await page.locator('[data-statement-id] time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    expect(dates).toEqual(['2021-09-09', '2021-12-10']);
    expect(await page.locator('h1').textContent()).toContain('Kenneth McKenzie');
    expect(await page.locator('main').textContent()).toContain('ماكينزي');
  });
  it('group all speakers by side, with counts', async () => {
    await page.goto(`${baseURL}/speakers/`);
    const iraq = await page.locator('section:has(h2#side-iraq) li').allTextContents();
    expect(iraq.some((t) => t.includes('محمد شياع السوداني') && t.includes('تصريح واحد'))).toBe(true);
    const us = await page.locator('section:has(h2#side-us) li').allTextContents();
    expect(us.some((t) => t.includes('كينيث ماكنزي') && t.includes('تصريحان'))).toBe(true);
  });
});

describe('exports', () => {
  it('JSON lists every statement with provenance', async () => {
    const json = (await (await fetch(`${baseURL}/timeline.json`)).json()) as {
      statements: (Exported & { url: string; source: { paragraphUrls: string[] } })[];
    };
    expect(json.statements.length).toBe(15);
    for (const s of json.statements) {
      expect(s.url).toMatch(new RegExp(`/events/${s.id}/$`));
      expect(s.source.paragraphUrls.length).toBe(s.paragraphs.length);
    }
  });
  it('CSV has a BOM and one row per statement', async () => {
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await fetch(`${baseURL}/timeline.csv`)).arrayBuffer());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csv
      .slice(1)
      .trimEnd()
      .split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/u);
    expect(rows.length).toBe(statements.length + 1);
  });
  it('TimelineJS has one event per statement', async () => {
    const tl = (await (await fetch(`${baseURL}/timelinejs.json`)).json()) as { events: { unique_id: string }[] };
    expect(tl.events.map((e) => e.unique_id)).toEqual(statements.map((s) => s.id));
  });
  it('RSS and the sitemap are well-formed XML', async () => {
    // A blank page parses: the site's Trusted Types policy rightly refuses DOMParser on strings.
    const blank = await browser.newPage();
    for (const path of ['/rss.xml', '/sitemap-index.xml', '/sitemap-0.xml']) {
      const text = await (await fetch(`${baseURL}${path}`)).text();
      const errors = await blank.evaluate(
        (xml) => new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('parsererror').length,
        text,
      );
      expect(errors, path).toBe(0);
    }
    await blank.close();
    const rss = await (await fetch(`${baseURL}/rss.xml`)).text();
    expect(rss.match(/<item>/gu)?.length).toBe(statements.length);
    const sitemap = await (await fetch(`${baseURL}/sitemap-0.xml`)).text();
    for (const y of new Set(statements.map((x) => x.date.slice(0, 4)))) expect(sitemap, y).toContain(`/years/${y}/</loc>`);
  });
  it('are linked from the footer', async () => {
    await page.goto(`${baseURL}/`);
    const hrefs = await page.locator('footer a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(hrefs).toEqual(
      expect.arrayContaining(['/timeline.json', '/timeline.csv', '/timelinejs.json', '/rss.xml', '/sitemap-index.xml']),
    );
  });
});

describe('a newcomer', () => {
  it("finds McKenzie's December 2021 statement, copies its link and lands on the highlighted paragraph", async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const tab = await context.newPage();
    await tab.goto(`${baseURL}/`);
    await tab.getByRole('navigation', { name: 'السنوات' }).getByRole('link', { name: '2021' }).click();
    await tab
      .locator('#m-2021-12 [data-statement-id="2021-12-10-kenneth-mckenzie"]')
      .getByRole('link', { name: /صفحة التصريح/ })
      .click();
    await tab.waitForURL(/\/events\/2021-12-10-kenneth-mckenzie\/$/);
    await tab.getByRole('button', { name: 'نسخ الرابط' }).click();
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toMatch(/\/events\/2021-12-10-kenneth-mckenzie\/$/);
    await tab.getByRole('link', { name: 'الفقرة 1 من المقال' }).click();
    await tab.waitForURL(/\/articles\/2021-12-10-iq-news-[a-z-]+\/#p-1$/);
    expect(await tab.locator('#p-1 mark a[href="/events/2021-12-10-kenneth-mckenzie/"]').count()).toBe(1);
    expect(await tab.locator('#p-1').evaluate((p) => p.matches(':target'))).toBe(true);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the timeline, an event page and an article page all work, and the copy button stays hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${baseURL}/`);
    expect(await tab.locator('[data-statement-id]').count()).toBe(Math.min(statements.length, LATEST));
    // An old link to a year lands on that year's way in, the year navigation.
    await tab.goto(`${baseURL}/#y-2021`);
    expect(await tab.locator('#y-2021 a').getAttribute('href')).toBe('/years/2021/');
    expect(await tab.locator('#y-2021').evaluate((y) => y.matches(':target'))).toBe(true);
    await tab.goto(`${baseURL}/years/2024/`);
    expect(await tab.locator('[data-statement-id]').count()).toBe(statements.filter((s) => s.date.startsWith('2024')).length);
    await tab.goto(`${baseURL}/events/2024-08-14-vedant-patel/`);
    expect(await tab.locator('blockquote').first().textContent()).toContain('عقدنا عدة اجتماعات');
    expect(await tab.getByRole('button', { name: 'نسخ الرابط' }).count()).toBe(0);
    await tab.goto(`${baseURL}/chronological/`);
    expect(await tab.locator('[data-statement-id]').first().getAttribute('data-statement-id')).toBe(statements[0]?.id);
    await tab.setViewportSize({ width: 375, height: 800 });
    await tab.goto(`${baseURL}/events/2021-12-10-kenneth-mckenzie/`);
    await tab.screenshot({ path: `${artifacts}event-375.png`, fullPage: true });
    await context.close();
  });
});
