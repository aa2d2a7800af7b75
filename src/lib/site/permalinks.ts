/**
 * Permanent URLs. People cite `/events/<id>/` and `/articles/<slug>/` in
 * articles and papers, so an address, once published, must keep answering
 * with what it was published for. The ledger (content/permalinks.json, read
 * and written by ledger.ts) pins each id to its article, paragraphs and a
 * digest of its words, and maps retired ids and articles to what replaces
 * them. Here are its rules; the build runs `checkPermalinks` before Astro
 * writes anything, and `npm run permalinks` runs `updateLedger`.
 *
 * - An id never changes hands: the numbering (../extract/ids.ts) keeps every
 *   published id for its article, even one that is gone, and when an id
 *   would name another statement anyway the build stops.
 * - A published id the content no longer produces stops the build until it
 *   is redirected; `npm run permalinks` writes the redirect itself when it
 *   recognises the same statement under a new id (its day or speaker
 *   corrected: same article, same words). For a speaker who was not in the
 *   registry the build does so by itself: registering them is a non-event.
 * - A renamed article (a new file with the words of a gone one) keeps its
 *   ids, and its old address redirects; a deleted one must be mapped.
 *
 * Pure: src/data/ and the script read the files and hand their contents here.
 */
import { byCodePoint } from '../compare.ts';
import { ContentError } from '../content/articles.ts';
import type { PublishedIds } from '../extract/ids.ts';
import type { Statement } from '../extract/types.ts';
import { RECORD_COMMAND, wordsDigest, type Ledger, type Pin } from './ledger.ts';

/** A statement as far as its URL goes. */
export type Produced = Pick<Statement, 'id' | 'article' | 'speaker' | 'date' | 'paragraphs' | 'quotes' | 'text'>;

/** A retired address and where it now leads (the end of any chain). */
export interface Redirect {
  from: string;
  to: string;
  /** For a retired event id published under a provisional speaker: that speaker's id, whose page may need to lead on too. */
  speaker?: string | undefined;
}

/** Gone articles recognised in a new file (the same words), not recorded yet: old slug → new slug. */
export type Renames = ReadonlyMap<string, string>;

/** What the build does with a ledger that holds. */
export interface PermalinkCheck {
  /** Every retired event id and its final replacement, by id: the ledger's, and those the build recognises by itself. */
  redirects: Redirect[];
  /** Every retired article slug and the article that replaces it. */
  articleRedirects: Redirect[];
  /** Ids the content produces that the ledger does not list yet. */
  unrecorded: string[];
  /** For the build log when there is anything for `npm run permalinks` to record: what, and what to run. */
  warning: string | undefined;
}

/** The pin for a statement as it is now (field order as the file writes it). */
export function pinOf(s: Produced, words = wordsDigest(s)): Pin {
  return { article: s.article, paragraphs: [...s.paragraphs], words, ...(s.speaker.provisional ? { provisional: s.speaker.id } : {}) };
}

/**
 * Whether `s` is the statement `pin` was published for, `s` being in the
 * article the pin now stands for (its own, or the same file renamed): the
 * same words, or words edited in a paragraph it had. An entry recorded
 * before paragraphs and words were is trusted to its article.
 */
function isSame(pin: Pin, s: Produced, words: string): boolean {
  if (pin.words === undefined && pin.paragraphs === undefined) return true;
  return pin.words === words || (pin.paragraphs ?? []).some((p) => s.paragraphs.includes(p));
}

/** Follow `start` through `next` until `arrived`, a dead end or a circle; `path` lists every step. */
function follow(start: string, next: ReadonlyMap<string, string>, arrived: (at: string) => boolean) {
  const path = [start];
  const seen = new Set(path);
  let at = start;
  while (!arrived(at) && next.has(at)) {
    at = next.get(at) ?? at;
    path.push(at);
    if (seen.has(at)) return { end: at, path, circle: true };
    seen.add(at);
  }
  return { end: at, path, circle: false };
}

