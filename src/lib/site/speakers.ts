/**
 * Speaker profiles for the speaker pages: every registry speaker and every
 * provisional one the extractor met, with their statements in time order.
 */
import type { Statement } from '../extract/types.ts';
import type { RegistrySpeaker, Side } from '../speakers/types.ts';

/** A speaker as the speaker pages show them. */
export interface SpeakerProfile {
  id: string;
  name: string;
  nameEn?: string | undefined;
  role?: string | undefined;
  roleEn?: string | undefined;
  side?: Side | undefined;
  aliases: string[];
  provisional: boolean;
  statements: Statement[];
}

/** Build profiles from the registry and the (time-ordered) statements; the registry in the order given (src/data/ gives it by id), then new speakers by name. */
export function speakerProfiles(registry: readonly RegistrySpeaker[], ordered: readonly Statement[]): SpeakerProfile[] {
  const of = (id: string) => ordered.filter((s) => s.speaker.id === id);
  const known = registry.map((r) => ({ ...r, provisional: false, statements: of(r.id) }));
  const ids = new Set(registry.map((r) => r.id));
  const fresh = new Map<string, SpeakerProfile>();
  for (const s of ordered) {
    if (ids.has(s.speaker.id) || fresh.has(s.speaker.id)) continue;
    fresh.set(s.speaker.id, { ...s.speaker, aliases: [], provisional: true, statements: of(s.speaker.id) });
  }
  return [...known, ...[...fresh.values()].sort((a, b) => a.name.localeCompare(b.name, 'ar'))];
}
