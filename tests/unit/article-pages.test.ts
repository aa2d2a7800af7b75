/**
 * Which pages the sources list has (`/articles/`, `/articles/years/<yyyy>/`,
 * `/articles/years/<yyyy>/<mm>/`): the timeline's layout, run over articles.
 * On the seed articles as the build reads them (publication dates with and
 * without a time), and on made-up lists large enough to split a year.
 */
import { describe, expect, it } from 'vitest';
import { corpusFiles, readArticles } from '../../scripts/content.ts';
import { buildArticles, type Article } from '../../src/lib/content/articles.ts';
import { ARTICLE_YEAR_LIMIT, ARTICLES_LATEST, buildArticleArchive } from '../../src/lib/content/listing.ts';
import { articleCount } from '../../src/lib/site/labels.ts';
import { buildArchive, type Archive } from '../../src/lib/site/pages.ts';
import { seedIndex } from './search-helpers.ts';

/** The seed articles, read and checked as the build does, oldest first. */
const seeds = buildArticles(
  readArticles(corpusFiles(new URL('../../content/', import.meta.url).pathname)).map((f) => ({
    id: f.slug,
    filePath: f.filePath,
    body: f.body,
    data: f.data,
  })),
);

/** An article as the layout sees it: a slug, an Arabic title, a publication date or date-time. */
type Listed = Pick<Article, 'slug' | 'title' | 'published'>;
const pad = (n: number) => String(n).padStart(2, '0');

/** `perMonth[i]` articles published in month i+1 of `year`, in order; every third at a time of day, the last of a month at 23:59. */
function year(y: number, perMonth: readonly number[]): Listed[] {
  return perMonth.flatMap((count, m) =>
    Array.from({ length: count }, (_, i) => {
      const day = `${y}-${pad(m + 1)}-${pad(Math.floor((i * 28) / count) + 1)}`;
      const published = i === count - 1 ? `${y}-${pad(m + 1)}-28T23:59` : i % 3 === 0 ? `${day}T08:30` : day;
      return { slug: `${day}-alsumaria-${i + 1}`, title: 'السوداني: العراق حريص على إنهاء مهمة التحالف الدولي', published };
    }),
  );
}

/** Every article the pages show in full, in page order: year pages, then month pages. */
const shown = <T>(a: Archive<T>) => [
  ...a.yearPages.flatMap((p) => p.months.flatMap((m) => m.statements)),
  ...a.monthPages.flatMap((p) => p.statements),
];

describe('the sources pages on the seeds', () => {
  const archive = buildArticleArchive(seeds);

  it('reads the five seeds, oldest first', () => {
    expect(seeds.map((a) => a.published)).toEqual(['2020-01-07', '2021-09-10', '2021-12-10T13:45', '2024-01-10', '2024-08-15']);
  });

  it('has a page per year of publication under /articles/years/, none split', () => {
    expect(archive.years.map((y) => [y.year, y.count, y.path, y.split])).toEqual([
      [2020, 1, '/articles/years/2020/', false],
      [2021, 2, '/articles/years/2021/', false],
      [2024, 2, '/articles/years/2024/', false],
    ]);
    expect(archive.monthPages).toEqual([]);
  });

  it('files an article published at a time of day under its day: 2021 has September and December', () => {
    const y2021 = archive.yearPages.find((p) => p.year.year === 2021);
    expect(y2021?.months.map((m) => [m.key, m.statements.map((a) => a.slug.slice(0, 10))])).toEqual([
      ['2021-09', ['2021-09-10']],
      ['2021-12', ['2021-12-10']],
    ]);
    expect(archive.monthPath('2021-12-10T13:45')).toBe('/articles/years/2021/#m-2021-12');
    expect(() => archive.monthPath('2022-06')).toThrow(/no articles in 2022-06/u);
  });

  it('links each year page to the years on either side, skipping years without articles', () => {
    expect(archive.yearPages.map((p) => [p.previous?.path, p.year.year, p.next?.path])).toEqual([
      [undefined, 2020, '/articles/years/2021/'],
      ['/articles/years/2020/', 2021, '/articles/years/2024/'],
      ['/articles/years/2021/', 2024, undefined],
    ]);
  });

  it('lists every article once, and /articles/ shows them all, newest first', () => {
    expect(shown(archive)).toEqual(seeds);
    expect(archive.latest).toEqual([...seeds].reverse());
    expect(archive.total).toBe(5);
  });

  it('leaves the timeline on the same seeds where it was', () => {
    const timeline = buildArchive(seedIndex().site.statements);
    expect(timeline.years.map((y) => y.path)).toEqual(['/years/2020/', '/years/2021/', '/years/2024/']);
    expect(timeline.monthPath('2021-12-10')).toBe('/years/2021/#m-2021-12');
  });
});

