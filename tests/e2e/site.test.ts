import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';

const baseURL = inject('baseURL');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

describe('the article index (/articles/)', () => {
  it('is Arabic and right-to-left', async () => {
    await page.goto(`${baseURL}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    // The browser lays it out right-to-left, not just the attribute.
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
  });

  it('lists the five seed articles by month, newest first, and says they are all there', async () => {
    await page.goto(`${baseURL}/articles/`);
    expect(await page.locator('.lede').textContent()).toContain('كلها هنا، الأحدث أولاً');
    const items = page.locator('[data-article-list] > li');
    expect(await items.count()).toBe(5);
    const dates = await items.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(dates.map((d) => d.slice(0, 10))).toEqual(['2024-08-15', '2024-01-10', '2021-12-10', '2021-09-10', '2020-01-07']);
    expect(await items.last().locator('a').textContent()).toBe('التحالف الدولي يطرح أحدث موقف له بشأن مغادرة العراق');
    expect(await page.locator('.month h2').allTextContents()).toEqual([
      'آب 2024',
      'كانون الثاني 2024',
      'كانون الأول 2021',
      'أيلول 2021',
      'كانون الثاني 2020',
    ]);
  });

  it('lists the years with their article counts, each leading to its page, oldest first there', async () => {
    await page.goto(`${baseURL}/articles/`);
    const years = page.locator('.year-nav li');
    expect(await years.allTextContents()).toEqual(['2024 مقالان', '2021 مقالان', '2020 مقال واحد']);
    await years.getByRole('link', { name: /2021/u }).click();
    await page.waitForURL(/\/articles\/years\/2021\/$/u);
    expect(await page.locator('h1').textContent()).toBe('مصادر 2021');
    const dates = await page.locator('[data-article-list] time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    expect(dates).toEqual(['2021-09-10', '2021-12-10T13:45']);
    // The month navigation leads to the month's section on the page.
    expect(await page.locator('.month-nav a').first().getAttribute('href')).toBe('#m-2021-09');
    expect(await page.locator('#m-2021-12 h2').textContent()).toBe('كانون الأول 2021');
    const prevNext = page.getByRole('navigation', { name: 'السنوات المجاورة' }).locator('a');
    expect(await prevNext.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/articles/years/2020/',
      '/articles/years/2024/',
    ]);
  });
});

describe('an article page', () => {
  it('opens from the index and shows its paragraphs, each with an anchor', async () => {
    await page.goto(`${baseURL}/articles/`);
    await page.getByRole('link', { name: 'العمليات المشتركة: القوات القتالية للتحالف الدولي ستغادر العراق بالكامل' }).click();
    await page.waitForURL(/\/articles\/2021-12-10-iq-news-/);
    expect(await page.locator('h1').textContent()).toContain('العمليات المشتركة');
    const paragraphs = page.locator('article p[id^="p-"]');
    expect(await paragraphs.count()).toBe(10);
    expect(await paragraphs.nth(0).getAttribute('id')).toBe('p-1');
    expect(await page.locator('#p-6').textContent()).toContain('وأعلن قائد القيادة المركزية الأمريكية، كينيث ماكنزي');
    expect(await page.locator('#p-6 mark').count()).toBe(1);
  });

  it('deep-links to a paragraph', async () => {
    await page.goto(`${baseURL}/articles/2024-01-10-al-ain-aleraq-ydght-ela-washntn-anshab/#p-9`);
    expect(await page.locator('#p-9').textContent()).toContain('وعلق الميجور جنرال بالقوات الجوية باتريك رايدر');
    expect(await page.locator('article h2').textContent()).toBe('رد واشنطن');
  });

  it('shows the publication date with a machine-readable time, and a time of day only where the source gave one', async () => {
    await page.goto(`${baseURL}/articles/2021-09-10-unknown-aleraq-ywkd-anh-lm-ytlq/`);
    const time = page.locator('article time').first();
    expect(await time.getAttribute('datetime')).toBe('2021-09-10');
    // The page printed «00:00» for an article stored without a time: no made-up time.
    expect((await time.textContent())?.trim()).toBe('10 أيلول 2021');
    await page.goto(`${baseURL}/articles/2021-12-10-iq-news-alemlyat-almshtrkt-alqwat-alqtalyt-llthalf/`);
    expect((await page.locator('article time').first().textContent())?.trim()).toBe('10 كانون الأول 2021، 13:45');
  });
});

describe('the 404 page', () => {
  it('answers an unknown address in Arabic with a way back', async () => {
    const response = await page.goto(`${baseURL}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('الصفحة غير موجودة');
    expect(await page.locator('main a[href="/"]').count()).toBe(1);
  });
});
