/**
 * Who a speaker phrase names. "المتحدث باسم التحالف الدولي مايلز مايلز كاجينز
 * لكوردستان 24" is Myles Caggins with the role "المتحدث باسم التحالف الدولي";
 * "القيادة" is an institution named earlier; "مصادر مطلعة" is nobody. Phrases
 * the registry does not know still give a provisional speaker.
 */
import slugify from '@sindresorhus/slugify';
import { normalizeArabic } from '../arabic/normalize.ts';
import { findOutlet } from '../import/outlets.ts';
import { bare, DOCUMENTS, INSTITUTION_HEADS, isInstitution, NOT_SPEAKERS, PLACES, ROLE_HEADS } from '../speakers/lexicon.ts';
import { nameKey, type Registry } from '../speakers/registry.ts';
import type { RegistrySpeaker, Side } from '../speakers/types.ts';

/** What a phrase refers to. */
export type Referent =
  | { type: 'person'; registry?: RegistrySpeaker; name: string; role?: string }
  | { type: 'institution'; registry?: RegistrySpeaker; name: string; key: string; role?: string }
  | { type: 'office'; role: string; key: string }
  | { type: 'anaphor'; noun: string }
  | { type: 'authorities'; side: Side; name: string }
  | { type: 'none' }
  | { type: 'skip'; reason: string };

const PREPOSITIONS = new Set([
  'في',
  'خلال',
  'عبر',
  'اثناء',
  'علي',
  'من',
  'عن',
  'لدي',
  'حول',
  'بعد',
  'قبل',
  'الي',
  'امام',
  'مع',
  'ضمن',
  'بشان',
]);
const STOPWORDS = new Set(['تلك', 'هذه', 'هذا', 'ذلك', 'التي', 'الذي', 'الذين', 'هو', 'هي', 'هم', 'الاخر', 'ايضا', 'كل', 'عدم', 'ما']);
const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين']);
const DATE_WORD = /^(?:اليوم|امس|البارحه|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|يوم|مساء|صباح)$/u;
/** Indefinite documents as subjects: "بيان صادر عن مكتب الكاظمي" speaks for whoever issued it. */
const ISSUED = /^(?:بيان|رساله|تصريح|تغريده|كتاب|منشور)(?:\s+(?:صادر|صادره|رسمي))?\s+(?:عن|من)\s+/u;
const NATIONALITY: Readonly<Record<string, Side>> = { العراقيه: 'iraq', الامريكيه: 'us', الاميركيه: 'us', الايرانيه: 'iran' };

const wordKey = (w: string) => normalizeArabic(w).replace(/[^\p{L}\p{N}]/gu, '');

/** "لكوردستان 24", "للصحفيين", "لـ"رويترز"": who the words were said to, not who said them. */
function isAddressee(word: string, next: string | undefined): boolean {
  const key = wordKey(word);
  if (word.startsWith('لـ') || key.startsWith('لل')) return true;
  if (!key.startsWith('ل') || key.length < 3) return false;
  return findOutlet(key.slice(1)) !== undefined || findOutlet(`${key.slice(1)} ${next ?? ''}`.trim()) !== undefined;
}

