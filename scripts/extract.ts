/**
 * `npm run --silent extract -- [--json] <file.md …>`
 *
 * Runs the build's extractor on article files. With --json it prints a JSON
 * array, one object per file: `{ file, published, statements }`, and nothing
 * else on stdout. Without it, a table for editors. Warnings go to stderr.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../src/lib/content/articles.ts';
import { extractCorpus } from '../src/lib/extract/corpus.ts';
import type { Statement } from '../src/lib/extract/types.ts';
import { readArticles, readLedger, readRegistry, REGISTRY, withCorpus } from './corpus.ts';

const { values, positionals: files } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false }, registry: { type: 'string', default: REGISTRY } },
});
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent extract -- [--json] <file.md …>\n');
  process.exit(2);
}

try {
  const speakers = readRegistry(values.registry);
  // Extract with the whole corpus and the published ids, as the build does, so the ids printed are the ids the site uses.
  const all = readArticles(withCorpus(files));
  const wanted = new Set(files.map((f) => relative(process.cwd(), resolve(f))));
  const articles = all.filter((a) => wanted.has(relative(process.cwd(), resolve(a.filePath))));
  const { statements, warnings: allWarnings } = extractCorpus(all, speakers, readLedger());
  const slugs = new Set(articles.map((a) => a.slug));
  const warnings = allWarnings.filter((w) => slugs.has(w.article));
  for (const w of warnings) process.stderr.write(`warning: ${w.article} ¶${w.paragraph}: ${w.message}\n`);
  const byArticle = (slug: string): Statement[] => statements.filter((s) => s.article === slug);
  if (values.json) {
    const out = articles.map((a) => ({ file: a.filePath, published: a.published, statements: byArticle(a.slug) }));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    for (const a of articles) {
      process.stdout.write(`\n${a.filePath}  (published ${a.published})\n`);
      for (const s of byArticle(a.slug)) {
        const who = `${s.speaker.name}${s.speaker.nameEn ? ` / ${s.speaker.nameEn}` : ''}${s.speaker.provisional ? ' [new]' : ''}`;
        const how = s.dateEvidence ? `${s.dateBasis}: «${s.dateEvidence}»` : s.dateBasis;
        process.stdout.write(`  ${s.date}  ${who}  ¶${s.paragraphs.join(',')}  ${how}\n    ${s.id}\n`);
      }
    }
  }
} catch (error) {
  if (error instanceof ContentError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
    process.stderr.write(`extract: ${(error as Error).message}\n`);
    process.exit(1);
  }
  throw error;
}
