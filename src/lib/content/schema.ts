/**
 * The shapes of the content files: an article's frontmatter and a speaker
 * registry entry. One definition serves the build (src/content.config.ts hands
 * them to Astro's content layer) and the command-line tools (files.ts), so
 * `extract` refuses exactly what the build refuses. Objects are strict: an
 * unknown field is a typo (`publised:`, `overrides: { remove: … }`), and a
 * field that is silently ignored is a correction that silently does nothing.
 */
import { z } from 'astro/zod';
import { explainPublished, parsePublished } from '../dates/published.ts';
import { SIDES } from '../sides.ts';
import { isBlank } from './text.ts';
import { FACT_SOURCES } from '../import/fact-sources.ts';

/**
 * Days after this one are refused as publication dates: an article cannot
 * come from the future, and 2204-01-10 is a typo for 2024-01-10. One day of
 * slack, because an outlet in Baghdad (UTC+3) is a day ahead of a build
 * machine in UTC just after midnight.
 */
function latestDay(): string {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The earliest year a date may have. Every page and export writes a year in
 * four digits, and an article «أمس» of 1000-01-01 would be dated 0999; a news
 * article from before 1900 is a typo, as one from the future is.
 */
const EARLIEST_YEAR = 1900;

/** Why a date (a Date from YAML, or text) is too early, or undefined: checked before the calendar is asked about it. */
function tooEarly(value: string | Date): string | undefined {
  const year = value instanceof Date ? value.getUTCFullYear() : Number(/^\s*(\d{4})-/u.exec(value)?.[1] ?? EARLIEST_YEAR);
  if (year >= EARLIEST_YEAR) return undefined;
  const written = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim().slice(0, 10);
  return `${written} is before ${EARLIEST_YEAR}: a typo?`;
}

/** A frontmatter date: YAML reads an unquoted one as a Date, a quoted one as text. */
const dateLike = z.union([z.string(), z.date()]);

/** A calendar day (`YYYY-MM-DD`), written quoted or not. */
const isoDay = dateLike.transform((value, ctx) => {
  const early = tooEarly(value);
  if (early) {
    ctx.addIssue({ code: 'custom', message: early });
    return z.NEVER;
  }
  const day = parsePublished(value);
  if (day === undefined || day.length !== 10) {
    ctx.addIssue({ code: 'custom', message: explainPublished(value, 'YYYY-MM-DD') });
    return z.NEVER;
  }
  return day;
});

/** `published`: a real day, optionally with a time, not in the future. */
const published = dateLike.transform((value, ctx) => {
  const early = tooEarly(value);
  if (early) {
    ctx.addIssue({ code: 'custom', message: early });
    return z.NEVER;
  }
  const normalized = parsePublished(value);
  if (normalized === undefined) {
    ctx.addIssue({ code: 'custom', message: explainPublished(value, 'YYYY-MM-DD or YYYY-MM-DDTHH:MM') });
    return z.NEVER;
  }
  const latest = latestDay();
  if (normalized.slice(0, 10) > latest) {
    ctx.addIssue({ code: 'custom', message: `${normalized} is in the future: a typo?` });
    return z.NEVER;
  }
  return normalized;
});

/**
 * The original article's address. Only http(s) with a real host, a name or an IPv4 address (some
 * outlets' pages are stored under their server's address): the site links to it, and
 * `javascript:alert(1)` is a valid URL too.
 */
const webAddress = z
  .url({
    protocol: /^https?$/u,
    hostname: new RegExp(`${z.regexes.domain.source}|${z.regexes.ipv4.source}`, 'u'),
    error: 'not a web address: expected http:// or https:// and a host name',
    abort: true,
  })
  .max(2000)
  // https://site@evil/ reads as a link to "site" and leads to "evil".
  .refine((url) => {
    const { username, password } = new URL(url);
    return username === '' && password === '';
  }, 'holds a user name before "@", which hides the host it leads to: give the address without it');

/** Line breaks, which a one-line field (a title, a name) cannot hold; YAML writes them as \n or \L escapes. */
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/u;

/**
 * Text a reader is shown (a title, an outlet, a name): something visible, not
 * only spaces or zero-width characters, at most `max` characters long, and on
 * one line unless `lines` says otherwise.
 */
function shownText(max: number, lines: 'one' | 'many' = 'one') {
  return z.string().superRefine((value, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (isBlank(value)) issue('is blank: it has no visible character');
    else if (lines === 'one' && LINE_BREAK.test(value)) issue('holds a line break: it must be one line');
    else if (value.length > max) issue(`is ${value.length.toLocaleString('en')} characters long; the limit is ${max.toLocaleString('en')}`);
  });
}
/** A title, an outlet's name, a speaker's name or role. */
const title = shownText(500);
const name = shownText(200);

/**
 * Editorial corrections to the extraction, kept with the article they concern.
 * The extractor gives them their meaning (src/lib/extract/overrides.ts); here
 * they are only given a shape.
 */
const overrides = z.strictObject({
  /** Statement ids the extractor produced wrongly. */
  drop: z.array(z.string()).default([]),
  /** Statements the extractor missed. */
  add: z
    .array(
      z
        .strictObject({
          speaker: z.string(),
          date: isoDay,
          paragraph: z.number().int().positive(),
          quote: shownText(10_000, 'many').optional(),
          text: shownText(10_000, 'many').optional(),
        })
        .refine((o) => o.quote !== undefined || o.text !== undefined, 'has neither a quote nor a text: the statement would have no words'),
    )
    .default([]),
  /** A statement's speaker or date set by hand. */
  fix: z
    .array(
      z
        .strictObject({ id: z.string(), speaker: z.string().optional(), date: isoDay.optional() })
        .refine((o) => o.speaker !== undefined || o.date !== undefined, 'names neither a speaker nor a date: it would change nothing'),
    )
    .default([]),
});

/**
 * Where the importer found a fact of an imported web page (src/lib/import/html/facts.ts): a
 * record for the editor, which nothing else reads.
 */
const factSource = z.enum(FACT_SOURCES);

/** An article's frontmatter (content/articles/*.md). */
export const articleSchema = z
  .strictObject({
    title: title.optional(),
    titleFrom: factSource.optional(),
    titleDerived: z.boolean().default(false),
    outlet: name,
    outletFrom: factSource.optional(),
    dateline: name.optional(),
    published,
    publishedFrom: factSource.optional(),
    url: webAddress.optional(),
    urlFrom: factSource.optional(),
    language: z.string().default('ar'),
    importedFrom: shownText(255).optional(),
    overrides: overrides.optional(),
  })
  .superRefine((article, ctx) => {
    // A statement is made before the article that reports it is published.
    const day = article.published.slice(0, 10);
    const dated = [
      ...(article.overrides?.add ?? []).map((o, i) => ({ date: o.date, path: ['overrides', 'add', i, 'date'] })),
      ...(article.overrides?.fix ?? []).map((o, i) => ({ date: o.date, path: ['overrides', 'fix', i, 'date'] })),
    ];
    for (const { date, path } of dated) {
      if (date !== undefined && date > day)
        ctx.addIssue({ code: 'custom', path, message: `${date} is after the article was published (${day})` });
    }
  });

/** A speaker in content/speakers.yaml. */
export const speakerSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'must be a Latin slug such as kenneth-mckenzie'),
  name,
  nameEn: name,
  aliases: z.array(name).default([]),
  role: name.optional(),
  roleEn: name.optional(),
  side: z.enum(SIDES),
  affiliations: z.array(name).default([]),
  /** The person's Wikidata item (Q…), so that names and offices can be checked against a public record. */
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/u, 'must be a Wikidata item id such as Q57792')
    .optional(),
});

