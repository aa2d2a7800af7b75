/**
 * The content folder for the command-line tools, the way the build sees it:
 * `content/`, or the folder BAYAN_CONTENT_DIR names (as for `astro build`).
 * Reading and checking is the build's own code, in src/lib/content/folder.ts.
 */
import {
  articleFiles,
  readArticle,
  readLedger as readLedgerFile,
  readOffices as readOfficesFile,
  readRegistry as readRegistryFile,
} from '../src/lib/content/folder.ts';
import { CONTENT_DIR, contentFiles } from '../src/lib/content/location.ts';
import type { Office } from '../src/lib/speakers/offices.ts';
import type { ArticleFile } from '../src/lib/content/files.ts';
import type { RegistrySpeaker } from '../src/lib/speakers/types.ts';
import type { Ledger } from '../src/lib/site/ledger.ts';

export { CONTENT_DIR };
/** The registry the tools read unless told otherwise. */
export const REGISTRY = contentFiles().registry;

/** Paths of every article the build would load. */
export function corpusFiles(dir = CONTENT_DIR): string[] {
  return articleFiles(dir);
}

/** Read article files (throws a `ContentError` naming a bad one). */
export function readArticles(files: readonly string[]): ArticleFile[] {
  return files.map(readArticle);
}

/** Read the speaker registry. */
export function readRegistry(path = REGISTRY): RegistrySpeaker[] {
  return readRegistryFile(path);
}

/** Read the offices beside the registry (none when the content folder has no offices.yaml). */
export function readOffices(speakers: readonly RegistrySpeaker[], registryPath = REGISTRY): Office[] {
  return readOfficesFile(registryPath, speakers);
}

/** The ledger of published ids. */
export const LEDGER = contentFiles().ledger;

/** Read the ledger of published ids (throws a `ContentError` when it is malformed); none yet is an empty one. */
export function readLedger(path = LEDGER): Ledger {
  return readLedgerFile(path);
}
