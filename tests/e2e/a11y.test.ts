/**
 * Quality gate: accessibility. axe-core finds no WCAG 2.0/2.1/2.2 A or AA
 * violation on any template, in the light and the dark colour scheme, and a
 * keyboard alone takes a reader from the top of the timeline through a
 * search to the source paragraph of a statement.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { violations } from './axe.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { SAMPLE_QUERY, templatePages } from './templates.ts';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('axe: no WCAG A/AA violation', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [template, path] of Object.entries(templatePages())) {
      it(`${template} (${scheme})`, async () => {
        // AxeBuilder needs a page from an explicit context.
        const context = await browser.newContext({ colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
        if (path.includes('?q=')) await page.waitForSelector('[data-search-results] a');
        expect(await violations(page), path).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('keyboard only', () => {
  it('tabs from the top of the timeline to search, opens a result, and reaches the source paragraph', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('type') ?? document.activeElement?.tagName);
    // Tab until the search box has focus, as a reader would; it is near the top.
    for (let i = 0; i < 12 && (await focused()) !== 'search'; i += 1) await page.keyboard.press('Tab');
    expect(await focused()).toBe('search');
    await page.keyboard.type(SAMPLE_QUERY);
    await page.waitForSelector('[data-search-results] a');
    // The count is announced once typing pauses: the results are settled by then.
    await expect.poll(() => page.locator('bayan-search [role="status"]').textContent()).toMatch(/تصريح/u);
    // ↓ moves into the results; Enter opens the first one.
    await page.keyboard.press('ArrowDown');
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(target).toMatch(/^\/events\/[^/]+\/$/u);
    await Promise.all([page.waitForURL(`**${target}`), page.keyboard.press('Enter')]);
    // On the event page, Tab reaches the link to the source paragraph; Enter follows it.
    let href: string | null | undefined;
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      if (href && /^\/articles\/[^/]+\/#p-\d+$/u.test(href)) break;
    }
    expect(href).toMatch(/^\/articles\/[^/]+\/#p-\d+$/u);
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    const paragraph = page.locator(`[id="${href?.split('#')[1]}"]`);
    expect(await paragraph.evaluate((p) => p.matches(':target'))).toBe(true);
    expect(await paragraph.isVisible()).toBe(true);
    await page.close();
  });
});
