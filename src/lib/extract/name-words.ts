/**
 * Reading a personal name off the words of a speaker phrase. Arabic news puts the name after the
 * office, rank and institution ("المتحدث باسم التحالف الدولي مايلز كاجينز"), or before its office
 * ("أحمد الصحاف المتحدث باسم …"); a name word is anything that is not an office, an institution,
 * a place, a preposition or a common noun of the lexicons.
 */
import { wordKey } from '../arabic/normalize.ts';
import { findOutlet } from '../import/outlets.ts';
import { opensWithFirstName } from '../speakers/names.ts';
import {
  bare,
  hasHead,
  INSTITUTION_HEADS,
  isDefinite,
  isNationality,
  MILITARY_RANKS,
  NON_NAMES,
  PLACES,
  ROLE_HEADS,
} from '../speakers/lexicon.ts';

// "بوصفه", "باعتباره" (as, in its capacity of) open a predicate about the verb's object, like a preposition.
const PREPOSITIONS = new Set([
  ...['في', 'خلال', 'عبر', 'اثناء', 'من', 'عن', 'لدي', 'حول', 'بعد', 'قبل', 'الي', 'امام', 'مع', 'ضمن', 'بشان'],
  ...['بوصفه', 'بوصفها', 'باعتباره', 'باعتبارها', 'بصفته', 'بصفتها'],
]);

const STOPWORDS = new Set('تلك هذه هذا ذلك هو هي هم الاخر كل عدم ما اي انه ان كان كانت وكان وكانت'.split(' '));

export const unprefixed = (key: string) => key.replace(/^[وف](?=\p{L}{2})/u, '');

/**
 * A preposition. "على" is told from the name "علي" by its written alef
 * maqsura, which normalization would erase, so it is checked on the raw word.
 */
export function isPreposition(word: string): boolean {
  return PREPOSITIONS.has(unprefixed(wordKey(word))) || /^[وف]?على$/u.test(word.replace(/[\u064b-\u065f\u0670\u0640]/gu, ''));
}

/**
 * A preposition, or «بـ» written apart from its noun ("بـ"دور العراق"") or on a definite one, which
 * opens the verb's object.
 * Not after «الملقب»/«المكنى», where it brings a nickname ("الملقب بـ"أبو تقوى""); and not لـ, which
 * joins an office to its institution ("الأمين العام لـ"كتائب حزب الله"").
 */
/**
 * Words after which no name goes on: "بحسب" (according to), "ذو الأصول العراقية" (of Iraqi origin),
 * "تلقت (رووداو) نسخة منه" (a relative clause on who received it), "مقتل" (the object's event).
 */
const NAME_ENDS = new Set(['بحسب', 'حسب', 'وفق', 'وفقا', 'تلقت', 'تلقي', 'تلقته', 'تلقاه', 'مقتل', 'اغتيال']);

/** True for a word of NAME_ENDS there: not «حسب الله» (a name), and «ذو/ذات» only before an origin. */
function endsName(words: readonly string[], i: number): boolean {
  const key = unprefixed(wordKey(words[i] ?? ''));
  const next = wordKey(words[i + 1] ?? '');
  if (/^(?:ذو|ذات)$/u.test(key)) return /^ال(?:اصول|اصل|جنسيه)$/u.test(next);
  return NAME_ENDS.has(key) && next !== 'الله';
}

/** Nouns of a place whose name follows them: a base, an airport, a camp. */
const PLACE_HEADS = /^(?:قاعده|مطار|معسكر|ولايه)$/u;

