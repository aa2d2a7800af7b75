/**
 * Quality gate: the built site's links and HTML. Every internal href/src
 * resolves to a file in dist/, every #fragment to an id on its page; every
 * page can be reached from the home page by links, however few statements
 * the home page itself shows; every page has one <h1>, a <title>, lang/dir
 * and a canonical link; html-validate finds no error.
 */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { brokenLinks, readPages, unreachable } from './dist-pages.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
const pages = readPages(dist);

describe('links and HTML', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  it('every internal link and source resolves, and every fragment names an id', () => {
    expect(brokenLinks(dist, pages)).toEqual([]);
  });

  it('every page can be reached from the home page by following links (and the search form)', () => {
    expect(unreachable(pages)).toEqual([]);
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
