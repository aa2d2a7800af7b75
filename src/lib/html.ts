/**
 * Markup as data, drawn two ways: as HTML by the build (`toHtml`, every text
 * and attribute escaped) and as DOM nodes by the browser (`toDom`, text nodes
 * only: Trusted Types forbid parsing HTML there). A piece of the page that
 * both draw, the statement card (`site/card.ts`), is written once as a tree.
 *
 * Hand-written rather than hast (hastscript, hast-util-to-html and a to-DOM
 * step): hastscript alone, with its property tables, is 21 KB minified (7 KB
 * gzipped) in the search's code, for the three things a card needs:
 * elements, attributes and text.
 */

/** An element's attributes; an undefined value leaves the attribute out, an empty one writes it bare. */
export type Attributes = Readonly<Record<string, string | undefined>>;

/** An element: its tag, attributes and children (a string is text). */
export interface Element {
  tag: string;
  attributes: Attributes;
  children: Child[];
}

/** A child of an element: an element or text. */
export type Child = Element | string;

/** An element; children that are `false`, `undefined` or empty strings are left out, arrays are spread. */
export function h(tag: string, attributes: Attributes = {}, ...children: (Child | readonly Child[] | false | undefined)[]): Element {
  return { tag, attributes, children: children.flat().filter((c): c is Child => c !== false && c !== undefined && c !== '') };
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string): string => text.replace(/[&<>"]/gu, (c) => ESCAPES[c] ?? c);

/** The tree as HTML. */
export function toHtml(node: Child): string {
  if (typeof node === 'string') return escape(node);
  const attributes = Object.entries(node.attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  return `<${node.tag}${attributes}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}

/** The tree as DOM nodes of `document`. */
export function toDom(node: Child, document: Document): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attributes)) if (value !== undefined) element.setAttribute(name, value);
  element.append(...node.children.map((child) => toDom(child, document)));
  return element;
}
