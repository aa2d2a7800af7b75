/**
 * content/permalinks.json, the ledger of published URLs, as a file: reading
 * it (every malformed entry is a `ContentError` naming the file) and writing
 * it (sorted, one entry a line, so that the same content always gives the
 * same bytes and two editors' additions merge line by line):
 *
 *     {
 *       "$comment": "…",
 *       "ids": {
 *         "2024-01-09-mohammed-shia-al-sudani": { "article": "2024-01-10-al-ain-…", "paragraphs": [3], "words": "9c1f…" },
 *         "2024-09-21-krym-almhmdawy": { "article": "…", "paragraphs": [2], "words": "…", "provisional": "krym-almhmdawy" }
 *       },
 *       "redirects": { "<retired event id>": "<the id that replaces it>" },
 *       "articles": { "<retired article slug>": "<the slug that replaces it>" }
 *     }
 *
 * Each id is pinned to what it was published for: its article, and enough of
 * the statement to recognise it again (its paragraphs and a digest of its
 * words). What the build does with it is in permalinks.ts.
 */
import { createHash } from 'node:crypto';
import { byCodePoint } from '../compare.ts';
import { ContentError } from '../content/articles.ts';
import { checkStrings } from '../content/yaml.ts';

/** What a published id was published for. */
export interface Pin {
  /** The slug of its article. */
  article: string;
  /** Its paragraphs (`#p-N`); absent in an entry recorded before they were. */
  paragraphs?: number[] | undefined;
  /** A digest of its words (`wordsDigest`); absent in an entry recorded before they were. */
  words?: string | undefined;
  /** The speaker's provisional id, when the speaker was not in the registry: adding them changes the id, and the old one redirects by itself. */
  provisional?: string | undefined;
}

/** content/permalinks.json, read. */
export interface Ledger {
  /** Every event id ever published → what it was published for. */
  ids: ReadonlyMap<string, Pin>;
  /** Retired event ids → the id that replaces each (a chain is followed to its end). */
  redirects: ReadonlyMap<string, string>;
  /** Retired article slugs (a renamed or deleted file) → the slug that replaces each. */
  articles: ReadonlyMap<string, string>;
}

/** The command that records new ids. */
export const RECORD_COMMAND = 'npm run permalinks';

const COMMENT =
  'Every event id ever published (→ its article, paragraphs and a digest of its words), where retired ids and articles redirect. `npm run permalinks` writes it; see the README.';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const SLUG = /^[^/\\\s]+$/u;
const DIGEST = /^[0-9a-f]{16}$/u;
const FIELDS = ['$comment', 'ids', 'redirects', 'articles'];
const PIN_FIELDS = ['article', 'paragraphs', 'words', 'provisional'];

/** An empty ledger, for content that has none yet. */
export const emptyLedger = (): Ledger => ({ ids: new Map(), redirects: new Map(), articles: new Map() });

/**
 * A digest of a statement's words (its quotations and its text, spaces
 * collapsed): 16 hex digits of SHA-256, enough to tell two statements apart
 * and to recognise one again under another id or in a renamed file.
 */
export function wordsDigest(statement: { quotes: readonly string[]; text: string }): string {
  const words = [...statement.quotes, statement.text].join('\n').replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(words).digest('hex').slice(0, 16);
}

