/**
 * Importing a web page: its bytes (a saved file, or a fetched answer) become
 * one article. The page's own facts (facts.ts) and its body (body.ts) are
 * handed to the text importer (../article.ts) as the text an editor would
 * have copied from the browser, headline and byline first, so that the
 * furniture rules, the date rules and the writing are the same for both.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { normalizeArabic } from '../../arabic/normalize.ts';
import { importArticle, ImportError, type ImportedArticle, type ImportOptions } from '../article.ts';
import { decodeHtml } from './decode.ts';
import { readBody } from './body.ts';
import { readFacts, type PageFacts } from './facts.ts';

/** A page's bytes and what came with them. */
export interface PageInput {
  bytes: Uint8Array;
  /** The charset the HTTP answer named, or `--encoding`. */
  charset?: string | undefined;
  /** The address it was fetched from, after redirects. */
  fetchedUrl?: string;
}

/** A byline's parts ("بغداد - كتب فلان | الأربعاء 10 كانون الثاني 2024"), each a header line of its own. */
const bylineLines = (byline: string | undefined): string[] =>
  (byline ?? '')
    .split(/\s+[|•·]\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);

/** Turn a page into an article file. Throws `ImportError` with a one-line reason. */
export function importPage(input: PageInput, options: Omit<ImportOptions, 'page'> = {}): ImportedArticle {
  const html = decodeHtml(input.bytes, input.charset);
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const facts: PageFacts = readFacts(doc, input.fetchedUrl);
  // A page that calls itself something else (a section front, a tag page) is refused unless the reader
  // view's own test finds a body of prose in it (asked before the reader view rewrites the page).
  if (facts.kind === 'other' && !isProbablyReaderable(doc))
    throw new ImportError(
      'this page is not an article: it calls itself a list or a section (its og:type or JSON-LD), and has no body of prose',
    );
  const body = readBody(doc);
  // The reader view's title is the <title> cut at a separator; the heading above the text, when it holds it, is the whole headline.
  const lead = body.blocks[0]?.heading ? body.blocks[0].text : undefined;
  const title = lead && body.title && normalizeArabic(lead).includes(normalizeArabic(body.title)) ? lead : body.title;
  if (!facts.title && title) facts.title = { value: title, from: 'title' };
  if (!facts.url && input.fetchedUrl) facts.url = { value: input.fetchedUrl, from: 'fetched' };

  // The headline is given to the importer apart; the body's copy of it (an <h1>) goes, as do lines the byline repeats.
  const header = bylineLines(body.byline);
  const same = new Set([facts.title?.value ?? '', body.byline ?? '', ...header].map(normalizeArabic));
  const blocks = body.blocks.filter((b) => !same.has(normalizeArabic(b.text)));
  const text = [...header, ...blocks.map((b) => b.text)].join('\n\n');
  if (text.trim() === '') throw new ImportError('the page has no article text: the reader view found no body in it');
  const headings = blocks.filter((b) => b.heading).map((b) => b.text);
  return importArticle(text, { ...options, page: { facts, headings } });
}
