/**
 * Files on disk, before their bytes are read. Only regular files are read: a
 * named pipe or a device (`/dev/zero`) reports a size of 0 and then never
 * ends, so the size check alone would let the build or the importer hang on
 * one. A dangling link (editors' lock files `.#x.md` are such links) is
 * refused with its path, never a stack trace. Article file names become web
 * addresses (`/articles/<name>/`), so only a safe alphabet is accepted.
 */
import { lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { ContentError } from './articles.ts';
import { contentFiles } from './location.ts';
import { checkSize } from './text.ts';

/**
 * Characters that would break a one-line message or show it in another order
 * than it was written: C0 and C1 controls, and bidi embeddings, overrides and
 * isolates. Shown as escapes (`\n`, `\u202e`).
 */
// eslint-disable-next-line no-control-regex -- escaping control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A path or name with its unprintable characters escaped (see `UNPRINTABLE`). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A path as messages show it: from the working directory when inside it (content/articles/x.md), else absolute; printable. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return printable(rel === '' || rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel);
}

/** What a path is when it is not a regular file, in words; undefined for a regular file. */
function notAFile(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The path's stats, links followed; a dangling link, a loop of links or an unreadable path is a `ContentError` naming it. */
function statFile(path: string, shown: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT' && isLink(path)) {
      throw new ContentError(shown, 'a link to a file that does not exist (a dangling symbolic link): remove it or restore its target');
    }
    if (code === 'ELOOP') throw new ContentError(shown, 'a link that leads back to itself (a loop of symbolic links)');
    throw new ContentError(shown, `cannot read (${code})`);
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** True when something is at `path`, even a dangling link (which `existsSync` calls absent). */
export function isPresent(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * A regular file's bytes, after its size is checked against `limit`; anything
 * else (a folder, a FIFO, a device, a dangling link) is a `ContentError`
 * naming `shown`, the path as the editor knows it.
 */
export function readRegularFile(path: string, shown: string, limit: number): Buffer {
  const stats = statFile(path, shown);
  const kind = notAFile(stats);
  if (kind) throw new ContentError(shown, `${kind}, not a file: only regular files are read`);
  checkSize(shown, stats.size, limit);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ContentError(shown, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** What an article file may be called: its name is the address of its page (/articles/<name>/); a draft's starts with `_`. */
const SAFE_NAME = /^_?[a-z0-9][a-z0-9_-]*\.md$/u;

/**
 * Files the build skips: drafts, a file or folder whose name starts with `_` anywhere in the path
 * (`_drafts/x.md`, `2024/_x.md`), and hidden files (`.x.md`, editors' lock files `.#x.md`).
 */
export const isSkipped = (path: string): boolean =>
  path.split(/[\\/]/u).some((segment) => segment.startsWith('_') || segment.startsWith('.'));

/** Every article file the build loads: `<dir>/articles/**\/*.md` but drafts and hidden files, sorted. */
export function articleFiles(contentDir: string): string[] {
  const dir = contentFiles(contentDir).articles;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md') && !isSkipped(f))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Refuse an article file whose name is outside the safe alphabet, naming the
 * file and the characters allowed: `%41`, `#`, `?`, `\` or a line break in a
 * name would make an address that leads elsewhere, or nowhere.
 */
export function checkArticleName(path: string): void {
  const name = basename(path);
  if (SAFE_NAME.test(name)) return;
  const stem = name.replace(/^_/u, '').replace(/\.md$/u, '');
  const bad = [...stem].find((ch, i) => !/[a-z0-9_-]/u.test(ch) || (i === 0 && ch === '_')) ?? name;
  throw new ContentError(
    shownPath(path),
    `the file name holds "${printable(bad)}": an article's name becomes its web address, so it may hold only a-z, 0-9, - and _ (then .md)`,
  );
}

/** What changes when a file changes: its size and modification time; for a dangling link, the link's own. Never throws. */
export function fileStamp(path: string): string {
  for (const stat of [statSync, lstatSync]) {
    try {
      const s = stat(path);
      return `${s.size}:${s.mtimeMs}`;
    } catch {
      // a dangling link: the link's own time; gone since it was listed: none
    }
  }
  return 'gone';
}
