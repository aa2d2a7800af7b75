/**
 * The content loaders for the articles and their statements, both from one
 * reading of the content folder (`readCheckedContent`), before anything is
 * written; the statements go to one file in Astro's cache folder, named by the
 * collection's single entry. Why they work this way (no glob(), one entry, the
 * reading let go): docs/ARCHITECTURE.md, section 6. In `astro dev` both reload
 * when a file under the content folder changes.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileStamp } from '@/lib/content/disk.ts';
import { readCheckedContent } from '@/lib/content/folder.ts';
import type { Statement } from '@/lib/extract/types.ts';
import type { Redirect } from '@/lib/site/permalinks.ts';
import { CONTENT_DIR as contentDir, contentFiles } from '@/lib/content/location.ts';

/** The loaders that share one reading: the articles' and the statements' (a third that calls `content()` must be counted here). */
const READERS = 2;
/**
 * The last reading, until each loader has taken it. It is then let go: it
 * holds every article several times over (text, paragraphs, statements),
 * some 50 MB of the build's heap at 30,000 statements, no longer needed.
 */
let shared: { stamp: string; content: Content; taken: number } | undefined;

/** The content folder, read and checked. */
type Content = ReturnType<typeof readCheckedContent>;

/** What changes when any content file does: each file's path, size and modification time (a dangling link's own). */
function stamp(): string {
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).sort();
  return files.map((f) => `${f}:${fileStamp(resolve(contentDir, f))}`).join('\n');
}

/** The content folder, read and checked once for both loaders, or again when a file in it has changed. */
function content(): Content {
  const now = stamp();
  if (shared?.stamp !== now) shared = { stamp: now, content: readCheckedContent(contentDir), taken: 0 };
  const { content: read } = shared;
  if (++shared.taken === READERS) shared = undefined;
  return read;
}

/** Run `fill` now, and again in `astro dev` whenever a file under the content folder changes. */
async function loadAndWatch(context: LoaderContext, fill: (content: Content) => Promise<void> | void): Promise<void> {
  await fill(content());
  const inside = (path: string) => !relative(resolve(contentDir), resolve(path)).startsWith('..');
  context.watcher?.add(resolve(contentDir));
  context.watcher?.on('all', (_event, path) => {
    if (!inside(path)) return;
    // A bad edit is reported and the last good content stays, as with any other file in dev.
    Promise.resolve()
      .then(() => fill(content()))
      .catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
  });
}

const articlesDir = resolve(contentFiles().articles);

/** Every article file, as read and checked, under its path inside content/articles without `.md`. */
export function articlesLoader(): Loader {
  return {
    name: 'bayan-articles',
    load: (context) =>
      loadAndWatch(context, async ({ articles }) => {
        const entries = await Promise.all(
          articles.map(async (article) => {
            const id = relative(articlesDir, resolve(article.filePath)).replace(/\.md$/u, '');
            // The store wants paths from the project root, as Astro's own loaders give them.
            const filePath = relative(fileURLToPath(context.config.root), resolve(article.filePath));
            const data = await context.parseData({ id, data: { ...article.data }, filePath });
            return { id, data, body: article.body, filePath, digest: context.generateDigest(article.body) };
          }),
        );
        context.store.clear();
        for (const entry of entries) context.store.set(entry);
      }),
  };
}

/** Where the statements are written, under Astro's cache folder (so each test build, with its own cache, has its own). */
const STATEMENTS_FILE = 'bayan/statements.json';

/** What that file holds: the statements, and where retired event ids and articles lead. */
export interface StatementsFile {
  statements: Statement[];
  redirects: Redirect[];
  articleRedirects: Redirect[];
}

/**
 * Every statement the articles hold, ids assigned and overrides applied, and
 * the retired addresses' redirects (`StatementsFile`), written to
 * `STATEMENTS_FILE`; the collection's one entry (`all`) names the file and
 * carries its digest, so that in `astro dev` the pages reload when the
 * statements change. Warnings go to the log, the ledger's with them.
 */
export function statementsLoader(): Loader {
  return {
    name: 'bayan-statements',
    load: (context) =>
      loadAndWatch(context, async ({ articles, statements, warnings, permalinks }) => {
        const files = new Map(articles.map((a) => [a.slug, a.filePath]));
        for (const w of warnings) context.logger.warn(`${files.get(w.article) ?? w.article} ¶${w.paragraph}: ${w.message}`);
        if (permalinks.warning) context.logger.warn(permalinks.warning);
        const file = fileURLToPath(new URL(STATEMENTS_FILE, context.config.cacheDir));
        const { redirects, articleRedirects } = permalinks;
        const json = JSON.stringify({ statements, redirects, articleRedirects } satisfies StatementsFile);
        const digest = context.generateDigest(json);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, json);
        context.store.clear();
        context.store.set({
          id: 'all',
          data: await context.parseData({ id: 'all', data: { file, digest, count: statements.length } }),
          digest,
        });
      }),
  };
}
