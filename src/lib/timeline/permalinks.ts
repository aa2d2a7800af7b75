/**
 * Permanent URLs. People cite `/events/<id>/` in articles and papers, so an id,
 * once published, must keep working. The ledger, content/permalinks.json,
 * lists every id ever published with the article it was published for, and
 * maps each retired id to the one that replaces it:
 *
 *     {
 *       "$comment": "…",
 *       "ids": { "2021-12-10-kenneth-mckenzie": "2021-12-10-iq-news-…", … },
 *       "redirects": { "<retired id>": "<replacement id>" }
 *     }
 *
 * The build stops when a listed id is no longer produced and not redirected;
 * a retired id's page becomes a redirect to its replacement. The ids pin
 * numbering too (see ../extract/ids.ts), so an older article imported later
 * cannot take a published `-N`. `npm run permalinks` records new ids; editors
 * never have to write the `ids` by hand. Pure: src/data/ and the script read
 * the file and hand its text here.
 */
import { ContentError } from '../content/articles.ts';
import { checkStrings } from '../content/yaml.ts';
import type { PublishedIds } from '../extract/ids.ts';

/** content/permalinks.json, read. */
export interface Ledger extends PublishedIds {
  /** Every event id ever published → the slug of the article it was published for. */
  ids: ReadonlyMap<string, string>;
  /** Retired ids → the id that replaces each (a chain is followed to its end). */
  redirects: ReadonlyMap<string, string>;
}

/** A statement as far as its URL goes. */
export interface Produced {
  id: string;
  article: string;
}

/** A retired URL and the statement it now leads to (the end of any chain). */
export interface Redirect {
  from: string;
  to: string;
}

/** What the build does with a ledger that holds. */
export interface PermalinkCheck {
  /** Every retired id and its final replacement, by id. */
  redirects: Redirect[];
  /** Ids the content produces that the ledger does not list yet. */
  unrecorded: string[];
  /** Ids listed for an article that is gone (renamed, deleted) and now produced by another. */
  repinned: string[];
  /** For the build log when either list is not empty: what to run. */
  warning: string | undefined;
}

/** The command that records new ids. */
export const RECORD_COMMAND = 'npm run permalinks';

const COMMENT =
  'Every event id ever published (→ its article), and where retired ids redirect. `npm run permalinks` records new ids; see the README.';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const FIELDS = ['$comment', 'ids', 'redirects'];

/** An empty ledger, for content that has none yet. */
export const emptyLedger = (): Ledger => ({ ids: new Map(), redirects: new Map() });

/** Read the ledger's text; throws a `ContentError` naming `file` on anything malformed. */
export function parseLedger(text: string, file: string): Ledger {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ContentError(file, `not valid JSON: ${(error as Error).message}`);
  }
  checkStrings(file, data);
  if (!isRecord(data)) throw new ContentError(file, 'expected an object with "ids" and "redirects"');
  const unknown = Object.keys(data).find((key) => !FIELDS.includes(key));
  if (unknown !== undefined) throw new ContentError(file, `unknown field "${unknown}" (expected "ids" and "redirects")`);
  const field = (name: string, what: string): Map<string, string> => {
    const value = data[name] ?? {};
    if (!isRecord(value)) throw new ContentError(file, `"${name}" must be an object: ${what}`);
    const map = new Map<string, string>();
    for (const [key, v] of Object.entries(value)) {
      if (!ID.test(key)) throw new ContentError(file, `${name}: "${key}" is not an event id (lower-case Latin letters, digits and -)`);
      if (typeof v !== 'string' || v === '') throw new ContentError(file, `${name}: "${key}" must map to a string: ${what}`);
      map.set(key, v);
    }
    return map;
  };
  if (data['ids'] === undefined) throw new ContentError(file, `"ids" is missing: run ${RECORD_COMMAND} to record them`);
  const ids = field('ids', 'event id → the slug of its article');
  const redirects = field('redirects', 'retired event id → the id that replaces it');
  for (const [from, to] of redirects) {
    if (!ids.has(from)) throw new ContentError(file, `redirects: "${from}" is not a published id (not under "ids"); check its spelling`);
    if (!ID.test(to)) throw new ContentError(file, `redirects: "${from}" → "${to}", which is not an event id`);
  }
  return { ids, redirects };
}

