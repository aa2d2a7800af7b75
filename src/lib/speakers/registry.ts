/**
 * Finding registry speakers in Arabic text. Names, aliases and affiliations
 * are compared after normalization and after folding the two spellings of
 * "American" (أمريكي / أميركي), so ماكنزي / ماكينزي, البنتاغون and وزارة الدفاع
 * الأميركية all find their entry. A person's surname alone matches too.
 */
import { normalizeArabic } from '../arabic/normalize.ts';
import { isInstitution, isOrdinaryWord } from './lexicon.ts';
import { Offices, type Office } from './offices.ts';
import type { RegistrySpeaker, StatementSpeaker } from './types.ts';

/** The speaker a statement carries for a registry entry; `role` overrides the registry's when the text gives one. */
export function statementSpeaker(entry: RegistrySpeaker, role?: string): StatementSpeaker {
  const r = role ?? entry.role;
  return { id: entry.id, name: entry.name, nameEn: entry.nameEn, ...(r ? { role: r } : {}), side: entry.side };
}

/** Fold a name for matching: the shared normalizer plus spelling variants of names. */
export function nameKey(text: string): string {
  return normalizeArabic(text)
    .replace(/[«»"“”'()]/gu, ' ')
    .replace(/اميرك/gu, 'امريك')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** How a registry entry was found: by its own name (or alias), or as an institution it speaks for. */
export interface RegistryHit {
  speaker: RegistrySpeaker;
  via: 'name' | 'affiliation';
  /** The matched key, normalized; longer keys are more specific. */
  key: string;
  /** Where the key starts in the normalized haystack. */
  at: number;
}

interface Key {
  key: string;
  speaker: RegistrySpeaker;
  via: 'name' | 'affiliation';
}

/** True when `needle` stands in `haystack` as whole words (Arabic clitics و/ب/ل/ف may precede it). */
function wordIndex(haystack: string, needle: string): number {
  let from = 0;
  while (from <= haystack.length) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return -1;
    const before = haystack.slice(Math.max(0, at - 2), at);
    const after = haystack.charAt(at + needle.length);
    const startOk = at === 0 || /\s$/u.test(before) || /(?:^|\s)[وبلف]$/u.test(before);
    const endOk = after === '' || /[\s،,.:؛!؟?)"»]/u.test(after);
    if (startOk && endOk) return at;
    from = at + 1;
  }
  return -1;
}

/** An index over the registry for finding speakers in text. */
export class Registry {
  readonly speakers: readonly RegistrySpeaker[];
  /** Who held which office when. */
  readonly offices: Offices;
  private readonly keys: Key[];
  private readonly byId: Map<string, RegistrySpeaker>;

  constructor(speakers: readonly RegistrySpeaker[], offices: readonly Office[] = []) {
    this.speakers = speakers;
    this.offices = new Offices(offices);
    this.byId = new Map(speakers.map((s) => [s.id, s]));
    const keys: Key[] = [];
    // A surname two people share ("ميلر": Matthew and Christopher) names neither of them alone.
    const surnames = new Map<string, number>();
    for (const speaker of speakers) {
      const last = nameKey(speaker.name).split(' ').at(-1) ?? '';
      surnames.set(last, (surnames.get(last) ?? 0) + 1);
    }
    for (const speaker of speakers) {
      const names = [speaker.name, ...speaker.aliases];
      for (const name of names) keys.push({ key: nameKey(name), speaker, via: 'name' });
      // A person's surname alone ("ماكنزي") is how articles refer back to them.
      const parts = nameKey(speaker.name).split(' ');
      const surname = parts.at(-1);
      // Not when it is also a first name or a common word ("حسين", "صالح", "خلف" = behind): the article
      // itself says whom such a surname means (article.ts, 'surname').
      if (
        parts.length > 1 &&
        surname &&
        surname.length > 2 &&
        !isInstitution(nameKey(speaker.name)) &&
        !isOrdinaryWord(surname) &&
        surnames.get(surname) === 1
      ) {
        keys.push({ key: surname, speaker, via: 'name' });
      }
      for (const institution of speaker.affiliations) keys.push({ key: nameKey(institution), speaker, via: 'affiliation' });
    }
    // Longest first, so "قيادة العمليات المشتركة" wins over a shorter key inside it. For one key, an
    // entry's own name wins over a spokesperson's affiliation, wherever the two stand in the file:
    // "وزارة الخارجية العراقية" is the ministry's entry even when its spokesperson comes first.
    const rank = (k: Key) => (k.via === 'name' ? 0 : 1);
    this.keys = keys.filter((k) => k.key.length > 1).sort((a, b) => b.key.length - a.key.length || rank(a) - rank(b));
  }

  /** The entry with this id. */
  get(id: string): RegistrySpeaker | undefined {
    return this.byId.get(id);
  }

  /** Every registry key found in `text`, longest keys first, without overlaps. */
  findAll(text: string): RegistryHit[] {
    const hay = nameKey(text);
    const hits: RegistryHit[] = [];
    const taken: [number, number][] = [];
    for (const { key, speaker, via } of this.keys) {
      let from = 0;
      for (;;) {
        const at = wordIndex(hay.slice(from), key);
        if (at < 0) break;
        const start = from + at;
        const end = start + key.length;
        if (!taken.some(([a, b]) => start < b && end > a)) {
          taken.push([start, end]);
          hits.push({ speaker, via, key, at: start });
        }
        from = end;
      }
    }
    return hits.sort((a, b) => a.at - b.at);
  }
}
