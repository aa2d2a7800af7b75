/**
 * Strict reading of content/offices.yaml: every office once, every holder a
 * speaker of the registry, terms that end after they start and never overlap
 * (on a day the office has one holder, or the extractor would have to guess),
 * and no name given to two offices.
 */
import type { Office } from '../speakers/offices.ts';
import { officeKey } from '../speakers/offices.ts';
import type { RegistrySpeaker } from '../speakers/types.ts';
import { ContentError } from './articles.ts';
import { officeSchema, validate } from './schema.ts';
import { parseYaml } from './yaml.ts';

/** Parse the offices file against the registry's speakers, or throw a `ContentError` naming the file and the office. */
export function parseOffices(text: string, filePath: string, speakers: readonly RegistrySpeaker[]): Office[] {
  const data = parseYaml(filePath, text, 'the offices');
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new ContentError(filePath, 'expected a list of offices (each starting with "- id:")');
  const ids = new Set(speakers.map((s) => s.id));
  const seen = new Set<string>();
  const names = new Map<string, string>();
  return data.map((item: unknown, i): Office => {
    const checked = validate(officeSchema, item);
    const id = typeof item === 'object' && item !== null && 'id' in item ? String((item as { id: unknown }).id) : undefined;
    const label = `office ${i + 1}${id === undefined ? '' : ` (${id})`}`;
    if (!checked.ok) throw new ContentError(filePath, `${label}: ${checked.reason}`);
    const office = checked.value;
    if (seen.has(office.id)) throw new ContentError(filePath, `${label} repeats the id "${office.id}"`);
    seen.add(office.id);
    for (const written of [office.name, ...office.aliases]) {
      const key = officeKey(written);
      const owner = names.get(key);
      if (owner !== undefined && owner !== office.id) throw new ContentError(filePath, `${label}: "${written}" already names ${owner}`);
      names.set(key, office.id);
    }
    const terms = [...office.holders].sort((a, b) => a.from.localeCompare(b.from, 'en'));
    terms.forEach((term, t) => {
      if (!ids.has(term.speaker)) throw new ContentError(filePath, `${label}: holder "${term.speaker}" is not in the speaker registry`);
      if (term.to !== undefined && term.to < term.from)
        throw new ContentError(filePath, `${label}: ${term.speaker}'s term ends (${term.to}) before it starts (${term.from})`);
      const next = terms[t + 1];
      if (next && (term.to === undefined || term.to >= next.from))
        throw new ContentError(filePath, `${label}: the terms of ${term.speaker} and ${next.speaker} overlap`);
    });
    return { ...office, holders: terms.map((t) => ({ speaker: t.speaker, from: t.from, ...(t.to ? { to: t.to } : {}) })) };
  });
}
