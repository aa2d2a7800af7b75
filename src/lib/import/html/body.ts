/**
 * The article's body, found by Mozilla's Readability (the reader view of
 * Firefox) over the page's DOM, and turned into Markdown's blocks by the
 * unified family (rehype-parse → rehype-remark): menus, sidebars, «الأكثر
 * قراءة», comments and share buttons stay behind. Scripts, styles, forms and
 * embeds (video, social posts, frames) are removed before Readability looks,
 * so none of them reaches the article. The blocks come out as lines of text
 * for the text importer, which does the rest (src/lib/import/article.ts).
 */
import { Readability } from '@mozilla/readability';
import type { Nodes as HastNodes } from 'hast';
import type { Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';

/** What the reader view found: its title and byline, and the body's blocks in order. */
export interface PageBody {
  title?: string;
  byline?: string;
  blocks: { text: string; heading: boolean }[];
}

/** Never article prose: code, forms, media and embedded posts. */
const EMBEDS = [
  'script, style, noscript, template, link, form, button, input, select, textarea, iframe, embed, object',
  'video, audio, svg, canvas, picture, figure, img, amp-img, amp-ad, amp-embed, amp-iframe, amp-video, amp-youtube, amp-twitter',
  'amp-instagram, amp-facebook, amp-social-share, amp-sidebar, amp-analytics',
  '[class*="twitter-tweet" i], [class*="instagram-media" i], [class*="tiktok-embed" i], [class*="fb-post" i]',
].join(', ');

/** Elements marked as the time of the last change. */
const UPDATE_MARKS = '[itemprop="dateModified" i], time.updated, [class*="modified" i], [class*="updated" i]';
/** A line that opens as an update stamp. */
const UPDATE_STAMP = /^\s*(?:(?:آخر|اخر)\s+(?:تحديث|تعديل)|(?:تاريخ\s+)?التحديث|تم التحديث|updated|last modified)/iu;

const fold = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** True when the node's words are all a link's: a pointer to another page, not the article's own sentence. */
function onlyLinks(node: Paragraph | Nodes): boolean {
  const kids: readonly PhrasingContent[] = 'children' in node ? (node.children as PhrasingContent[]) : [];
  return kids.some((k) => k.type === 'link') && kids.every((k) => k.type === 'link' || (k.type === 'text' && k.value.trim() === ''));
}

/** A paragraph's lines: a `<br>` inside a paragraph ends a line of its own (a byline, a date). */
function paragraphLines(node: Paragraph): string[] {
  const lines: string[] = [''];
  for (const kid of node.children)
    if (kid.type === 'break') lines.push('');
    else lines[lines.length - 1] += toString(kid, { includeImageAlt: false });
  return lines.map(fold).filter(Boolean);
}

/** Walk the Markdown tree's blocks in order; block quotes and list items give their paragraphs. */
function collect(node: Nodes, out: PageBody['blocks']): void {
  if (node.type === 'heading') {
    const text = fold(toString(node, { includeImageAlt: false }));
    if (text) out.push({ text, heading: true });
  } else if (node.type === 'paragraph') {
    if (!onlyLinks(node)) for (const text of paragraphLines(node)) out.push({ text, heading: false });
  } else if (node.type === 'list') {
    // A list of links is a list of other articles ("related", tags), not the article's.
    if (!node.children.every((item) => item.children.every((c) => c.type === 'paragraph' && onlyLinks(c))))
      for (const item of node.children) collect(item, out);
  } else if (node.type === 'code') {
    for (const line of node.value.split('\n')) if (fold(line)) out.push({ text: fold(line), heading: false });
  } else if ('children' in node && (node.type === 'root' || node.type === 'blockquote' || node.type === 'listItem')) {
    for (const kid of node.children) collect(kid, out);
  }
}

const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption']);

/**
 * Old sites lay pages out in tables, text and paragraphs side by side in a cell; read as a table,
 * each row would become one line. As plain blocks they keep their paragraphs.
 */
function untable<T extends HastNodes>(node: T): T {
  if (node.type === 'element' && TABLE_PARTS.has(node.tagName)) node.tagName = 'div';
  if ('children' in node) for (const kid of node.children) untable(kid);
  return node;
}

/** Find the article in a parsed page (which it changes: Readability works in place). */
export function readBody(doc: Document): PageBody {
  for (const el of doc.querySelectorAll(EMBEDS)) el.remove();
  // An update stamp («آخر تحديث: 2 آذار 2024») would read as the date line of the text: the time an article
  // was last changed is never its publication.
  for (const el of doc.querySelectorAll(UPDATE_MARKS)) el.remove();
  for (const el of doc.querySelectorAll('p, div, span, li, small')) {
    const text = el.textContent ?? '';
    if (text.length <= 80 && UPDATE_STAMP.test(text)) el.remove();
  }
  const found = new Readability(doc).parse();
  const blocks: PageBody['blocks'] = [];
  if (found?.content) {
    const toMdast = unified().use(rehypeParse, { fragment: true }).use(rehypeRemark);
    collect(toMdast.runSync(untable(toMdast.parse(found.content))) as Root, blocks);
  }
  const body: PageBody = { blocks };
  if (found?.title) body.title = fold(found.title);
  if (found?.byline) body.byline = fold(found.byline);
  return body;
}
