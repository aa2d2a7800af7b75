/**
 * Stable, readable statement ids: `<date>-<speaker-id>`, then `-2`, `-3` … for
 * the same speaker's further statements that day, numbered in order of the
 * article's publication time and then of the paragraph.
 *
 * Numbering alone would let an older article imported later take a `-N` that
 * a newer one already had. So ids are pinned: the ledger of published ids
 * (content/permalinks.json, see ../site/permalinks.ts) says which article
 * each id was published for. An article gets back the ids pinned to it; a
 * newcomer gets the first number nobody holds, never a published one, even
 * when the article it was published for is gone.
 */
import { byCodePoint } from '../compare.ts';
import type { Draft } from './article.ts';
import type { Statement } from './types.ts';

/** A draft with what orders it: the article's publication time. */
export interface Placed {
  draft: Draft;
  published: string;
}

/** Ids → the slug of the article each is held for. */
export type Pins = ReadonlyMap<string, string>;

/** What the ledger (content/permalinks.json) says: every published id's article, and the retired ids' replacements. */
export interface PublishedIds {
  ids: ReadonlyMap<string, { article: string }>;
  redirects: ReadonlyMap<string, string>;
  /**
   * Whether a statement may hold a published id of its article: whether it is
   * the statement the id was published for (../site/permalinks.ts says
   * how that is told). Without it, any statement of the article may.
   */
  fits?: ((id: string, statement: Statement) => boolean) | undefined;
}

/**
 * The pins: every published id stays with the article it was published for,
 * even one that is gone (its URL may be cited: another article must not take
 * it over). A retired (redirected) id stays pinned too, so that an override
 * can still name its statement by it; ./corpus.ts never lets a statement keep one.
 */
export function livePins(published: PublishedIds): Pins {
  return new Map([...published.ids].map(([id, pin]) => [id, pin.article]));
}

/** An id for a statement of `article` with this `<date>-<speaker>` base, picked and marked taken; `fits` may turn down a pinned id. */
export type IdPicker = (base: string, article: string, fits?: (id: string) => boolean) => string;

/**
 * The id picker for one corpus: first an id pinned to the same article for this
 * base (that `fits`), else the first of `base`, `base-2` … that is neither taken nor pinned.
 */
export function idPicker(pins: Pins, taken: Set<string> = new Set()): IdPicker {
  const pinnedTo = new Map<string, string[]>();
  for (const [id, article] of [...pins].sort(([a], [b]) => (a < b ? -1 : 1))) pinnedTo.set(article, [...(pinnedTo.get(article) ?? []), id]);
  const suffix = /^(?:[2-9]|[1-9]\d+)$/u;
  const isOf = (id: string, base: string) => id === base || (id.startsWith(`${base}-`) && suffix.test(id.slice(base.length + 1)));
  return (base, article, fits = () => true) => {
    const own = (pinnedTo.get(article) ?? []).filter((p) => !taken.has(p) && fits(p));
    let id = own.find((p) => p === base) ?? own.find((p) => isOf(p, base));
    for (let n = 1; id === undefined; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (!taken.has(candidate) && !pins.has(candidate)) id = candidate;
    }
    taken.add(id);
    return id;
  };
}

/** Give every draft its id; the result is in id order of assignment (publication, article, paragraph). */
export function assignIds(placed: readonly Placed[], pins: Pins = new Map()): Statement[] {
  const ordered = [...placed].sort(
    (a, b) =>
      byCodePoint(a.published, b.published) ||
      byCodePoint(a.draft.article, b.draft.article) ||
      (a.draft.paragraphs[0] ?? 0) - (b.draft.paragraphs[0] ?? 0),
  );
  const pick = idPicker(pins);
  return ordered.map(({ draft }) => ({ id: pick(`${draft.date}-${draft.speaker.id}`, draft.article), ...draft }));
}
