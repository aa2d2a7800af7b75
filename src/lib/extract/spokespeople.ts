/**
 * "قالت وزارة الخارجية الأمريكية اليوم إن … . وقالت المتحدثة باسم الخارجية مورغان أورتاغوس إن …":
 * an institution and its spokesperson, or the minister at its head, on the same day are one
 * statement for an editor: the person's, who said the institution's words.
 */
import { nameKey } from '../speakers/registry.ts';
import { bare, isInstitution } from '../speakers/lexicon.ts';
import type { Draft } from './article.ts';

/** How firmly a date is known: the merged statement keeps the firmer. */
const STRENGTH = { explicit: 2, relative: 1, published: 0 } as const;

/** Words of an institution's name that say nothing of which one it is. */
const GENERIC = new Set(['وزاره', 'مكتب', 'رءاسه', 'دايره', 'داءره', 'مجلس', 'حكومه', 'في', 'باسم']);
/** Nationality and place adjectives: the side check covers them. */
const NATIONALITY = /^(?:ال)?(?:عراقي|امريكي|اميركي|ايراني|كردستان|اقليم|اتحادي|بريطاني|فرنسي|الماني|تركي|روسي)(?:ه|ين)?$/u;
/** Roles that speak for an institution or head it. */
const SPEAKS_FOR = /(?:^|\s)(?:ال)?(?:متحدث|متحدثه|ناطق|ناطقه|وزير|وزيره|رءيس|المرشد|مرشد)(?:\s|$)/u;

/** The words that tell which institution a name is («خارجيه» for «وزارة الخارجية الأمريكية»). */
function distinctive(name: string): string[] {
  return nameKey(name)
    .split(' ')
    .map((w) => bare(w))
    .filter((w) => w.length > 1 && !GENERIC.has(w) && !NATIONALITY.test(w));
}

/** True when `role` is the spokesperson or head of the institution called `institution`. */
export function speaksFor(role: string, institution: string): boolean {
  const words = distinctive(institution);
  const roleWords = new Set(
    nameKey(role)
      .split(' ')
      .map((w) => bare(w.replace(/^(?:ب|ل)(?=ال)/u, ''))),
  );
  return SPEAKS_FOR.test(nameKey(role)) && words.length > 0 && words.every((w) => roleWords.has(w));
}

/**
 * Fold each institution's statement into the statement of the one person who spoke for it that
 * day in the same article (same side, or a side unknown); with two such people, or none, it stays.
 */
export function foldIntoSpokespeople(drafts: readonly Draft[]): Draft[] {
  const gone = new Set<Draft>();
  const out = drafts.map((d) => ({ ...d }));
  for (const institution of out) {
    if (!isInstitution(nameKey(institution.speaker.name))) continue;
    const people = out.filter(
      (p) =>
        p !== institution &&
        !gone.has(p) &&
        p.date === institution.date &&
        !isInstitution(nameKey(p.speaker.name)) &&
        (!p.speaker.side || !institution.speaker.side || p.speaker.side === institution.speaker.side) &&
        speaksFor(p.speaker.role ?? '', institution.speaker.name),
    );
    const [person] = people;
    if (!person || people.length > 1) continue;
    // In the article's order: the institution's words first when they come first.
    const first = (institution.paragraphs[0] ?? 0) < (person.paragraphs[0] ?? 0);
    if (!person.text.includes(institution.text))
      person.text = first ? `${institution.text} ${person.text}` : `${person.text} ${institution.text}`;
    person.paragraphs = [...new Set([...institution.paragraphs, ...person.paragraphs])].sort((a, b) => a - b);
    person.quotes = first
      ? [...new Set([...institution.quotes, ...person.quotes])]
      : [...new Set([...person.quotes, ...institution.quotes])];
    if (STRENGTH[institution.dateBasis] > STRENGTH[person.dateBasis]) {
      Object.assign(person, {
        datePrecision: institution.datePrecision,
        dateBasis: institution.dateBasis,
        dateEvidence: institution.dateEvidence,
      });
    }
    gone.add(institution);
  }
  return out.filter((d) => !gone.has(d));
}
