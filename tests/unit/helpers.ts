/** Shared test helpers: the real registry, and extraction of a paragraph of Arabic text. */
import { readFileSync } from 'node:fs';
import { readRegistryText } from '../../src/lib/content/files.ts';
import { extractCorpus, type CorpusArticle } from '../../src/lib/extract/corpus.ts';
import { Registry } from '../../src/lib/speakers/registry.ts';

const registryPath = new URL('../../content/speakers.yaml', import.meta.url);

/** The committed speaker registry. */
export const speakers = readRegistryText('content/speakers.yaml', readFileSync(registryPath, 'utf8'));
export const registry = new Registry(speakers);

/** Extract the statements of one made-up article. */
export function extract(body: string, published: string, extra: Partial<CorpusArticle> = {}) {
  return extractCorpus([{ slug: 'test-article', filePath: 'content/articles/test-article.md', published, body, ...extra }], speakers);
}
