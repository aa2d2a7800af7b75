/** Shared test helpers: the real registry, and extraction of a paragraph of Arabic text. */
import { readFileSync } from 'node:fs';
import { parseOffices } from '../../src/lib/content/offices.ts';
import { readRegistryText } from '../../src/lib/content/files.ts';
import { extractCorpus, type CorpusArticle } from '../../src/lib/extract/corpus.ts';
import { nameKey, Registry } from '../../src/lib/speakers/registry.ts';
import type { RegistrySpeaker } from '../../src/lib/speakers/types.ts';
import type { Statement } from '../../src/lib/extract/types.ts';

const registryPath = new URL('../../content/speakers.yaml', import.meta.url);
const officesPath = new URL('../../content/offices.yaml', import.meta.url);

/** The committed speaker registry. */
export const speakers = readRegistryText('content/speakers.yaml', readFileSync(registryPath, 'utf8'));
/** The committed offices and their holders. */
export const offices = parseOffices(readFileSync(officesPath, 'utf8'), 'content/offices.yaml', speakers);
export const registry = new Registry(speakers, offices);

/**
 * The committed registry without the speakers whose names hold any of `names`: for tests of
 * speakers the registry does not know, which must keep testing that as the registry grows.
 */
export function withoutSpeakers(...names: string[]): RegistrySpeaker[] {
  const keys = names.map(nameKey);
  return speakers.filter((s) => ![s.name, ...s.aliases].some((n) => keys.some((k) => k.includes(nameKey(n)) || nameKey(n).includes(k))));
}

/** The committed offices, with only the holders in `list`. */
function officesOf(list: readonly RegistrySpeaker[]) {
  const ids = new Set(list.map((s) => s.id));
  return offices.map((o) => ({ ...o, holders: o.holders.filter((h) => ids.has(h.speaker)) }));
}

/** A registry index over `list`. */
export function registryOf(list: readonly RegistrySpeaker[]): Registry {
  return new Registry(list, officesOf(list));
}

/** Extract the statements of one made-up article, with the committed registry or the speakers given. */
export function extract(body: string, published: string, extra: Partial<CorpusArticle> = {}, list: readonly RegistrySpeaker[] = speakers) {
  return extractCorpus(
    [{ slug: 'test-article', filePath: 'content/articles/test-article.md', published, body, ...extra }],
    list,
    undefined,
    officesOf(list),
  );
}

/** A statement as the extractor would give it, for scoring tests: a speaker's name and a day. */
export const statementOf = (speaker: string, date: string, provisional = false): Statement => ({
  id: `${date}-x`,
  article: 'a',
  speaker: { id: 'x', name: speaker, ...(provisional ? { provisional } : {}) },
  date,
  datePrecision: 'day',
  dateBasis: 'published',
  dateEvidence: '',
  quotes: [],
  text: '',
  paragraphs: [1],
});

/** Who said it on which day: "<speaker name> <date>" for each statement of a made-up article. */
export const who = (body: string, published: string, list: readonly RegistrySpeaker[] = speakers): string[] =>
  extract(body, published, {}, list).statements.map((s) => `${s.speaker.name} ${s.date}`);
