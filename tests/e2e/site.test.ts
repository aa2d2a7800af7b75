import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';

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

  it('lists the five seed articles in publication order, oldest first', async () => {
    await page.goto(`${baseURL}/articles/`);
    const items = page.locator('[data-article-list] > li');
    expect(await items.count()).toBe(5);
    const dates = await items.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(dates.map((d) => d.slice(0, 10))).toEqual(['2020-01-07', '2021-09-10', '2021-12-10', '2024-01-10', '2024-08-15']);
    expect(await items.first().locator('a').textContent()).toBe('التحالف الدولي يطرح أحدث موقف له بشأن مغادرة العراق');
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

  it('shows the publication date with a machine-readable time', async () => {
    await page.goto(`${baseURL}/articles/2021-09-10-unknown-aleraq-ywkd-anh-lm-ytlq/`);
    const time = page.locator('article time').first();
    expect(await time.getAttribute('datetime')).toBe('2021-09-10T00:00');
    expect(await time.textContent()).toContain('10 أيلول 2021');
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
