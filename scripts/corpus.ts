/**
 * Reading the committed corpus for the command-line tools, the way the build
 * sees it: every content/articles/**\/*.md except drafts (`_`-prefixed), the
 * registry and the ledger of published ids. BAYAN_CONTENT_DIR points at
 * another content folder, as it does for the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readArticleText, readRegistryText, type ArticleFile } from '../src/lib/content/files.ts';
import type { RegistrySpeaker } from '../src/lib/speakers/types.ts';
import { emptyLedger, parseLedger, type Ledger } from '../src/lib/timeline/permalinks.ts';

export const CONTENT_DIR = process.env['BAYAN_CONTENT_DIR'] ?? 'content';
export const ARTICLES_DIR = join(CONTENT_DIR, 'articles');
export const REGISTRY = join(CONTENT_DIR, 'speakers.yaml');
export const LEDGER = join(CONTENT_DIR, 'permalinks.json');

/** Paths of every article the build would load. */
export function corpusFiles(dir = ARTICLES_DIR): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /(?:^|\/)[^_/][^/]*\.md$/u.test(f))
    .map((f) => join(dir, f))
    .sort();
}

/** Read article files (throws a `ContentError` naming a bad one). */
export function readArticles(files: readonly string[]): ArticleFile[] {
  return files.map((f) => readArticleText(f, readFileSync(f, 'utf8')));
}

/** Read the speaker registry. */
export function readRegistry(path = REGISTRY): RegistrySpeaker[] {
  return readRegistryText(path, readFileSync(path, 'utf8'));
}

/** Read the ledger of published ids (throws a `ContentError` when it is malformed); none yet is an empty one. */
export function readLedger(path = LEDGER): Ledger {
  return existsSync(path) ? parseLedger(readFileSync(path, 'utf8'), path) : emptyLedger();
}

/** The corpus plus any other files asked for, each once, so statement ids are those the build gives. */
export function withCorpus(files: readonly string[]): string[] {
  const key = (f: string) => relative(process.cwd(), resolve(f));
  const seen = new Set(corpusFiles().map(key));
  return [...corpusFiles(), ...files.filter((f) => !seen.has(key(f)))];
}
