/** axe-core in Chromium, with the WCAG rules the accessibility gate holds every page to. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe's violations on an open page (from an explicit browser context), one readable line per failing node. */
export async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`));
}

/**
 * What is wrong with a page in one colour scheme: axe's violations, then any
 * console error (CSP violations are reported there). The browser asks for
 * /favicon.ico, which the site does not have; that 404 is not a problem.
 */
export async function pageProblems(browser: Browser, url: string, colorScheme: 'light' | 'dark'): Promise<string[]> {
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && !/404 \(Not Found\)/u.test(m.text()) && errors.push(m.text())));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`)),
  );
  await page.goto(url, { waitUntil: 'networkidle' });
  const found = await violations(page);
  await context.close();
  return [...found, ...errors];
}