/** The ledger as the file holds it: sorted by id (code points, not locale), two-space JSON, a final newline. */
export function formatLedger(ledger: Ledger): string {
  const sorted = (map: ReadonlyMap<string, string>) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ $comment: COMMENT, ids: sorted(ledger.ids), redirects: sorted(ledger.redirects) }, null, 2)}\n`;
}

/**
 * The ledger with every produced id recorded. Never removes an entry and never
 * touches `redirects`; the only entries it changes are ids whose article is
 * gone (`articles` lists those there are) and that another article now
 * produces, the trace of a renamed file.
 */
export function updateLedger(
  ledger: Ledger,
  statements: readonly Produced[],
  articles: Iterable<string>,
): { ledger: Ledger; added: string[]; repinned: string[] } {
  const present = new Set(articles);
  const ids = new Map(ledger.ids);
  const added: string[] = [];
  const repinned: string[] = [];
  for (const { id, article } of statements) {
    const was = ids.get(id);
    if (was === article) continue;
    if (was === undefined) added.push(id);
    else if (!present.has(was)) repinned.push(id);
    else continue; // still the other article's: checkPermalinks refuses this
    ids.set(id, article);
  }
  return { ledger: { ids, redirects: new Map(ledger.redirects) }, added: added.sort(), repinned: repinned.sort() };
}

/**
 * Check the content against the ledger. Throws one `ContentError` naming
 * `file` and listing every problem with its fix: a published id no longer
 * produced and not redirected, a redirect that leads nowhere or in a circle,
 * a retired id produced again, an id that moved to another article. Returns
 * the redirect pages to build and the ids still to record.
 */
export function checkPermalinks(ledger: Ledger, statements: readonly Produced[], articles: Iterable<string>, file: string): PermalinkCheck {
  const present = new Set(articles);
  const produced = new Map(statements.map((s) => [s.id, s.article]));
  const problems: string[] = [];

  const gone = [...ledger.ids].filter(([id]) => !produced.has(id) && !ledger.redirects.has(id)).sort(([a], [b]) => (a < b ? -1 : 1));
  const fresh = (article: string) => statements.filter((s) => s.article === article && !ledger.ids.has(s.id)).map((s) => s.id);
  if (gone.length > 0) {
    const lines = gone.map(([id, article]) => {
      const candidates = present.has(article) ? fresh(article) : [];
      const where = present.has(article) ? `article ${article}` : `article ${article}, which is gone`;
      return `  ${id} (${where}${candidates.length > 0 ? `; new there: ${candidates.sort().join(', ')}` : ''})`;
    });
    problems.push(
      [
        `${gone.length === 1 ? 'a published event id is' : `${gone.length} published event ids are`} no longer produced, and /events/<id>/ may already be cited:`,
        ...lines,
        `Restore the statement, or map the id to the statement that replaces it under "redirects" in this file, ` +
          `e.g. "redirects": { "${gone[0]?.[0]}": "<replacement id>" }; the old URL then redirects there. ` +
          '`npm run extract -- <article>` prints the ids the content produces now.',
      ].join('\n'),
    );
  }

  for (const [id, article] of ledger.ids) {
    const now = produced.get(id);
    if (now !== undefined && now !== article && present.has(article))
      problems.push(
        `"${id}" was published for a statement of article ${article}, but now names one of article ${now}; ` +
          'a published id must keep naming its statement (this is a bug in the id numbering: report it).',
      );
  }

  const redirects: Redirect[] = [];
  for (const [from, first] of [...ledger.redirects].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const again = produced.get(from);
    if (again !== undefined) {
      problems.push(
        `redirects: "${from}" is produced again (article ${again}), so it cannot redirect; remove its entry under "redirects".`,
      );
      continue;
    }
    // Follow a chain (a → b, b → c) to the statement at its end, so that no page redirects twice.
    const path = [from, first];
    const seen = new Set([from]);
    let to = first;
    while (!produced.has(to) && ledger.redirects.has(to) && !seen.has(to)) {
      seen.add(to);
      path.push((to = ledger.redirects.get(to) ?? to));
    }
    const route = path.map((id) => `"${id}"`).join(' → ');
    if (produced.has(to)) redirects.push({ from, to });
    else if (seen.has(to)) problems.push(`redirects: ${route} goes round in a circle; map "${from}" to an id the content produces.`);
    else
      problems.push(
        `redirects: ${route}, but no statement has the id "${to}" and it has no redirect; map "${from}" to an id the content produces ` +
          '(`npm run extract -- <article>` prints them).',
      );
  }
  if (problems.length > 0) throw new ContentError(file, problems.join('\n'));

  const unrecorded = statements
    .filter((s) => !ledger.ids.has(s.id))
    .map((s) => s.id)
    .sort();
  const repinned = statements
    .filter((s) => ledger.ids.has(s.id) && ledger.ids.get(s.id) !== s.article)
    .map((s) => s.id)
    .sort();
  const notes = [
    ...(unrecorded.length > 0 ? [`${unrecorded.length} event id(s) not recorded yet: ${unrecorded.join(', ')}`] : []),
    ...(repinned.length > 0 ? [`${repinned.length} id(s) recorded for an article that is gone: ${repinned.join(', ')}`] : []),
  ];
  const warning = notes.length > 0 ? `${file}: ${notes.join('; ')}. Run \`${RECORD_COMMAND}\` and commit ${file}.` : undefined;
  return { redirects, unrecorded, repinned, warning };
}

/** The ledger as content-collection entries (one per published id), and back: src/content.config.ts and src/data/. */
export interface LedgerEntry {
  id: string;
  article: string;
  redirect?: string | undefined;
}

export function ledgerEntries(ledger: Ledger): LedgerEntry[] {
  return [...ledger.ids].map(([id, article]) => {
    const redirect = ledger.redirects.get(id);
    return redirect === undefined ? { id, article } : { id, article, redirect };
  });
}

export function ledgerFromEntries(entries: readonly LedgerEntry[]): Ledger {
  return {
    ids: new Map(entries.map((e) => [e.id, e.article])),
    redirects: new Map(entries.flatMap((e) => (e.redirect === undefined ? [] : [[e.id, e.redirect] as const]))),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
