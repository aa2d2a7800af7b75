/**
 * From a file's bytes to its text, for every tool that reads one: the build's
 * loaders, `extract` and the importer. Scraped text arrives in whatever state
 * a web page or an editor left it, so a file that is not plain UTF-8 text is
 * refused here, naming the file and saying what to do, before any parser sees
 * it: none of them would say anything clearer, and some would read it wrongly
 * without a word (a Windows-1256 file decoded as UTF-8 is all U+FFFD).
 */
import { ContentError } from './articles.ts';

/**
 * The largest file Bayan reads: 1 MB. A news article is a few kilobytes (the
 * longest in the corpus is 6 KB; the longest on a news site well under 200 KB),
 * so anything larger is a page dump or a mistake. The extractor stays fast up
 * to this size (a 1 MB single-paragraph article takes a few seconds); a 5 MB
 * file would make every page that quotes it megabytes long.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * The registry and the ledger of published ids grow with the corpus (the
 * ledger of 30,000 statements is 2.5 MB), so they get a limit of their own:
 * only a runaway file reaches it.
 */
export const MAX_INDEX_FILE_BYTES = 64 * 1024 * 1024;

/** A byte count for people: "5.0 MB", "812 KB", "37 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The refusal for a file over `limit` (an article's by default); callers that can stat a file use it before reading it. */
export function checkSize(filePath: string, bytes: number, limit = MAX_FILE_BYTES): void {
  if (bytes <= limit) return;
  const why = limit === MAX_FILE_BYTES ? ' per file (a news article is a few KB): is this really one article?' : '';
  throw new ContentError(filePath, `the file is ${formatBytes(bytes)}; the limit is ${formatBytes(limit)}${why}`);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The 1-based line of byte `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The first line (1-based) whose bytes are not UTF-8; lines are checked one by one so the editor knows where to look. */
function firstBadLine(bytes: Uint8Array): number {
  let start = 0;
  let line = 1;
  for (;;) {
    const end = bytes.indexOf(0x0a, start);
    try {
      utf8.decode(bytes.subarray(start, end < 0 ? bytes.length : end));
    } catch {
      return line;
    }
    if (end < 0) return line; // only a sequence cut by the end of the file
    start = end + 1;
    line++;
  }
}

/**
 * C0 controls other than tab, line feed and carriage return, DEL, and C1
 * controls. They have no place in an article and are how a hostile page would
 * smuggle terminal escapes (ESC [) into the build log. Zero-width and
 * direction marks (U+200B–U+200F, U+202A–U+202E) are format characters that
 * Arabic text uses, and stay.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

/**
 * Decode a file's bytes as UTF-8 text, or throw a `ContentError` naming
 * `filePath`: a file over `limit`, UTF-16 (Notepad's "Unicode"), a
 * binary file (NUL bytes), bytes that are not UTF-8 (Windows-1256, the old
 * Arabic Windows encoding, is the usual one) or control characters. A UTF-8
 * byte-order mark is accepted and dropped, as Astro does: Windows editors add
 * one, and it changes nothing else.
 */
export function decodeText(filePath: string, bytes: Uint8Array, limit = MAX_FILE_BYTES): string {
  checkSize(filePath, bytes.length, limit);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ContentError(filePath, 'the file is UTF-16 (Windows Notepad calls it "Unicode"); save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new ContentError(filePath, `line ${lineAt(bytes, nul)} holds a NUL byte: this is a binary file (or UTF-16 text), not UTF-8 text`);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ContentError(
      filePath,
      `the file is not UTF-8 (line ${firstBadLine(bytes)} is the first that is not); it may be Windows-1256: save it as UTF-8`,
    );
  }
  text = text.replace(/^\ufeff/u, '');
  const control = CONTROL.exec(text);
  if (control) {
    const code = (control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    const line = text.slice(0, control.index).split('\n').length;
    throw new ContentError(filePath, `line ${line} holds the control character U+${code}, which has no place in text: remove it`);
  }
  return text;
}
