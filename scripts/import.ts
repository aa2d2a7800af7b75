/**
 * `npm run import -- <https://… | page.html | raw.txt> [--published …] [--url …] [--outlet …] [--out DIR] [--force]
 *  [--encoding LABEL] [--timeout SECONDS]`
 *
 * Turns one web page (fetched, or saved as a file) or one raw scraped text
 * into a Markdown file under content/articles/, prints its path, and shows on
 * stderr the statements the extractor finds in it (the table of `npm run
 * extract`). Exits 1 with a one-line reason when it cannot import (a failed
 * fetch, not HTML or not UTF-8 text, over the size limit, no date, no outlet,
 * or an article the build would refuse), and 2 on bad usage. Never overwrites
 * a file without --force, and writes nothing when it refuses.
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
import { importArticle, ImportError, type ImportedArticle, type ImportOptions } from '../src/lib/import/article.ts';
import { DEFAULT_TIMEOUT_MS, download, MAX_PAGE_BYTES } from '../src/lib/import/download.ts';
import { importPage } from '../src/lib/import/html/page.ts';
import { REGISTRY } from './content.ts';
import { report } from './statements.ts';

const USAGE =
  'usage: npm run import -- <https://… | page.html | raw.txt> [--published YYYY-MM-DD] [--url URL] [--outlet NAME] [--out DIR] [--force] [--encoding LABEL] [--timeout SECONDS]';

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
      encoding: { type: 'string' },
      timeout: { type: 'string' },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}; ${USAGE}`, 2);
}
const { values, positionals } = parsed;
const [input, ...extra] = positionals;
if (input === undefined || extra.length > 0) fail(USAGE, 2);
if (values.outlet !== undefined && values.outlet.trim() === '') fail(`--outlet is empty; ${USAGE}`, 2);
const timeout = values.timeout === undefined ? DEFAULT_TIMEOUT_MS : Number(values.timeout) * 1000;
if (!(timeout > 0)) fail(`--timeout "${values.timeout}" is not a number of seconds; ${USAGE}`, 2);
try {
  if (values.encoding !== undefined) new TextDecoder(values.encoding);
} catch {
  fail(`--encoding "${values.encoding}" is not an encoding a browser knows (windows-1256, iso-8859-6, utf-8 …)`, 2);
}

// npm runs scripts from the package root; paths on the command line are the editor's, from where they typed it.
const here = process.env['INIT_CWD'] ?? process.cwd();
const outDir = values.out === undefined ? resolve(contentFiles().articles) : resolve(here, values.out);
const flags: ImportOptions = {
  ...(values.published === undefined ? {} : { published: values.published }),
  ...(values.url === undefined ? {} : { url: values.url }),
  ...(values.outlet === undefined ? {} : { outlet: values.outlet }),
};

/** "https://…", or anything else with a scheme ("ftp://", "file://"), which is refused rather than read as a path. */
const isAddress = /^[a-z][a-z0-9+.-]*:\/\//iu.test(input);
/** A page by its name (.html, .htm, .xhtml): it may be as large as a fetched page. */
const htmlName = /\.(?:x?html?|xht)$/iu.test(input);
/** A page by its first bytes, whatever its name. */
const startsLikeHtml = (bytes: Buffer) =>
  /^(?:\xef\xbb\xbf)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/iu.test(bytes.subarray(0, 4096).toString('latin1'));

const shownInput = printable(input);
let article: ImportedArticle;
try {
  if (isAddress) {
    const page = await download(input, timeout);
    // --encoding overrides the server's charset: some servers name the wrong one.
    article = importPage({ bytes: page.bytes, fetchedUrl: page.url, charset: values.encoding ?? page.charset }, flags);
  } else {
    // Only a regular file is read (never a FIFO or /dev/zero), its size checked first, its bytes before they
    // are text (see src/lib/content/disk.ts and text.ts).
    const bytes = readRegularFile(resolve(here, input), shownInput, htmlName ? MAX_PAGE_BYTES : MAX_FILE_BYTES);
    const source = { ...flags, sourceName: basename(input) };
    if (htmlName || startsLikeHtml(bytes)) article = importPage({ bytes, charset: values.encoding }, source);
    else article = importArticle(decodeText(shownInput, bytes), source);
  }
} catch (error) {
  if (error instanceof ContentError) fail(error.message);
  if (error instanceof ImportError) fail(`${shownInput}: ${error.message}`);
  throw error;
}

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

// What will be published, at once: the notes on the facts, then the statements (stdout keeps only the path).
for (const note of article.notes) process.stderr.write(`import: note: ${note}\n`);
try {
  const { statements, warnings, table, note } = report([target], REGISTRY);
  const none = statements.length === 0 ? '  no statements found: see `npm run extract` and the overrides in the README\n' : '';
  process.stderr.write(`${warnings.map((w) => `${w}\n`).join('')}${table}${none}${note}`);
} catch (error) {
  // Written, but the content folder as a whole does not build (a clash with another file): say so.
  if (!(error instanceof ContentError)) throw error;
  process.stderr.write(`import: the article is written, but the content does not check: ${error.message}\n`);
}