/** Cut a phrase down to its noun phrase: drop modifiers, addressees, dates, parentheses and relative clauses. */
export function corePhrase(phrase: string): string {
  const chunks = phrase
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/[«»"“”]/gu, ' ')
    .split(/[،,:]/u)
    .map((chunk) => {
      const words = chunk.trim().split(/\s+/u).filter(Boolean);
      const kept: string[] = [];
      for (const [i, word] of words.entries()) {
        const key = wordKey(word);
        const unprefixed = key.replace(/^[وف]/u, '');
        if (PREPOSITIONS.has(key) || PREPOSITIONS.has(unprefixed) || RELATIVE_PRONOUNS.has(key) || isAddressee(word, words[i + 1])) break;
        if (DATE_WORD.test(key)) break;
        kept.push(word);
      }
      return kept.join(' ');
    })
    .filter((chunk) => chunk !== '' && !/^\d+$/u.test(chunk));
  return chunks.join(' ').trim();
}

/** Split an unknown phrase into a role (office, rank, institution) and a personal name. */
function roleAndName(words: readonly string[]): { role: string; name: string } {
  let start = -1;
  for (let i = 1; i < words.length; i++) {
    const key = wordKey(words[i] ?? '');
    const head = bare(key);
    const definite = /^(?:[وبلف]?ال|لل)/u.test(key);
    if (definite || ROLE_HEADS.has(key) || ROLE_HEADS.has(head) || INSTITUTION_HEADS.has(head) || /^\d/u.test(key) || STOPWORDS.has(key))
      continue;
    start = i;
    break;
  }
  if (start < 0) return { role: words.join(' '), name: '' };
  return { role: words.slice(0, start).join(' '), name: words.slice(start).join(' ') };
}

/** Resolve a speaker phrase against the registry and the lexicons. */
export function resolvePhrase(phrase: string, registry: Registry): Referent {
  const issued = ISSUED.exec(normalizeArabic(phrase));
  if (issued) return resolvePhrase(phrase.split(/\s+/u).slice(issued[0].trim().split(' ').length).join(' '), registry);
  const core = corePhrase(phrase);
  if (core === '') return { type: 'none' };
  const key = nameKey(core);
  const words = core.split(/\s+/u);
  const first = wordKey(words[0] ?? '');

  if (NOT_SPEAKERS.some((re) => re.test(key))) return { type: 'skip', reason: 'anonymous or media source' };
  if (findOutlet(core)) return { type: 'skip', reason: 'a news outlet' };
  if (PLACES.has(key) || PLACES.has(first) || PLACES.has(words.slice(0, 2).map(wordKey).join(' '))) {
    return { type: 'skip', reason: 'a country or capital' };
  }
  if (DOCUMENTS.has(key)) return { type: 'none' };

  const hits = registry.findAll(core);
  const person = hits.find((h) => h.via === 'name' && !isInstitution(nameKey(h.speaker.name)));
  if (person) {
    // The words before the name are the role: "المتحدث باسم التحالف الدولي".
    const before = core.slice(0, locate(core, person.key)).trim();
    return { type: 'person', registry: person.speaker, name: person.speaker.name, ...(before ? { role: before } : {}) };
  }
  const institution = hits.find((h) => h.via === 'name') ?? hits.find((h) => h.via === 'affiliation');
  if (institution) {
    const name = institution.via === 'name' ? institution.speaker.name : core;
    return {
      type: 'institution',
      ...(institution.via === 'name' ? { registry: institution.speaker } : {}),
      name,
      key: institution.key,
      ...(institution.at > 0 ? { role: core } : {}),
    };
  }

  if (words.length === 1 && /^ال/u.test(first) && INSTITUTION_HEADS.has(bare(first))) return { type: 'anaphor', noun: bare(first) };
  const authorities = /^السلطات\s+(\S+)$/u.exec(key);
  if (authorities) {
    const side = NATIONALITY[authorities[1] ?? ''];
    if (side) return { type: 'authorities', side, name: core };
  }

  const head = bare(first);
  if (ROLE_HEADS.has(first) || ROLE_HEADS.has(head)) {
    const { role, name } = roleAndName(words);
    if (name.split(/\s+/u).length >= 2 || (name && !STOPWORDS.has(wordKey(name)))) return { type: 'person', name, role };
    // An office without a name: the institution it names ("المسؤولة في البنتاغون"), else the office itself.
    const chunk = phrase.split(/[،,:]/u)[0] ?? phrase;
    const of = registry.findAll(chunk).at(0);
    if (of) return { type: 'institution', name: of.via === 'name' ? of.speaker.name : role, key: of.key, role };
    return { type: 'office', role, key: nameKey(role) };
  }
  if (INSTITUTION_HEADS.has(head)) return { type: 'institution', name: core, key };
  if (words.length >= 2 && words.length <= 4 && !words.some((w) => STOPWORDS.has(wordKey(w))) && !/^ال/u.test(first)) {
    return { type: 'person', name: core };
  }
  return { type: 'none' };
}

/** Where a normalized key starts in the original phrase (by word count), for cutting the role off. */
function locate(original: string, key: string): number {
  const words = original.split(/\s+/u);
  const folded = words.map((w) => nameKey(w));
  const keyWords = key.split(' ');
  for (let i = 0; i < folded.length; i++) {
    if (keyWords.every((k, j) => (folded[i + j] ?? '').endsWith(k))) {
      return words.slice(0, i).join(' ').length;
    }
  }
  return 0;
}

/** A Latin id for a speaker the registry does not know, from the Arabic name. */
export function provisionalId(name: string): string {
  return slugify(name) || 'unknown-speaker';
}
