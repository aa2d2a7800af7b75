/**
 * A synthetic content directory: `articles/*.md` (the importer's format),
 * `speakers.yaml` (the registry's) and `truth.json`, the statements planted.
 * Article N depends only on the seed and N, so a corpus of 50 articles is
 * the first 50 of a corpus of 1,000, and the same seed gives the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import slugify from '@sindresorhus/slugify';
import { generateArticle, type PlantedStatement } from './article.ts';
import { hashSeed } from './random.ts';
import { emptyLedger, formatLedger } from '../../src/lib/site/ledger.ts';
import { generateRegistry, registryProblems, registryYaml, type GeneratedRegistry } from './registry.ts';

/** The planted statements of one article. */
export interface TruthArticle {
  /** The article's slug: statements name it in `article`. */
  article: string;
  /** Its file, relative to the content directory. */
  file: string;
  published: string;
  statements: PlantedStatement[];
}

/** truth.json: what the generator planted, article by article. */
export interface Truth {
  generator: 'bayan-corpus';
  version: 1;
  seed: number;
  articles: number;
  statements: number;
  items: TruthArticle[];
}

/** A generated corpus, in memory. */
export interface Corpus {
  registry: GeneratedRegistry;
  /** Article files, keyed by their path relative to the content directory (`articles/<slug>.md`). */
  files: { path: string; text: string }[];
  speakersYaml: string;
  truth: Truth;
}

/** How big a corpus to make: a number of articles, or of planted statements (exactly). */
export type CorpusSize = { articles: number; statements?: undefined } | { statements: number; articles?: undefined };

/** A short Latin slug from the title's first words, as the importer names files. */
function shortSlug(title: string): string {
  const slug = slugify(title.split(/\s+/u).slice(0, 5).join(' '));
  return slug.length <= 48 ? slug : slug.slice(0, 48).replace(/-[^-]*$/u, '');
}

/** Generate a corpus in memory. */
export function generateCorpus(size: CorpusSize, seed: number): Corpus {
  const registry = generateRegistry(hashSeed(seed, 'registry'));
  const problems = registryProblems(registry.speakers);
  if (problems.length > 0) throw new Error(`generated registry is ambiguous: ${problems.join('; ')}`);
  const files: Corpus['files'] = [];
  const items: TruthArticle[] = [];
  const slugs = new Set<string>();
  let planted = 0;
  for (let index = 0; ; index++) {
    if (size.articles !== undefined && index >= size.articles) break;
    const left = (size.statements ?? Infinity) - planted;
    if (left <= 0) break;
    let draft = generateArticle(registry, seed, index);
    // The last article of a corpus sized in statements plants no more than are left.
    for (let cap = Math.min(left, 6); draft.statements.length > left && cap >= 1; cap--)
      draft = generateArticle(registry, seed, index, cap);
    const base = `${draft.published.slice(0, 10)}-${draft.outlet.slug}-${shortSlug(draft.title) || 'article'}`;
    let slug = base;
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);
    const file = `articles/${slug}.md`;
    files.push({ path: file, text: draft.markdown });
    items.push({ article: slug, file, published: draft.published, statements: draft.statements });
    planted += draft.statements.length;
  }
  const truth: Truth = { generator: 'bayan-corpus', version: 1, seed, articles: items.length, statements: planted, items };
  return { registry, files, speakersYaml: registryYaml(registry.speakers), truth };
}

/** Write a corpus as a content directory: `dir/articles/*.md`, `dir/speakers.yaml`, an empty `dir/permalinks.json`, `dir/truth.json`. */
export function writeCorpus(dir: string, corpus: Corpus): void {
  mkdirSync(join(dir, 'articles'), { recursive: true });
  for (const f of corpus.files) writeFileSync(join(dir, f.path), f.text);
  writeFileSync(join(dir, 'speakers.yaml'), corpus.speakersYaml);
  writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(corpus.truth, null, 1)}\n`);
  // The build needs a ledger of published ids; a new corpus has published none yet (npm run permalinks records them).
  writeFileSync(join(dir, 'permalinks.json'), formatLedger(emptyLedger()));
}
