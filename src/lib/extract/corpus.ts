/**
 * All articles → all statements, with ids and editorial overrides applied.
 * This is what the build (src/data/) and the CLI (scripts/extract.ts) both
 * call, so they cannot disagree.
 */
import { Registry } from '../speakers/registry.ts';
import type { RegistrySpeaker } from '../speakers/types.ts';
import { extractArticle, type ArticleInput } from './article.ts';
import { assignIds, type Placed } from './ids.ts';
import { applyOverrides, type Overrides } from './overrides.ts';
import type { ExtractionWarning, Statement } from './types.ts';

/** An article as the extractor receives it, with its file for error messages. */
export interface CorpusArticle extends ArticleInput {
  filePath: string;
  overrides?: Overrides | undefined;
}

/** Every statement of every article, and the warnings. Throws a `ContentError` on an invalid override. */
export function extractCorpus(
  articles: readonly CorpusArticle[],
  speakers: readonly RegistrySpeaker[],
): { statements: Statement[]; warnings: ExtractionWarning[] } {
  const registry = new Registry(speakers);
  const warnings: ExtractionWarning[] = [];
  const placed: Placed[] = [];
  for (const article of articles) {
    const result = extractArticle(article, registry);
    warnings.push(...result.warnings);
    for (const draft of result.statements) placed.push({ draft, published: article.published });
  }
  // Ids first, so an override can name the statement it corrects. Statements an override leaves
  // alone keep their ids (a correction never moves another statement's URL); a fixed or added one
  // gets the next free id for its day and speaker.
  const raw = assignIds(placed);
  const corrected = applyOverrides(raw, articles, registry);
  const taken = new Set<string>();
  const keeps = (s: Statement) => s.id.replace(/-\d+$/u, '') === `${s.date}-${s.speaker.id}` || s.id === `${s.date}-${s.speaker.id}`;
  const kept = new Set(corrected.filter((s) => keeps(s) && !taken.has(s.id) && taken.add(s.id)));
  const renamed = corrected.filter((s) => !kept.has(s)).map((s) => ({ ...s, id: freeId(`${s.date}-${s.speaker.id}`, taken) }));
  const statements = [...kept, ...renamed];
  return { statements, warnings };
}

/** The first of `base`, `base-2`, `base-3` … not yet taken (and take it). */
function freeId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
