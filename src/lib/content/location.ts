/**
 * Where the content files are, written once for the build, the command-line
 * tools and the tests: `content/`, or the folder BAYAN_CONTENT_DIR names (the
 * build tests build altered copies of content/ through it, as `astro build`
 * and `npm run extract` both honour it).
 */
import { dirname, join } from 'node:path';

/** The content folder. */
export const CONTENT_DIR = process.env['BAYAN_CONTENT_DIR'] ?? 'content';

/** The files of a content folder. */
export interface ContentFiles {
  dir: string;
  /** One Markdown file per article; `_`-prefixed files and folders are drafts. */
  articles: string;
  /** The speaker registry. */
  registry: string;
  /** The ledger of published ids and redirects. */
  ledger: string;
}

/** The files of the content folder `dir` (by default the one this process builds from). */
export function contentFiles(dir = CONTENT_DIR): ContentFiles {
  return { dir, articles: join(dir, 'articles'), registry: join(dir, 'speakers.yaml'), ledger: join(dir, 'permalinks.json') };
}

/** The offices file, which lives beside its registry (a test may point at a registry elsewhere). */
export const officesBeside = (registryPath: string): string => join(dirname(registryPath), 'offices.yaml');
