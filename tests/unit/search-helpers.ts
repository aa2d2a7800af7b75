/** The search index of the committed seeds, built as the build builds it, for the search tests. */
import { corpusFiles, readArticles, readRegistry } from '../../scripts/corpus.ts';
import { extractCorpus } from '../../src/lib/extract/corpus.ts';
import { buildSearchIndex } from '../../src/lib/search/documents.ts';
import { assembleSite } from '../../src/lib/timeline/site.ts';

const root = new URL('../../', import.meta.url).pathname;

/** The seeds' site data and search index. */
export function seedIndex() {
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const registry = readRegistry();
    const articles = readArticles(corpusFiles());
    const site = assembleSite(articles, extractCorpus(articles, registry).statements, registry);
    return { site, index: buildSearchIndex(site.statements, site.sources, site.speakers) };
  } finally {
    process.chdir(cwd);
  }
}
