/**
 * Strict reading of the speaker registry (content/speakers.yaml). Astro's
 * file() loader logs and skips an entry without an id, which would drop a
 * speaker silently; this parser refuses the whole file instead, naming the
 * entry. It also refuses what would make the extractor guess: two entries with
 * one id, and one name or alias given to two speakers (which of them said it?).
 */
import { nameKey } from '../speakers/registry.ts';
import type { RegistrySpeaker } from '../speakers/types.ts';
import { ContentError } from './articles.ts';
import { speakerSchema, validate } from './schema.ts';
import { parseYaml } from './yaml.ts';

/** Parse registry YAML into validated speakers, or throw a `ContentError` naming `filePath` and the entry. */
export function parseRegistry(text: string, filePath: string): RegistrySpeaker[] {
  const data = parseYaml(filePath, text, 'the registry');
  if (data === null || data === undefined || (Array.isArray(data) && data.length === 0)) {
    throw new ContentError(filePath, 'the registry is empty: it must list the speakers (- id: …, name: …)');
  }
  if (!Array.isArray(data)) throw new ContentError(filePath, 'expected a list of speakers (each starting with "- id:")');
  const ids = new Map<string, string>();
  const names = new Map<string, string>();
  return data.map((item: unknown, i): RegistrySpeaker => {
    const label = `speaker ${i + 1}${isRecord(item) && typeof item['name'] === 'string' ? ` (${item['name']})` : ''}`;
    if (!isRecord(item)) throw new ContentError(filePath, `${label} is not a speaker (expected id:, name:, nameEn:, side: …)`);
    const id = item['id'];
    if (typeof id !== 'string' || id.trim() === '') throw new ContentError(filePath, `${label} has no id`);
    const earlier = ids.get(id);
    if (earlier !== undefined) throw new ContentError(filePath, `${label} repeats the id "${id}" of ${earlier}`);
    ids.set(id, label);
    const checked = validate(speakerSchema, item);
    if (!checked.ok) throw new ContentError(filePath, `${label}: ${checked.reason}`);
    const speaker = checked.value;
    const aliases = new Set<string>();
    for (const alias of speaker.aliases) {
      if (aliases.has(alias)) throw new ContentError(filePath, `${label} lists the alias "${alias}" twice`);
      aliases.add(alias);
    }
    // Names are matched folded (hamza, taa marbuta, أمريكي/أميركي …), so "إسبر" and "اسبر" are one name.
    const own = new Set<string>();
    for (const written of [speaker.name, ...speaker.aliases]) {
      const key = nameKey(written);
      if (own.has(key)) continue;
      own.add(key);
      const owner = names.get(key);
      if (owner !== undefined) {
        throw new ContentError(filePath, `${label}: "${written}" is already a name or alias of ${owner}: which of them would it mean?`);
      }
      names.set(key, label);
    }
    return speaker;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
