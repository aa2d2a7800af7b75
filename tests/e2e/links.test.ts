/**
 * Quality gate: the built site's links and HTML. Every internal href/src
 * resolves to a file in dist/, every #fragment to an id on its page; every
 * page has one <h1>, a <title>, lang/dir and a canonical link; html-validate
 * finds no error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';

const dist = new URL('../../dist/', import.meta.url).pathname;
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({ path: `/${f.replace(/index\.html$/u, '')}`, html: readFileSync(join(dist, f), 'utf8') }));
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]));

/** The file a site path is served from. */
function fileOf(path: string): string {
  const clean = decodeURIComponent(path.split(/[?#]/u)[0] ?? '');
  return clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
}

describe('links and HTML', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  it('every internal link and source resolves, and every fragment names an id', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const [, url] of page.html.matchAll(/\s(?:href|src)="([^"]+)"/gu)) {
        if (!url || /^(?:[a-z]+:|\/\/)/iu.test(url)) continue; // external, mailto:, data:
        const target = new URL(url.replaceAll('&amp;', '&'), `http://site${page.path}`);
        const file = fileOf(target.pathname);
        if (!existsSync(file)) {
          broken.push(`${page.path} → ${url} (no ${relative(dist, file)})`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && file.endsWith('.html') && !ids(readFileSync(file, 'utf8')).has(fragment))
          broken.push(`${page.path} → ${url} (no id "${fragment}")`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every page has one h1, a title, lang and dir, and a canonical link', () => {
    for (const { path, html } of pages) {
      expect(html.match(/<h1[\s>]/gu)?.length, path).toBe(1);
      expect(html, path).toMatch(/<title>[^<]+<\/title>/u);
      expect(html, path).toMatch(/<html lang="ar" dir="rtl"/u);
      expect(html, path).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/u);
    }
  });

  it('html-validate finds no error on any page', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // An article page's title is the outlet's headline, kept whole so that it can be cited and found.
        'long-title': 'off',
      },
    });
    const errors: string[] = [];
    for (const { path, html } of pages) {
      const report = await validator.validateString(html, path);
      for (const r of report.results) for (const m of r.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });
});
