/**
 * Collections. Articles are Markdown files under content/articles/ (files
 * starting with `_` are drafts and ignored); speakers are one YAML registry;
 * permalinks are the ledger of published event ids (content/permalinks.json).
 * BAYAN_CONTENT_DIR points the build at another content folder, which the
 * tests use to build broken copies without touching the real one.
 *
 * Both loaders first check the whole folder with the code `npm run extract`
 * runs (src/lib/content/folder.ts): encoding and size, frontmatter, schemas,
 * slugs, the registry, and every override against the extraction. The check
 * runs while content syncs, before Astro writes anything to dist/, so a bad
 * file stops the build with its path and the reason and leaves no partial site.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { file, glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
import { contentDir, ledgerFile } from './data/paths.ts';
import { ContentError } from './lib/content/articles.ts';
import { readContent, readLedger, readRegistry } from './lib/content/folder.ts';
import { articleSchema, speakerSchema } from './lib/content/schema.ts';
import { ledgerEntries, RECORD_COMMAND } from './lib/timeline/permalinks.ts';

const registryPath = `${contentDir}/speakers.yaml`;

/** A loader that runs `check` before `inner` loads anything; whatever `check` throws stops the build. */
function checked(inner: Loader, check: () => void): Loader {
  return {
    ...inner,
    load: async (context) => {
      check();
      await inner.load(context);
    },
  };
}

const articles = defineCollection({
  // Ids are the path inside content/articles, so two files can never share one; slugs are checked in readContent.
  loader: checked(
    glob({ pattern: '**/[^_]*.md', base: `${contentDir}/articles`, generateId: ({ entry }) => entry.replace(/\.md$/u, '') }),
    () => readContent(contentDir),
  ),
  schema: articleSchema,
});

/**
 * file(), made strict: the registry is read and checked by `readRegistry`
 * first (file() itself would only log an entry without an id and drop it).
 */
const speakers = defineCollection({
  loader: checked(file(registryPath), () => readRegistry(registryPath)),
  schema: speakerSchema,
});

/** One entry per event id ever published: its article, and its replacement if it is retired. */
const permalinks = defineCollection({
  loader: checked(file(ledgerFile, { parser: () => ledgerEntries(readLedger(ledgerFile)).map((entry) => ({ ...entry })) }), () => {
    if (!existsSync(ledgerFile))
      throw new ContentError(ledgerFile, `missing: every published event id is listed there; run ${RECORD_COMMAND} to create it`);
    readLedger(ledgerFile);
  }),
  schema: z.object({ id: z.string(), article: z.string(), redirect: z.string().optional() }),
});

export const collections = { articles, speakers, permalinks };
