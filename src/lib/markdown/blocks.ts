/**
 * An article body as numbered blocks. remark parses the Markdown; every
 * top-level block that is not a heading becomes a paragraph numbered from 1 in
 * document order. The article page gives paragraph N the id `p-N`, and the
 * extractor records N for each statement, so both count the same way here.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A block of an article body, as plain text (scraped articles carry no inline markup worth keeping). */
export type BodyBlock = { type: 'heading'; depth: number; text: string } | { type: 'paragraph'; index: number; text: string };

const parser = unified().use(remarkParse);

function textOf(node: RootContent): string {
  // Raw HTML in an article is shown as text, never rendered.
  return (node.type === 'html' ? node.value : toString(node)).replace(/\s+/gu, ' ').trim();
}

/** Parse a Markdown body into headings and numbered paragraphs; empty blocks are skipped. */
export function parseBlocks(markdown: string): BodyBlock[] {
  const tree = parser.parse(markdown);
  const blocks: BodyBlock[] = [];
  let index = 0;
  for (const node of tree.children) {
    const text = textOf(node);
    if (text === '') continue;
    if (node.type === 'heading') blocks.push({ type: 'heading', depth: node.depth, text });
    else blocks.push({ type: 'paragraph', index: ++index, text });
  }
  return blocks;
}
