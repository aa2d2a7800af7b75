/** The search index of the committed seeds, built as the build builds it, for the search tests. */
import { corpusFiles, readArticles, readRegistry } from '../../scripts/content.ts';
import { extractCorpus } from '../../src/lib/extract/corpus.ts';
import type { SearchSpeaker } from '../../src/lib/search/head-file.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { buildSearchFiles, memoryLoader, type SearchFiles } from '../../src/lib/search/files.ts';
import type { Loader } from '../../src/lib/search/load.ts';
import type { TextEntry } from '../../src/lib/search/texts.ts';
import type { Statement } from '../../src/lib/extract/types.ts';
import { assembleSite } from '../../src/lib/site/model.ts';

const root = new URL('../../', import.meta.url).pathname;

/** The seeds' site data and search index files. */
export function seedIndex() {
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const registry = readRegistry();
    const articles = readArticles(corpusFiles());
    const site = assembleSite(articles, extractCorpus(articles, registry).statements, registry);
    return { site, files: buildSearchFiles(site.statements, site.sources, site.speakers) };
  } finally {
    process.chdir(cwd);
  }
}

/** An engine over in-memory index files, and the paths it has loaded, in order (each file is loaded once). */
export function engineOver(files: SearchFiles): { engine: SearchEngine; loaded: string[] } {
  const loaded: string[] = [];
  const load = memoryLoader(files);
  const counting: Loader = (path) => {
    loaded.push(path);
    return load(path);
  };
  return { engine: new SearchEngine(counting), loaded };
}

/** The text entries of the time-order files, in order: one per statement. */
export function timeOrder(files: SearchFiles): TextEntry[] {
  return [...files.texts]
    .filter(([name]) => name.startsWith('t'))
    .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
    .flatMap(([, entries]) => entries);
}

/** Positions of the statements (time order) in speaker order: speakers by their first statement, each one's statements in time order. */
export function speakerOrder(statements: readonly Statement[]): number[] {
  const first = new Map<string, number>();
  statements.forEach((s, i) => first.has(s.speaker.id) || first.set(s.speaker.id, i));
  const firstOf = (i: number) => first.get(statements[i]?.speaker.id ?? '') ?? 0;
  return [...statements.keys()].sort((a, b) => firstOf(a) - firstOf(b) || a - b);
}

/**
 * A statement by `speaker` (the speaker as search knows them) on `date`, saying `text`, in
 * `article`: for the search tests that build a small index of their own sentences.
 */
export function statementBy(id: string, date: string, speaker: SearchSpeaker | undefined, text: string, article = 'a'): Statement {
  const { id: sid = '', name = '', nameEn, side, role } = speaker ?? {};
  return {
    id,
    article,
    speaker: { id: sid, name, ...(nameEn ? { nameEn } : {}), ...(side ? { side } : {}), ...(role ? { role } : {}) },
    date,
    datePrecision: 'day',
    dateBasis: 'explicit',
    dateEvidence: '',
    quotes: [],
    text,
    paragraphs: [1],
  };
}
