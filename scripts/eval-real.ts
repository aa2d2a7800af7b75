/**
 * `npm run eval:real -- --texts DIR [--split tune|holdout|all] [--manifest FILE]`
 *
 * Scores the whole pipeline on real published articles, as a user meets it:
 * each `<id>.txt` in DIR (raw scraped text, kept outside the repository) is
 * imported with the importer, given the outlet, day and URL the manifest
 * records, checked as the build checks an article, and extracted with the
 * registry in content/speakers.yaml. Prints precision and recall overall and
 * per case, every miss (a wrong day and a wrong speaker named as such), every
 * false positive and every junk speaker. By default it scores the part of the
 * set that is tuned on; the held-back part is scored only when asked for.
 * `--out DIR` also writes the imported articles there (outside the repository:
 * they hold the text), `--verbose` prints the extractor's warnings.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../src/lib/content/articles.ts';
import { readArticleText, type ArticleFile } from '../src/lib/content/files.ts';
import { checkSize, decodeText } from '../src/lib/content/text.ts';
import { extractCorpus } from '../src/lib/extract/corpus.ts';
import { evaluate } from '../src/lib/extract/evaluate.ts';
import { goldArticles, parseManifest, type RealCase } from '../src/lib/extract/manifest.ts';
import { importArticle, ImportError } from '../src/lib/import/article.ts';
import { readOffices, readRegistry, REGISTRY } from './content.ts';
import { printScore } from './score.ts';

const USAGE =
  'usage: npm run eval:real -- --texts DIR [--split tune|holdout|all] [--manifest FILE] [--registry FILE] [--case ID …] [--out DIR] [--verbose]';
const { values } = parseArgs({
  options: {
    texts: { type: 'string' },
    split: { type: 'string', default: 'tune' },
    manifest: { type: 'string', default: 'tests/fixtures/real/manifest.json' },
    registry: { type: 'string', default: REGISTRY },
    case: { type: 'string', multiple: true },
    verbose: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const line = (s: string) => process.stdout.write(`${s}\n`);
if (!values.texts || !['tune', 'holdout', 'all'].includes(values.split)) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
const here = process.env['INIT_CWD'] ?? process.cwd();
const textsDir = resolve(here, values.texts);
// --out: where to write the imported articles, to read what the importer made of each text.
const outDir = values.out === undefined ? undefined : resolve(here, values.out);
if (outDir) mkdirSync(outDir, { recursive: true });

let cases: RealCase[];
try {
  cases = parseManifest(readFileSync(resolve(here, values.manifest), 'utf8'));
} catch (error) {
  process.stderr.write(`eval:real: ${values.manifest}: ${(error as Error).message}\n`);
  process.exit(1);
}
cases = cases.filter((c) => values.split === 'all' || c.split === values.split);
if (values.case) cases = cases.filter((c) => values.case?.includes(c.id));

/** Import one text as `npm run import` does, with the manifest's facts on the command line. */
function importCase(c: RealCase): ArticleFile {
  const path = join(textsDir, `${c.id}.txt`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ImportError(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  checkSize(path, bytes.length);
  const article = importArticle(decodeText(path, bytes), {
    outlet: c.outlet,
    published: c.published,
    url: c.url,
    sourceName: `${c.id}.txt`,
  });
  if (outDir) writeFileSync(join(outDir, article.fileName), article.markdown);
  return readArticleText(article.fileName, article.markdown);
}

const imported = new Map<string, ArticleFile>();
const failed = new Map<string, string>();
for (const c of cases) {
  try {
    imported.set(c.id, importCase(c));
  } catch (error) {
    if (!(error instanceof ImportError || error instanceof ContentError)) throw error;
    failed.set(c.id, error.message);
  }
}

const articles = [...imported.values()];
// Paths on the command line are the user's, from where they typed it (npm runs scripts from the root).
const registryPath = resolve(here, values.registry);
const speakers = readRegistry(registryPath);
const { statements, warnings } = extractCorpus(articles, speakers, undefined, readOffices(speakers, registryPath));
const extracted = [...imported].map(([id, a]) => ({
  file: a.filePath,
  id,
  body: a.body,
  statements: statements.filter((s) => s.article === a.slug),
}));
const score = evaluate(goldArticles(cases), extracted);

const outlets = new Set(cases.map((c) => c.outlet));
line(`real-world set, ${values.split}: ${cases.length} articles, ${outlets.size} outlets`);
printScore(score, line);
for (const [id, reason] of failed) line(`  import failed  ${id}: ${reason}`);

line('');
line('per case:  correct/required  published  [misses, false positives]');
for (const c of cases) {
  const required = c.statements.filter((s) => !s.optional).length;
  const misses = score.misses.filter((m) => m.seed === c.id);
  const wrong = score.falsePositives.filter((f) => f.seed === c.id);
  const mark = misses.length === 0 && wrong.length === 0 ? '  ' : '✗ ';
  line(
    `${mark}${c.id.padEnd(34)} ${String(required - misses.length).padStart(2)}/${required}  out ${(extracted.find((e) => e.id === c.id)?.statements.length ?? 0).toString().padStart(2)}  ${c.outlet}`,
  );
}
if (values.verbose) {
  line('');
  const slugs = new Map([...imported].map(([id, a]) => [a.slug, id]));
  for (const w of warnings) line(`  warning  ${slugs.get(w.article) ?? w.article} ¶${w.paragraph}: ${w.message}`);
}