const route = (path: readonly string[]) => path.map((x) => `"${x}"`).join(' → ');
const sortedKeys = <V>(map: ReadonlyMap<string, V>) => [...map.keys()].sort(byCodePoint);

/**
 * The pins the numbering keeps (../extract/ids.ts): the ledger's, with the
 * pins of a gone article recognised in a new file (`renames`) moved to it,
 * and the rule that a published id stays with the statement it was published
 * for: a statement that is not it gets an id of its own.
 */
export function publishedIds(ledger: Ledger, renames: Renames = new Map()): PublishedIds {
  const ids = new Map([...ledger.ids].map(([id, pin]) => [id, { article: renames.get(pin.article) ?? pin.article }]));
  const digests = new WeakMap<Produced, string>();
  const digest = (s: Produced) => digests.get(s) ?? digests.set(s, wordsDigest(s)).get(s) ?? '';
  const fits = (id: string, s: Produced) => {
    const pin = ledger.ids.get(id);
    return pin === undefined || isSame(pin, s, digest(s));
  };
  return { ids, redirects: ledger.redirects, fits };
}

/**
 * Gone articles whose statements a new file carries, word for word: a file
 * renamed (and perhaps edited). The new file must hold no published id of its
 * own, and the match must be one to one; an article the ledger already maps
 * under "articles" is left as mapped.
 */
export function recogniseRenames(ledger: Ledger, statements: readonly Produced[], articles: Iterable<string>): Map<string, string> {
  const present = new Set(articles);
  const pinned = new Set([...ledger.ids.values()].map((p) => p.article));
  const newFiles = new Map<string, Set<string>>();
  for (const s of statements) {
    if (pinned.has(s.article)) continue;
    const words = wordsDigest(s);
    newFiles.set(words, (newFiles.get(words) ?? new Set()).add(s.article));
  }
  const found = new Map<string, Set<string>>();
  for (const [id, pin] of ledger.ids) {
    if (present.has(pin.article) || ledger.articles.has(pin.article) || ledger.redirects.has(id) || pin.words === undefined) continue;
    for (const article of newFiles.get(pin.words) ?? []) found.set(pin.article, (found.get(pin.article) ?? new Set()).add(article));
  }
  const claims = [...found.values()].flatMap((set) => [...set]);
  const renames = new Map<string, string>();
  for (const [gone, set] of found) {
    const [only] = set;
    if (set.size === 1 && only !== undefined && claims.filter((a) => a === only).length === 1) renames.set(gone, only);
  }
  return renames;
}

