/**
 * Collections. Articles are Markdown files under content/articles/ (files
 * starting with `_` are drafts and ignored); speakers are one YAML registry;
 * permalinks are the ledger of published event ids (content/permalinks.json).
 * BAYAN_CONTENT_DIR points the build at another content folder, which the
 * tests use to build broken copies without touching the real one.
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir, ledgerFile } from './data/paths.ts';
import { ContentError } from './lib/content/articles.ts';
import { parseRegistry } from './lib/content/registry.ts';
import { parsePublished } from './lib/dates/published.ts';
import { ledgerEntries, parseLedger, RECORD_COMMAND } from './lib/timeline/permalinks.ts';

/** A calendar day, written quoted or not (YAML reads an unquoted one as a Date). */
const isoDay = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const day = parsePublished(value);
  if (day === undefined || day.length !== 10) {
    ctx.addIssue({ code: 'custom', message: `not a day: "${String(value)}" (expected YYYY-MM-DD)` });
    return z.NEVER;
  }
  return day;
});

/** `published` may be a YAML date or a string; either way it must be a real day, optionally with a time. */
const published = z
  .union([z.string(), z.date()], {
    error: (issue) => (issue.input === undefined ? 'missing: every article needs published: YYYY-MM-DD' : 'expected a date'),
  })
  .transform((value, ctx) => {
    const normalized = parsePublished(value);
    if (normalized === undefined) {
      ctx.addIssue({ code: 'custom', message: `unparseable date "${String(value)}": expected YYYY-MM-DD or YYYY-MM-DDTHH:MM` });
      return z.NEVER;
    }
    return normalized;
  });

/**
 * Editorial corrections to the extraction, kept with the article they concern.
 * The extractor gives them their meaning; here they are only given a shape.
 */
const overrides = z.object({
  /** Statement ids the extractor produced wrongly. */
  drop: z.array(z.string()).default([]),
  /** Statements the extractor missed. */
  add: z
    .array(
      z.object({
        speaker: z.string(),
        date: isoDay,
        paragraph: z.number().int().positive(),
        quote: z.string().optional(),
        text: z.string().optional(),
      }),
    )
    .default([]),
  /** A statement's speaker or date set by hand. */
  fix: z.array(z.object({ id: z.string(), speaker: z.string().optional(), date: isoDay.optional() })).default([]),
});

const articles = defineCollection({
  // Ids are the path inside content/articles, so two files can never share one; slugs are checked in src/data.
  loader: glob({ pattern: '**/[^_]*.md', base: `${contentDir}/articles`, generateId: ({ entry }) => entry.replace(/\.md$/u, '') }),
  schema: z.object({
    title: z.string().min(1).optional(),
    titleDerived: z.boolean().default(false),
    outlet: z.string().min(1),
    dateline: z.string().optional(),
    published,
    url: z.url().optional(),
    language: z.string().default('ar'),
    importedFrom: z.string().optional(),
    overrides: overrides.optional(),
  }),
});

/**
 * file(), made strict: `parse` reads the file (throwing a `ContentError`), and
 * since file() only logs a parser's error (leaving the collection empty, or as
 * the cache had it), the error is kept and thrown after loading so that the
 * build stops. A missing file stops it too.
 */
function strictFile(path: string, name: string, parse: (text: string) => Record<string, unknown>[], missing: string): Loader {
  let problem: unknown;
  const inner = file(path, {
    parser: (text) => {
      try {
        return parse(text);
      } catch (error) {
        problem = error;
        throw error;
      }
    },
  });
  return {
    ...inner,
    name,
    load: async (context) => {
      problem = undefined;
      if (!existsSync(new URL(path, context.config.root))) throw new ContentError(path, missing);
      await inner.load(context);
      if (problem) throw problem;
    },
  };
}

const speakers = defineCollection({
  loader: strictFile(
    `${contentDir}/speakers.yaml`,
    'speaker-registry',
    (text) => parseRegistry(text, `${contentDir}/speakers.yaml`),
    'missing: the speaker registry is needed',
  ),
  schema: z.object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'id must be a Latin slug such as kenneth-mckenzie'),
    name: z.string().min(1),
    nameEn: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    role: z.string().optional(),
    roleEn: z.string().optional(),
    side: z.enum(['iraq', 'us', 'coalition', 'iran', 'other']),
    affiliations: z.array(z.string()).default([]),
  }),
});

/** One entry per event id ever published: its article, and its replacement if it is retired. */
const permalinks = defineCollection({
  loader: strictFile(
    ledgerFile,
    'permalink-ledger',
    (text) => ledgerEntries(parseLedger(text, ledgerFile)).map((entry) => ({ ...entry })),
    `missing: every published event id is listed there; run ${RECORD_COMMAND} to create it`,
  ),
  schema: z.object({ id: z.string(), article: z.string(), redirect: z.string().optional() }),
});

export const collections = { articles, speakers, permalinks };