/** Read the ledger's text; throws a `ContentError` naming `file` on anything malformed. */
export function parseLedger(text: string, file: string): Ledger {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ContentError(file, `not valid JSON: ${(error as Error).message}`);
  }
  // Text is checked after JSON has decoded it: "\u001b" is an escape in the file, a control character here.
  checkStrings(file, data);
  const fail = (reason: string): never => {
    throw new ContentError(file, reason);
  };
  if (!isRecord(data)) return fail('expected an object with "ids", "redirects" and "articles"');
  const unknown = Object.keys(data).find((key) => !FIELDS.includes(key));
  if (unknown !== undefined) fail(`unknown field "${unknown}" (expected "ids", "redirects" and "articles")`);
  if (data['ids'] === undefined) fail(`"ids" is missing: run ${RECORD_COMMAND} to record them`);
  const entries = (name: string, what: string): [string, unknown][] => {
    const value = data[name] ?? {};
    if (!isRecord(value)) fail(`"${name}" must be an object: ${what}`);
    return Object.entries(value as Record<string, unknown>);
  };

  const ids = new Map<string, Pin>();
  for (const [id, value] of entries('ids', 'event id → { "article": …, "paragraphs": […], "words": … }')) {
    if (!ID.test(id)) fail(`ids: "${id}" is not an event id (lower-case Latin letters, digits and -)`);
    ids.set(id, readPin(id, value, fail));
  }
  const redirects = new Map<string, string>();
  for (const [from, to] of entries('redirects', 'retired event id → the id that replaces it')) {
    if (!ids.has(from)) fail(`redirects: "${from}" is not a published id (not under "ids"); check its spelling`);
    if (typeof to !== 'string' || !ID.test(to)) fail(`redirects: "${from}" → ${JSON.stringify(to)}, which is not an event id`);
    redirects.set(from, to as string);
  }
  const articles = new Map<string, string>();
  for (const [from, to] of entries('articles', 'retired article slug → the slug that replaces it')) {
    if (!SLUG.test(from)) fail(`articles: "${from}" is not an article slug (a file name without .md)`);
    if (typeof to !== 'string' || !SLUG.test(to)) fail(`articles: "${from}" → ${JSON.stringify(to)}, which is not an article slug`);
    articles.set(from, to as string);
  }
  return { ids, redirects, articles };
}

/** One entry under "ids": `{ article, paragraphs?, words?, provisional? }`, or, as first written, the article's slug alone. */
function readPin(id: string, value: unknown, fail: (reason: string) => never): Pin {
  if (typeof value === 'string' && SLUG.test(value)) return { article: value };
  const shape = `ids: "${id}" must map to { "article": "<slug>", "paragraphs": [N, …], "words": "<digest>" }`;
  if (!isRecord(value)) return fail(shape);
  const unknown = Object.keys(value).find((key) => !PIN_FIELDS.includes(key));
  if (unknown !== undefined) fail(`ids: "${id}" has an unknown field "${unknown}" (expected ${PIN_FIELDS.join(', ')})`);
  const { article, paragraphs, words, provisional } = value;
  if (typeof article !== 'string' || !SLUG.test(article)) fail(`${shape}; its "article" is not a slug`);
  const isParagraphs = Array.isArray(paragraphs) && paragraphs.every((p) => Number.isInteger(p) && (p as number) > 0);
  if (paragraphs !== undefined && !isParagraphs) fail(`${shape}; its "paragraphs" are not paragraph numbers`);
  if (words !== undefined && (typeof words !== 'string' || !DIGEST.test(words)))
    fail(`${shape}; its "words" are not a digest (16 hex digits)`);
  if (provisional !== undefined && (typeof provisional !== 'string' || !ID.test(provisional)))
    fail(`${shape}; its "provisional" is not a speaker id`);
  return {
    article: article as string,
    ...(paragraphs === undefined ? {} : { paragraphs: paragraphs as number[] }),
    ...(words === undefined ? {} : { words: words as string }),
    ...(provisional === undefined ? {} : { provisional: provisional as string }),
  };
}

/** The ledger as the file holds it: each map sorted by key (code points, not locale), one entry a line, a final newline. */
export function formatLedger(ledger: Ledger): string {
  const section = (name: string, map: ReadonlyMap<string, unknown>) => {
    const lines = [...map].sort(([a], [b]) => byCodePoint(a, b)).map(([key, value]) => `    ${JSON.stringify(key)}: ${inline(value)}`);
    return lines.length === 0 ? `  ${JSON.stringify(name)}: {}` : `  ${JSON.stringify(name)}: {\n${lines.join(',\n')}\n  }`;
  };
  const body = [
    `  "$comment": ${JSON.stringify(COMMENT)}`,
    section('ids', ledger.ids),
    section('redirects', ledger.redirects),
    section('articles', ledger.articles),
  ];
  return `{\n${body.join(',\n')}\n}\n`;
}

/** A value on one line, with a space after each colon and comma of an object: `{ "article": "…", "paragraphs": [3, 4] }`. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (!isRecord(value)) return JSON.stringify(value);
  const fields = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{ ${fields.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
