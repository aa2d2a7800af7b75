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
 * The largest article Bayan reads: 256 KB. A news article is a few kilobytes
 * (the longest in the corpus is 6 KB; the longest on a news site well under
 * 200 KB), so anything larger is a page dump or a mistake. Up to this size
 * any article extracts in well under 2 s, however it is written: the
 * extractor's cost grows faster than the text where every sentence is a
 * statement (7 s for a megabyte of them), and every page that quotes the
 * article grows with it.
 */
export const MAX_FILE_BYTES = 256 * 1024;

/**
 * The most lines an article's body may have. Markdown is parsed line by line
 * at some 50 µs a line, so 256 KB of empty paragraphs (85,000 of them) took
 * seconds to parse and made an article page of megabytes; a news article has
 * a few dozen paragraphs, a few hundred lines if its lines are wrapped.
 */
export const MAX_LINES = 5_000;

/**
 * The longest paragraph (or heading), in characters. A news paragraph has a
 * few hundred; some of the extractor's work grows with the square of a
 * paragraph's sentences or dates (22,000 dates in one 256 KB paragraph took
 * 2 s), so bounding the paragraph bounds that work by the article's size.
 */
export const MAX_PARAGRAPH = 20_000;

/**
 * The most characters an article's body may hold that Markdown reads as
 * markup (`\ \` * _ [ ] < & !`, see src/lib/markdown/blocks.ts). Prose has a
 * handful; 256 KB of `*a*a…` or `\\` is not an article, and each of them
 * costs the parser a token of its own.
 */
export const MAX_MARKUP = 10_000;

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
  const why = limit === MAX_FILE_BYTES ? ' per article (a news article is a few KB): is this really one article?' : '';
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
 * direction marks (U+200B–U+200F) are format characters that Arabic text
 * uses, and stay; bidi embeddings, overrides and isolates are checked where
 * the text is decoded (`unusableCharacter`).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

/** The bidi embeddings, overrides and isolates, by name. */
const BIDI: Readonly<Record<string, string>> = {
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'pop directional formatting',
  '\u202d': 'left-to-right override',
  '\u202e': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
};

/**
 * What text cannot hold once it is decoded (from YAML's escapes, or Markdown's
 * character references): controls (NUL included), a lone surrogate or a
 * noncharacter, which RSS and other XML cannot carry, and the bidi
 * embeddings, overrides and isolates, which reverse the text around them (a
 * citation line's address would read backwards). Plain marks (U+200E, U+200F,
 * U+061C) stay: they only settle the direction of a neutral character.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNUSABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|\p{Cs}/u;

/** A character a reader sees: a letter, a digit, a punctuation mark or a symbol (not a space, a mark or a format character). */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** True when `text` shows nothing: it is empty, or only spaces and zero-width, format or combining characters. */
export const isBlank = (text: string): boolean => !VISIBLE.test(text);

const codePoint = (ch: string): string => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character decoded text cannot hold, described ("the control character U+001B"), or undefined. */
export function unusableCharacter(text: string): string | undefined {
  const found = UNUSABLE.exec(text)?.[0];
  if (found === undefined) return undefined;
  const bidi = BIDI[found];
  if (bidi) return `the bidi control ${codePoint(found)} (${bidi}), which would reverse the text around it`;
  if (/\p{Cs}/u.test(found)) return `${codePoint(found)}, half of a character (a lone surrogate)`;
  if (found >= '\ufffe') return `${codePoint(found)}, which is not a character`;
  return `the control character ${codePoint(found)}, which has no place in text`;
}

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
