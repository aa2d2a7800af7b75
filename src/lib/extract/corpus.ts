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
  // Ids first, so an override can name the statement it corrects; then ids again for what the override changed.
  const raw = assignIds(placed);
  const corrected = applyOverrides(raw, articles, registry);
  const published = new Map(articles.map((a) => [a.slug, a.published]));
  const statements = assignIds(corrected.map((s) => ({ draft: withoutId(s), published: published.get(s.article) ?? '' })));
  return { statements, warnings };
}

function withoutId({ id, ...draft }: Statement): Omit<Statement, 'id'> {
  void id; // ids are given again from the corrected set
  return draft;
}
