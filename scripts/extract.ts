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
import { parseArgs } from 'node:util';
import { ContentError } from '../src/lib/content/articles.ts';
import { REGISTRY } from './content.ts';
import { report } from './statements.ts';

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
  const { articles, statements, warnings, table, note } = report(files, values.registry);
  for (const w of warnings) process.stderr.write(`${w}\n`);
  if (values.json) {
    const out = articles.map((a) => ({
      file: a.filePath,
      published: a.published,
      statements: statements.filter((s) => s.article === a.slug),
    }));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else process.stdout.write(table);
  process.stderr.write(note);
} catch (error) {
  // A bad file is the editor's to fix: one line, its path and the reason, no stack.
  if (!(error instanceof ContentError)) throw error;
  process.stderr.write(`extract: ${error.message}\n`);
  process.exit(1);
}
