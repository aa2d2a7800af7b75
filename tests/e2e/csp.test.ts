/**
 * Quality gate: a strict Content-Security-Policy. Every template ships the
 * policy in a <meta> tag, scripts are limited to our own files and hashed
 * inline modules (no 'unsafe-inline', no other origin), and the pages run,
 * search included, without one violation.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { templatePages } from './templates.ts';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Open a page, collecting console errors, CSP violation events and page errors. */
async function visit(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/404 \(Not Found\)/u.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  const response = await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
  expect(response, path).not.toBeNull();
  return { page, problems };
}

/** The policy a page declares, directive → sources. */
async function policyOf(page: Page): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  return new Map(
    (content ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/u))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

describe('Content-Security-Policy', () => {
  for (const [template, path] of Object.entries(templatePages())) {
    it(`${template}: a strict policy, and no violation`, async () => {
      const { page, problems } = await visit(path);
      const policy = await policyOf(page);
      expect(policy.get('default-src'), path).toEqual(["'none'"]);
      const scripts = policy.get('script-src') ?? [];
      expect(scripts, path).toContain("'self'");
      expect(
        scripts.filter((s) => s !== "'self'" && !/^'sha256-[A-Za-z0-9+/=]+'$/u.test(s)),
        path,
      ).toEqual([]);
      for (const [name, sources] of policy)
        expect(
          sources.filter((s) => /unsafe|\*|https?:|data:/u.test(s)),
          `${path} ${name}`,
        ).toEqual([]);
      expect(policy.get('object-src'), path).toEqual(["'none'"]);
      expect(policy.get('base-uri'), path).toEqual(["'none'"]);
      expect(policy.has('require-trusted-types-for'), path).toBe(true);
      expect(problems, path).toEqual([]);
      await page.close();
    });
  }

  it('search runs under the policy: the index loads and results render', async () => {
    const { page, problems } = await visit('/');
    await page.getByRole('searchbox').fill('ماكنزي');
    await page.waitForSelector('bayan-search[data-ready]');
    await expect.poll(() => page.locator('[data-search-results] a').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the policy is enforced: injected script does not run, and HTML sinks refuse strings', async () => {
    const { page, problems } = await visit('/');
    const outcome = await page.evaluate(async () => {
      const flags = window as unknown as { __ran?: boolean };
      // An inline script built from a text node: script-src has no hash for it.
      const script = document.createElement('script');
      script.append(document.createTextNode('window.__ran = true'));
      document.body.append(script);
      // Trusted Types: assigning a string to an HTML sink throws.
      let sinkRefused = false;
      try {
        document.body.insertAdjacentHTML('beforeend', '<img src="/x" onerror="window.__ran = true">');
      } catch {
        sinkRefused = true;
      }
      await new Promise((r) => setTimeout(r, 100));
      return { ran: flags.__ran === true, sinkRefused };
    });
    expect(outcome).toEqual({ ran: false, sinkRefused: true });
    expect(problems.some((p) => p.includes('CSP violation'))).toBe(true);
    await page.close();
  });
});
