/**
 * Finding registry speakers in Arabic text. Names, aliases and affiliations
 * are compared after normalization and after folding the two spellings of
 * "American" (أمريكي / أميركي), so ماكنزي / ماكينزي, البنتاغون and وزارة الدفاع
 * الأميركية all find their entry. A person's surname alone matches too.
 */
import { isInstitution, isOrdinaryWord } from './lexicon.ts';
import { FIRST_NAMES } from './names.ts';
import { Offices, type Office } from './offices.ts';
import type { RegistrySpeaker, StatementSpeaker } from './types.ts';

/** The speaker a statement carries for a registry entry; `role` overrides the registry's when the text gives one. */
export function statementSpeaker(entry: RegistrySpeaker, role?: string): StatementSpeaker {
  const r = role ?? entry.role;
  return { id: entry.id, name: entry.name, nameEn: entry.nameEn, ...(r ? { role: r } : {}), side: entry.side };
}

import { MIN_SKELETON, skeleton } from '../arabic/spelling.ts';
import { nameKey } from './name-key.ts';

export { nameKey };

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
  /** A person's one-word name or alias (a family name): after another first name it names someone else. */
  surname?: boolean;
}

/** Punctuation that may follow a name: it ends the word. */
const BOUNDARY = /[\s،,.:؛!؟?)"»]/u;
const TRAILING = /[،,.:؛!؟?)"»]+$/u;

/**
 * A key, and the same key as writers who drop a word's final hamza after alif spell it
 * («كتائب سيد الشهدا» for «الشهداء», «علما» for «علماء»).
 */
function withoutFinalHamza(key: string): string[] {
  const bare = key.replace(/(?<=\p{L}{2})اء(?= |$)/gu, 'ا');
  return bare === key ? [key] : [key, bare];
}

