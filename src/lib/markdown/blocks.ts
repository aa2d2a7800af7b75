/**
 * An article body as numbered blocks. remark parses the Markdown; every
 * top-level block that is not a heading becomes a paragraph numbered from 1 in
 * document order. The article page gives paragraph N the id `p-N`, and the
 * extractor records N for each statement, so both count the same way here.
 *
 * The body is read as the Markdown the importer writes: paragraphs and `#`
 * headings, with character escapes (`\*`) and references (`&amp;`) decoded;
 * code and raw HTML blocks are kept as text. Nothing else is markup: lists,
 * block quotes, emphasis, links, images, inline code and HTML, autolinks,
 * setext headings and link definitions are shown as written. Those are the
 * constructs that nest or look back (micromark spent 5 s on 40 KB of `*a`,
 * 10 s on 2,000 lines of `- - - … a`, and overflowed the stack on 5,000 `>`);
 * without them the tree is flat and parsing grows with the number of lines.
 * Scraped articles carry no inline markup worth keeping, and the importer
 * escapes whatever looks like it.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A block of an article body, as plain text (scraped articles carry no inline markup worth keeping). */
export type BodyBlock = { type: 'heading'; depth: number; text: string } | { type: 'paragraph'; index: number; text: string };

/** micromark's constructs that are switched off (see above): their characters stay text. */
const NOT_MARKUP = [
  'attention',
  'autolink',
  'blockQuote',
  'codeText',
  'definition',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
  'list',
  'setextUnderline',
];

/**
 * The characters where micromark stops to try a construct in running text
 * (even a switched-off one): each makes tokens of its own, so a body of
 * nothing else parses some ten times slower than prose (a second for 256 KB
 * of `\\`). Arabic prose has a handful; the content check caps them.
 */
const MARKUP = new Set(['!', '&', '*', '<', '[', '\\', ']', '_', '`']);

/** How many characters of `text` Markdown may read as markup (see `MARKUP`). */
export function markupCount(text: string): number {
  let count = 0;
  for (const ch of text) if (MARKUP.has(ch)) count++;
  return count;
}

const parser = unified()
  .use(function articleMarkdown(this: ReturnType<typeof unified>) {
    this.data('micromarkExtensions', [{ disable: { null: NOT_MARKUP } }]);
  })
  .use(remarkParse);

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