/** An office in content/offices.yaml, with its holders' terms. */
export const officeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'must be a Latin slug such as iraq-prime-minister'),
  name,
  nameEn: name,
  aliases: z.array(name).default([]),
  side: z.enum(SIDES),
  holders: z.array(z.strictObject({ speaker: z.string().min(1), from: isoDay, to: isoDay.optional() })).default([]),
});

export type ArticleFrontmatter = z.output<typeof articleSchema>;
export type SpeakerEntry = z.output<typeof speakerSchema>;

const KINDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'fields (key: value)',
  date: 'a date',
};

/** A value from the file, shown short and on one line. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'fields (key: value)';
  const text = String(value).replace(/\s+/gu, ' ');
  return typeof value === 'string' ? `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"` : text;
}

/** An issue's place: `overrides.add #1.paragraph` (list entries counted from 1, as an editor counts them). */
export function place(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? ` #${p + 1}` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

/** What to write for a missing field, where the field name alone does not say it. */
const MISSING: Readonly<Record<string, string>> = {
  published: 'missing: every article needs published: YYYY-MM-DD',
  outlet: "missing: every article needs the outlet's name (outlet: رووداو)",
};

/** One issue in words an editor can act on. */
function explain(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    return MISSING[String(issue.path.at(-1))] ?? 'missing';
  }
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${KINDS[issue.expected] ?? issue.expected}, got ${shown(input)}`;
    case 'invalid_value':
      return `${shown(input)} is not one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (a typo?)`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? 'is empty'
        : `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}, got ${shown(input)}`;
    case 'invalid_format':
      return `${issue.message}, got ${shown(input)}`;
    case 'invalid_union':
      return `expected a date (YYYY-MM-DD), got ${shown(input)}`;
    default:
      return issue.message;
  }
}

/**
 * Validate `data` against `schema`; on failure the message lists every
 * problem as `field: reason`, for a `ContentError`.
 */
export function validate<T extends z.ZodType>(schema: T, data: unknown): { ok: true; value: z.output<T> } | { ok: false; reason: string } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const reasons = result.error.issues.map((issue) => {
    const where = place(issue.path);
    return where ? `${where}: ${explain(issue)}` : explain(issue);
  });
  return { ok: false, reason: reasons.join('; ') };
}
