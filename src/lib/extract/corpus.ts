/**
 * All articles → all statements, with ids and editorial overrides applied.
 * This is what the build (src/data/) and the CLI (scripts/extract.ts) both
 * call, so they cannot disagree.
 */
import { Registry } from '../speakers/registry.ts';
import type { Office } from '../speakers/offices.ts';
import type { RegistrySpeaker } from '../speakers/types.ts';
import { extractArticle, type ArticleInput } from './article.ts';
import { assignIds, idPicker, livePins, type Placed, type PublishedIds } from './ids.ts';
import { applyOverrides, type Overrides } from './overrides.ts';
import type { ExtractionWarning, Statement } from './types.ts';

/** An article as the extractor receives it, with its file for error messages. */
export interface CorpusArticle extends ArticleInput {
  filePath: string;
  overrides?: Overrides | undefined;
}

/**
 * Every statement of every article, and the warnings. `published` is the ledger
 * of published ids (content/permalinks.json): each article keeps the ids it was
 * published with; `offices` (content/offices.yaml) say who held which office
 * when. Throws a `ContentError` on an invalid override.
 */
export function extractCorpus(
  articles: readonly CorpusArticle[],
  speakers: readonly RegistrySpeaker[],
  published: PublishedIds = { ids: new Map(), redirects: new Map() },
  offices: readonly Office[] = [],
): { statements: Statement[]; warnings: ExtractionWarning[] } {
  const registry = new Registry(speakers, offices);
  const warnings: ExtractionWarning[] = [];
  const placed: Placed[] = [];
  for (const article of articles) {
    const result = extractArticle(article, registry);
    warnings.push(...result.warnings);
    for (const draft of result.statements) placed.push({ draft, published: article.published });
  }
  const live = livePins(published);
  // Ids first, so an override can name the statement it corrects. Statements an override leaves
  // alone keep their ids (a correction never moves another statement's URL); a fixed or added one
  // gets its article's pinned id for its day and speaker, else the next free one.
  // A retired (redirected) id is never given out again: its old URL leads elsewhere for good. Nor is
  // a published id given to a statement other than the one it was published for (`fits`).
  const raw = assignIds(placed, live);
  const corrected = applyOverrides(raw, articles, registry);
  const taken = new Set<string>();
  const retired = (id: string) => published.redirects.has(id);
  const fits = (s: Statement) => (id: string) => !live.has(id) || (published.fits?.(id, s) ?? true);
  const pick = idPicker(new Map([...live].map(([id, article]) => [id, retired(id) ? '' : article])), taken);
  const base = (s: Statement) => `${s.date}-${s.speaker.id}`;
  const keeps = (s: Statement) =>
    (s.id === base(s) || s.id.replace(/-\d+$/u, '') === base(s)) &&
    !retired(s.id) &&
    !taken.has(s.id) &&
    (live.get(s.id) ?? s.article) === s.article &&
    fits(s)(s.id);
  const kept = new Set(corrected.filter((s) => keeps(s) && taken.add(s.id)));
  const renamed = corrected.filter((s) => !kept.has(s)).map((s) => ({ ...s, id: pick(base(s), s.article, fits(s)) }));
  const statements = [...kept, ...renamed];
  return { statements, warnings };
}