/** The one unrecorded statement of `article` that is `id`'s statement under a new id (same words; or, for a provisional speaker, same day and paragraph). */
function successorOf(
  id: string,
  pin: Pin,
  candidates: readonly Produced[],
  ledger: Ledger,
  digest: (s: Produced) => string,
): Produced | undefined {
  const found = candidates.filter(
    (s) =>
      !ledger.ids.has(s.id) &&
      (digest(s) === pin.words ||
        (pin.provisional !== undefined && s.date === id.slice(0, 10) && (pin.paragraphs ?? []).some((p) => s.paragraphs.includes(p)))),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** Why a successor is the same statement, as `npm run permalinks` reports it. */
function why(pin: Pin, id: string, s: Produced): string {
  if (pin.provisional !== undefined && !s.speaker.provisional) return 'its speaker is now in the registry';
  if (pin.provisional !== undefined && pin.provisional !== s.speaker.id) return 'its provisional speaker reads differently';
  if (!id.startsWith(`${s.date}-`)) return 'its day was corrected';
  return 'its speaker was corrected';
}

/** What the content and the ledger make of each other; shared by the check and the update. */
function survey(ledger: Ledger, statements: readonly Produced[], articles: Iterable<string>, renames: Renames) {
  const present = new Set(articles);
  const produced = new Map(statements.map((s) => [s.id, s]));
  const digests = new Map<Produced, string>();
  const digest = (s: Produced) => digests.get(s) ?? digests.set(s, wordsDigest(s)).get(s) ?? '';
  const byArticle = Map.groupBy(statements, (s) => s.article);
  const articleOf = (pin: Pin) => renames.get(pin.article) ?? pin.article;
  /** Published ids neither produced nor redirected, each with its statement under a new id when there is one. */
  const gone = sortedKeys(ledger.ids)
    .filter((id) => !produced.has(id) && !ledger.redirects.has(id))
    .map((id) => {
      const pin = ledger.ids.get(id) as Pin;
      const article = articleOf(pin);
      return { id, pin, article, successor: successorOf(id, pin, byArticle.get(article) ?? [], ledger, digest) };
    });
  return { present, produced, digest, byArticle, articleOf, gone };
}

/**
 * Check the content against the ledger. Throws one `ContentError` naming
 * `file` and listing every problem with its fix: a published id no longer
 * produced and not redirected, a published id that would name another
 * statement, a redirect that leads nowhere or in a circle, a retired id
 * produced again, a published article gone without a mapping. Returns the
 * redirect pages to build and what is still to record. `renames` are the
 * articles the numbering recognised as renamed (`recogniseRenames`).
 */
export function checkPermalinks(
  ledger: Ledger,
  statements: readonly Produced[],
  articles: Iterable<string>,
  file: string,
  renames: Renames = new Map(),
): PermalinkCheck {
  const { present, produced, digest, byArticle, articleOf, gone } = survey(ledger, statements, articles, renames);
  const problems: string[] = [];

  // A provisional speaker's id whose statement is there under the registered speaker's id leads there by itself.
  const auto = new Map(gone.flatMap((g) => (g.pin.provisional !== undefined && g.successor ? [[g.id, g.successor.id] as const] : [])));
  const missing = gone.filter((g) => !auto.has(g.id));
  if (missing.length > 0) problems.push(goneMessage(missing, statements, ledger, present, byArticle));

  for (const [id, s] of produced) {
    const pin = ledger.ids.get(id);
    if (pin === undefined || ledger.redirects.has(id)) continue;
    if (articleOf(pin) === s.article && isSame(pin, s, digest(s))) continue;
    const was = pin.paragraphs ? ` (paragraph ${pin.paragraphs.join(', ')})` : '';
    problems.push(
      `"${id}" was published for a statement of article ${pin.article}${was}, but would now name another statement, ` +
        `of article ${s.article} (paragraph ${s.paragraphs.join(', ')}), with other words. A published id keeps its statement: ` +
        `restore that statement, or retire the id under "redirects" in this file, mapped to the statement that replaces it ` +
        `(the other statement then gets an id of its own).`,
    );
  }

  const redirects: Redirect[] = [];
  const all = new Map([...ledger.redirects, ...auto]);
  for (const from of sortedKeys(all)) {
    const again = produced.get(from);
    if (again !== undefined) {
      problems.push(
        `redirects: "${from}" is produced again (article ${again.article}), so it cannot redirect; remove its entry under "redirects".`,
      );
      continue;
    }
    // A chain (a → b, b → c) is followed to the statement at its end, so that no page redirects twice.
    const { end, path, circle } = follow(from, all, (id) => produced.has(id));
    const speaker = ledger.ids.get(from)?.provisional;
    if (produced.has(end)) redirects.push({ from, to: end, ...(speaker ? { speaker } : {}) });
    else if (circle) problems.push(`redirects: ${route(path)} goes round in a circle; map "${from}" to an id the content produces.`);
    else
      problems.push(
        `redirects: ${route(path)}, but no statement has the id "${end}" and it has no redirect; map "${from}" to an id the content produces ` +
          '(`npm run extract -- <article>` prints them).',
      );
  }

  const articleRedirects = checkArticles(ledger, present, renames, problems);
  if (problems.length > 0) throw new ContentError(file, problems.join('\n'));

  const unrecorded = statements
    .filter((s) => !ledger.ids.has(s.id))
    .map((s) => s.id)
    .sort(byCodePoint);
  const changed = statements
    .filter((s) => {
      const pin = ledger.ids.get(s.id);
      return pin?.words !== undefined && pin.article === s.article && JSON.stringify(pin) !== JSON.stringify(pinOf(s, digest(s)));
    })
    .map((s) => s.id)
    .sort(byCodePoint);
  const notes = [
    ...(unrecorded.length > 0 ? [`${unrecorded.length} event id(s) not recorded yet: ${unrecorded.join(', ')}`] : []),
    ...[...auto].map(([from, to]) => `${from} now leads to ${to} (its speaker's id changed)`),
    ...[...renames].map(([from, to]) => `article ${from} is now ${to} (renamed: its ids stay, and its old address leads there)`),
    ...(changed.length > 0 ? [`${changed.length} statement(s) changed since they were recorded: ${changed.join(', ')}`] : []),
  ];
  const warning = notes.length > 0 ? `${file}: ${notes.join('; ')}. Run \`${RECORD_COMMAND}\` and commit ${file}.` : undefined;
  return { redirects, articleRedirects, unrecorded, warning };
}

/** The message for published ids no longer produced: each with its article and what became of the statement, then the fix. */
function goneMessage(
  gone: readonly { id: string; article: string; successor: Produced | undefined }[],
  statements: readonly Produced[],
  ledger: Ledger,
  present: ReadonlySet<string>,
  byArticle: ReadonlyMap<string, Produced[]>,
): string {
  const baseOf = (s: Produced) => `${s.date}-${s.speaker.id}`;
  const sameBase = Map.groupBy(statements, baseOf);
  const lines = gone.map(({ id, article, successor }) => {
    const where = present.has(article) ? `article ${article}` : `article ${article}, which is gone`;
    if (successor) return `  ${id} (${where}; the same statement is now ${successor.id}: \`${RECORD_COMMAND}\` writes the redirect)`;
    const fresh = (byArticle.get(article) ?? []).filter((s) => !ledger.ids.has(s.id)).map((s) => s.id);
    if (fresh.length > 0) return `  ${id} (${where}; new there: ${fresh.sort(byCodePoint).join(', ')})`;
    const base = id.replace(/-\d+$/u, '');
    const rival = [...(sameBase.get(id) ?? []), ...(base === id ? [] : (sameBase.get(base) ?? []))].find((s) => s.article !== article);
    const taken = rival
      ? `; article ${rival.article} has this speaker on that day too, with other words, as ${rival.id}: another statement never takes a published id`
      : '';
    return `  ${id} (${where}${taken})`;
  });
  const recognised = gone.some((g) => g.successor);
  return [
    `${gone.length === 1 ? 'a published event id is' : `${gone.length} published event ids are`} no longer produced, and /events/<id>/ may already be cited:`,
    ...lines,
    `Restore the statement, or map the id to the statement that replaces it under "redirects" in this file, ` +
      `e.g. "redirects": { "${gone[0]?.id}": "<replacement id>" }; the old URL then redirects there. ` +
      (recognised ? `\`${RECORD_COMMAND}\` writes the redirects it can tell (the same statement under a new id). ` : '') +
      '`npm run extract -- <article>` prints the ids the content produces now.',
  ].join('\n');
}

/** Every published article that is gone must lead to one that is there; returns the article redirects, adds to `problems`. */
function checkArticles(ledger: Ledger, present: ReadonlySet<string>, renames: Renames, problems: string[]): Redirect[] {
  const moves = new Map([...ledger.articles, ...renames]);
  const published = new Set([...[...ledger.ids.values()].map((p) => p.article), ...ledger.articles.keys()]);
  const redirects: Redirect[] = [];
  const unmapped: string[] = [];
  for (const slug of [...published].sort(byCodePoint)) {
    if (present.has(slug)) {
      if (ledger.articles.has(slug))
        problems.push(`articles: "${slug}" is an article again, so it cannot redirect; remove its entry under "articles".`);
      continue;
    }
    const { end, path, circle } = follow(slug, moves, (s) => present.has(s));
    if (present.has(end)) redirects.push({ from: slug, to: end });
    else if (circle) problems.push(`articles: ${route(path)} goes round in a circle; map "${slug}" to an article that is there.`);
    else if (path.length > 1)
      problems.push(`articles: ${route(path)}, but no article has the slug "${end}"; map "${slug}" to an article that is there.`);
    else unmapped.push(slug);
  }
  if (unmapped.length > 0)
    problems.push(
      [
        `${unmapped.length === 1 ? 'a published article is' : `${unmapped.length} published articles are`} gone, and /articles/<slug>/ may already be cited:`,
        ...unmapped.map((slug) => `  ${slug}`),
        `Restore the file, or map the article to the one that replaces it under "articles" in this file, ` +
          `e.g. "articles": { "${unmapped[0]}": "<slug>" }; the old address then redirects there. ` +
          `A renamed file whose statements kept their words is recognised, and \`${RECORD_COMMAND}\` records it.`,
      ].join('\n'),
    );
  return redirects;
}

/** What `updateLedger` did, for `npm run permalinks` to print. */
export interface LedgerUpdate {
  ledger: Ledger;
  /** Ids recorded for the first time. */
  added: string[];
  /** Published ids it redirected to the same statement under a new id, and why it is the same. */
  redirected: (Redirect & { why: string })[];
  /** Articles recorded as renamed (old slug → new slug). */
  renamed: Redirect[];
  /** Published ids whose statement's words or paragraphs changed in its own article, recorded anew. */
  updated: string[];
}

/**
 * The ledger with what the content now is recorded: every new id pinned to
 * its statement; a published id whose statement is there under a new id (its
 * day or speaker corrected, its speaker registered) redirected to it; a
 * renamed article (`renames`) mapped to its new slug, its ids pinned there;
 * a statement edited in its own article pinned to its new words. It never
 * removes an entry, never changes a redirect the editor wrote, and never
 * gives an id to another statement (`checkPermalinks` refuses that instead).
 */
export function updateLedger(
  ledger: Ledger,
  statements: readonly Produced[],
  articles: Iterable<string>,
  renames: Renames = new Map(),
): LedgerUpdate {
  const { produced, digest, articleOf, gone } = survey(ledger, statements, articles, renames);
  const ids = new Map(ledger.ids);
  const redirects = new Map(ledger.redirects);
  const added: string[] = [];
  const updated: string[] = [];
  const redirected = gone.flatMap(({ id, pin, successor }) =>
    successor
      ? [{ from: id, to: successor.id, why: why(pin, id, successor), ...(pin.provisional ? { speaker: pin.provisional } : {}) }]
      : [],
  );
  for (const { from, to } of redirected) redirects.set(from, to);
  for (const s of produced.values()) {
    const pin = ids.get(s.id);
    const now = pinOf(s, digest(s));
    if (pin === undefined) {
      ids.set(s.id, now);
      added.push(s.id);
    } else if (!redirects.has(s.id) && articleOf(pin) === s.article && isSame(pin, s, now.words ?? '')) {
      if (JSON.stringify(pin) === JSON.stringify(now)) continue;
      ids.set(s.id, now);
      // An entry recorded before words were is filled in quietly; a renamed article's ids are reported as its rename.
      if (pin.words !== undefined && pin.article === s.article) updated.push(s.id);
    }
  }
  const renamed = [...renames].map(([from, to]) => ({ from, to }));
  const moved = new Map([...ledger.articles, ...renames]);
  return {
    ledger: { ids, redirects, articles: moved },
    added: added.sort(byCodePoint),
    redirected,
    renamed,
    updated: updated.sort(byCodePoint),
  };
}
