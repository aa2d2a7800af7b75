/**
 * `npm run import -- <raw.txt> [--published …] [--url …] [--outlet …] [--out DIR] [--force]`
 *
 * Turns one raw scraped article into a Markdown file under content/articles/
 * and prints its path. Exits 1 with a one-line reason when the text cannot be
 * imported (not UTF-8 text, over the size limit, no date, no outlet, or an
 * article the build would refuse), and 2 on bad usage. Never overwrites a file
 * without --force, and writes nothing when it refuses.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../src/lib/content/articles.ts';
import { readArticleText } from '../src/lib/content/files.ts';
import { printable, readRegularFile } from '../src/lib/content/disk.ts';
import { contentFiles } from '../src/lib/content/location.ts';
import { decodeText, MAX_FILE_BYTES } from '../src/lib/content/text.ts';
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
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}; ${USAGE}`, 2);
}
const { values, positionals } = parsed;
const [input, ...extra] = positionals;
if (input === undefined || extra.length > 0) fail(USAGE, 2);
if (values.outlet !== undefined && values.outlet.trim() === '') fail(`--outlet is empty; ${USAGE}`, 2);

// npm runs scripts from the package root; paths on the command line are the editor's, from where they typed it.
const here = process.env['INIT_CWD'] ?? process.cwd();
const inputPath = resolve(here, input);
const outDir = values.out === undefined ? resolve(contentFiles().articles) : resolve(here, values.out);

// Only a regular file is read (never a FIFO or /dev/zero), its size checked first, its bytes before they
// are text (see src/lib/content/disk.ts and text.ts).
const shownInput = printable(input);
let raw: string;
try {
  raw = decodeText(shownInput, readRegularFile(inputPath, shownInput, MAX_FILE_BYTES));
} catch (error) {
  if (error instanceof ContentError) fail(error.message);
  throw error;
}

try {
  const article = importArticle(raw, {
    sourceName: basename(input),
    ...(values.published === undefined ? {} : { published: values.published }),
    ...(values.url === undefined ? {} : { url: values.url }),
    ...(values.outlet === undefined ? {} : { outlet: values.outlet }),
  });
  const target = join(outDir, article.fileName);
  // As the editor would type it from where they are; a folder elsewhere is shown whole, not as ../../..
  const fromHere = relative(here, target);
  const shown = fromHere && !fromHere.startsWith('..') ? fromHere : target;
  // Never write a file the build would refuse (a --url that is not a web address, a date in the future …).
  try {
    readArticleText(shown, article.markdown);
  } catch (error) {
    if (error instanceof ContentError) fail(`${shownInput}: ${error.reason}`);
    throw error;
  }
  try {
    await mkdir(outDir, { recursive: true });
    await writeFile(target, article.markdown, { flag: values.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && existsSync(target)) fail(`${shown} already exists; pass --force to overwrite it`);
    fail(`cannot write ${shown} (${code ?? 'error'}): is --out a folder you can write to?`);
  }
  process.stdout.write(`${shown}\n`);
} catch (error) {
  if (error instanceof ImportError) fail(`${shownInput}: ${error.message}`);
  throw error;
}
