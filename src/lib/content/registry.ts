/**
 * Strict reading of the speaker registry (content/speakers.yaml). Astro's
 * file() loader logs and skips an entry without an id, which would drop a
 * speaker silently; this parser refuses the whole file instead, with the
 * entry's position and name, and also refuses two entries with one id.
 */
import { parse } from 'yaml';
import { ContentError } from './articles.ts';

/** Parse registry YAML into its entries, or throw a `ContentError` naming `filePath` and the entry. */
export function parseRegistry(text: string, filePath: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new ContentError(filePath, `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!Array.isArray(data)) throw new ContentError(filePath, 'expected a list of speakers');
  const seen = new Set<string>();
  return data.map((item: unknown, i) => {
    if (typeof item !== 'object' || item === null) throw new ContentError(filePath, `entry ${i + 1} is not a speaker`);
    const entry = item as Record<string, unknown>;
    const label = `entry ${i + 1}${typeof entry['name'] === 'string' ? ` (${entry['name']})` : ''}`;
    const id = entry['id'];
    if (typeof id !== 'string' || id.trim() === '') throw new ContentError(filePath, `${label} has no id`);
    if (seen.has(id)) throw new ContentError(filePath, `${label} repeats the id "${id}"`);
    seen.add(id);
    return entry;
  });
}
