/**
 * `npm run import -- <raw.txt> [--published …] [--url …] [--outlet …] [--out DIR] [--force]`
 *
 * Turns one raw scraped article into a Markdown file under content/articles/
 * and prints its path. Exits 1 with a one-line reason when the text cannot be
 * imported (no date, no outlet), and 2 on bad usage. Never overwrites a file
 * without --force.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { importArticle, ImportError } from '../src/lib/import/article.ts';

const USAGE = 'usage: npm run import -- <raw.txt> [--published YYYY-MM-DD] [--url URL] [--outlet NAME] [--out DIR] [--force]';

function fail(message: string, code = 1): never {
  process.stderr.write(`import: ${message}\n`);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      url: { type: 'string' },
      outlet: { type: 'string' },
      out: { type: 'string', default: 'content/articles' },
      force: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
const [input, ...extra] = positionals;
if (input === undefined || extra.length > 0) fail(USAGE, 2);

let raw: string;
try {
  raw = await readFile(input, 'utf8');
} catch (error) {
  fail(`${input}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
}

try {
  const article = importArticle(raw, {
    sourceName: basename(input),
    ...(values.published === undefined ? {} : { published: values.published }),
    ...(values.url === undefined ? {} : { url: values.url }),
    ...(values.outlet === undefined ? {} : { outlet: values.outlet }),
  });
  await mkdir(values.out, { recursive: true });
  const target = join(values.out, article.fileName);
  try {
    await writeFile(target, article.markdown, { flag: values.force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(`${target} already exists; pass --force to overwrite it`);
    throw error;
  }
  process.stdout.write(`${relative(process.cwd(), target) || target}\n`);
} catch (error) {
  if (error instanceof ImportError) fail(`${input}: ${error.message}`);
  throw error;
}