describe('the sources pages of a large archive', () => {
  // 2021 small; 2022 one over the limit (split); 2023 exactly at the limit (one page).
  const big = [80, 90, 85, 84, 83, 80, 86, 84, 83, 82, 81, 83];
  const atLimit = [84, 83, 83, 83, 83, 83, 83, 83, 83, 83, 83, 86];
  const articles = [...year(2021, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3]), ...year(2022, big), ...year(2023, atLimit)];
  const archive = buildArticleArchive(articles);

  it('splits a year over the limit into month pages and keeps a year at the limit whole', () => {
    expect(big.reduce((a, b) => a + b)).toBe(ARTICLE_YEAR_LIMIT + 1);
    expect(atLimit.reduce((a, b) => a + b)).toBe(ARTICLE_YEAR_LIMIT);
    expect(archive.years.map((y) => [y.year, y.count, y.split])).toEqual([
      [2021, 5, false],
      [2022, 1001, true],
      [2023, 1000, false],
    ]);
    expect(archive.yearPages.find((p) => p.year.year === 2022)?.months).toEqual([]);
    expect(archive.monthPages.map((p) => p.month.path)).toEqual(
      Array.from({ length: 12 }, (_, i) => `/articles/years/2022/${pad(i + 1)}/`),
    );
    expect(archive.monthPages.map((p) => p.statements.length)).toEqual(big);
    expect(archive.monthPath('2022-07-04T10:00')).toBe('/articles/years/2022/07/');
    expect(archive.monthPath('2023-07-04')).toBe('/articles/years/2023/#m-2023-07');
  });

  it('keeps an article published at 23:59 on the last day in its month', () => {
    const january = archive.monthPages[0]?.statements ?? [];
    expect(january.at(-1)?.published).toBe('2022-01-28T23:59');
    expect(january.every((a) => a.published.startsWith('2022-01'))).toBe(true);
  });

  it('links a month page to the months on either side, wherever they are shown', () => {
    const [january, december] = [archive.monthPages[0], archive.monthPages.at(-1)];
    expect([january?.previous?.path, january?.next?.path]).toEqual(['/articles/years/2021/#m-2021-12', '/articles/years/2022/02/']);
    expect([december?.previous?.path, december?.next?.path]).toEqual(['/articles/years/2022/11/', '/articles/years/2023/#m-2023-01']);
  });

  it('puts every article on exactly one page', () => {
    const pages = shown(archive);
    expect(new Set(pages.map((a) => a.slug)).size).toBe(articles.length);
    expect(pages).toHaveLength(articles.length);
  });

  it('shows a fixed number on /articles/, newest first', () => {
    expect(archive.latest).toHaveLength(ARTICLES_LATEST);
    expect(archive.latest).toEqual(articles.slice(-ARTICLES_LATEST).reverse());
    expect(archive.latest[0]?.published).toBe('2023-12-28T23:59');
  });

  it('refuses articles out of order, naming the year', () => {
    const shuffled = [...year(2021, [1]), ...year(2022, [1]), ...year(2021, [0, 1])];
    expect(() => buildArticleArchive(shuffled)).toThrow(/articles are not in time order \(2021 comes twice\)/u);
  });
});

describe('article counts', () => {
  it('agree with the number in Arabic', () => {
    expect([0, 1, 2, 3, 10, 11, 1000].map(articleCount)).toEqual([
      'لا مقالات',
      'مقال واحد',
      'مقالان',
      '3 مقالات',
      '10 مقالات',
      '11 مقالاً',
      '1000 مقالاً',
    ]);
  });
});
