/**
 * From content entries to the articles the site shows. Pure: `src/data/`
 * hands in what the content layer loaded. Whatever makes an article unusable
 * (an empty body, a slug another file already has) stops the build with the
 * file's path and the reason, so no article is ever dropped silently.
 */
import type { Overrides } from '../extract/overrides.ts';
import { parseBlocks, type BodyBlock } from '../markdown/blocks.ts';

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

/** A content file the build cannot use. The message starts with the file's path. */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(filePath: string, reason: string) {
    super(`${filePath}: ${reason}`);
  }
}

/** The URL slug of an entry: the file name without folders or extension, so /articles/<slug>/ stays short. */
export function slugOf(id: string): string {
  return id.split('/').pop() ?? id;
}

/** Validate entries and turn them into articles, oldest first (ties by slug, so the order never varies). */
export function buildArticles(entries: readonly ArticleEntry[]): Article[] {
  const bySlug = new Map<string, string>();
  const articles = entries.map((entry): Article => {
    const slug = slugOf(entry.id);
    const earlier = bySlug.get(slug);
    if (earlier !== undefined) {
      throw new ContentError(entry.filePath, `duplicate slug "${slug}": ${earlier} has the same file name`);
    }
    bySlug.set(slug, entry.filePath);
    const blocks = parseBlocks(entry.body);
    const firstParagraph = blocks.find((b) => b.type === 'paragraph');
    if (!firstParagraph) throw new ContentError(entry.filePath, 'the article body is empty');
    const { title, ...data } = entry.data;
    return { ...data, slug, filePath: entry.filePath, title: title ?? firstParagraph.text, body: entry.body, blocks };
  });
  return articles.sort((a, b) => a.published.localeCompare(b.published) || a.slug.localeCompare(b.slug));
}
