/**
 * Quality gate: the built site's links and HTML. Every internal href/src
 * resolves to a file in dist/, every #fragment to an id on its page; every
 * page can be reached from the home page by links, however few statements
 * the home page itself shows; every page has one <h1>, a <title>, lang/dir and a canonical link; html-validate
 * finds no error. The rules are in pages.ts, which the build tests apply to
 * their own builds too.
 */
import { describe, expect, it } from 'vitest';
import { brokenLinks, htmlErrors, readPages, shellProblems, unreachable } from './pages.ts';

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
    expect(shellProblems(pages)).toEqual([]);
  });

  it('html-validate finds no error on any page', async () => {
    expect(await htmlErrors(pages)).toEqual([]);
  });
});
