/**
 * The shapes a speaker phrase takes in Arabic news, as patterns and small word tests: documents that
 * speak for whoever issued them, names a group is known by, joint statements, the verb's object
 * written straight after its subject, institutions' names, names spelt with other long vowels.
 * `resolvePhrase` (speaker.ts) puts them together.
 */
import { wordKey } from '../arabic/normalize.ts';
import { bare, EVENTS, hasHead, INSTITUTION_HEADS, isDefinite, NON_NAMES, RANKS, ROLE_HEADS } from '../speakers/lexicon.ts';
import { FIRST_NAMES, opensWithFirstName } from '../speakers/names.ts';
import type { Side } from '../speakers/types.ts';
import { headPhrase, isPreposition, nameWord } from './name-words.ts';

/** Indefinite documents as subjects: "بيان صادر عن مكتب الكاظمي" speaks for whoever issued it. */
// "سلسلة بيانات وزعتها المقاومة": the one who issued or spread them, named as the verb's subject.
export const ISSUED =
  /^(?:سلسله\s+)?(?:بيان|بيانا|بيانات|رساله|تصريح|تغريده|كتاب|منشور|تنبيه|تحذير|بلاغ)(?:\s+(?:صادر|صادره|صادرا|رسمي|رسميا|مشترك|صحفي|مقتضب|امني|ثان|ثانيا|اخر|جديد|جديدا))*(?:(?:\s+(?:صدر|صدرت|نشره|نشرته))?\s+(?:عن|من)|\s+(?:وزعه|وزعها|وزعته|وزعتها|اصدره|اصدرها|اصدرته|اصدرتها|نشره|نشرته|نشرها|نشرتها))\s+/u;