function boundary(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  if (isPreposition(word) || (i > 0 && endsName(words, i))) return true;
  // "رحب الوزير محمد علي بالاتفاق": بـ on a definite noun after a name is the object too. (After an
  // office it is the office's body: "المتحدث بالخارجية"; "بالوكالة" is an acting office's.)
  const key = wordKey(word);
  // "بالنيابة عن كتلته" is on behalf of someone, not an acting office.
  const acting = /بال(?:وكاله|انابه|نيابه)$/u.test(key) && wordKey(words[i + 1] ?? '') !== 'عن';
  if (/^[وف]?بال\p{L}{2}/u.test(key) && !acting) return i > 0 && isNameWord(words[i - 1] ?? '');
  // "اجتمع علي خامنئي بوزير الخارجية": بـ on an office's or a body's noun opens the object.
  if (/^ب\p{L}{3,}/u.test(key) && (ROLE_HEADS.has(key.slice(1)) || INSTITUTION_HEADS.has(key.slice(1)))) return i > 0;
  return /^بـ?["«“”]?$|^بـ["«“”]?(?=\p{L})/u.test(word) && !/^ال(?:ملقب|مكني)/u.test(wordKey(words[i - 1] ?? ''));
}

/** Words up to the first preposition: the noun phrase itself. */
export function headPhrase(words: readonly string[]): string[] {
  const end = words.findIndex((_, i) => boundary(words, i));
  return end < 0 ? [...words] : words.slice(0, end);
}

/**
 * "للقوات", "لحلف", "لوزارة", "لقائد" (folded): لـ on an institution's or an office's noun, which joins an
 * office to its body ("الأمين العام لحلف الناتو"). No name opens so: لؤي، ليث، لطيف are no such nouns after the لـ.
 */
export function joinsToBody(key: string): boolean {
  if (key.startsWith('لل')) return true;
  const noun = /^ل\p{L}{3,}/u.test(key) ? bare(key.slice(1)) : '';
  // («لامين» is a first name, as «للأمين العام» is the office.) "مجلس التعاون لدول الخليج", "سفير
  // لدولة الكويت": the states a body's or an office's name goes on to.
  return noun !== '' && noun !== 'امين' && (INSTITUTION_HEADS.has(noun) || ROLE_HEADS.has(noun) || /^(?:دول|دوله|بلدان|شءون)$/u.test(noun));
}

