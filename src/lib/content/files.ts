/**
 * Reading one content file's text: an article (frontmatter and body) or the
 * speaker registry. The build's loaders and the command-line tools (extract,
 * eval, the importer's final check) call these same functions, with the same
 * schemas (schema.ts), so a file one of them refuses the others refuse too,
 * with the same words. Every error is a `ContentError` naming the file.
 */
import type { BodyBlock } from '../markdown/blocks.ts';
import type { Overrides } from '../extract/overrides.ts';
import type { RegistrySpeaker } from '../speakers/types.ts';
import { checkBody, ContentError, slugOf } from './articles.ts';
import { parseRegistry } from './registry.ts';
import { articleSchema, validate, type ArticleFrontmatter } from './schema.ts';
import { parseYaml } from './yaml.ts';

/** An article file, read: what the extractor needs. */
export interface ArticleFile {
  filePath: string;
  slug: string;
  published: string;
  /** The frontmatter title and outlet, as written (the build derives a missing title). */
  title: string;
  /** The page's own headline, when it had one (not derived from the lede). */
  headline?: string;
  outlet: string;
  url?: string | undefined;
  body: string;
  /** The body's headings and numbered paragraphs, as the content check parsed them (the extractor reads these). */
  blocks: BodyBlock[];
  overrides?: Overrides | undefined;
  /** The whole frontmatter, validated. */
  data: ArticleFrontmatter;
}

/** The opening `---` line; Astro also allows blank lines before it, which no importer writes. */
const OPENING = /^---[ \t]*\r?\n/u;
/** The closing `---` line, searched from the line feed that ends the opening one. */
const CLOSING = /\n---[ \t]*(?:\r?\n|$)/u;

/** Split a Markdown file into its frontmatter YAML and its body, or say why it cannot be. */
function splitFrontmatter(filePath: string, text: string): { yaml: string; body: string } {
  if (text.trim() === '') throw new ContentError(filePath, 'the file is empty');
  const open = OPENING.exec(text);
  if (!open) throw new ContentError(filePath, 'no frontmatter: the file must start with a line of three dashes (---), then the fields');
  const from = open[0].length - 1;
  const close = CLOSING.exec(text.slice(from));
  if (!close) throw new ContentError(filePath, 'the frontmatter is not closed: no line of three dashes (---) after the fields');
  return { yaml: text.slice(open[0].length, from + close.index + 1), body: text.slice(from + close.index + close[0].length) };
}

/** Parse an article file's frontmatter and body (decoded text, see text.ts); throws `ContentError` naming the file. */
export function readArticleText(filePath: string, text: string): ArticleFile {
  const { yaml, body } = splitFrontmatter(filePath, text);
  const fields = parseYaml(filePath, yaml, 'the frontmatter', 2) ?? {};
  if (typeof fields !== 'object' || Array.isArray(fields) || fields instanceof Date) {
    throw new ContentError(filePath, 'the frontmatter is not a set of fields (title: …, outlet: …, published: …)');
  }
  const checked = validate(articleSchema, fields);
  if (!checked.ok) throw new ContentError(filePath, checked.reason);
  const data = checked.value;
  const blocks = checkBody(filePath, body);
  return {
    filePath,
    slug: slugOf(filePath.replace(/\.md$/u, '')),
    published: data.published,
    title: data.title ?? '',
    // A headline the page gave is read for statements («X: …»); one derived from the lede is the lede again.
    ...(data.title && !data.titleDerived ? { headline: data.title } : {}),
    outlet: data.outlet,
    url: data.url,
    body,
    blocks,
    overrides: data.overrides,
    data,
  };
}

/** Read the speaker registry YAML into entries with every field present. */
export function readRegistryText(filePath: string, text: string): RegistrySpeaker[] {
  return parseRegistry(text, filePath);
}
