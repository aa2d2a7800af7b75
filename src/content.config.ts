/**
 * Collections. Articles are Markdown files under content/articles/ (a file or
 * folder whose name starts with `_` is a draft, and ignored); speakers are one
 * YAML registry. BAYAN_CONTENT_DIR points the build at another content
 * folder, which the tests use to build broken copies without touching the
 * real one.
 *
 * Articles and their statements (with the retired addresses' redirects) come
 * from one check of the whole folder, the code `npm run extract` runs
 * (src/data/loaders.ts); why the loaders work as they do is in
 * docs/ARCHITECTURE.md, section 6. The registry is checked by its own reader
 * before Astro's file() loader reads it.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { articlesLoader, statementsLoader } from './data/loaders.ts';
import { readRegistry } from './lib/content/folder.ts';
import { contentFiles } from './lib/content/location.ts';
import { articleSchema, speakerSchema } from './lib/content/schema.ts';

const registryPath = contentFiles().registry;

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
 * The statements extracted from them in that same reading, with the
 * redirects: one entry naming the file they were written to, its digest, and
 * how many statements (docs/ARCHITECTURE.md, section 6, says why).
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

export const collections = { articles, statements, speakers };
