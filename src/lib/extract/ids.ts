/**
 * Stable, readable statement ids: `<date>-<speaker-id>`, then `-2`, `-3` … for
 * the same speaker's further statements that day, numbered in order of the
 * article's publication time and then of the paragraph. New articles are
 * published later, so adding one does not renumber the ids already cited.
 */
import type { Draft } from './article.ts';
import type { Statement } from './types.ts';

/** A draft with what orders it: the article's publication time. */
export interface Placed {
  draft: Draft;
  published: string;
}

/** Give every draft its id; the result is in id order of assignment (publication, article, paragraph). */
export function assignIds(placed: readonly Placed[]): Statement[] {
  const ordered = [...placed].sort(
    (a, b) =>
      a.published.localeCompare(b.published) ||
      a.draft.article.localeCompare(b.draft.article) ||
      (a.draft.paragraphs[0] ?? 0) - (b.draft.paragraphs[0] ?? 0),
  );
  const seen = new Map<string, number>();
  return ordered.map(({ draft }) => {
    const base = `${draft.date}-${draft.speaker.id}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, ...draft };
  });
}
