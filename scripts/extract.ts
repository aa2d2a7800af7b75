/**
 * `npm run --silent extract -- [--json] <file.md …>`
 *
 * Runs the build's extractor on article files. With --json it prints a JSON
 * array, one object per file: `{ file, published, statements }`, and nothing
 * else on stdout. Without it, a table for editors. Warnings go to stderr, and
 * a note naming the speakers not in the registry yet (their ids will change).
 * It checks the content folder as the build does (BAYAN_CONTENT_DIR, or
 * content/): a file the build would refuse makes it exit 1 with one line,
 * `extract: <file>: <reason>`, and print nothing on stdout.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../src/lib/content/articles.ts';
import { readContent } from '../src/lib/content/folder.ts';
import type { Statement } from '../src/lib/extract/types.ts';
import { CONTENT_DIR, REGISTRY } from './content.ts';

const { values, positionals: files } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false }, registry: { type: 'string', default: REGISTRY } },
});
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent extract -- [--json] <file.md …>\n');
  process.exit(2);
}

try {
  // The build's own check and extraction, over the whole corpus plus the files asked for, so the
  // ids printed are the ids the site uses and a file the build would refuse is refused here.
  const { articles: all, statements, warnings: allWarnings } = readContent(CONTENT_DIR, { registry: values.registry, extra: files });
  const wanted = new Set(files.map((f) => resolve(f)));
  const articles = all.filter((a) => wanted.has(resolve(a.filePath)));
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
  const fresh = [...new Set(statements.filter((s) => slugs.has(s.article) && s.speaker.provisional).map((s) => s.speaker.name))];
  if (fresh.length > 0)
    process.stderr.write(
      `\nnote: not in ${values.registry} yet, marked [new]: ${fresh.join('، ')}. Add them there before \`npm run permalinks\` records ` +
        "these ids; added later, the statement gets the registered speaker's id, the old address leads there by itself, " +
        'and `npm run permalinks` records the redirect.\n',
    );
} catch (error) {
  // A bad file is the editor's to fix: one line, its path and the reason, no stack.
  if (!(error instanceof ContentError)) throw error;
  process.stderr.write(`extract: ${error.message}\n`);
  process.exit(1);
}
