import { describe, expect, it } from 'vitest';
import { normalizeBase, paths, sitePaths } from '../../src/lib/paths.ts';

describe('the site paths', () => {
  it('reads a base however it is written', () => {
    expect(['', '/', 'bayan', '/bayan', 'bayan/', '/bayan/', ' //bayan// '].map(normalizeBase)).toEqual([
      '/',
      '/',
      '/bayan/',
      '/bayan/',
      '/bayan/',
      '/bayan/',
      '/bayan/',
    ]);
    expect(normalizeBase('/a/b')).toBe('/a/b/');
  });

  it('puts every address under the base', () => {
    const p = sitePaths('/bayan');
    expect([p.home, p.chronological, p.event('2021-12-10-kenneth-mckenzie'), p.speakers, p.speaker('patrick-ryder')]).toEqual([
      '/bayan/',
      '/bayan/chronological/',
      '/bayan/events/2021-12-10-kenneth-mckenzie/',
      '/bayan/speakers/',
      '/bayan/speakers/patrick-ryder/',
    ]);
    expect([p.articles, p.article('a-b'), p.paragraph('a-b', 3), p.paragraph('a-b'), p.years, p.articleYears, p.search]).toEqual([
      '/bayan/articles/',
      '/bayan/articles/a-b/',
      '/bayan/articles/a-b/#p-3',
      '/bayan/articles/a-b/',
      '/bayan/years/',
      '/bayan/articles/years/',
      '/bayan/search/',
    ]);
    expect([p.json, p.csv, p.timelineJs, p.rss, p.sitemap]).toEqual([
      '/bayan/timeline.json',
      '/bayan/timeline.csv',
      '/bayan/timelinejs.json',
      '/bayan/rss.xml',
      '/bayan/sitemap-index.xml',
    ]);
  });

  it('writes every address of a site at the root of its domain from the root', () => {
    const p = sitePaths();
    expect([p.home, p.event('x'), p.paragraph('a', 1), p.rss]).toEqual(['/', '/events/x/', '/articles/a/#p-1', '/rss.xml']);
  });

  it("is the root's under the tests, whose bundler runs with the default base", () => {
    expect(paths.base).toBe('/');
    expect(paths.event('x')).toBe('/events/x/');
  });
});
