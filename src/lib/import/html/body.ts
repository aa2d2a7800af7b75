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
  'video, audio, svg, canvas, picture, figure, img',
  '[class*="twitter-tweet" i], [class*="instagram-media" i], [class*="tiktok-embed" i], [class*="fb-post" i]',
].join(', ');

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
  } else if (node.type === 'table') {
    for (const row of node.children) out.push({ text: fold(row.children.map((c) => toString(c)).join(' ')), heading: false });
  } else if (node.type === 'code') {
    for (const line of node.value.split('\n')) if (fold(line)) out.push({ text: fold(line), heading: false });
  } else if ('children' in node && (node.type === 'root' || node.type === 'blockquote' || node.type === 'listItem')) {
    for (const kid of node.children) collect(kid, out);
  }
}

/** Find the article in a parsed page (which it changes: Readability works in place). */
export function readBody(doc: Document): PageBody {
  for (const el of doc.querySelectorAll(EMBEDS)) el.remove();
  const found = new Readability(doc).parse();
  const blocks: PageBody['blocks'] = [];
  if (found?.content) {
    const toMdast = unified().use(rehypeParse, { fragment: true }).use(rehypeRemark);
    collect(toMdast.runSync(toMdast.parse(found.content)) as Root, blocks);
  }
  const body: PageBody = { blocks };
  if (found?.title) body.title = fold(found.title);
  if (found?.byline) body.byline = fold(found.byline);
  return body;
}
