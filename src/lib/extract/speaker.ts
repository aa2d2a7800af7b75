/**
 * Who a speaker phrase names. "المتحدث باسم التحالف الدولي مايلز مايلز كاجينز
 * لكوردستان 24" is Myles Caggins with the role "المتحدث باسم التحالف الدولي";
 * "القيادة" is an institution named earlier; "مصادر مطلعة" is nobody. Phrases
 * the registry does not know still give a provisional speaker: a personal
 * name is read from the end of the phrase, where Arabic news puts it, after
 * the office, rank and institution.
 */
import slugify from '@sindresorhus/slugify';
import { normalizeArabic, wordKey } from '../arabic/normalize.ts';
import { WEEKDAY_PATTERN } from '../dates/lexicon.ts';
import { findOutlet } from '../import/outlets.ts';
import {
  bare,
  DOCUMENTS,
  INSTITUTION_HEADS,
  isDefinite,
  isInstitution,
  NON_NAMES,
  NOT_SPEAKERS,
  PLACES,
  ROLE_HEADS,
} from '../speakers/lexicon.ts';
import { nameKey, type Registry, type RegistryHit } from '../speakers/registry.ts';
import { opensWithFirstName } from '../speakers/names.ts';
import type { Office } from '../speakers/offices.ts';
import type { RegistrySpeaker, Side } from '../speakers/types.ts';

/** What a phrase refers to. */
export type Referent =
  | { type: 'person'; registry?: RegistrySpeaker; name: string; role?: string; surname?: string }
  | { type: 'institution'; registry?: RegistrySpeaker; name: string; key: string; role?: string }
  | { type: 'office'; role: string; key: string; phrase: string; office?: Office }
  | { type: 'surname'; word: string }
  | { type: 'anaphor'; noun: string; institution: boolean }
  | { type: 'authorities'; side: Side; name: string }
  | { type: 'none' }
  | { type: 'skip'; reason: string };

const PREPOSITIONS = new Set(['في', 'خلال', 'عبر', 'اثناء', 'من', 'عن', 'لدي', 'حول', 'بعد', 'قبل', 'الي', 'امام', 'مع', 'ضمن', 'بشان']);
const STOPWORDS = new Set('تلك هذه هذا ذلك هو هي هم الاخر كل عدم ما اي انه ان كان كانت وكان وكانت'.split(' '));
const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين']);
/** Words that open the date of a statement, where the speaker phrase ends: every weekday spelling the date reader knows. */
const DATE_WORD = new RegExp(`^(?:اليوم|امس|البارحه|الليله|ليله|ليل|${WEEKDAY_PATTERN}|يوم|بتاريخ|تاريخ)$`, 'u');
/**
 * Times of day open a date only before a date word or at the end ("مساء أمس", "صباح الاثنين"):
 * "صباح" and "فجر" are also first names ("صباح النعمان").
 */
const TIME_OF_DAY = /^(?:مساء|صباح|فجر|ظهر)$/u;
/** Indefinite documents as subjects: "بيان صادر عن مكتب الكاظمي" speaks for whoever issued it. */
const ISSUED =
  /^(?:بيان|رساله|تصريح|تغريده|كتاب|منشور)(?:\s+(?:صادر|صادره|رسمي|مشترك|صحفي|مقتضب))*(?:\s+(?:صدر|صدرت|نشره|نشرته))?\s+(?:عن|من)\s+/u;
/** "بيان لوزارة الخارجية": the statement of whoever the ل names. */
const STATEMENT_OF = /^(?:بيان|رساله|تصريح|تغريده)\s+(?=ل\p{L}{3})/u;
/** "بيان مشترك": two or more parties speak together; none of them is the speaker alone. */
const JOINT = /^(?:بيان|اعلان)\s+مشترك/u;
const MEDIA = /^(?:صحفيين|صحافه|مراسلين|وكاله|قناه|صحيفه|موقع|تلفزيون|اذاعه|اعلام)/u;
const NATIONALITY: Readonly<Record<string, Side>> = { العراقيه: 'iraq', الامريكيه: 'us', الاميركيه: 'us', الايرانيه: 'iran' };

