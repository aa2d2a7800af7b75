/**
 * Writing an imported article as Markdown: YAML frontmatter (the `yaml`
 * library) and a body serialized by remark-stringify from an mdast tree, so
 * that any Markdown or HTML syntax in scraped text is escaped, never obeyed.
 */
import type { Root, RootContent } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify } from 'yaml';

/** A block of the cleaned article: a paragraph or a subheading. */
export interface Block {
  type: 'paragraph' | 'heading';
  text: string;
}

/**
 * Frontmatter fields in the order they are written. An imported page records where its title,
 * outlet, date and address came from (`publishedFrom: json-ld`: see html/facts.ts).
 */
export interface Frontmatter {
  title: string;
  titleFrom?: string;
  titleDerived?: boolean;
  outlet: string;
  outletFrom?: string;
  dateline?: string;
  published: string;
  publishedFrom?: string;
  url?: string;
  urlFrom?: string;
  language: string;
  importedFrom?: string;
}

/** Serialize frontmatter and blocks into the article file's text. */
export function toMarkdown(frontmatter: Frontmatter, blocks: readonly Block[]): string {
  const children: RootContent[] = blocks.map((b) =>
    b.type === 'heading'
      ? { type: 'heading', depth: 2, children: [{ type: 'text', value: b.text }] }
      : { type: 'paragraph', children: [{ type: 'text', value: b.text }] },
  );
  const tree: Root = { type: 'root', children };
  const body = unified().use(remarkStringify).stringify(tree);
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  return `---\n${yaml}---\n\n${body}`;
}
