/**
 * Reading content files outside Astro, for the command-line tools (extract,
 * eval). The build reads the same files through the content layer; both then
 * hand the same plain data to the extractor.
 */
import { parse } from 'yaml';
import { parsePublished } from '../dates/published.ts';
import type { Overrides } from '../extract/overrides.ts';
import type { RegistrySpeaker, Side } from '../speakers/types.ts';
import { ContentError, slugOf } from './articles.ts';
import { parseRegistry } from './registry.ts';

/** An article file, read: what the extractor needs. */
export interface ArticleFile {
  filePath: string;
  slug: string;
  published: string;
  /** The frontmatter title and outlet, as written (the build derives a missing title). */
  title: string;
  outlet: string;
  url?: string | undefined;
  body: string;
  overrides?: Overrides | undefined;
}

/** Parse an article file's frontmatter and body; throws `ContentError` naming the file. */
export function readArticleText(filePath: string, text: string): ArticleFile {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/u.exec(text);
  if (!m) throw new ContentError(filePath, 'no frontmatter (the file must start with ---)');
  const data = (parse(m[1] ?? '') ?? {}) as Record<string, unknown>;
  const raw = data['published'];
  if (raw === undefined) throw new ContentError(filePath, 'published: missing: every article needs published: YYYY-MM-DD');
  const published = typeof raw === 'string' || raw instanceof Date ? parsePublished(raw) : undefined;
  if (!published) throw new ContentError(filePath, `published: unparseable date "${String(raw)}"`);
  const slug = slugOf(filePath.replace(/\.md$/u, ''));
  const field = (key: string): string => (typeof data[key] === 'string' ? data[key] : '');
  return {
    filePath,
    slug,
    published,
    title: field('title'),
    outlet: field('outlet'),
    url: field('url') || undefined,
    body: m[2] ?? '',
    overrides: normalizeOverrides(data['overrides'] as Overrides | undefined),
  };
}

/** YAML reads unquoted override dates as Dates; the extractor wants `YYYY-MM-DD`, as the build's schema gives it. */
function normalizeOverrides(overrides: Overrides | undefined): Overrides | undefined {
  if (!overrides) return undefined;
  const day = (d: unknown) => (typeof d === 'string' || d instanceof Date ? (parsePublished(d) ?? String(d)) : String(d));
  return {
    drop: overrides.drop?.map(String),
    fix: overrides.fix?.map((f) => ({ ...f, ...(f.date === undefined ? {} : { date: day(f.date) }) })),
    add: overrides.add?.map((a) => ({ ...a, date: day(a.date) })),
  };
}

/** Read the speaker registry YAML into entries with every field present. */
export function readRegistryText(filePath: string, text: string): RegistrySpeaker[] {
  return parseRegistry(text, filePath).map((e) => ({
    id: String(e['id']),
    name: String(e['name'] ?? ''),
    nameEn: String(e['nameEn'] ?? ''),
    aliases: Array.isArray(e['aliases']) ? e['aliases'].map(String) : [],
    role: typeof e['role'] === 'string' ? e['role'] : undefined,
    roleEn: typeof e['roleEn'] === 'string' ? e['roleEn'] : undefined,
    side: (e['side'] ?? 'other') as Side,
    affiliations: Array.isArray(e['affiliations']) ? e['affiliations'].map(String) : [],
  }));
}
