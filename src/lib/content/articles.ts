/**
 * From content entries to the articles the site shows. Pure: `src/data/`
 * hands in what the content layer loaded. Whatever makes an article unusable
 * (an empty body, a slug another file already has) stops the build with the
 * file's path and the reason, so no article is ever dropped silently.
 */
import { byCodePoint } from '../compare.ts';
import type { Overrides } from '../extract/overrides.ts';
import { isCounter, isWidgetLine } from '../import/boilerplate.ts';
import { markupCount, parseBlocks, type BodyBlock } from '../markdown/blocks.ts';
import { isBlank, MAX_LINES, MAX_MARKUP, MAX_PARAGRAPH, unusableCharacter } from './text.ts';

/** An article's frontmatter, as the schema in src/content.config.ts gives it. */
export interface ArticleData {
  title?: string | undefined;
  titleDerived: boolean;
  outlet: string;
  dateline?: string | undefined;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, as the outlet printed it. */
  published: string;
  url?: string | undefined;
  language: string;
  overrides?: Overrides | undefined;
}

/** An article entry as the content layer gives it, schema already applied. */
export interface ArticleEntry {
  id: string;
  filePath: string;
  body: string;
  data: ArticleData;
}

/** An article ready to draw: its slug, metadata (with a title, derived if need be) and numbered blocks. */
export interface Article extends Omit<ArticleData, 'title'> {
  slug: string;
  filePath: string;
  title: string;
  /** The Markdown body, as the extractor reads it. */
  body: string;
  blocks: BodyBlock[];
}

/**
 * A content file the build cannot use. The message starts with the file's
 * path and says what is wrong in words an editor can act on. It carries no
 * stack: the fault is in the file, not in the code, and Astro prints any
 * stack it finds under the message, where it would bury the reason.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly filePath: string;
  readonly reason: string;
  constructor(filePath: string, reason: string) {
    super(`${filePath}: ${reason}`);
    this.filePath = filePath;
    this.reason = reason;
    this.stack = '';
  }
}

/** Refuse two files with one slug, naming both. Files are compared in the order given. */
export function checkSlugs(files: readonly { slug: string; filePath: string }[]): void {
  const bySlug = new Map<string, string>();
  for (const { slug, filePath } of files) {
    const earlier = bySlug.get(slug);
    if (earlier !== undefined) throw new ContentError(filePath, `duplicate slug "${slug}": ${earlier} has the same file name`);
    bySlug.set(slug, filePath);
  }
}

/** A line of a page's furniture, wherever it stands in Markdown ("- 811", "## شارك"). */
function isFurnitureLine(line: string): boolean {
  const text = line.replace(/^(?:[#>*•·▪\\-]|\d+\.)+\s*/u, '').trim();
  return text === '' || isWidgetLine(text) || isCounter(text);
}

/**
 * Refuse a body whose shape no article has, before it is parsed: more than
 * `MAX_LINES` lines (Markdown is parsed line by line), or more than
 * `MAX_MARKUP` characters that Markdown reads as markup.
 */
function checkShape(filePath: string, body: string): void {
  let lines = 1;
  for (let at = body.indexOf('\n'); at >= 0; at = body.indexOf('\n', at + 1)) lines++;
  if (lines > MAX_LINES) {
    throw new ContentError(
      filePath,
      `the body is longer than ${MAX_LINES.toLocaleString('en')} lines (it has ${lines.toLocaleString('en')}); a news article has a few dozen paragraphs`,
    );
  }
  const markup = markupCount(body);
  if (markup > MAX_MARKUP) {
    throw new ContentError(
      filePath,
      `the body holds more than ${MAX_MARKUP.toLocaleString('en')} of the characters \\ \` * _ [ ] < & ! (it has ${markup.toLocaleString('en')}); prose has a handful: is this an article's text?`,
    );
  }
}

/**
 * The article's paragraphs, or a `ContentError`: a body of a shape no article
 * has (`checkShape`); no paragraph with a visible character in it; every line
 * what the importer strips from a scraped page (share buttons, comment
 * widgets, view counters): an article page with no article on it; a bidi
 * control in a block, raw or written as a character reference (`&#x202e;`);
 * or a block longer than `MAX_PARAGRAPH`.
 */
export function checkBody(filePath: string, body: string): BodyBlock[] {
  checkShape(filePath, body);
  const blocks = parseBlocks(body);
  if (!blocks.some((b) => b.type === 'paragraph' && !isBlank(b.text))) throw new ContentError(filePath, 'the article body is empty');
  if (body.split('\n').every(isFurnitureLine)) {
    throw new ContentError(
      filePath,
      'the body is only page furniture (share buttons, comment widgets, view counters): the article text is missing',
    );
  }
  for (const block of blocks) {
    const which = block.type === 'heading' ? 'a heading' : `paragraph ${block.index}`;
    const found = unusableCharacter(block.text);
    if (found) throw new ContentError(filePath, `${which} holds ${found}: remove it`);
    if (block.text.length > MAX_PARAGRAPH) {
      throw new ContentError(
        filePath,
        `${which} is longer than ${MAX_PARAGRAPH.toLocaleString('en')} characters (${block.text.length.toLocaleString('en')}); a news paragraph has a few hundred: split it`,
      );
    }
  }
  return blocks;
}

/** The URL slug of an entry: the file name without folders or extension, so /articles/<slug>/ stays short. */
export function slugOf(id: string): string {
  return id.split('/').pop() ?? id;
}

/** The longest title taken from a first paragraph, for an article whose frontmatter has none. */
const DERIVED_TITLE = 200;

/** A first paragraph as a title: whole when short, else cut at a word with an ellipsis (it heads the page and names it in every list). */
function derivedTitle(text: string): string {
  return text.length <= DERIVED_TITLE ? text : `${text.slice(0, DERIVED_TITLE).replace(/\s+\S*$/u, '')}…`;
}

/** Validate entries and turn them into articles, oldest first (ties by slug, so the order never varies). */
export function buildArticles(entries: readonly ArticleEntry[]): Article[] {
  // The content loaders have run these checks on the files already (folder.ts); they stay here
  // for `astro dev`, which reloads a changed file without running them again.
  checkSlugs(entries.map((entry) => ({ slug: slugOf(entry.id), filePath: entry.filePath })));
  const articles = entries.map((entry): Article => {
    const slug = slugOf(entry.id);
    const blocks = checkBody(entry.filePath, entry.body);
    const firstParagraph = blocks.find((b) => b.type === 'paragraph');
    const { title, ...data } = entry.data;
    return {
      ...data,
      slug,
      filePath: entry.filePath,
      title: title ?? derivedTitle(firstParagraph?.text ?? slug),
      body: entry.body,
      blocks,
    };
  });
  return articles.sort((a, b) => byCodePoint(a.published, b.published) || byCodePoint(a.slug, b.slug));
}