/** An index over the registry for finding speakers in text. */
export class Registry {
  readonly speakers: readonly RegistrySpeaker[];
  /** Who held which office when. */
  readonly offices: Offices;
  /** Keys by their first word, each with its place in the longest-first order. */
  private readonly byFirstWord = new Map<string, { key: Key; order: number }[]>();
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
      const person = !isInstitution(nameKey(speaker.name));
      for (const name of names) {
        for (const key of withoutFinalHamza(nameKey(name)))
          keys.push({ key, speaker, via: 'name', ...(person && !key.includes(' ') ? { surname: true } : {}) });
      }
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
        keys.push({ key: surname, speaker, via: 'name', surname: true });
      }
      for (const institution of speaker.affiliations)
        for (const key of withoutFinalHamza(nameKey(institution))) keys.push({ key, speaker, via: 'affiliation' });
    }
    // Longest first, so "قيادة العمليات المشتركة" wins over a shorter key inside it. For one key, an
    // entry's own name wins over a spokesperson's affiliation, wherever the two stand in the file:
    // "وزارة الخارجية العراقية" is the ministry's entry even when its spokesperson comes first.
    const rank = (k: Key) => (k.via === 'name' ? 0 : 1);
    const sorted = keys.filter((k) => k.key.length > 1).sort((a, b) => b.key.length - a.key.length || rank(a) - rank(b));
    sorted.forEach((key, order) => {
      const first = key.key.split(' ')[0] ?? '';
      const list = this.byFirstWord.get(first) ?? [];
      list.push({ key, order });
      this.byFirstWord.set(first, list);
    });
  }

  /**
   * The registry person a name the registry does not know is another spelling of: the same first
   * word and a family name with the same skeleton, its long vowels and the letters of one foreign
   * sound aside («مايك بومبو» for «مايك بومبيو», «مايلز كاغنز» for «مايلز كاجينز»), when exactly one
   * person is that close. Two family names that differ in a consonant («الصراف», «الصحاف») are two people.
   */
  nearPerson(name: string): RegistrySpeaker | undefined {
    const words = nameKey(name).split(' ');
    // "عبد الخالق الحوثي" is not «عبد الملك الحوثي»: a compound first name is both its words.
    const firstOf = (w: readonly string[]) => (/^(?:عبد|ابو|ام)$/u.test(w[0] ?? '') ? `${w[0]} ${w[1] ?? ''}` : (w[0] ?? ''));
    const [first, last] = [firstOf(words), words.at(-1) ?? ''];
    if (words.length < 2 || first.split(' ').length >= words.length) return undefined;
    // The same family name as written ("مارك ألكسندر ميلي": a middle name the registry leaves out), or
    // one of the same skeleton, when the skeleton is long enough to tell names apart.
    const sameLast = (other: string) => other === last || (skeleton(last).length >= MIN_SKELETON && skeleton(other) === skeleton(last));
    const near = this.speakers.filter(
      (s) =>
        !isInstitution(nameKey(s.name)) &&
        [s.name, ...s.aliases].some((n) => {
          const other = nameKey(n).split(' ');
          return other.length >= 2 && firstOf(other) === first && sameLast(other.at(-1) ?? '');
        }),
    );
    return near.length === 1 ? near[0] : undefined;
  }

  /** The entry with this id. */
  get(id: string): RegistrySpeaker | undefined {
    return this.byId.get(id);
  }

  /**
   * Every registry key found in `text`, longest keys first, without overlaps. Keys are looked up by
   * the word they start with, so the cost follows the text's words, not the size of the registry.
   */
  findAll(text: string): RegistryHit[] {
    // An article asks about the same phrases several times ("البيت الأبيض", "إلى"): keep the answers.
    const known = this.found.get(text);
    if (known) return [...known];
    const hits = this.search(text);
    if (this.found.size >= 5_000) this.found.clear();
    this.found.set(text, hits);
    return [...hits];
  }

  /**
   * True when the word before `start` is a first name that is no part of the speaker's names, and no
   * name of theirs stands a word further back: "مارك ألكسندر ميلي" has a middle name, and is Milley.
   */
  private otherFirstName(hay: string, start: number, speaker: RegistrySpeaker): boolean {
    // The two words before the hit, found from its end: a body's whole prefix is searched at times.
    const end = hay.charAt(start - 1) === ' ' ? start - 1 : start;
    const at = hay.lastIndexOf(' ', end - 1);
    const word = hay.slice(at + 1, end);
    if (!FIRST_NAMES.has(word)) return false;
    const further = at > 0 ? hay.slice(hay.lastIndexOf(' ', at - 1) + 1, at) : '';
    let own = this.nameWords.get(speaker.id);
    if (!own) {
      own = new Set([speaker.name, ...speaker.aliases].flatMap((n) => nameKey(n).split(' ')));
      this.nameWords.set(speaker.id, own);
    }
    return !own.has(word) && !own.has(further);
  }

  /** Every word of each person's names, by id, as `otherFirstName` asks for them. */
  private readonly nameWords = new Map<string, ReadonlySet<string>>();

  /** Answers already given by `findAll`, by text. Bounded. */
  private readonly found = new Map<string, readonly RegistryHit[]>();

  private search(text: string): RegistryHit[] {
    const hay = nameKey(text);
    const found: { order: number; start: number; key: Key }[] = [];
    for (const m of hay.matchAll(/\S+/gu)) {
      const end = m.index + m[0].length;
      // A key may start at the word, or after one clitic written onto it (و ب ل ف).
      const starts = /^[وبلف]\S/u.test(m[0]) ? [m.index, m.index + 1] : [m.index];
      for (const start of starts) {
        const token = hay.slice(start, end).replace(TRAILING, '');
        for (const { key, order } of this.byFirstWord.get(token) ?? []) {
          if (!hay.startsWith(key.key, start)) continue;
          // "كريم المحمداوي" is not «قيس المحمداوي»: a first name before the family name that is not his.
          if (key.surname && this.otherFirstName(hay, start, key.speaker)) continue;
          const after = hay.charAt(start + key.key.length);
          // "محمد محيي الدين" is not «محمد محيي»: «الدين» ends a compound name (محيي الدين، علاء الدين).
          if (/^\s+الدين(?:\s|$)/u.test(hay.slice(start + key.key.length, start + key.key.length + 8))) continue;
          if (after === '' || BOUNDARY.test(after)) found.push({ order, start, key });
        }
      }
    }
    // The order of the sorted keys, then of the text: the first claim on a span wins.
    found.sort((a, b) => a.order - b.order || a.start - b.start);
    const hits: RegistryHit[] = [];
    const taken: [number, number][] = [];
    for (const { start, key } of found) {
      const end = start + key.key.length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      hits.push({ speaker: key.speaker, via: key.via, key: key.key, at: start });
    }
    return hits.sort((a, b) => a.at - b.at);
  }
}
