import type { Side } from '../sides.ts';

/** Which camp a speaker speaks for: one of `SIDES` (src/lib/sides.ts), the type derived from that list. */
export type { Side };

/** A speaker in the registry (content/speakers.yaml). */
export interface RegistrySpeaker {
  id: string;
  name: string;
  nameEn: string;
  aliases: string[];
  role?: string | undefined;
  roleEn?: string | undefined;
  side: Side;
  affiliations: string[];
  /** Wikidata item id (Q…), for checking the person against a public record. */
  wikidata?: string | undefined;
}

/** The speaker as a statement carries it (ARCHITECTURE.md section 3). */
export interface StatementSpeaker {
  id: string;
  name: string;
  nameEn?: string;
  role?: string;
  side?: Side;
  /** True for a speaker the registry does not know yet: an editor should add them. */
  provisional?: boolean;
}