/** Generic words for a group, before its name: جماعة، فصيل، تنظيم، ميليشيا. */
const GROUP_WORDS = new Set(['جماعه', 'فصيل', 'فصاءل', 'تنظيم', 'ميليشيا', 'مليشيا', 'ميليشيات', 'مليشيات']);

const unprefixed = (key: string) => key.replace(/^[وف](?=\p{L}{2})/u, '');

/**
 * A preposition. "على" is told from the name "علي" by its written alef
 * maqsura, which normalization would erase, so it is checked on the raw word.
 */
function isPreposition(word: string): boolean {
  return PREPOSITIONS.has(unprefixed(wordKey(word))) || /^[وف]?على$/u.test(word.replace(/[\u064b-\u065f\u0670\u0640]/gu, ''));
}

/** "لكوردستان 24", "للصحفيين", "لوكالة": who the words were said to, not who said them. */
function isAddressee(word: string, next: string | undefined): boolean {
  const key = wordKey(word);
  if (word.startsWith('لـ')) return true;
  if (!key.startsWith('ل') || key.length < 3) return false;
  const rest = key.replace(/^لل?/u, '');
  return MEDIA.test(rest) || findOutlet(key.slice(1)) !== undefined || findOutlet(`${key.slice(1)} ${next ?? ''}`.trim()) !== undefined;
}

/**
 * The comma-separated chunks of a phrase, each cut where the date words or the addressee begin: the
 * first chunk with words, and the chunks after it up to the first empty one (one that held only date
 * words, so that in "ووصف الوزير، أمس، مخرجات الحوار بأنها" the object is not read as a name in
 * apposition).
 */
function firstChunks(phrase: string): [string[], string[][]] {
  const chunks = chunksOf(phrase);
  const at = chunks.findIndex((chunk) => chunk.length > 0);
  if (at < 0) return [[], []];
  const rest: string[][] = [];
  for (const chunk of chunks.slice(at + 1, at + 4)) {
    if (chunk.length === 0) break;
    rest.push(chunk);
  }
  return [chunks[at] ?? [], rest];
}

/**
 * The name in apposition after the office: "رئيس الوزراء، محمد شياع السوداني،", "نائب قائد العمليات
 * المشتركة، الفريق أول الركن قيس المحمداوي،", or after a second office: "وزير الاتصال الحكومي،
 * المتحدث الرسمي باسم الحكومة، مهند مبيضين". Ranks before the name are part of the role.
 */
function appositionName(rest: readonly string[][], registry: Registry): { name: string[]; role: string[] } | undefined {
  const role: string[] = [];
  for (const chunk of rest) {
    let at = 0;
    while (
      at < chunk.length &&
      (ROLE_HEADS.has(bare(wordKey(chunk[at] ?? ''))) || /^(?:اول|الاول|الركن|ركن)$/u.test(wordKey(chunk[at] ?? '')))
    )
      at++;
    const words = chunk.slice(at);
    const start = nameStart(words);
    // A name opens with a first name ("محمد شياع السوداني", "باتريك رايدر"), not "بقيادة الولايات المتحدة".
    const looksNamed = opensWithFirstName(nameKey(words.join(' '))) || registry.findAll(words.join(' ')).some((h) => h.via === 'name');
    if (words.length >= 2 && start === 0 && !isDefinite(wordKey(words[0] ?? '')) && looksNamed)
      return { name: words, role: [...role, ...chunk.slice(0, at)] };
    if (at === 0) return undefined; // neither an office nor a name: the verb's object
    role.push(...chunk);
  }
  return undefined;
}

