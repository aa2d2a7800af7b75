/**
 * Collections. Articles are Markdown files under content/articles/ (files
 * starting with `_` are drafts and ignored); speakers are one YAML registry;
 * permalinks are the ledger of published event ids (content/permalinks.json).
 * BAYAN_CONTENT_DIR points the build at another content folder, which the
 * tests use to build broken copies without touching the real one.
 *
 * Articles and statements come from one check of the whole folder, the code
 * `npm run extract` runs (src/lib/content/folder.ts): encoding and size,
 * frontmatter, schemas, slugs, the registry, and every override against the
 * extraction. The check runs while content syncs, before Astro writes
 * anything to dist/, so a bad file stops the build with its path and the
 * reason and leaves no partial site. The registry and the ledger are checked
 * by their own readers before Astro's file() loader reads them.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { file } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
import { contentDir, ledgerFile } from './data/paths.ts';
import { ContentError } from './lib/content/articles.ts';
import { articlesLoader, statementsLoader } from './data/loaders.ts';
import { readLedger, readRegistry } from './lib/content/folder.ts';
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

/** The articles, as read and checked with the whole folder (src/data/loaders.ts). */
const articles = defineCollection({ loader: articlesLoader(), schema: articleSchema });

/**
 * The statements extracted from them in that same reading, which the pages
 * draw from rather than extracting again: one entry naming the file they
 * were written to (src/data/loaders.ts says why), its digest, and how many.
 */
const statements = defineCollection({
  loader: statementsLoader(),
  schema: z.object({ file: z.string(), digest: z.string(), count: z.number().int().nonnegative() }),
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

export const collections = { articles, statements, speakers, permalinks };
