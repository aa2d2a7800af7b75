/**
 * Reading and checking a whole content folder: the registry, every article,
 * the slugs, and the extraction with every override applied. This is the one
 * check of the content: the build runs it in its content loaders, before
 * anything is written to dist/ (src/content.config.ts), and `npm run extract`
 * runs it before printing anything, so both refuse the same files with the
 * same message. It stops at the first problem, with a `ContentError` that
 * names the file.
 */
import { resolve } from 'node:path';
import { extractCorpus } from '../extract/corpus.ts';
import type { ExtractionWarning, Statement } from '../extract/types.ts';
import type { Office } from '../speakers/offices.ts';
import type { RegistrySpeaker } from '../speakers/types.ts';
import { contentFiles, officesBeside } from './location.ts';
import { parseOffices } from './offices.ts';
import { emptyLedger, parseLedger, RECORD_COMMAND, type Ledger } from '../site/ledger.ts';
import { checkPermalinks, publishedIds, recogniseRenames, type PermalinkCheck, type Renames } from '../site/permalinks.ts';
import { checkSlugs, ContentError } from './articles.ts';
import { readArticleText, readRegistryText, type ArticleFile } from './files.ts';
import { articleFiles, checkArticleName, isPresent, readRegularFile, shownPath } from './disk.ts';
import { decodeText, MAX_FILE_BYTES, MAX_INDEX_FILE_BYTES } from './text.ts';

export { articleFiles, shownPath };

/** A regular file's text, checked (kind and size before reading, then encoding: see disk.ts and text.ts). */
export function readTextFile(path: string, limit = MAX_FILE_BYTES): string {
  const shown = shownPath(path);
  return decodeText(shown, readRegularFile(path, shown, limit), limit);
}

/** Read one article file. */
export function readArticle(path: string): ArticleFile {
  return readArticleText(shownPath(path), readTextFile(path));
}

/** Read the speaker registry. */
export function readRegistry(path: string): RegistrySpeaker[] {
  return readRegistryText(shownPath(path), readTextFile(path, MAX_INDEX_FILE_BYTES));
}

/**
 * Read the offices beside a registry (`offices.yaml` in its folder), checked against its speakers.
 * A content folder without one has no offices: names are then resolved from the articles alone.
 */
export function readOffices(registryPath: string, speakers: readonly RegistrySpeaker[]): Office[] {
  const path = officesBeside(registryPath);
  return isPresent(path) ? parseOffices(readTextFile(path, MAX_INDEX_FILE_BYTES), shownPath(path), speakers) : [];
}

/** Read the ledger of published ids; none yet is an empty one (the build's own loader refuses a missing ledger). */
export function readLedger(path: string): Ledger {
  return isPresent(path) ? parseLedger(readTextFile(path, MAX_INDEX_FILE_BYTES), shownPath(path)) : emptyLedger();
}

/**
 * The most statements one article may give. A news article reports a few
 * dozen at most; 256 KB of «وقال النائب X …» gave 3,488, each by a new
 * speaker, and every page that lists them (the article's, its month's)
 * grew to megabytes.
 */
export const MAX_STATEMENTS = 200;

/** Refuse an article that gives more than `MAX_STATEMENTS` statements, naming it. */
export function checkStatementCounts(articles: readonly ArticleFile[], statements: readonly Statement[]): void {
  const counts = new Map<string, number>();
  for (const s of statements) counts.set(s.article, (counts.get(s.article) ?? 0) + 1);
  for (const { slug, filePath } of articles) {
    const count = counts.get(slug) ?? 0;
    if (count > MAX_STATEMENTS) {
      throw new ContentError(
        filePath,
        `gives more than ${MAX_STATEMENTS} statements (${count.toLocaleString('en')}); a news article reports a few dozen: is this really one article?`,
      );
    }
  }
}

/** A checked content folder: what the build and `extract` go on to use. */
export interface Content {
  articles: ArticleFile[];
  speakers: RegistrySpeaker[];
  offices: Office[];
  statements: Statement[];
  warnings: ExtractionWarning[];
  /** The ledger of published ids (content/permalinks.json; empty when there is none yet). */
  ledger: Ledger;
  /** Gone articles the numbering recognised in a new file, not yet recorded (see ../site/permalinks.ts). */
  renames: Renames;
}

/**
 * Read and check `contentDir`: its registry (or `options.registry`) and its
 * articles plus `options.extra` files, each once, so statement ids are those
 * the build gives. Throws a `ContentError` naming the first unusable file.
 */
export function readContent(contentDir: string, options: { registry?: string; extra?: readonly string[] } = {}): Content {
  const files = contentFiles(contentDir);
  const registryPath = options.registry ?? files.registry;
  const speakers = readRegistry(registryPath);
  const offices = readOffices(registryPath, speakers);
  const seen = new Set<string>();
  const paths = [...articleFiles(contentDir), ...(options.extra ?? [])].filter((p) => !seen.has(resolve(p)) && seen.add(resolve(p)));
  paths.forEach(checkArticleName);
  const articles = paths.map(readArticle);
  checkSlugs(articles);
  // With the ledger, as the build does: published ids stay pinned to their articles. A gone article
  // whose statements a new file carries word for word is that file renamed: it takes its pins.
  const ledger = readLedger(files.ledger);
  const slugs = articles.map((a) => a.slug);
  const extract = (renames?: Renames) => extractCorpus(articles, speakers, publishedIds(ledger, renames), offices);
  const first = extract();
  const renames = recogniseRenames(ledger, first.statements, slugs);
  const { statements, warnings } = renames.size > 0 ? extract(renames) : first;
  checkStatementCounts(articles, statements);
  return { articles, speakers, offices, statements, warnings, ledger, renames };
}

/**
 * `readContent`, then the ledger's check (../site/permalinks.ts), as the
 * build runs them before it writes anything: a published address the content
 * would break stops it here, with the old site left as it was. Returns the
 * content and what the check found (the redirect pages, what to record).
 */
export function readCheckedContent(contentDir: string): Content & { permalinks: PermalinkCheck } {
  const ledgerPath = contentFiles(contentDir).ledger;
  const content = readContent(contentDir);
  if (!isPresent(ledgerPath))
    throw new ContentError(shownPath(ledgerPath), `missing: every published event id is listed there; run ${RECORD_COMMAND} to create it`);
  const slugs = content.articles.map((a) => a.slug);
  return { ...content, permalinks: checkPermalinks(content.ledger, content.statements, slugs, shownPath(ledgerPath), content.renames) };
}
