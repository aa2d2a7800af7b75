/**
 * The one module that reads the content collections. Everything else gets
 * plain data from here: the articles, the speaker registry, the one
 * `Statement[]` every page draws from with the retired addresses'
 * redirects, and what the pages derive from it. Each is built once per
 * build, however many pages ask, and anything unusable stops the build with
 * its file.
 */
import { getCollection } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { byCodePoint } from '@/lib/compare.ts';
import { buildArticles, type Article } from '@/lib/content/articles.ts';
import { buildArticleArchive } from '@/lib/content/listing.ts';
import type { Statement } from '@/lib/extract/types.ts';
import type { RegistrySpeaker } from '@/lib/speakers/types.ts';
import { buildArchive, type Archive } from '@/lib/site/pages.ts';
import { assembleSite, type Site } from '@/lib/site/model.ts';
import type { StatementsFile } from './loaders.ts';

export type { Archive, Site };

let articles: Promise<Article[]> | undefined;
let speakers: Promise<RegistrySpeaker[]> | undefined;
let site: Promise<Site> | undefined;
let archive: Promise<Archive> | undefined;
let articleArchive: Promise<Archive<Article>> | undefined;

/** All articles, validated, oldest first. */
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

/**
 * The speaker registry (content/speakers.yaml), by id. By id in code-point
 * order, explicitly: Astro hands out a collection's entries sorted with the
 * build machine's locale, and the pages must not depend on it.
 */
export function loadSpeakers(): Promise<RegistrySpeaker[]> {
  speakers ??= getCollection('speakers').then((entries) => entries.map((entry) => entry.data).sort((a, b) => byCodePoint(a.id, b.id)));
  return speakers;
}

/**
 * Every statement of every article, ids assigned (published ones kept) and
 * overrides applied, in time order, and the retired ids and articles to
 * redirect. They come extracted and checked against the ledger from the
 * content layer (src/data/loaders.ts, which also logs the warnings), before
 * anything was written: a published address the content would break has
 * stopped the build there already.
 */
export function loadSite(): Promise<Site> {
  site ??= Promise.all([loadArticles(), loadSpeakers(), readStatements()]).then(
    ([all, registry, { statements, redirects, articleRedirects }]) => assembleSite(all, statements, registry, redirects, articleRedirects),
  );
  return site;
}

/** The statements and redirects the content loader wrote to a file, as the collection's one entry names it. */
async function readStatements(): Promise<StatementsFile> {
  const [entry] = await getCollection('statements');
  if (!entry) throw new Error('[bayan] the statements collection is empty: the content loader did not run (src/data/loaders.ts)');
  return JSON.parse(await readFile(entry.data.file, 'utf8')) as StatementsFile;
}

/** The statements alone, oldest first. */
export async function loadStatements(): Promise<Statement[]> {
  return (await loadSite()).statements;
}

/** The timeline's pages (home, years, months) and the navigation between them, laid out once per build. */
export function loadArchive(): Promise<Archive> {
  archive ??= loadSite().then((s) => buildArchive(s.statements));
  return archive;
}

/** The sources list's pages (`/articles/`, its years and months), laid out once per build. */
export function loadArticleArchive(): Promise<Archive<Article>> {
  articleArchive ??= loadArticles().then(buildArticleArchive);
  return articleArchive;
}
