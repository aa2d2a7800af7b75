/**
 * The one module that reads the content collections. Everything else gets
 * plain data from here. Results are memoized so that each build loads and
 * validates the content once, however many pages ask.
 */
import { getCollection } from 'astro:content';
import { buildArticles, type Article } from '../lib/content/articles.ts';

let articles: Promise<Article[]> | undefined;

/** All articles, validated, oldest first. Throws (and so stops the build) on a file it cannot use. */
export function loadArticles(): Promise<Article[]> {
  articles ??= getCollection('articles').then((entries) =>
    buildArticles(
      entries.map((entry) => ({
        id: entry.id,
        filePath: entry.filePath ?? entry.id,
        body: entry.body ?? '',
        data: entry.data,
      })),
    ),
  );
  return articles;
}