/** The comma-separated chunks of a phrase, each cut where the date words or the addressee begin. */
function chunksOf(phrase: string): string[][] {
  return phrase
    .replace(/#(\S+)/gu, (_, tag: string) => tag.replace(/_/gu, ' ')) // "#مارك_إسبر"
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/[«»"“”]/gu, ' ')
    .split(/[،,:]/u)
    .map((chunk) => {
      const all = chunk.trim().split(/\s+/u).filter(Boolean);
      const kept: string[] = [];
      for (const [i, word] of all.entries()) {
        const key = wordKey(word);
        // A day number starts a date ("في 29 كانون الثاني، 2026"), whose month would read as a name.
        const next = wordKey(all[i + 1] ?? '');
        const dateWord =
          DATE_WORD.test(key) ||
          /^\d/u.test(key) ||
          (key === 'اول' && next === 'امس') ||
          (TIME_OF_DAY.test(key) && (next === '' || DATE_WORD.test(next)));
        if (dateWord || isAddressee(word, all[i + 1]) || RELATIVE_PRONOUNS.has(key)) break;
        kept.push(word);
      }
      while (kept.length > 0 && NON_NAMES.has(wordKey(kept.at(-1) ?? ''))) kept.pop(); // "… قد دعا"
      return kept;
    });
}

/** Words up to the first preposition: the noun phrase itself. */
function headPhrase(words: readonly string[]): string[] {
  const end = words.findIndex(isPreposition);
  return end < 0 ? [...words] : words.slice(0, end);
}

/** Can this word be part of a personal name? */
function nameWord(words: readonly string[], i: number): boolean {
  const key = wordKey(words[i] ?? '');
  const head = bare(key);
  const listed = (w: string) => NON_NAMES.has(w) || PLACES.has(w);
  if (key === '' || /^\d/u.test(key) || STOPWORDS.has(key) || listed(key) || listed(head)) return false;
  // "للقوات", "بالعراق": a preposition written onto a definite noun never opens or ends a name.
  if (/^(?:لل|[وف]?بال|[وف]?كال)/u.test(key)) return false;
  // "إقامته", "حكومتها": a noun with a possessive pronoun is not a name.
  if (/(?:ته|تها|تهم|تهما|اتهم|هما)$/u.test(key) || (key.length >= 5 && /(?:ها|هم)$/u.test(key))) return false;
  if (isPreposition(words[i] ?? '') || INSTITUTION_HEADS.has(head)) return false;
  // "باسم" is "on behalf of" after المتحدث/الناطق, and a first name anywhere else ("باسم العوادي").
  if (/^باسم(?:ه|ها|هم|هما)$/u.test(key)) return false; // "المتحدث باسمها"
  if (key === 'باسم') return !/^(?:متحدث|متحدثه|ناطق|ناطقه)$/u.test(bare(wordKey(words[i - 1] ?? '')));
  return !ROLE_HEADS.has(key) && !ROLE_HEADS.has(head);
}

/**
 * The personal name at the end of a run of words: name words, optionally
 * followed by up to two family names with ال (تحسين الخفاجي, سروة عبد الواحد).
 * Returns the index where the name starts, or -1.
 */
function nameStart(words: readonly string[]): number {
  let i = words.length - 1;
  let trailing = 0;
  while (i >= 0 && trailing < 2 && isDefinite(wordKey(words[i] ?? '')) && nameWord(words, i)) {
    i--;
    trailing++;
  }
  const end = i;
  // "عبد الأمير", "أبو مهدي": a definite word inside a compound name is part of it.
  const compound = (j: number) => /^(?:عبد|ابو|ابي)$/u.test(wordKey(words[j - 1] ?? ''));
  while (i >= 0 && (compound(i) || (!isDefinite(wordKey(words[i] ?? '')) && nameWord(words, i))) && end - i < 4) i--;
  if (i === end) return -1; // no undefined (name) word at all
  return i + 1;
}

/** True for a word that can stand in a personal name (not an office, an institution, a place or a preposition). */
export function isNameWord(word: string): boolean {
  return !isDefinite(wordKey(word)) && nameWord([word], 0);
}

/**
 * Find a personal name in a phrase's words: in the first prepositional segment that ends with one.
 * Only an office reaches past a preposition for its holder's name ("النائب عن ائتلاف دولة القانون
 * حسين الشمري"); after anything else, what follows the preposition is the verb's object or
 * circumstance ("حسين من مقر إقامته", "السلطات العسكرية في العراق عن مغادرة …").
 */
function findName(words: readonly string[]): { start: number; end: number } | undefined {
  const leading = leadingName(words);
  if (leading) return leading;
  let from = 0;
  for (let i = 0; i <= words.length; i++) {
    const atBoundary = i === words.length || isPreposition(words[i] ?? '');
    if (!atBoundary) continue;
    const segment = words.slice(from, i);
    const start = nameStart(segment);
    if (start >= 0 && segment.length - start >= 2) return { start: from + start, end: i };
    // After "إلى" come the words of "دعا X إلى …" and "أشار X إلى أن …", not the speaker.
    if (wordKey(words[i] ?? '') === 'الي' || !opensWithRole(words)) break;
    from = i + 1;
  }
  return undefined;
}

/** True when the first word is an office or rank ("المتحدث", "النائب", "وزير"). */
function opensWithRole(words: readonly string[]): boolean {
  const first = bare(unprefixed(wordKey(words[0] ?? '')));
  return ROLE_HEADS.has(first);
}

/**
 * A name that opens the phrase, with its office after it in apposition: "أحمد الصحاف المتحدث باسم
 * وزارة الخارجية", "فؤاد حسين وزير الخارجية العراقي". Up to four name words, then up to two family
 * names with ال, then an office (or nothing).
 */
function leadingName(words: readonly string[]): { start: number; end: number } | undefined {
  let i = 0;
  while (i < words.length && i < 4 && !isDefinite(wordKey(words[i] ?? '')) && nameWord(words, i)) i++;
  if (i === 0) return undefined;
  let j = i;
  while (j < words.length && j - i < 2 && isDefinite(wordKey(words[j] ?? '')) && nameWord(words, j)) j++;
  if (j < 2 || j === words.length) return undefined; // a whole phrase of name words is read from its end
  const next = bare(unprefixed(wordKey(words[j] ?? '')));
  return ROLE_HEADS.has(next) && next !== 'اول' && next !== 'عام' ? { start: 0, end: j } : undefined;
}

/** True when a phrase opens with an office or an institution: the kind of subject that may stand before its verb. */
export function opensWithTitle(phrase: string): boolean {
  const first = bare(unprefixed(wordKey(phrase.trim().split(/\s+/u)[0] ?? '')));
  return ROLE_HEADS.has(first) || INSTITUTION_HEADS.has(first);
}

/** Resolve a speaker phrase against the registry and the lexicons. */
export function resolvePhrase(phrase: string, registry: Registry): Referent {
  const folded = normalizeArabic(phrase.trim());
  if (JOINT.test(folded) && !ISSUED.test(folded)) return { type: 'skip', reason: 'a joint statement' };
  const issued = ISSUED.exec(folded);
  if (issued) {
    const rest = phrase.trim().split(/\s+/u).slice(issued[0].trim().split(' ').length).join(' ');
    return /^ال?حكومتين|^الجانبين|^البلدين/u.test(normalizeArabic(rest))
      ? { type: 'skip', reason: 'a joint statement' }
      : resolvePhrase(rest, registry);
  }
  if (STATEMENT_OF.test(folded)) {
    const rest = phrase.trim().split(/\s+/u).slice(1).join(' ');
    return resolvePhrase(rest.replace(/^لل/u, 'ال').replace(/^ل/u, ''), registry);
  }
  const [first, rest] = firstChunks(phrase);
  const second = rest[0];
  if (first.length === 0) return { type: 'none' };
  const head = headPhrase(first);
  const core = (head.length > 0 ? head : first).join(' ');
  const key = nameKey(core);
  const firstKey = wordKey(first[0] ?? '');

  if (NOT_SPEAKERS.some((re) => re.test(key))) return { type: 'skip', reason: 'anonymous or media source' };
  if (findOutlet(core)) return { type: 'skip', reason: 'a news outlet' };
  if (PLACES.has(key) || PLACES.has(firstKey)) return { type: 'skip', reason: 'a country or capital' };
  if (DOCUMENTS.has(key)) return { type: 'none' };

  const hits = registry.findAll(first.join(' '));
  const person = hits.find((h) => h.via === 'name' && !isInstitution(nameKey(h.speaker.name)));
  // A registry surname alone ("الخفاجي") must not take over another person with that surname ("حسن الخفاجي").
  const full = findName(first);
  const fullName = full ? first.slice(full.start, full.end).join(' ') : '';
  const namesOf = (p: RegistrySpeaker) => [p.name, ...p.aliases].map(nameKey);
  const otherPerson =
    person &&
    !person.key.includes(' ') &&
    full &&
    nameKey(fullName).endsWith(person.key) &&
    !namesOf(person.speaker).some((n) => nameKey(fullName).endsWith(n) && n.includes(' '));
  if (person && !otherPerson) {
    const role = first.slice(0, wordsBefore(first, person.key)).join(' ');
    // Found by the surname alone: the article may name someone else of that surname (article.ts).
    const bySurname = !person.key.includes(' ') && !namesOf(person.speaker).includes(person.key);
    return {
      type: 'person',
      registry: person.speaker,
      name: person.speaker.name,
      ...(role ? { role } : {}),
      ...(bySurname ? { surname: first.find((w) => nameKey(w) === person.key) ?? person.key } : {}),
    };
  }

  // A phrase that opens with a registry entity is that entity: what follows is its object or its words
  // ("ووصفت الوزارة مخرجات الحوار بأنها", "دعا التيار الصدري إلى ضبط النفس"), never a person's name.
  const entity = (h: RegistryHit) => h.via === 'affiliation' || isInstitution(nameKey(h.speaker.name));
  const opening = hits[0];
  if (opening && opening.at === 0 && entity(opening)) return institutionOf(opening, core);
  // "رئيس الوزراء العراقي، محمد شياع السوداني، إن": a registry person in apposition, after a comma. This
  // comes before reading a name off the first chunk, whose words may only look like one ("لحلف شمال الأطلسي").
  const appositive = second ? registryPerson(registry, second) : undefined;
  if (appositive) return { type: 'person', registry: appositive, name: appositive.name, role: first.join(' ') };
  const name = findName(first);
  // "رئيس الوزراء العراقي", "القائد العام للقوات المسلحة", "رئاسة الوزراء": an office the registry
  // knows, named without its holder. Who held it is settled with the statement's day (article.ts).
  const office =
    name || appositionName(rest, registry) ? undefined : (registry.offices.find(first.join(' ')) ?? registry.offices.find(core));
  if (office) return { type: 'office', role: core, key, phrase: first.join(' '), office };
  // The words of a registry entity's name ("التحالف الدولي ضد داعش", "ائتلاف دولة القانون") are not a person's.
  if (name && !hits.some((h) => entity(h) && overlaps(first.slice(name.start, name.end), h.key))) {
    const person = personFrom(first, name);
    // "أدريان واتسون، المتحدثة باسم مجلس الأمن القومي، إن": the office follows the name, after a comma.
    const after = rest[0];
    if (person.type === 'person' && !person.role && name.start === 0 && after && opensWithRole(after))
      return { ...person, role: after.join(' ') };
    return person;
  }
  // "رئيس الوزراء العراقي، محمد شياع السوداني، إن": the name stands in apposition after a comma.
  const apposition = appositionName(rest, registry);
  if (apposition) {
    const inner = registry.findAll(apposition.name.join(' ')).find((h) => h.via === 'name');
    const role = [...first, ...apposition.role].join(' ');
    if (inner) return { type: 'person', registry: inner.speaker, name: inner.speaker.name, role };
    return { type: 'person', name: apposition.name.join(' '), role };
  }

  // "المسؤولة في البنتاغون": an unnamed official of an institution speaks as the institution.
  const of =
    head.length === 1 && /^(?:في|باسم|لدي)$/u.test(wordKey(first[1] ?? '')) ? registry.findAll(first.slice(2).join(' ')).at(0) : undefined;
  if (of) {
    return {
      type: 'institution',
      ...(of.via === 'name' ? { registry: of.speaker } : {}),
      name: first.slice(2).join(' '),
      key: of.key,
      role: first.join(' '),
    };
  }
  if (head.length === 1 && isDefinite(firstKey) && (INSTITUTION_HEADS.has(bare(firstKey)) || ROLE_HEADS.has(bare(firstKey)))) {
    return { type: 'anaphor', noun: bare(firstKey), institution: INSTITUTION_HEADS.has(bare(firstKey)) };
  }
  const authorities = /^السلطات(?:\s+(\S+))?/u.exec(key);
  if (authorities) {
    const side = NATIONALITY[authorities[1] ?? ''];
    // "السلطات العسكرية": too vague to attribute unless a nationality names whose.
    return side ? { type: 'authorities', side, name: core } : { type: 'skip', reason: 'unnamed authorities' };
  }

  const headWord = bare(firstKey);
  // "اللجنة العسكرية العليا لإنهاء مهمة التحالف الدولي": an institution of its own, whatever registry
  // entity its name mentions.
  // "جماعة المقاومة الإسلامية في العراق", "فصائل المقاومة": a generic word before a registry entity is that entity.
  const named = hits.find((h) => h.via === 'name' && h.at === (first[0] ?? '').length + 1 && GROUP_WORDS.has(headWord));
  if (named) return institutionOf(named, core);
  if (INSTITUTION_HEADS.has(headWord) && !ROLE_HEADS.has(headWord) && hits.every((h) => h.at > 0))
    return { type: 'institution', name: core, key };
  const institution = hits.find((h) => h.via === 'name') ?? hits.find((h) => h.via === 'affiliation');
  if (institution) return institutionOf(institution, core);
  // "كشف نائب", "قال قيادي في الحشد": an indefinite office with no name is an anonymous source.
  if (head.length === 1 && !isDefinite(firstKey) && ROLE_HEADS.has(unprefixed(firstKey))) {
    return { type: 'skip', reason: 'an unnamed official' };
  }
  if (ROLE_HEADS.has(firstKey) || ROLE_HEADS.has(headWord)) {
    // An unnamed official of a named institution speaks as the institution ("المتحدث باسم وزارة الخارجية الإيرانية").
    const at = head.findIndex((w, i) => i > 0 && INSTITUTION_HEADS.has(bare(wordKey(w))));
    if (at > 0) {
      const institution = head.slice(at).join(' ');
      return { type: 'institution', name: institution, key: nameKey(institution), role: core };
    }
    return { type: 'office', role: core, key, phrase: first.join(' ') };
  }

  // A lone name word, with or without ال ("ميلر", "العوادي"): a surname, resolved against the article.
  if (head.length === 1 && nameWord(head, 0)) return { type: 'surname', word: head[0] ?? '' };
  return { type: 'none' };
}

/** An institution found in the registry: its own entry, or (through an affiliation) the phrase as written. */
function institutionOf(hit: RegistryHit, core: string): Referent {
  const own = hit.via === 'name';
  return { type: 'institution', ...(own ? { registry: hit.speaker } : {}), name: own ? hit.speaker.name : core, key: hit.key, role: core };
}

/** The registry person a chunk names: it ends with their name, and only titles and ranks stand before it. */
function registryPerson(registry: Registry, words: readonly string[]): RegistrySpeaker | undefined {
  const hit = registry.findAll(words.join(' ')).find((h) => h.via === 'name' && !isInstitution(nameKey(h.speaker.name)));
  if (!hit || !nameKey(words.join(' ')).endsWith(hit.key)) return undefined;
  const before = words.slice(0, wordsBefore(words, hit.key));
  return before.every((_, i) => !nameWord(before, i)) ? hit.speaker : undefined;
}

/** True when some of `words` (a clitic و/ب/ل/ف aside) are words of the registry key `key`. */
function overlaps(words: readonly string[], key: string): boolean {
  const inKey = new Set(key.split(' '));
  return words.some((w) => inKey.has(nameKey(w)) || inKey.has(nameKey(w).replace(/^[وبلف]/u, '')));
}

function personFrom(words: readonly string[], { start, end }: { start: number; end: number }): Referent {
  // The office before the name, or, for a name that opens the phrase, the office after it.
  const role = (start > 0 ? words.slice(0, start) : headPhrase(words.slice(end))).join(' ');
  return { type: 'person', name: words.slice(start, end).join(' '), ...(role ? { role } : {}) };
}

/** How many words of `words` come before the normalized `key`, for cutting the role off a name. */
function wordsBefore(words: readonly string[], key: string): number {
  const keyWords = key.split(' ');
  const folded = words.map((w) => nameKey(w));
  const at = folded.findIndex((_, i) => keyWords.every((k, j) => (folded[i + j] ?? '').endsWith(k)));
  return Math.max(0, at);
}

/** A Latin id for a speaker the registry does not know, from the Arabic name. */
export function provisionalId(name: string): string {
  return slugify(name) || 'unknown-speaker';
}
