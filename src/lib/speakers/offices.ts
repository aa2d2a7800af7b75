/**
 * Offices and who held them when (content/offices.yaml). Arabic news often
 * names an office without its holder: «قال رئيس الوزراء العراقي», «أكد
 * المتحدث باسم البنتاغون». An office phrase resolves first to the person the
 * same article named with it (src/lib/extract/article.ts), else to whoever
 * held the office on the statement's day. A speaker's role shown on the site
 * is the office they held that day.
 */
import { nameKey } from './name-key.ts';
import type { Side } from './types.ts';

/** One holder's term: from the first day to the last (open while in office). */
export interface Term {
  speaker: string;
  from: string;
  to?: string | undefined;
}

/** An office: its names in Arabic (any spelling the news uses) and English, and its holders. */
export interface Office {
  id: string;
  name: string;
  nameEn: string;
  aliases: string[];
  side: Side;
  holders: Term[];
}

/**
 * Fold an office phrase for matching, past the spellings one office is written in:
 * المتحدث / المتحدثة / الناطق / الناطقة (الرسمي), an adjective agreeing with the ministry
 * rather than the minister (وزير الخارجية العراقية), and "ال" on the nationality.
 */
export function officeKey(text: string): string {
  return nameKey(text)
    .replace(/(^|\s)(?:ال)?(?:متحدثه|ناطق|ناطقه|متحدث)(?:\s+(?:ال)?رسمي(?:ه)?)?(?=\s|$)/gu, '$1المتحدث')
    .replace(/(^|\s)متحدث(?=\s|$)/gu, '$1المتحدث')
    .replace(/(\S{3,}ي)ه(?=\s|$)/gu, '$1')
    .trim();
}

/** Words after an office's name that do not change who holds it (folded as office phrases are). */
const KEEPS_HOLDER = new Set(['المستقيل', 'الحالي', 'المنتهية ولايته', 'بالوكالة'].map(officeKey));

/** True when a term covers `day`. */
const covers = (term: Term, day: string): boolean => term.from <= day && (term.to === undefined || day <= term.to);

/** Every office, indexed by its folded names, for finding the office a phrase names. */
export class Offices {
  private readonly byKey = new Map<string, Office>();
  private readonly byHolder = new Map<string, { office: Office; term: Term }[]>();

  readonly offices: readonly Office[];

  constructor(offices: readonly Office[] = []) {
    this.offices = offices;
    for (const office of offices) {
      for (const name of [office.name, ...office.aliases]) this.byKey.set(officeKey(name), office);
      for (const term of office.holders) {
        const list = this.byHolder.get(term.speaker) ?? [];
        list.push({ office, term });
        this.byHolder.set(term.speaker, list);
      }
    }
  }

  /**
   * The office a phrase names, if the phrase is only that office: «رئيس الوزراء العراقي»,
   * «رئيس الحكومة العراقية المستقيل». «رئيس الوزراء الإسرائيلي» is another office.
   */
  find(phrase: string): Office | undefined {
    const key = officeKey(phrase);
    const exact = this.byKey.get(key);
    if (exact) return exact;
    for (const [name, office] of this.byKey) {
      if (key.startsWith(`${name} `) && KEEPS_HOLDER.has(key.slice(name.length + 1))) return office;
    }
    return undefined;
  }

  /** Who held `office` on `day` (`YYYY-MM-DD`). */
  holder(office: Office, day: string): string | undefined {
    return office.holders.find((t) => covers(t, day))?.speaker;
  }

  /** The office `speaker` held on `day`, if the registry records one. */
  heldBy(speaker: string, day: string): Office | undefined {
    return this.byHolder.get(speaker)?.find(({ term }) => covers(term, day))?.office;
  }

  /** True when the registry records any term of office for `speaker`. */
  holds(speaker: string): boolean {
    return this.byHolder.has(speaker);
  }
}