/** "بيان لوزارة الخارجية": the statement of whoever the ل names. */
export const STATEMENT_OF = /^(?:بيان|رساله|تصريح|تغريده)\s+(?=ل\p{L}{3}|لـ?\s|لـ?["«“]|باسم\s)/u;
/** "… التي تطلق على نفسها X", "جماعة تطلق على نفسها اسم X": X, the name a group gives itself. */
export const CALLS_ITSELF = /(?:(?:التي|الذي)\s+)?(?:تطلق|يطلق|تسمي|يسمي)\s+(?:علي\s+)?نفس(?:ها|ه)\s+(?:اسم\s+)?(.+)$/u;
/** "جماعة مسلحة مقربة من إيران، تعرف باسم «سرايا أولياء الدم»", "ما تسمى «X»": X, the name it is known by. */
export const KNOWN_AS =
  /(?:^|\s)(?:(?:تعرف|يعرف|المعروفه|المعروف)\s+(?:باسم\s*|بـ?\s*(?=["«“]|ال))|(?:ما\s+)?(?:تسمي|يسمي)(?:\s+بـ?)?\s*)(.+)$/u;

/**
 * The name a group is known by or gives itself, when the phrase is that group: the match opens the
 * phrase, or follows a group word and its description ("جماعة مسلحة مقربة من إيران، تعرف باسم X").
 * A person "المعروف بقربه من طهران" or "الذي يطلق على نفسه لقب الحاج" keeps their own name.
 */
export function groupName(folded: string): { match: RegExpExecArray; start: number } | undefined {
  const match = CALLS_ITSELF.exec(folded) ?? KNOWN_AS.exec(folded);
  const name = match?.[1];
  if (!match || !name || /^لقب(?:\s|$)/u.test(name)) return undefined;
  const before = folded.slice(0, match.index).trim();
  const opener = before.split(/\s+/u)[0] ?? '';
  if (before !== '' && before !== 'ما' && !GROUP_WORDS.has(bare(opener)) && !/^(?:مجموعه|ميليشيات|الميليشيات)$/u.test(opener))
    return undefined;
  return { match, start: match.index + match[0].length - name.length };
}
/** "بيان مشترك": two or more parties speak together; none of them is the speaker alone. */
export const JOINT = /^(?:بيان|اعلان)\s+مشترك/u;
export const NATIONALITY: Readonly<Record<string, Side>> = { العراقيه: 'iraq', الامريكيه: 'us', الاميركيه: 'us', الايرانيه: 'iran' };

/** The side a nationality adjective names, masculine or feminine, with or without ال: العراقي → iraq. */
export function sideOf(word: string): Side | undefined {
  const key = wordKey(word).replace(/^(?:ال)?/u, 'ال');
  return NATIONALITY[key] ?? NATIONALITY[`${key}ه`];
}

/** The sides the nationality adjectives of a text name ("وزير الخارجية العراقي" → iraq). */
export function sidesIn(text: string): Set<Side> {
  return new Set(text.split(/\s+/u).flatMap((w) => sideOf(w) ?? []));
}

/**
 * The subject's words, without the verb's object that follows them with no comma between: "ودانت
 * الحكومة الهجوم الأميركي", "نفى التحالف أي إعداد", "أشار الوزير إلى عدم ورود طلبات من إدارة ترامب"
 * (a preposition before the object goes with it).
 */
export function subjectOf(words: readonly string[]): string[] {
  // "تحذير السفارة الأميركية رعاياها": a noun with a possessive ending is the object too.
  const possessive = (key: string) => key.length >= 5 && /(?:ها|هم|هما)$/u.test(key) && !key.startsWith('باسم');
  // Never the second noun of a name's construct ("قائد عملية العزم الصلب", "باسم حكومتها", "هيئة أركانها").
  const construct = (i: number) => {
    const before = wordKey(words[i - 1] ?? '');
    return before === 'باسم' || (!isDefinite(before) && (hasHead(ROLE_HEADS, before) || hasHead(INSTITUTION_HEADS, before)));
  };
  // A first name later in the phrase: "النائب بالبرلمان العراقي علي الساعدي" is one subject.
  // (within three words: a first name further on belongs to the object, "… إلى حل عادل").
  const nameLater = (i: number) => words.slice(i + 1, i + 4).some((w) => !isPreposition(w) && opensWithFirstName(wordKey(w)));
  const at = words.findIndex((w, i) => {
    const key = wordKey(w);
    // "تابع قائد القوات ميدانياً خطوات الاستلام": an adverb, marked by its tanween, ends the subject when the
    // verb's object follows it (not «المعترف بها دولياً،», «العضو سابقاً في البرلمان», «حالياً محمد …»).
    const after = wordKey(words[i + 1] ?? '');
    if (
      i > 0 &&
      /[\u064b-\u064d]/u.test(w) &&
      isDefinite(wordKey(words[i - 1] ?? '')) &&
      after !== '' &&
      !/^[بلك]/u.test(after) &&
      !isPreposition(words[i + 1] ?? '') &&
      !isDefinite(after) &&
      !opensWithFirstName(after) &&
      !/[،,.:]$/u.test(w)
    )
      return true;
    // "اتهم وزير الخارجية هوشيار زيباري «ميليشيا» …", "… جون سميث الحكومة بـ…": after a first name and a
    // family name, a body's head noun is the verb's object.
    const afterName =
      i >= 2 && !isDefinite(wordKey(words[i - 1] ?? '')) && nameWord(words, i - 1) && opensWithFirstName(wordKey(words[i - 2] ?? ''));
    if (afterName && hasHead(INSTITUTION_HEADS, key) && !hasHead(ROLE_HEADS, key)) return true;
    const afterWhole = i > 1 && isDefinite(wordKey(words[i - 1] ?? '')) && !construct(i);
    // "السفير الأمريكي الحكومة العراقية على": an institution with its article after a complete
    // phrase is the verb's object ("قائد القيادة المركزية" is a construct, «للقوات» a genitive).
    if (afterWhole && /^ال/u.test(key) && OBJECT_BODIES.has(bare(key)) && !nameLater(i)) return true;
    // "أعلنت الحكومة الكندية التعبئة العامة": a body's name ends with its nationality; a noun with its
    // article after it (not an adjective: «الجديدة», «الاتحادي») is the verb's object.
    // Only after a body's name: «الرئيس الأمريكي الأسبق» is an office with its adjective.
    const body = hasHead(INSTITUTION_HEADS, wordKey(words[0] ?? '')) && !hasHead(ROLE_HEADS, wordKey(words[0] ?? ''));
    if (
      body &&
      afterWhole &&
      COUNTRY_ADJECTIVE.test(wordKey(words[i - 1] ?? '')) &&
      /^ال\p{L}{2,}[^يهنةا]$/u.test(key) &&
      !/^ال(?:سابق|اسبق|جديد|مقبل|قادم|حالي|مءقت|موقت|منتخب)$/u.test(key) &&
      !nameLater(i)
    )
      return true;
    // "السفير البريطاني بالموقف", "توعد الحزب بـاستهداف": بـ opens the object ("بالوكالة" is the
    // office's own).
    // Only بال, بـ or بم: a bare ب opens too many names (بول، بيشوا، بشير).
    // "وتوعدت الجماعة باستهداف …": بـ on a verbal noun too ("باستهداف", "بانسحاب"), never a first name.
    const withBa =
      (/^(?:بال|بـ|بم\p{L}{3})/u.test(w) || (/^با\p{L}{4,}/u.test(key) && !opensWithFirstName(key) && !FIRST_NAMES.has(key))) &&
      !/^(?:بالوكاله|بالنيابه|بالانابه)$/u.test(key);
    // "توعدت الحركة بـ «…»": even right after a one-word subject.
    // Not right after an office: "المتحدث بالخارجية الإيرانية" speaks at the ministry.
    const afterOffice = hasHead(ROLE_HEADS, wordKey(words[i - 1] ?? ''));
    // "رئيس لجنة القوات المسلحة بمجلس النواب النائب الجمهوري مايك روجرز": after an office, بـ on a body
    // tells where it sits, when a name follows within five words.
    // (An office or a rank stands between the body and the name; not «رحب الوزير بالتحالف بقيادة الجنرال …».)
    const named = words.findIndex((x, k) => k > i && k < i + 6 && opensWithFirstName(wordKey(x)));
    const between = named < 0 ? [] : words.slice(i + 1, named).map(wordKey);
    const seat =
      hasHead(ROLE_HEADS, wordKey(words[0] ?? '')) &&
      INSTITUTION_HEADS.has(bare(key.replace(/^ب/u, ''))) &&
      between.some((x) => isDefinite(x) && (hasHead(ROLE_HEADS, x) || RANKS.test(bare(x)))) &&
      !between.some((x) => /^ب/u.test(x));
    if (withBa && i >= 1 && !afterOffice && isDefinite(wordKey(words[i - 1] ?? '')) && !construct(i) && !nameLater(i) && !seat) return true;
    // "منظمة بدر بزعامة هادي العامري", "التحالف بقيادة الولايات المتحدة": the leader named after a body
    // is no part of the subject (after an office, "بقيادة العمليات" is where it serves).
    if (i >= 1 && /^(?:بزعامه|بقياده|برءاسه)$/u.test(key) && INSTITUTION_HEADS.has(bare(wordKey(words[0] ?? '')))) return true;
    // An event is the object only with its article ("الهجوم"): "لجنة متابعة انسحاب القوات" is a name.
    const event = EVENTS.has(bare(key)) && isDefinite(key);
    // "وقال الوزير تعليقا على …": a common noun of the lexicon ends the subject too.
    const common = NON_NAMES.has(key) && i > 0 && !construct(i);
    // "وقال أبو علي العسكري وهو المسؤول الأمني للحركة، إن": «وهو …» describes the subject, which ends there.
    // "«المقاومة العراقية الإسلامية» المدعومة من إيران": who backs a group is no part of its name.
    // Not after an office: "المتحدث الرسمي التابع لوزارة الدفاع" speaks for the ministry it names.
    const officeFirst = hasHead(ROLE_HEADS, wordKey(words[0] ?? '')) || /^ال?مكتب$/u.test(wordKey(words[0] ?? ''));
    // "الجماعة التي تصنف بأنها …": a relative clause describes the subject too.
    const described = /^(?:و(?:هو|هي|هم)|التي|الذي|الذين)$/u.test(key) || (i > 1 && AFFILIATED.test(key) && !officeFirst);
    // "وطالبت الجماعة أنصارها": after a definite noun, which no construct follows, a possessive noun
    // is the object even as the second word.
    const afterDefinite = i === 1 && isDefinite(wordKey(words[0] ?? '')) && !hasHead(ROLE_HEADS, wordKey(words[0] ?? ''));
    return (
      i > 0 &&
      (described || (!construct(i) && (event || common || OBJECT_OPENERS.has(key) || ((i > 1 || afterDefinite) && possessive(key)))))
    );
  });
  const end = at < 0 ? words.length : at > 1 && isPreposition(words[at - 1] ?? '') ? at - 1 : at;
  return words.slice(0, Math.min(end, afterRankedName(words)));
}

/**
 * "قائد عمليات الأنبار اللواء ناصر الغنام اعتقال خلية": after a rank, a first name and the family
 * name that closes it (one with its article), the verb's object begins. The end of that name, or the
 * phrase's length when there is none.
 */
function afterRankedName(words: readonly string[]): number {
  const r = words.findIndex((w, i) => i > 0 && RANKS.test(bare(wordKey(w))) && opensWithFirstName(wordKey(words[i + 1] ?? '')));
  if (r < 0) return words.length;
  let j = r + 2;
  let family = false;
  while (j < words.length && j - r <= 5) {
    const definite = isDefinite(wordKey(words[j] ?? ''));
    if (family && !definite) break;
    if (!nameWord(words, j)) break;
    // "عبد الكريم خلف", "أبو الفضل …": the article after عبد/أبو is the first name's.
    family ||= definite && !/^(?:عبد|ابو|ابي)$/u.test(wordKey(words[j - 1] ?? ''));
    j++;
  }
  return family ? j : words.length;
}

/** A country's adjective with its article, masculine or feminine: «الإيرانية», «الدنماركي». */
const COUNTRY_ADJECTIVE =
  /^ال(?:عراقي|امريكي|اميركي|ايراني|بريطاني|فرنسي|الماني|تركي|روسي|سوري|كندي|دنماركي|هولندي|ايطالي|اسباني|استرالي|نرويجي|بلجيكي|صيني|سعودي|قطري|اماراتي|كويتي|اردني|لبناني|مصري|يمني|اسراءيلي)ه?$/u;

/** "المدعومة من", "الموالية لـ", "المقربة من": a group's backers follow. */
const AFFILIATED = /^ال(?:مدعوم|موالي|مقرب|تابع|محسوب|مرتبط)(?:ه|ين|ون)?$/u;

/** Bodies that, with their article after a complete phrase, are the verb's object («السفير الأمريكي الحكومة»). */
const OBJECT_BODIES = new Set([
  'حكومه',
  'وزاره',
  'سفاره',
  'قياده',
  'رءاسه',
  'برلمان',
  'جيش',
  'قوات',
  'سلطات',
  'فصاءل',
  'ميليشيات',
  'مليشيات',
  'اداره',
]);

/** "نفى التحالف أي إعداد …", "رفضت الوزارة كل …", "اعتبر الجنرال ما أسماها …": words that open the verb's object. */
export const OBJECT_OPENERS = new Set(['اي', 'ايه', 'كل', 'جميع', 'عدم', 'ما', 'مما']);

/** The factions, the militias, the groups: plurals of groups, which speak only when named. */
export const GROUP_PLURALS: ReadonlySet<string> = new Set(['الفصاءل', 'الميليشيات', 'المليشيات', 'الجماعات']);

/** Generic words for a group, before its name: جماعة، فصيل، تنظيم، ميليشيا. */
export const GROUP_WORDS = new Set(['جماعه', 'فصيل', 'فصاءل', 'تنظيم', 'ميليشيا', 'مليشيا', 'ميليشيات', 'مليشيات']);

/** The parties a joint statement names, in a fixed order so that one pair is always one speaker. */
const PARTIES: readonly { re: RegExp; adjective: string }[] = [
  { re: /العراق|بغداد/u, adjective: 'العراقي' },
  { re: /الولايات المتحده|واشنطن|الامريكي|الاميركي/u, adjective: 'الأمريكي' },
  { re: /ايران|طهران/u, adjective: 'الإيراني' },
];

/**
 * "أعلنت الولايات المتحدة والعراق، في بيان مشترك": two governments speak with one voice. The speaker is
 * their joint statement ("البيان المشترك العراقي الأمريكي"), the registry's entry for it when there is one;
 * a joint statement whose parties the phrase does not name stays nobody's.
 */
export function jointStatement(folded: string): string | undefined {
  if (!/(?:^|\s)(?:ال|في\s+)?بيانا?\s+(?:ال)?مشترك/u.test(folded)) return undefined;
  // "السفارة الأمريكية في بغداد": a city in an institution's name is no party.
  const parties = PARTIES.filter((p) => new RegExp(`(?<!في\\s)(?:${p.re.source})`, 'u').test(folded));
  return parties.length < 2 ? undefined : `البيان المشترك ${parties.map((p) => p.adjective).join(' ')}`;
}

/**
 * The name of the institution that opens `words`, when a personal name found at `nameAt` is no person's:
 * the head noun and the definite words after it ("خلية الإعلام الأمني العراقي"), or a head noun with a
 * name of its own right after it ("جماعة أنصار الله").
 */
export function institutionName(words: readonly string[], name: { start: number; end: number }): string | undefined {
  const headKey = wordKey(words[0] ?? '');
  if (!hasHead(INSTITUTION_HEADS, headKey) || hasHead(ROLE_HEADS, headKey)) return undefined;
  if (words.slice(1, name.start).some((w) => hasHead(ROLE_HEADS, wordKey(w)))) return undefined;
  if (name.start === 1) return words.slice(0, name.end).join(' ');
  let end = 1;
  while (end < name.start && isDefinite(wordKey(words[end] ?? '')) && !isPreposition(words[end] ?? '')) end++;
  return words.slice(0, end).join(' ');
}

/**
 * An institution's name with the body it belongs to: "وزارة الداخلية في حكومة إقليم كردستان" is not
 * the federal ministry. Only "في" followed by another institution extends the name.
 */
export function qualified(words: readonly string[], head: readonly string[]): string {
  if (head.length < headPhrase(words).length) return head.join(' ');
  const at = head.length;
  if (wordKey(words[at] ?? '') !== 'في' || !hasHead(INSTITUTION_HEADS, wordKey(words[at + 1] ?? ''))) return head.join(' ');
  const rest = words.slice(at + 1);
  return [...head, 'في', ...headPhrase(rest)].join(' ');
}

/** A name's consonant skeleton: transliterations differ in their long vowels ("باترك", "باتريك"). */
const skeleton = (word: string) => word.replace(/[اويى]/gu, '');

/**
 * True when the written name `written` ends with the registry name `known`, word for word, each word
 * the same or spelt with other long vowels: "باترك رايدر" is "باتريك رايدر".
 */
export function sameName(written: string, known: string): boolean {
  const a = written.split(' ').slice(-known.split(' ').length);
  const b = known.split(' ');
  // Not for names Arabic tells apart by their vowels: محمد/محمود, حسن/حسين, سعد/سعيد.
  const variant = (w: string, k: string) => w.length > 2 && !(FIRST_NAMES.has(w) && FIRST_NAMES.has(k)) && skeleton(w) === skeleton(k);
  return a.length === b.length && a.every((w, i) => w === b[i] || variant(w, b[i] ?? ''));
}
