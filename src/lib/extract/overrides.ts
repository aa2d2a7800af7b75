/**
 * Editorial overrides, kept in an article's frontmatter: drop a statement by
 * id, fix its speaker or date, or add one the extractor missed. An override
 * that names an unknown speaker, a statement that does not exist or a
 * paragraph past the end stops the build with the file and the reason: a
 * correction that silently does nothing is worse than none.
 */
import { ContentError } from '../content/articles.ts';
import { parseBlocks, type BodyBlock } from '../markdown/blocks.ts';
import { statementSpeaker, type Registry } from '../speakers/registry.ts';
import type { Statement } from './types.ts';

/** The `overrides` frontmatter field (its shape is validated in src/content.config.ts). */
export interface Overrides {
  drop?: string[] | undefined;
  fix?: { id: string; speaker?: string | undefined; date?: string | undefined }[] | undefined;
  add?: { speaker: string; date: string; paragraph: number; quote?: string | undefined; text?: string | undefined }[] | undefined;
}

interface OverriddenArticle {
  slug: string;
  filePath: string;
  /** The Markdown body, to check that an added statement's paragraph exists. */
  body: string;
  /** Its blocks, when already parsed. */
  blocks?: readonly BodyBlock[] | undefined;
  overrides?: Overrides | undefined;
}

/** Apply every article's overrides to the extracted statements. */
export function applyOverrides(statements: readonly Statement[], articles: readonly OverriddenArticle[], registry: Registry): Statement[] {
  let result = [...statements];
  for (const article of articles) {
    const o = article.overrides;
    if (!o) continue;
    const own = (id: string) => result.find((s) => s.id === id && s.article === article.slug);
    const speaker = (id: string) => {
      const entry = registry.get(id);
      if (!entry) throw new ContentError(article.filePath, `overrides: unknown speaker "${id}" (not in content/speakers.yaml)`);
      return statementSpeaker(entry);
    };
    for (const id of o.drop ?? []) {
      if (!own(id)) throw new ContentError(article.filePath, `overrides.drop: no statement "${id}" in this article`);
      result = result.filter((s) => s.id !== id);
    }
    for (const fix of o.fix ?? []) {
      const target = own(fix.id);
      if (!target) throw new ContentError(article.filePath, `overrides.fix: no statement "${fix.id}" in this article`);
      const fixed: Statement = {
        ...target,
        ...(fix.speaker ? { speaker: speaker(fix.speaker) } : {}),
        ...(fix.date
          ? { date: fix.date, datePrecision: 'day' as const, dateBasis: 'explicit' as const, dateEvidence: 'editorial correction' }
          : {}),
      };
      result = result.map((s) => (s === target ? fixed : s));
    }
    // An added statement links to its paragraph (#p-N); one past the end would be a dead link.
    const paragraphs = o.add?.length ? (article.blocks ?? parseBlocks(article.body)).filter((b) => b.type === 'paragraph').length : 0;
    for (const add of o.add ?? []) {
      if (add.paragraph > paragraphs) {
        throw new ContentError(
          article.filePath,
          `overrides.add: paragraph ${add.paragraph} does not exist (the article has ${paragraphs})`,
        );
      }
      result.push({
        id: `${add.date}-${add.speaker}`,
        article: article.slug,
        speaker: speaker(add.speaker),
        date: add.date,
        datePrecision: 'day',
        dateBasis: 'explicit',
        dateEvidence: 'editorial addition',
        quotes: add.quote ? [add.quote] : [],
        text: add.text ?? add.quote ?? '',
        paragraphs: [add.paragraph],
      });
    }
  }
  return result;
}
