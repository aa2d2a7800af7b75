/**
 * Right-to-left pages with left-to-right text in them (issue 17), in
 * Chromium at a phone's width and a desktop's: English names, outlets, URLs
 * and numbers with separators must read left to right, whole, where they
 * stand. Checked on what is drawn, character by character, not on the markup
 * (text for screen readers only is drawn nowhere, and left out).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';

const baseURL = inject('baseURL');
const WIDTHS = [375, 1280] as const;
const PAGES = [
  '/',
  '/events/2024-01-08-patrick-ryder/',
  '/events/2024-01-09-mohammed-shia-al-sudani/',
  '/events/2021-12-10-kenneth-mckenzie/',
  '/speakers/mohammed-shia-al-sudani/',
  '/articles/2024-01-10-al-ain-aleraq-ydght-ela-washntn-anshab/',
  '/articles/2021-12-10-iq-news-alemlyat-almshtrkt-alqwat-alqtalyt-llthalf/',
  '/?q=McKenzie',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(path: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
  if (path.includes('?q=')) await page.waitForFunction(() => document.querySelector('[data-search-results] .entry-words')?.textContent);
  return page;
}

/**
 * Every left-to-right run in <main> whose characters are not drawn left to right on a line: an
 * English name, an outlet, a URL, or a number with separators. A run is Latin words and numbers
 * joined by spaces; a URL keeps its last «/», other runs lose the stop or colon after them
 * (the sentence's, not theirs).
 */
function disorderedRuns(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const RUN = /https?:\/\/\S+|[A-Za-z0-9][\w.\-/:%?=&#]*(?: [A-Za-z0-9][\w.\-/:%?=&#]*)*/gu;
    const problems: string[] = [];
    const main = document.querySelector('main');
    if (!main) return ['no <main>'];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Text for screen readers only is drawn nowhere.
      if (node.parentElement?.closest('.visually-hidden')) continue;
      const text = node.textContent ?? '';
      for (const m of text.matchAll(RUN)) {
        const run = m[0].startsWith('http') ? m[0] : m[0].replace(/[.:,;!?]+$/u, '');
        if (!/[A-Za-z]/u.test(run) && !/\d[-/:.]\d/u.test(run)) continue;
        let previous: { at: number; rect: DOMRect } | undefined;
        for (let at = m.index; at < m.index + run.length; at++) {
          if (/\s/u.test(text.charAt(at))) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const rect = range.getBoundingClientRect();
          if (rect.width === 0) continue;
          // On one line, each character stands right of the one before it.
          if (previous && Math.abs(rect.top - previous.rect.top) < 2 && rect.left < previous.rect.left - 0.5)
            problems.push(`«${run}»: «${text.charAt(at)}» is drawn before «${text.charAt(previous.at)}»`);
          previous = { at, rect };
        }
      }
    }
    return [...new Set(problems)];
  });
}

/** The horizontal gap between two elements drawn on one line (RTL: `before` stands right of `after`); null when on different lines. */
function gap(page: Page, before: string, after: string, index = 0): Promise<number | null> {
  return page.evaluate(
    ([b, a, i]) => {
      const first = document.querySelectorAll(b)[i]?.getClientRects();
      const second = document.querySelectorAll(a)[i]?.getClientRects();
      const last = first?.[first.length - 1];
      const next = second?.[0];
      if (!last || !next || Math.abs(last.top - next.top) > 4) return null;
      return last.left - next.right;
    },
    [before, after, index] as const,
  );
}

describe.each(WIDTHS)('at %i px', (width) => {
  it.each(PAGES)('%s: every Latin run, URL and number reads left to right', async (path) => {
    const page = await open(path, width);
    expect(await disorderedRuns(page)).toEqual([]);
    await page.close();
  });

  it('the citation’s URL ends with its «/», at its end', async () => {
    const page = await open('/events/2024-01-08-patrick-ryder/', width);
    const url = page.locator('.citation a[href^="http"]');
    expect(await url.textContent()).toBe(`${new URL('/events/2024-01-08-patrick-ryder/', 'https://bayan.example.org').href}`);
    const [first, last] = await url.evaluate((a) => {
      const node = a.firstChild as Text;
      const rect = (i: number) => {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        return r.getBoundingClientRect();
      };
      return [rect(0), rect((node.textContent ?? '').length - 1)].map((r) => ({ left: r.left, top: r.top }));
    });
    expect(last?.top === first?.top ? (last?.left ?? 0) > (first?.left ?? 0) : (last?.top ?? 0) > (first?.top ?? 0)).toBe(true);
    await page.close();
  });

  it('the event page’s source: the article’s title link and its date are apart', async () => {
    const page = await open('/events/2024-01-08-patrick-ryder/', width);
    const source = page.locator('.facts dd').filter({ has: page.locator('a[href^="/articles/"]') });
    expect(await source.textContent()).toMatch(/»،\s*10 كانون الثاني 2024/u);
    const apart = await gap(page, '.facts dd a[href^="/articles/"]', '.facts dd a[href^="/articles/"] ~ time');
    if (apart !== null) expect(apart).toBeGreaterThan(2);
    await page.close();
  });

  it('the article’s statements: a space between the Arabic name and the English one', async () => {
    const page = await open('/articles/2024-01-10-al-ain-aleraq-ydght-ela-washntn-anshab/', width);
    const items = await page.locator('.statements li').count();
    expect(items).toBeGreaterThan(0);
    for (let i = 0; i < items; i++) {
      const apart = await gap(page, '.statements li strong', '.statements li strong + *', i);
      expect(apart, `item ${i}`).not.toBeNull();
      expect(apart, `item ${i}`).toBeGreaterThan(2);
    }
    await page.close();
  });
});

describe('paragraph links', () => {
  it('«الفقرة 3» never breaks inside its link, from 320 to 480 px', async () => {
    for (const path of ['/articles/2024-01-10-al-ain-aleraq-ydght-ela-washntn-anshab/', '/events/2024-01-08-patrick-ryder/']) {
      const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
      await page.goto(`${baseURL}${path}`);
      for (let width = 320; width <= 480; width += 4) {
        await page.setViewportSize({ width, height: 900 });
        const broken = await page.evaluate(() =>
          [...document.querySelectorAll('main a[href*="#p-"]')]
            .filter((a) => !a.classList.contains('para-anchor'))
            .filter((a) => new Set([...a.getClientRects()].map((r) => Math.round(r.top))).size > 1)
            .map((a) => a.textContent),
        );
        expect(broken, `${path} at ${width} px`).toEqual([]);
      }
      await page.close();
    }
  });
});