/** Can this word be part of a personal name? */
export function nameWord(words: readonly string[], i: number): boolean {
  const key = wordKey(words[i] ?? '');
  const head = bare(key);
  const listed = (w: string) => NON_NAMES.has(w) || PLACES.has(w);
  if (key === '' || /\d/u.test(key) || STOPWORDS.has(key) || listed(key) || listed(head)) return false;
  // "ميدانياً", "رسمياً": the tanween of an adverb; no name carries it.
  if (/[\u064b-\u064d]/u.test(words[i] ?? '')) return false;
  // "بالعراق": a preposition written onto a definite noun never opens or ends a name.
  if (/^(?:[وف]?بال|[وف]?كال)/u.test(key)) return false;
  // "بمقتل", "بمشاركة": بـ on a noun of the مَفعَل/مُفاعَلة shapes; no name opens with بم.
  if (/^بم\p{L}{3,}/u.test(key)) return false;
  // "إقامته", "حكومتها": a noun with a possessive pronoun is not a name.
  // Not a three-letter name that only ends like one («ميته», here «مته»): a noun comes before the pronoun.
  if ((key.length >= 4 && /(?:ته|تها|تهم|تهما|اتهم|هما)$/u.test(key)) || (key.length >= 5 && /(?:ها|هم)$/u.test(key))) return false;
  if (isPreposition(words[i] ?? '') || INSTITUTION_HEADS.has(head) || PLACE_HEADS.test(head)) return false;
  if (joinsToBody(key)) return false;
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
export function nameStart(words: readonly string[]): number {
  let i = words.length - 1;
  let trailing = 0;
  while (i >= 0 && trailing < 2 && isDefinite(wordKey(words[i] ?? '')) && nameWord(words, i)) {
    i--;
    trailing++;
  }
  const end = i;
  // "عبد الأمير", "أبو مهدي": a definite word inside a compound name is part of it.
  const compound = (j: number) => /^(?:عبد|ابو|ابي)$/u.test(wordKey(words[j - 1] ?? ''));
  // "محمد رضا آل حيدر": «آل» (the family of) opens a family name, though it reads as the article;
  // "فيصل بن فرحان آل سعود": «بن» joins a father's name. Neither counts toward the four words.
  const joiner = (j: number) => /^(?:ال|بن|بنت)$/u.test(wordKey(words[j] ?? '')) && j < end;
  let counted = 0;
  while (i >= 0 && (compound(i) || joiner(i) || (!isDefinite(wordKey(words[i] ?? '')) && nameWord(words, i))) && counted < 4) {
    if (!joiner(i)) counted++;
    i--;
  }
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
export function findName(words: readonly string[]): { start: number; end: number } | undefined {
  const leading = leadingName(words);
  if (leading) return leading;
  let from = 0;
  for (let i = 0; i <= words.length; i++) {
    const atBoundary = i === words.length || boundary(words, i);
    if (!atBoundary) continue;
    const segment = words.slice(from, i);
    const start = nameStart(segment);
    // "في تصريح خص به وكالة شفق نيوز": what follows "in a statement to" is the outlet, not a name.
    const aside = from > 0 && NON_NAMES.has(bare(wordKey(segment[0] ?? '')));
    const outlet = start >= 0 && findOutlet(segment.slice(start).join(' ')) !== undefined;
    // "رئيس كتلة حقوق النيابية": the words after an institution's head noun are its name, not a person's;
    // a person's name may still follow it, from a first name on ("رئيس حركة حقوق حسين مؤنس").
    // So are the words after a base's or an airport's noun ("آمر قاعدة الحبانية، سعد كريم").
    const institution =
      start > 0 && (INSTITUTION_HEADS.has(wordKey(segment[start - 1] ?? '')) || PLACE_HEADS.test(bare(wordKey(segment[start - 1] ?? ''))));
    if (aside) break;
    if (start >= 0 && segment.length - start >= 2 && !outlet) {
      if (!institution) return { start: from + start, end: i };
      const person = segment.findIndex((w, j) => j > start && j < segment.length - 1 && opensWithFirstName(wordKey(w)));
      if (person > 0) return { start: from + person, end: i };
    }
    // After "إلى" come the words of "دعا X إلى …" and "أشار X إلى أن …", not the speaker; after
    // "اغتيال", "بحسب" … the one killed or the source.
    if (wordKey(words[i] ?? '') === 'الي' || (i < words.length && endsName(words, i)) || !opensWithRole(words)) break;
    from = i + 1;
  }
  return undefined;
}

/** True when the first word is an office or rank ("المتحدث", "النائب", "وزير"). */
export function opensWithRole(words: readonly string[]): boolean {
  return hasHead(ROLE_HEADS, wordKey(words[0] ?? ''));
}

/**
 * A name that opens the phrase, with its office after it in apposition: "أحمد الصحاف المتحدث باسم
 * وزارة الخارجية", "فؤاد حسين وزير الخارجية العراقي". Up to four name words, then up to two family
 * names with ال, then an office (or nothing).
 */
export function leadingName(words: readonly string[]): { start: number; end: number } | undefined {
  // "العقيد الأميركي جون سميث المتحدث باسم التحالف": a rank, and a nationality, may open it.
  let from = 0;
  if (MILITARY_RANKS.test(bare(wordKey(words[0] ?? '')))) from = isNationality(wordKey(words[1] ?? '')) ? 2 : 1;
  let i = from;
  while (i < words.length && i - from < 4 && !isDefinite(wordKey(words[i] ?? '')) && nameWord(words, i)) i++;
  if (i === from) return undefined;
  let j = i;
  while (j < words.length && j - i < 2 && isDefinite(wordKey(words[j] ?? '')) && nameWord(words, j)) j++;
  if (j - from < 2 || j === words.length) return undefined; // a whole phrase of name words is read from its end
  const next = bare(wordKey(words[j] ?? ''));
  if (hasHead(ROLE_HEADS, wordKey(words[j] ?? '')) && next !== 'اول' && next !== 'عام') return { start: from, end: j };
  // "واتهم هوشيار زيباري «ميليشيا» …", "وحذر محمد الحلبوسي الحكومة من …": a name from its first name,
  // then a word no name holds (a body, a quoted word), which opens the verb's object.
  return from === 0 && opensWithFirstName(wordKey(words[0] ?? '')) && !nameWord(words, j) ? { start: 0, end: j } : undefined;
}
