/**
 * Which pages the sources list (`/articles/`) has. It used to be one page
 * with every article: 1.1 MB of HTML at 10,000 statements (3,579 articles),
 * 3.4 MB at 30,000, the largest page of the site. It now has the timeline's
 * shape, through the timeline's own layout (`buildArchive`): `/articles/`
 * shows the newest articles and the years, each year has a page
 * (`/articles/years/<yyyy>/`, two segments, so never an article's
 * `/articles/<slug>/`), split into month pages when it grows large.
 *
 * Sizes measured on that 10k corpus: an item of the list (title link, outlet,
 * dateline, date) is 327 bytes of HTML on average and 424 at most; the list
 * gzips about 7 to 1.
 */
import { paths } from '../paths.ts';
import { buildArchive, type Archive } from '../site/pages.ts';

/**
 * How many articles `/articles/` shows, newest first. 50 items are some 16 KB
 * of HTML (about 2.5 KB gzipped), so the page stays near 20 KB however many
 * articles exist; on a phone, 50 titles with their lines of outlet and date
 * fill about as many screens as the timeline's 30 statement cards.
 */
export const ARTICLES_LATEST = 50;

/**
 * A year with more articles than this gets a page per month. 1,000 items are
 * 330 KB at the mean size (some 45 KB gzipped), and even at the longest
 * measured (424 bytes each) 424 KB: within what the timeline allows one page
 * (400 statement cards, some 470 KB). At 30,000 statements (about 820 articles
 * a year) no year splits; an archive of more than ~3 articles a day does.
 */
export const ARTICLE_YEAR_LIMIT = 1000;

/** The day an article is filed under: its publication date (`published` may carry a time). */
export const publishedDay = (article: { published: string }): string => article.published.slice(0, 10);

/**
 * Lay out the sources list's pages. `articles` must be oldest first, as
 * `buildArticles` gives them; out of order they are refused, naming the year.
 */
export function buildArticleArchive<A extends { published: string }>(articles: readonly A[]): Archive<A> {
  return buildArchive(articles, {
    day: publishedDay,
    base: paths.articleYears,
    noun: 'articles',
    latest: ARTICLES_LATEST,
    yearLimit: ARTICLE_YEAR_LIMIT,
  });
}
