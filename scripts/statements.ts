/**
 * What the extractor makes of some article files, read the way the build
 * reads them (the whole content folder plus these files, so that the ids are
 * the site's): what `npm run extract` prints, and what `npm run import` shows
 * for the file it has just written.
 */
import { resolve } from 'node:path';
import type { ArticleFile } from '../src/lib/content/files.ts';
import { readContent } from '../src/lib/content/folder.ts';
import type { Statement } from '../src/lib/extract/types.ts';
import { CONTENT_DIR } from './content.ts';

/** The statements of `files`, the extractor's warnings about them, and the editor's table and note. */
export interface Report {
  articles: ArticleFile[];
  statements: Statement[];
  /** One line each: `warning: <article> ¶<n>: <message>`. */
  warnings: string[];
  table: string;
  /** Names the speakers not in the registry yet, or ''. */
  note: string;
}

/** Extract `files` with the build's own check (throws the build's `ContentError` for a file it would refuse). */
export function report(files: readonly string[], registry: string): Report {
  const { articles: all, statements: every, warnings: allWarnings } = readContent(CONTENT_DIR, { registry, extra: [...files] });
  const wanted = new Set(files.map((f) => resolve(f)));
  const articles = all.filter((a) => wanted.has(resolve(a.filePath)));
  const slugs = new Set(articles.map((a) => a.slug));
  const statements = every.filter((s) => slugs.has(s.article));
  const warnings = allWarnings.filter((w) => slugs.has(w.article)).map((w) => `warning: ${w.article} ¶${w.paragraph}: ${w.message}`);
  let table = '';
  for (const a of articles) {
    table += `\n${a.filePath}  (published ${a.published})\n`;
    for (const s of statements.filter((x) => x.article === a.slug)) {
      const who = `${s.speaker.name}${s.speaker.nameEn ? ` / ${s.speaker.nameEn}` : ''}${s.speaker.provisional ? ' [new]' : ''}`;
      const how = s.dateEvidence ? `${s.dateBasis}: «${s.dateEvidence}»` : s.dateBasis;
      table += `  ${s.date}  ${who}  ¶${s.paragraphs.join(',')}  ${how}\n    ${s.id}\n`;
    }
  }
  const fresh = [...new Set(statements.filter((s) => s.speaker.provisional).map((s) => s.speaker.name))];
  const note =
    fresh.length === 0
      ? ''
      : `\nnote: not in ${registry} yet, marked [new]: ${fresh.join('، ')}. Add them there before \`npm run permalinks\` records ` +
        "these ids; added later, the statement gets the registered speaker's id, the old address leads there by itself, " +
        'and `npm run permalinks` records the redirect.\n';
  return { articles, statements, warnings, table, note };
}
