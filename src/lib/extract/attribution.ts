/**
 * Finding who a sentence attributes words to. The patterns of Arabic news:
 * a reporting verb opening the sentence or a clause ("وقال X إن", "أكدت
 * الوزارة أن", "كما أضاف X:"), a subject before the verb ("كان X أكد"),
 * "نقلت … عن X قوله", "بحسب / وفقاً لـ / نقلاً عن X", and "جاء في الرسالة التي
 * تحمل توقيع X". The result is the raw speaker phrase; `speaker.ts` decides
 * who it names.
 */
import { wordKey } from '../arabic/normalize.ts';
import { weekdayNumber } from '../dates/lexicon.ts';
import { bare, EVENTS, INSTITUTION_HEADS, isDefinite, isTitleHead, NOT_SPEAKERS, ROLE_HEADS } from '../speakers/lexicon.ts';
import { opensWithFirstName } from '../speakers/names.ts';
import { COMPLEMENT, CONTINUATION_STEMS, genderOf, reportingVerb, SPEECH_PARTICIPLE, verbStem } from './verbs.ts';

/** What a sentence says about who is speaking. */
export interface Attribution {
  kind: 'verb' | 'subject-first' | 'naql' | 'signature' | 'according-to' | 'headline' | 'nominal';
  /** The speaker phrase as written; empty when the verb has no subject of its own. */
  phrase: string;
  /** The verb's stem, for continuation verbs (اضاف …). */
  stem?: string;
  /** "قال فيه إن": the speaker is someone named earlier in the sentence. */
  relative: boolean;
  /** "ومن جانبه" / "بدوره": a different speaker from the current one. */
  switches: boolean;
  /** The sentence up to where the reported words begin: the date words of the statement live here. */
  frame: string;
  /** True for a continuation verb. */
  continuation: boolean;
  /** True when the verb is feminine ("وأعلنت"): it cannot continue a man's words. */
  feminine?: boolean;
  /** True when the verb is masculine singular ("ودعا"): a feminine noun after it is no subject. */
  masculine?: boolean;
}

interface Token {
  text: string;
  key: string;
  at: number;
}

const RELATIVE_OBJECT = /^(?:فيه|فيها|خلاله|خلالها|عنه|عنها)$/u;
const QUOTE_START = /^["«“]/u;

/** A dateline written onto the sentence's first word: "الوقت-هددت", "بغداد–أكد". */
const GLUED_DATELINE = /^(\S*?[\p{L}\p{N})][-–—])(\p{L}{3,})$/u;

/**
 * The words of a sentence; "و شدد", written with a space after the و, is one word as "وشدد" is.
 * A dateline glued to the first word by a dash is a word of its own, so the verb after it opens
 * the sentence as it does after "بغداد- ".
 */
function tokenize(sentence: string): Token[] {
  return [...sentence.matchAll(/(?:(?<![\p{L}])و\s+(?=\p{L}))?\S+/gu)].flatMap((m) => {
    const text = m[0].replace(/^و\s+/u, 'و');
    // "بغداد/شفق نيوز-أكد": a dateline of a few words, the dash glued to the verb.
    const glued = m.index < 30 ? GLUED_DATELINE.exec(text) : null;
    const lettersOnly = /^\p{L}+[-–—]$/u.test(glued?.[1] ?? '');
    if (glued?.[1] && glued[2] && ((m.index === 0 && lettersOnly) || reportingVerb(wordKey(glued[2])) !== undefined)) {
      return [
        { text: glued[1], key: wordKey(glued[1]), at: m.index },
        { text: glued[2], key: wordKey(glued[2]), at: m.index + glued[1].length },
      ];
    }
    // "على”دعم …": a quotation mark written onto the word before it opens the words after it.
    const quoted = /[”“"«]/u.test(text) ? /^(\p{L}+)([”“"«])(\p{L}.*)$/u.exec(text) : null;
    if (quoted?.[1] && quoted[2] && quoted[3]) {
      // (Sloppy copy opens with ”; read as the opening mark it stands for.)
      const tail = `${quoted[2] === '”' ? '“' : quoted[2]}${quoted[3]}`;
      return [
        { text: quoted[1], key: wordKey(quoted[1]), at: m.index },
        { text: tail, key: wordKey(tail), at: m.index + quoted[1].length },
      ];
    }
    return [{ text, key: wordKey(text), at: m.index }];
  });
}

/** Heads of names that outlets put in quotes: كتائب "حزب الله", حركة «النجباء», تنسيقية "المقاومة", تعرف باسم «…». */
const QUOTED_NAME_HEAD =
  /^(?:باسم|بـ|ب|تسمي|يسمي|اسم|نفسها|نفسه|[وف]?(?:ال)?(?:كتاءب|حركه|تنسيقيه|جماعه|فصيل|ميليشيا|مليشيا|ميليشيات|مليشيات|فصاءل|تحالف|تيار|حزب|منظمه|عمليه|قاعده))$/u;

/** "بحسب", "وفقاً لـ", "نقلاً عن", and بحسب ما in one word ("حسبما"): a source follows. */
const ACCORDING_TO = /^[وف]?(?:بحسب|حسب|وفقا|وفق|نقلا|حسبما|بحسبما|وفقما)$/u;
/** A medium a report is credited to ("لموقع", "وكالة", "صحيفة"): not a speaker. */
const MEDIUM = /^(?:ل|ال|لل)?(?:موقع|وكاله|صحيفه|قناه|وساءل|اعلام|تقرير|تقارير|مصادر|مصدر)$/u;

/** True when the quote opening at token `i` closes within `limit` tokens. */
function closesWithin(tokens: readonly Token[], i: number, limit: number): boolean {
  for (let j = i; j < Math.min(tokens.length, i + limit); j++) {
    const t = tokens[j]?.text ?? '';
    if (/["»”]/u.test(j === i ? t.slice(1) : t)) return true;
  }
  return false;
}

/**
 * Index of the token where the reported words begin (إن/أن/قائلاً, a colon or an opening quote), or -1.
 * A quoted name is not a quotation: one quoted word ("البنتاغون"), a name after its head (كتائب
 * "حزب الله"), or a short quoted run followed by a comma ("تنسيقية المقاومة في العراق"،). A straight
 * quote glued to the end of a word (في بيان مقتضب" انطلقت …) opens the quotation after that word.
 */
function complementAt(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    const opensQuote = QUOTE_START.test(t.text) && !/["»”]/u.test(t.text.slice(1));
    // "وقالت الجماعة التي تصنف بأنها الأقرب …، إن": «بأنها» after a relative clause's verb completes
    // that verb; the statement's «إن» comes later.
    const relative = i >= from + 2 && /^(?:التي|الذي|الذين)$/u.test(tokens[i - 2]?.key ?? '') && /^ب/u.test(t.key);
    if (COMPLEMENT.test(t.key) && !relative) return i;
    if (opensQuote) {
      const afterHead = i > from && QUOTED_NAME_HEAD.test(tokens[i - 1]?.key ?? '') && closesWithin(tokens, i, 4);
      // أعلنت “المقاومة الإسلامية في العراق” استهداف …: a quoted institution's name right after the verb.
      const institution = INSTITUTION_HEADS.has(bare(wordKey(t.text.slice(1)))) && closesWithin(tokens, i, 6);
      const closing = tokens.slice(i, i + 5).findIndex((x, k) => /["»”][،,]?$/u.test(k === 0 ? x.text.slice(1) : x.text));
      const nameThenComma = closing >= 0 && /[،,]$/u.test(tokens[i + closing]?.text ?? '');
      // «رئيس الكتلة "سعود الساعدي" عن …»: a quoted personal name, the sentence going on after it.
      const quotedName =
        closing >= 1 &&
        closing <= 2 &&
        opensWithFirstName(wordKey(t.text.slice(1))) &&
        // («"وأين الوعود؟"» is a question, though «وأين» folds to the name «واين».)
        !/^["«“]?وأين/u.test(t.text) &&
        i + closing + 1 < tokens.length &&
        !COMPLEMENT.test(tokens[i + closing + 1]?.key ?? '');
      // «مجموعة مسلحة تابعة "لميليشيات إيرانية" وتطلق على نفسها …»: a short quoted phrase with its
      // preposition, the subject going on after it: the writer's quotation marks, not the words.
      const first = wordKey(t.text.slice(1));
      const scare =
        closing >= 0 &&
        closing <= 2 &&
        /^(?:لل|ل|ب)\p{L}{4,}/u.test(first) &&
        first !== 'لدينا' &&
        /^\p{L}/u.test(tokens[i + closing + 1]?.text ?? '') &&
        !COMPLEMENT.test(tokens[i + closing + 1]?.key ?? '');
      if (!afterHead && !nameThenComma && !institution && !quotedName && !scare) return i;
      // Past the quoted name: its closing quote is no glued opening quote.
      const close = tokens.findIndex((x, k) => k >= i && /["»”][،,]?$/u.test(k === i ? x.text.slice(1) : x.text));
      if (close > i) i = close;
      continue;
    }
    if (t.text.endsWith(':')) return i + 1;
    if (/\p{L}"$/u.test(t.text) && i + 1 < tokens.length && (t.text.match(/"/gu) ?? []).length === 1) return i + 1;
  }
  return -1;
}

/** "تعلن فيه", "يؤكد فيه": a present verb of the statement's own words. */
const PRESENT_SAYS = /^(?:ت|ي)(?:علن|ءكد|قول|نفي|حذر|طالب|دعو)$/u;
/** "محذرة من", "مؤكداً أن": a participle of speech, with its ending. */
const PARTICIPLE_SAYS = /^(?:مءكد|محذر|مشدد|معلن|داعي|نافي|مطالب|متوعد|مهدد)(?:ا|ه)$/u;
/** Words that open another clause before the statement's words: "بعد أن", "التي", "وذلك", "ردا على". */
const CLAUSE_BREAK = /^(?:بعد|قبل|منذ|بعدما|عقب|اثر|وذلك|التي|الذي|ردا|حين|عندما|لكن|بينما)$/u;

const QUOTE_MARK = /[«»“”"]/u;

/** Quotation marks and the marks that close them; »…« is a pair too (reversed by right-to-left editors). */
const QUOTE_PAIRS: Readonly<Record<string, string>> = { '«': '»', '»': '«', '“': '”“', '”': '“”', '"': '"' };

/**
 * For each token, whether it stands inside a quotation: between a mark and the mark that closes it
 * later in the sentence. A mark nothing closes (a stray or cut-off quote) quotes nothing.
 */
function insideQuotes(sentence: string, tokens: readonly Token[]): boolean[] | undefined {
  // Most sentences quote nothing: no marks, nothing to work out (this runs for every clause).
  if (!QUOTE_MARK.test(sentence)) return undefined;
  const spans: [number, number][] = [];
  for (let i = 0; i < sentence.length; i++) {
    const closers = QUOTE_PAIRS[sentence.charAt(i)];
    if (!closers) continue;
    let j = i + 1;
    while (j < sentence.length && !closers.includes(sentence.charAt(j))) j++;
    if (j >= sentence.length) continue;
    spans.push([i, j]);
    i = j;
  }
  return tokens.map((t) => spans.some(([a, b]) => t.at > a && t.at < b));
}

/** "أدلى X بتصريحات / بهذه التصريحات / بحديثه": remarks given, which the day after them dates. */
const REMARKS = /^(?:ب(?:ال)?تصريح(?:ات|اته|ه)?[،,]?|التصريحات[،,]?|بحديث(?:ه)?[،,]?)$/u;
/** What «أطلق» makes a speech act of: «أطلق X تهديده / تحذيراته / دعوته». */
const LAUNCHED = /^(?:تهديد|تحذير|تصريح|دعو)(?:ه|ها|ات|اته|اتها|ته|تها)[،,]?$/u;

/** Where a post is written: تويتر، منصة إكس، حسابه، تغريدة، صفحته. */
const PLATFORM = /^(?:تويتر|منصه|حسابه|حسابها|تغريده|صفحته|صفحتها|فيسبوك|تلغرام|تليغرام|اكس)$/u;

/** A statement, a letter, a warning: what «جاء في» quotes from. */
const STATEMENT_NOUN = /^(?:بيان|رساله|تنبيه|تحذير|بلاغ|تغريده|منشور|كتاب)$/u;

/**
 * "أصدر(ت) X [يوم …] بياناً / تهديداً / تحذيراً": the index of the thing issued, or -1. At most ten words
 * between, for the issuer and its day ("أصدرت فصائل «المقاومة الإسلامية» في العراق، مساء اليوم
 * الثلاثاء، تهديداً").
 */
function issuedStatement(tokens: readonly Token[], i: number): number {
  // "ألقى X، رئيس …، كلمة، وضع فيها …": a speech delivered, like a statement issued.
  const delivered = /^[وف]?(?:القي|القت)$/u.test(tokens[i]?.key ?? '');
  // "ونشر الرئيس تغريدة كتب فيها …": a post published, its words told.
  const posted = /^[وف]?نشر(?:ت)?$/u.test(tokens[i]?.key ?? '');
  if (!delivered && !posted && !/^[وف]?اصدر(?:ت)?$/u.test(tokens[i]?.key ?? '')) return -1;
  const nouns = delivered
    ? /^(?:كلمه|خطابا)$/u
    : posted
      ? /^(?:تغريده|منشورا|تدوينه|بيانا|رساله)$/u
      : /^(?:بيانا|البيان|تهديدا|تحذيرا|توضيحا|بلاغا)$/u;
  const at = tokens.findIndex((t, k) => k > i && k <= i + 11 && nouns.test(t.key));
  if (at < 0) return -1;
  // The issuer's own words must follow ("نفت فيه"، "جاء فيه"، "محذرة من"، a colon or a quotation), before
  // anything that starts another clause: "أصدرت الوزارة بياناً بعد أن انتهى الاجتماع" says only that it
  // did, and in "…، وقال مسؤول إن …" someone else speaks. "بياناً لـX" / "باسم X" is X's statement.
  if (/^(?:ل|باسم$)/u.test(tokens[at + 1]?.key ?? '')) return -1;
  for (let k = at + 1; k < Math.min(tokens.length, at + 14); k++) {
    const t = tokens[k];
    if (!t) break;
    const about = /^(?:فيه|فيها|خلاله|خلالها)$/u.test(tokens[k + 1]?.key ?? '');
    const wrote = /^[وف]?كتب(?:ت)?$/u.test(t.key);
    if (
      /^(?:جاء|فيه|فيها|خلاله|خلالها)$/u.test(t.key) ||
      ((reportingVerb(t.key) !== undefined || PRESENT_SAYS.test(t.key) || wrote) && about)
    )
      return at;
    if (PARTICIPLE_SAYS.test(t.key) || /:$/u.test(t.text) || QUOTE_START.test(t.text)) return at;
    if (CLAUSE_BREAK.test(t.key) || reportingVerb(t.key) !== undefined) return -1;
  }
  // "أصدرت المتحدثة تحذيراً مشابهاً الجمعة": a warning or a threat issued is words, told or not.
  return /^(?:تهديدا|تحذيرا)$/u.test(tokens[at]?.key ?? '') && tokens.length <= at + 14 ? at : -1;
}

/** "وفي أواخر عام 2021 أعلن …": the sentence opens with a prepositional phrase, so the verb still opens the clause. */
function frontedAdverbial(tokens: readonly Token[], i: number): boolean {
  // "من ناحية أخرى ذكر …", "ومن جهة ثانية أعلن …": another side of the story, then the verb.
  const otherSide = /^[وف]?من$/u.test(tokens[0]?.key ?? '') && /^(?:ناحيه|جهه)$/u.test(tokens[1]?.key ?? '');
  // "إلى ذلك أعلنت …", "كذلك أكد …": in addition, with or without a comma; «ذلك» is never the subject.
  // Not «إلى أن» (until).
  const besides =
    /^[وف]?كذلك$/u.test(tokens[0]?.key ?? '') || (/^[وف]?الي$/u.test(tokens[0]?.key ?? '') && /^(?:ذلك|جانب)$/u.test(tokens[1]?.key ?? ''));
  return (
    (otherSide ||
      besides ||
      /^[وف]?(?:في|بعد|قبل|قبيل|بعيد|اثر|خلال|منذ|رغم|ورغم|بخصوص|حول|بشان|عقب|لاحقا|علي|مع)$/u.test(tokens[0]?.key ?? '')) &&
    // "وعلى الفور": the preposition; "علي الزيدي أكد": the first name.
    !(/^[وف]?علي$/u.test(tokens[0]?.key ?? '') && !writtenAla(tokens[0])) &&
    !tokens.slice(0, i).some((t) => reportingVerb(t.key))
  );
}

/**
 * "… بعد أن دعا رئيس الوزراء إلى …", "… عندما أعلن البنتاغون": a clause of its own after the main
 * clause, when a speaker is named right after the verb. Without one ("عندما قال إن") the verb's subject is the
 * main clause's, which only the whole sentence tells.
 */
function subordinateWithSubject(tokens: readonly Token[], i: number): boolean {
  const opener = /^و?(?:بعدما|عندما|حينما)$/u.test(tokens[i - 1]?.key ?? '')
    ? i - 1
    : tokens[i - 1]?.key === 'ان' && /^و?بعد$/u.test(tokens[i - 2]?.key ?? '')
      ? i - 2
      : -1;
  // Only after the main clause: "وبعدما رحب الرئيس بالاتفاق، أكد الوزير …" opens with the
  // circumstance, and the main clause's verb, later, names the speaker.
  return opener > 0 && namesSomeone(tokens[i + 1]?.key ?? '');
}

/** A word that opens a speaker phrase: an office, an institution, or a first name. */
function namesSomeone(key: string): boolean {
  return isTitleHead(key) || opensWithFirstName(key) || opensWithFirstName(key.replace(/^و(?=\p{L}{3})/u, ''));
}

/**
 * "الرسالة التي أكد فيها الجنرال سيلي أن …": a verb after «التي/الذي», then «فيه/فيها», then an office
 * or a name: the words are that one's, said in the thing the relative clause describes.
 */
function relativeWithSubject(tokens: readonly Token[], i: number): boolean {
  return (
    /^[وف]?(?:التي|الذي)$/u.test(tokens[i - 1]?.key ?? '') &&
    /^(?:فيه|فيها)$/u.test(tokens[i + 1]?.key ?? '') &&
    namesSomeone(tokens[i + 2]?.key ?? '') &&
    reportingVerb(tokens[i]?.key ?? '') !== undefined
  );
}

/**
 * True when a word matching `words` follows the verb at `i` within `reach` words, before any other verb
 * of speech (or a colon or a quotation, with `marks`): what is told after another verb is that verb's.
 */
function toldBeforeNextVerb(tokens: readonly Token[], i: number, reach: number, words: RegExp, marks = false): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + reach); k++) {
    const x = tokens[k];
    if (!x) break;
    // (With `marks`, a participle of saying after a comma tells words too: "…، داعياً إياها إلى …".)
    const participle = marks && SPEECH_PARTICIPLE.test(x.key) && /[،,]$/u.test(tokens[k - 1]?.text ?? '');
    if (words.test(x.key) || participle || (marks && /[:«“"]/u.test(x.text))) return true;
    if (reportingVerb(x.key) !== undefined || /^[وف]?(?:فيما|بينما|كتب|كتبت|هاجم|هاجمت)$/u.test(x.key)) return false;
  }
  return false;
}

/** «على» as written, with ى: the preposition, which folds to the first name «علي». */
function writtenAla(token: Token | undefined): boolean {
  return /^[وف]?على$/u.test((token?.text ?? '').replace(/[\u064b-\u065f]/gu, ''));
}

/**
 * How many words open the sentence before its subject: "لكن / إلا أن / غير أن بياناً ثانياً من X قال"
 * (but), "ويُذكر أن …", "يشار إلى أن …", "تجدر الإشارة إلى أن …", "ومن الجدير بالذكر أن …" (a reminder).
 */
function leadWords(tokens: readonly Token[]): number {
  const key = (k: number) => tokens[k]?.key ?? '';
  let from = /^[وف]?(?:الا|غير|بيد)$/u.test(key(0)) && key(1) === 'ان' ? 2 : 0;
  if (/^و?(?:تجدر|يجدر)$/u.test(key(from)) && /^(?:الاشاره|بالذكر)$/u.test(key(from + 1))) from += 2;
  else if (/^و?من$/u.test(key(from)) && key(from + 1) === 'الجدير' && key(from + 2) === 'بالذكر') from += 3;
  while (/^(?:يشار|ويشار|يذكر|ويذكر|الي|ان|كما|لكن|ولكن)$/u.test(key(from))) from++;
  return from;
}

/** True when a sentence opens with its subject (after كان), not with a preposition or an adverb. */
function opensWithSubject(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.key ?? '';
  if (/^[وف]?كان(?:ت)?$/u.test(first)) return true;
  // "على وقع تهديدات الفصائل، أعلنت …": the preposition, not the name «علي».
  if (writtenAla(tokens[0])) return false;
  return namesSomeone(first);
}

/** True where a clause begins: the sentence start, or right after a comma. */
function clauseStart(tokens: readonly Token[], i: number): boolean {
  // "شبكة أخبار العراق- أكد": a dateline's dash ends it too.
  // "هذا وأعلنت …": «هذا» before و only joins the sentence to the story.
  const joiner = i === 1 && tokens[0]?.key === 'هذا' && tokens[1]?.key.startsWith('و');
  // "بغداد 29 سبتمبر 2020 (شينخوا) أكد …", "بغداد (واع) أعلن …": a dateline whose agency closes in a bracket.
  const dateline =
    i <= 8 &&
    /\)$/u.test(tokens[i - 1]?.text ?? '') &&
    tokens.slice(0, i).some((t) => t.text.startsWith('(')) &&
    !tokens.slice(0, i).some((t) => reportingVerb(t.key));
  // "رويترز – كمال خلف: أعلن البنتاغون …": a byline ends with a colon, early in the sentence.
  // "دربونه | أكدت …": so does an outlet's name before a bar, and "صنعاء – وكالة النبأ/ أعلن …" a slash.
  const byline =
    i <= 6 &&
    (/[:/]$/u.test(tokens[i - 1]?.text ?? '') || tokens[i - 1]?.text === '|') &&
    !tokens.slice(0, i).some((t) => reportingVerb(t.key));
  // "MENAFN - Al-Bayan) \"> أكدت …": a source line in Latin letters and marks, no Arabic word before the verb.
  const latinLead = i > 0 && i <= 8 && tokens.slice(0, i).every((t) => !/[\u0600-\u06FF]/u.test(t.text));
  return (
    i === 0 ||
    joiner ||
    dateline ||
    byline ||
    latinLead ||
    /[،,\-–—]$/u.test(tokens[i - 1]?.text ?? '') ||
    /^\u0640+$/u.test(tokens[i - 1]?.text ?? '')
  );
}

const text = (tokens: readonly Token[], from: number, to: number): string =>
  tokens
    .slice(from, Math.max(from, to))
    .map((t) => t.text)
    .join(' ');

/** A list item's bullet. */
const BULLET = /^[•·▪◦‣*]+$/u;

/** Find the attribution in one sentence, if it has one. */
export function findAttribution(sentence: string): Attribution | undefined {
  const tokens = tokenize(sentence);
  // "• أكدت الكتائب …": a list item's bullet is no word of the sentence.
  if (BULLET.test(tokens[0]?.text ?? '')) tokens.shift();
  const frameTo = (i: number) => (i < 0 ? sentence : sentence.slice(0, tokens[i]?.at ?? sentence.length));
  const base = { relative: false, switches: false, continuation: false };

  // "وجاء في الرسالة التي تحمل توقيع X «…»"
  const signature = tokens.findIndex((t) => t.key === 'توقيع');
  // "التي تحمل توقيع X", "بتوقيع X" — not "توقيع عدد من المذكرات" (the signing of something).
  const signed = /^(?:تحمل|يحمل|حملت|حمل|ممهوره|ممهور)$/u.test(tokens[signature - 1]?.key ?? '');
  if (signature > 0 && signed && tokens.slice(0, signature).some((t) => /^[وف]?جاء$/u.test(t.key))) {
    const end = tokens.findIndex((t, i) => i > signature && QUOTE_START.test(t.text));
    return { ...base, kind: 'signature', phrase: text(tokens, signature + 1, end < 0 ? tokens.length : end), frame: frameTo(end) };
  }

  // "وسبق للرئيس الأمريكي أن صرح للصحفيين أمس …": what X had said before, X after «لـ».
  if (/^[وف]?سبق$/u.test(tokens[0]?.key ?? '') && /^ل\p{L}{2,}/u.test(tokens[1]?.key ?? '')) {
    const that = tokens.findIndex((t, k) => k > 1 && k <= 7 && t.key === 'ان');
    const said = that > 0 ? reportingVerb(tokens[that + 1]?.key ?? '') : undefined;
    if (said) {
      const stop = complementAt(tokens, that + 2);
      const words = tokens.slice(1, that).map((t) => t.text);
      // «للرئيس» → «الرئيس», «لوزير» → «وزير».
      words[0] = (words[0] ?? '').replace(/^لل/u, 'ال').replace(/^لـ?/u, '');
      return {
        ...base,
        kind: 'verb',
        phrase: words.join(' '),
        stem: verbStem(said),
        ...genderOf(said),
        frame: frameTo(stop),
      };
    }
  }

  // "ونقلت وكالة … عن X قوله"
  const naql = tokens.findIndex((t, i) => clauseStart(tokens, i) && /^[وف]?نقل(?:ت|وا)?$/u.test(t.key));
  if (naql >= 0) {
    const qawl = tokens.findIndex((t, i) => i > naql && /^قول(?:ه|ها|هم)$/u.test(t.key));
    // The first عن: the one after it may belong to the office ("عن النائب عن ائتلاف دولة القانون X قوله").
    const an = tokens.findIndex((t, i) => i > naql && i < qawl && t.key === 'عن');
    if (qawl > 0 && an > 0) return { ...base, kind: 'naql', phrase: text(tokens, an + 1, qawl), frame: frameTo(qawl) };
    // "ونقلت الوكالة عن بيان لخلية الإعلام الأمني أن …": the statement's owner, its words after «أن».
    const about = tokens.findIndex((t, i) => i > naql && t.key === 'عن');
    if (qawl < 0 && about > 0 && /^(?:بيان|تصريح|بلاغ)$/u.test(tokens[about + 1]?.key ?? '')) {
      const stop = complementAt(tokens, about + 2);
      if (stop > about + 2) return { ...base, kind: 'verb', phrase: text(tokens, about + 1, stop), stem: 'جاء', frame: frameTo(stop) };
    }
  }

  // A reporting verb opening the sentence or a clause, outside the words quoted ("… إن "الضربة …،
  // وتوضح عزمنا"": a verb inside a quotation is the quoted speaker's).
  const quoted = insideQuotes(sentence, tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || quoted?.[i]) continue;
    const switches = i > 0 && /(?:جانبه|جانبها|جهته|جهتها|بدوره|بدورها)$/u.test(tokens[i - 1]?.key ?? '');
    const opens =
      clauseStart(tokens, i) ||
      /^و?(?:كما|فيما|بينما|حين|اذ)$/u.test(tokens[i - 1]?.key ?? '') ||
      // "حيث أصدرت الهيئة بياناً أكدت فيه …": who issued a statement is the verb's subject. (Another verb
      // after «، حيث» may have the earlier subject, and the office after it is its object: "حيث دعا رئيس الوزراء …".)
      (/^و?حيث$/u.test(tokens[i - 1]?.key ?? '') && issuedStatement(tokens, i) > i) ||
      // "وقد أعلن الجيش …", "فقد أكد …", "لقد حذر …": the particle opens the sentence with its verb. Not
      // inside a sentence: "وكان مصدر أمني، قد أعلن", "والتحالف، وقد أعلن انتهاء مهمته، لا يزال …".
      (/^(?:[وف]قد|[وف]?لقد|قد)$/u.test(tokens[i - 1]?.key ?? '') && i === 1) ||
      // "بعد يومين من كلام الوزير …، فقد ردت السفيرة …": «فقد» opens the main clause after a long fronted one.
      (tokens[i - 1]?.key === 'فقد' && frontedAdverbial(tokens, i)) ||
      // "وسبق أن أعلنت المقاومة …": what was said before, with its own subject.
      (tokens[i - 1]?.key === 'ان' && /^[وف]?سبق$/u.test(tokens[i - 2]?.key ?? '') && i === 2) ||
      subordinateWithSubject(tokens, i) ||
      relativeWithSubject(tokens, i) ||
      switches ||
      (i < 8 && frontedAdverbial(tokens, i));
    // "أصدرت الكتائب، أمس الأحد، بياناً نفت فيه …": who issued the statement speaks, whatever verb follows it.
    const issued = opens ? issuedStatement(tokens, i) : -1;
    if (issued > i + 1) {
      // Its day is in the words before the statement or right after it ("بياناً يوم الأمس الثلاثاء، تعلن فيه").
      const clauseEnd = tokens.findIndex((x, k) => k >= issued && /[،,.:]$/u.test(x.text));
      const frameEnd = clauseEnd < 0 ? issued + 4 : Math.min(clauseEnd + 1, issued + 6);
      return {
        ...base,
        kind: 'verb',
        // "أصدرت محكمة عراقية بحق زعيم الكتائب بياناً": whom it concerns is no part of the issuer.
        phrase: text(
          tokens,
          i + 1,
          tokens.findIndex((x, k) => (k > i && /^(?:بحق|ضد|بشان|حول)$/u.test(x.key)) || k === issued),
        ),
        stem: 'اصدر',
        frame: frameTo(Math.min(tokens.length, frameEnd)),
      };
    }
    // "وجاء في بيان صادر عن السفارة: …", "وجاء في بيان للمقاومة، إن …": the statement's issuer speaks.
    if (opens && /^[وف]?جاء$/u.test(t.key) && tokens[i + 1]?.key === 'في' && STATEMENT_NOUN.test(tokens[i + 2]?.key ?? '')) {
      const stop = complementAt(tokens, i + 3);
      // "جاء في بيان المكتب الإعلامي …": the statement's owner follows the noun directly.
      // "جاء في بيان صادر عن …", "جاء في بيان للمقاومة": the noun's own words name the owner.
      // A letter "لوزير الخارجية" is addressed to him, not his; "بيان عن اجتماع" is about it.
      const next = tokens[i + 3]?.key ?? '';
      const owned =
        /^(?:ال)?(?:صادر|صدر|رسمي|مقتضب|امني|مشترك|صحفي)/u.test(next) ||
        (/^ل/u.test(next) && !/^(?:رساله|كتاب)$/u.test(tokens[i + 2]?.key ?? ''));
      if (/^(?:عن|من|حول|بشان)$/u.test(next) || (/^ل/u.test(next) && !owned)) continue;
      const from = owned ? i + 2 : i + 3;
      return { ...base, kind: 'verb', phrase: text(tokens, from, stop < 0 ? tokens.length : stop), stem: 'جاء', frame: frameTo(stop) };
    }
    // "وكتب أوستن على تويتر"، "كتب الوزير تغريدة": writing on a platform is speaking; writing a book is not.
    const platform =
      opens && /^[وف]?كتب(?:ت)?$/u.test(t.key) ? tokens.findIndex((x, k) => k > i && k <= i + 7 && PLATFORM.test(x.key)) : -1;
    if (platform > i + 1) {
      const end = /^(?:علي|عبر|في)$/u.test(tokens[platform - 1]?.key ?? '') ? platform - 1 : platform;
      const stop = complementAt(tokens, platform + 1);
      return { ...base, kind: 'verb', phrase: text(tokens, i + 1, end), stem: 'كتب', frame: frameTo(stop) };
    }
    // "وفي أول تغريدة ينشرها …، كتب ترامب "كل شيء على ما يرام"": the platform before the verb, the
    // quotation right after its subject.
    const quoteAt = tokens.findIndex((x, k) => k > i + 1 && k <= i + 5 && QUOTE_START.test(x.text));
    if (opens && /^[وف]?كتب(?:ت)?$/u.test(t.key) && quoteAt > 0 && tokens.slice(0, i).some((x) => PLATFORM.test(x.key))) {
      return { ...base, kind: 'verb', phrase: text(tokens, i + 1, quoteAt), stem: 'كتب', frame: frameTo(quoteAt) };
    }
    // "وأدلى خامنئي بهذه التصريحات، السبت، خلال …": the day of the words reported before.
    // "وأطلق خامنئي تهديده في اجتماع الثلاثاء": so too a threat, a warning or a call made.
    const said = /^[وف]?ادلي$/u.test(t.key) ? REMARKS : /^[وف]?اطلق$/u.test(t.key) ? LAUNCHED : undefined;
    const remarks = opens && said ? tokens.findIndex((x, k) => k > i + 1 && k <= i + 6 && said.test(x.key)) : -1;
    if (remarks > 0) {
      const end = /^بهذه$/u.test(tokens[remarks - 1]?.key ?? '') ? remarks - 1 : remarks;
      const clauseEnd = tokens.findIndex((x, k) => k > remarks && /[.]$/u.test(x.text));
      return {
        ...base,
        kind: 'verb',
        phrase: text(tokens, i + 1, end),
        stem: verbStem(t.key.replace(/^[وف](?=ا)/u, '')),
        frame: frameTo(Math.min(tokens.length, remarks + 7, clauseEnd < 0 ? tokens.length : clauseEnd + 1)),
      };
    }
    // "عدّ الناطق …", "ردّ الوزير …": with their shadda, the bare verbs too.
    // "ردت السفيرة … عليه اليوم مؤكدة أن …": without the shadda, a participle of saying soon after tells «ردّ».
    const replied =
      /^[وف]?(?:رد|ردت)$/u.test(t.key) &&
      tokens.slice(i + 2, i + 12).some((x) => PARTICIPLE_SAYS.test(x.key) || /^(?:بالقول|قاءلا|قاءله)$/u.test(x.key));
    const doubled =
      /^[وف]?(?:رد|ردت|عد|عدت|عدوا)$/u.test(t.key) && (t.text.includes('\u0651') || replied)
        ? t.key.replace(/^[وف](?=\p{L}{2})/u, '')
        : undefined;
    // "هاجم السناتور …، الرئيس …، قائلاً إن …", "كتب النائب … على منصة «إكس»، قائلاً: …": an attack in
    // words, or a post, told by «قائلاً» in the same clause.
    // («هاجم …، وعلّق المتحدث قائلاً»: only a «قائلاً» before any other verb of speech is this verb's.)
    const attacked =
      /^[وف]?(?:هاجم|هاجمت|كتب|كتبت)$/u.test(t.key) && toldBeforeNextVerb(tokens, i, 16, /^(?:قاءلا|قاءله|بالقول)$/u)
        ? t.key.replace(/^[وف](?=هاجم|كتب)/u, '')
        : undefined;
    // "بدوره دان رئيس الوزراء الهجوم": «دان» (condemned) before an office, a body or a noun with its article; before
    // a family name it is the first name «دان» ("دان كين").
    // So too «ثمّن» (praised; also "price"), «حمّل» (held responsible; also "carried"), «نعى» (mourned) and
    // «طمأن» (reassured), often written without their shadda or hamza; and «استدعى» (summoned: a ministry
    // summoning an ambassador makes its protest known).
    // ("ونعت ما تسمى «كتائب …» القيادي": «ما تسمى» (the so-called) before the body's name.)
    const named = tokens[i + 1]?.key === 'ما' && /^(?:تسمي|يسمي|تعرف|يعرف)$/u.test(tokens[i + 2]?.key ?? '') ? i + 3 : i + 1;
    const condemned =
      /^[وف]?(?:دان|ثمن|ثمنت|حمل|حملت|نعي|نعت|طمان|طمانت|استدعي|استدعت)$/u.test(t.key) &&
      // («استدعى الأمر تدخل القوات»: the matter required it; «الأمر» folds like «الآمر», a commander.)
      tokens[named]?.key !== 'الامر' &&
      ((/^(?:[وف]?ال|لل)\p{L}{2}/u.test(tokens[named]?.key ?? '') && !/^[وف]?استدع/u.test(t.key)) || isTitleHead(tokens[named]?.key ?? ''))
        ? t.key.replace(/^[وف](?=\p{L}{3})/u, '')
        : undefined;
    // «ثمّن», «حمّل», «نعى», «طمأن» take their object right after the speaker: after an office and a name
    // («وحمّل قائد العمليات الفريق X الجهات …») nothing tells where the name ends unless a comma does, so
    // they count only before a body («ونعت كتائب حزب الله») or with a comma soon after.
    const objectRightAfter = condemned !== undefined && /^(?:ثمن|ثمنت|حمل|حملت|نعي|نعت|طمان|طمانت)$/u.test(condemned);
    const bodyNext = INSTITUTION_HEADS.has(bare(tokens[named]?.key ?? '')) && !ROLE_HEADS.has(bare(tokens[named]?.key ?? ''));
    const commaSoon = tokens.slice(i + 1, i + 9).some((x) => /[،,]$/u.test(x.text));
    if (objectRightAfter && !bodyNext && !commaSoon) continue;
    // "وعبّر الوزير عن قلقه" (expressed), not "عبر منصة إكس" (via) or "عبرت الحدود" (crossed): its
    // shadda, or «عن» soon after it.
    const expressed =
      /^[وف]?عبر(?:ت|وا)?$/u.test(t.key) &&
      (t.text.includes('\u0651') || tokens.slice(i + 2, i + 7).some((x, k) => x.key === 'عن' && tokens[i + 3 + k]?.key !== 'طريق'))
        ? t.key.replace(/^[وف](?=عبر)/u, '')
        : undefined;
    // "من جهته، بين قائد البعثة …": after a switch, «بين» without its و is "explained", not "between".
    const explainedAfterSwitch = switches && t.key === 'بين' ? 'بين' : undefined;
    const verb = opens ? (reportingVerb(t.key) ?? doubled ?? attacked ?? condemned ?? expressed ?? explainedAfterSwitch) : undefined;
    if (!verb) continue;
    // "غرد خارج السرب" breaks ranks; "اثني عشر" is twelve.
    const ahead = tokens.slice(i + 1, i + 8).map((x) => x.key);
    if ((verbStem(verb) === 'غرد' && ahead.includes('خارج')) || (verbStem(verb) === 'اثني' && ahead[0] === 'عشر')) continue;
    // "وردّ" (and he replied) carries its shadda; "ورد اسم …", "ورد في …" (was mentioned) is no verb of speech.
    // So too "وعدّ" (and he deemed), not "وعد" (promised, or a promise).
    if ((verbStem(verb) === 'رد' || verbStem(verb) === 'عد') && !t.text.includes('\u0651') && !replied) continue;
    // "فبين إعلان بغداد … وتحذير السفارة …" is "between"; "وبين الوزير أن …" is "he explained": without
    // a shadda, only a complement soon after tells the verb.
    // "علّق حلف الناتو اليوم تدريب القوات": «علّق» suspends a thing; it comments only «على» something,
    // with words told («قائلاً», a colon, a quotation, «أن») soon after. So «تابع» follows a thing up
    // ("تابع قائد القوات ميدانياً خطوات الاستلام") unless words are told after it.
    // (Within 24 words: the speaker's office, an occasion and a day may come first; never past another
    // verb of speech, whose words they would be: «علّق الحلف التدريب، وقال المتحدث إن …».)
    // So «خاطب» (addressed, or wrote to) and «أخبر» (told): words must follow.
    const told = () => toldBeforeNextVerb(tokens, i, 24, /^(?:قاءلا|قاءله|بالقول|ان|انه|انها|بان|بانه|بانها)$/u, true);
    const onSomething = () => toldBeforeNextVerb(tokens, i, 24, /^(?:علي|عليه|عليها)$/u);
    const spokenStem = verbStem(verb);
    if (
      (spokenStem === 'علق' && !onSomething() && !told()) ||
      ((spokenStem === 'تابع' || spokenStem === 'خاطب' || spokenStem === 'اخبر') && !told())
    )
      continue;
    const explained = complementAt(tokens, i + 1);
    // ("من جهته، بين قائد البعثة دور …": after a switch to another speaker, «بين» is the verb.)
    if (verbStem(verb) === 'بين' && !t.text.includes('\u0651') && (explained < 0 || explained - i > 8) && !switches) continue;
    const next = tokens[i + 1];
    // "كان X، كشف …", "سامر الحديثي، عضو لجنة الأمن، قال …": the sentence opens with the subject, set
    // off by commas, and the verb after the comma has no subject of its own.
    // The verb's own subject may follow a day ("الحكومة، قال، أول أمس، المتحدث باسمها …"); «أول أمس»
    // itself is a day, not a title («أول نائب»).
    // "أما النائب X، الذي …، فقال إن …": «أما» sets the subject before the verb, which takes «فـ».
    // (Not «أما على الصعيد …», whose «على» folds like the name «علي»; not «…، فقال المتحدث باسمها …»,
    // where the verb's own subject follows it.)
    if (
      i > 1 &&
      /^ف/u.test(t.key) &&
      /^و?اما$/u.test(tokens[0]?.key ?? '') &&
      namesSomeone(tokens[1]?.key ?? '') &&
      !writtenAla(tokens[1]) &&
      !namesSomeone(tokens[i + 1]?.key ?? '')
    ) {
      return {
        ...base,
        kind: 'subject-first',
        phrase: text(tokens, 1, i),
        stem: verbStem(verb),
        frame: frameTo(complementAt(tokens, i + 1)),
      };
    }
    let k = i + 1;
    while (/^(?:اول|من|امس|اليوم|البارحه|مساء|صباح)$/u.test(tokens[k]?.key ?? '') || weekdayNumber(tokens[k]?.key ?? '') !== undefined) k++;
    // ("«…»، وأضاف المصدر …": an anonymous source is the verb's own subject too, though no speaker.)
    const ownSubject =
      tokens[k] !== undefined && (namesSomeone(tokens[k]?.key ?? '') || NOT_SPEAKERS.some((re) => re.test(tokens[k]?.key ?? '')));
    // "غير أن المتحدث …، جون كيربي، قال …", "تجدر الإشارة إلى أن الوزارة، ذكرت …": the words before the subject.
    const but = leadWords(tokens);
    if (i > but + 1 && /[،,]$/u.test(tokens[i - 1]?.text ?? '') && opensWithSubject(tokens.slice(but)) && !ownSubject) {
      let from = but;
      while (from < i && /^(?:و|وكان|كان|وكانت|كانت)$/u.test(tokens[from]?.key ?? '')) from++;
      const stop = complementAt(tokens, i + 1);
      return { ...base, kind: 'subject-first', phrase: text(tokens, from, i), stem: verbStem(verb), frame: frameTo(stop) };
    }
    // "الرسالة التي أكد فيها الجنرال وليام سيلي أن …": the subject after «فيها» is the speaker.
    if (relativeWithSubject(tokens, i)) {
      const stop = complementAt(tokens, i + 2);
      return {
        ...base,
        kind: 'verb',
        phrase: text(tokens, i + 2, stop < 0 ? tokens.length : stop),
        stem: verbStem(verb),
        frame: frameTo(stop),
      };
    }
    if (next && RELATIVE_OBJECT.test(next.key)) {
      return { ...base, kind: 'verb', phrase: '', relative: true, frame: frameTo(complementAt(tokens, i + 1)) };
    }
    // "وأردف: الولايات المتحدة ستظل …": a colon on the verb itself opens the words; it has no subject.
    const stop = t.text.endsWith(':') ? i + 1 : complementAt(tokens, i + 1);
    const end = stop < 0 ? tokens.length : stop;
    const stem = verbStem(verb);
    // "وأورد البيان أسماء ثلاثة …" lists; only "وأوردت الخلية أن …" reports words.
    if (stem === 'اورد' && stop < 0) continue;
    return {
      ...base,
      kind: 'verb',
      phrase: text(tokens, i + 1, end),
      stem,
      switches,
      continuation: CONTINUATION_STEMS.has(stem),
      ...genderOf(verb),
      frame: frameTo(stop),
    };
  }

  // "X أكد …", "كان X أكد …", "يشار إلى أن X أفاد بأن …": a subject before the verb.
  // "كان جهاز الأمن الداخلي في إقليم كردستان …، الذي …، قد قال": after «كان», «قد» before the verb
  // closes the subject, however long.
  const kanaQad = /^[وف]?كان(?:ت)?$/u.test(tokens[0]?.key ?? '')
    ? tokens.findIndex(
        (x, k) =>
          k > 1 &&
          k < 24 &&
          x.key === 'قد' &&
          (reportingVerb(tokens[k + 1]?.key ?? '') !== undefined || issuedStatement(tokens, k + 1) > k),
      )
    : -1;
  const reach = kanaQad > 0 ? Math.max(14, kanaQad + 2) : 14;
  for (let i = 1; i < Math.min(tokens.length, reach); i++) {
    const t = tokens[i];
    // "X سارع بالقول إن …": hastened to say.
    const hastened = /^[وف]?(?:سارع|سارعت|بادر|بادرت)$/u.test(t?.key ?? '') && /^(?:بالقول|للقول)$/u.test(tokens[i + 1]?.key ?? '');
    // "وكانت المتحدثة … قد أصدرت تحذيراً مشابهاً": who issued a warning or a statement spoke.
    const issues = !hastened && !reportingVerb(t?.key ?? '') && issuedStatement(tokens, i) > i;
    // "وكان المحلل X، قد كتب على تويتر": writing on a platform.
    const wrote = /^[وف]?كتب(?:ت)?$/u.test(t?.key ?? '') && tokens.slice(i + 1, i + 4).some((x) => PLATFORM.test(x.key));
    if (!t || (!reportingVerb(t.key) && !hastened && !issues && !wrote)) continue;
    let from = leadWords(tokens);
    while (from < i && /^(?:و|وكان|كان|وكانت|كانت)$/u.test(tokens[from]?.key ?? '')) from++;
    // "ووفقاً لموقع السومرية، فإن خلية الإعلام الأمني أكدت …": after a medium named as the source,
    // the subject follows «فإن». After a person or an office ("وبحسب المتحدث …، فإن القوات أبلغت …")
    // the source is the speaker, read below.
    const fa = tokens.findLastIndex((x, k) => k < i && x.key === 'فان');
    const medium = fa > 0 && ACCORDING_TO.test(tokens[0]?.key ?? '') && MEDIUM.test(tokens[1]?.key ?? '');
    if (fa >= from && medium) from = fa + 1;
    // "كان X، كشف السبت الماضي": after كان the subject may end with a comma; otherwise a comma
    // before the verb means the verb opens a clause of its own, handled above.
    const afterKana = /^(?:و|ف)?كان(?:ت)?$/u.test(tokens[0]?.key ?? '');
    if (from >= i || (!afterKana && /[،,]$/u.test(tokens[i - 1]?.text ?? ''))) break;
    // "…، وفق ما أعلن الوزير": the verb's subject follows it; the words before are the report (below).
    const source = /^ل?ما$/u.test(tokens[i - 1]?.key ?? '') ? (tokens[i - 2]?.key ?? '') : (tokens[i - 1]?.key ?? '');
    if (ACCORDING_TO.test(source)) break;
    // "هاجم ما قال إنه مقر": «ما» is a thing said, and its verb has no subject before it.
    if (/^(?:ما|مما|عما)$/u.test(tokens[i - 1]?.key ?? '')) continue;
    // "… تحذيراً لرعاياها بعدما أعلن الحوثيون": a subordinate clause's verb, whose subject follows it.
    if (
      /^و?(?:بعدما|عندما|حينما)$/u.test(tokens[i - 1]?.key ?? '') ||
      (tokens[i - 1]?.key === 'ان' && /^و?(?:بعد|قبل)$/u.test(tokens[i - 2]?.key ?? ''))
    )
      continue;
    const stop = complementAt(tokens, i + 1);
    // "فإن خلية الإعلام الأمني أصدرت بياناً أوضحت فيه أن …": who issued the statement is the subject.
    const issuer = tokens.findIndex((_, k) => k > from && k < i && issuedStatement(tokens, k) > k);
    // "وكانت الحكومة أول من أمس الجمعة قد أعلنت": the day and «قد» between the subject and its verb are
    // no part of the subject.
    let end = issuer < 0 ? i : issuer;
    while (
      end > from + 1 &&
      (/^(?:قد|اول|من|امس|اليوم|البارحه)$/u.test(tokens[end - 1]?.key ?? '') || weekdayNumber(tokens[end - 1]?.key ?? '') !== undefined)
    )
      end--;
    return {
      ...base,
      kind: 'subject-first',
      phrase: text(tokens, from, end),
      stem: hastened ? 'قال' : issues ? 'اعلن' : wrote ? 'كتب' : verbStem(reportingVerb(t.key) ?? ''),
      frame: frameTo(stop),
    };
  }

  // "عقب تصريح المرشد الإيراني، علي خامنئي، أمس الأول أن …": a noun of speech, its speaker and أن.
  // The noun nearest the أن speaks: in "تأتي تصريحات السوداني بعد إعلان الوزارة أن …" it is the ministry.
  // "بعد إعلان أبو آلاء الولائي، عن فتح باب التطوع": an announcement's object follows عن.
  const announcement = tokens.findIndex((t) => /^[وبل]?اعلان$/u.test(t.key));
  // عن right after the speaker's name and its comma, not any عن later ("والكشف عن خلية").
  const about =
    announcement < 0
      ? -1
      : tokens.findIndex(
          (t, i) => i > announcement + 1 && i <= announcement + 7 && t.key === 'عن' && /[،,]$/u.test(tokens[i - 1]?.text ?? ''),
        );
  const thatAt = tokens.findIndex((t) => /^(?:ان|انه|انها|بان)$/u.test(t.key));
  const that = about >= 0 && (thatAt < 0 || about < thatAt) ? about : thatAt;
  const noun = that < 0 ? -1 : tokens.slice(0, that).findLastIndex((t) => /^[وبل]?(?:تصريح|تصريحات|اعلان|تاكيد|تحذير)$/u.test(t.key));
  const complement = that === about ? about : complementAt(tokens, noun + 1);
  if (noun >= 0 && that > noun + 1 && complement === that) {
    return { ...base, kind: 'nominal', phrase: text(tokens, noun + 1, that), frame: frameTo(that) };
  }

  // "بحسب X", "وفقاً لـ X", "نقلاً عن X"
  // "حسبما أوضح المتحدث": بحسب ما written as one word.
  const per = tokens.findIndex((t) => ACCORDING_TO.test(t.key));
  if (per >= 0) {
    let from = per + 1;
    if (/^(?:ل|لـ|عن)$/u.test(tokens[from]?.key ?? '') || tokens[from]?.text === 'لـ') from++;
    // "وفق ما أفادت ثلاثة مصادر", "بحسب ما قال الوزير": the subject follows the verb.
    // "وفقا لما أفادته وكالة …": the same with ل written on ما and a pronoun on the verb.
    const verbAfter = (key: string) => reportingVerb(key) ?? reportingVerb(key.replace(/(?:ه|ها)$/u, ''));
    if (/^ل?ما$/u.test(tokens[from]?.key ?? '') && verbAfter(tokens[from + 1]?.key ?? '')) from += 2;
    else if (/ما$/u.test(tokens[per]?.key ?? '') && verbAfter(tokens[from]?.key ?? '')) from += 1;
    // The speaker's phrase runs to the reported words, the sentence's end, or a comma that no name
    // or office follows: a name may stand in apposition ("وفقاً لبيان أصدره المتحدث باسم القيادة،
    // ويليام أوربان، كان الهجوم …").
    let to = from;
    while (to < tokens.length && !/^(?:ف?ان|ف?انه)$/u.test(tokens[to]?.key ?? '')) {
      const t = tokens[to]?.text ?? '';
      to++;
      if (/[.]$/u.test(t) || (/[،,]$/u.test(t) && !namesSomeone(tokens[to]?.key ?? ''))) break;
    }
    let phrase = text(tokens, from, to);
    // "وفقاً لوزارة الدفاع", "وفقاً للمتحدث": the ل of وفقاً is written onto the next word. A name that
    // begins with ل ("بحسب ليندا", "وفقاً لـ ليندا") keeps it.
    if (from === per + 1 && /^[وف]?وفق/u.test(tokens[per]?.key ?? '')) phrase = phrase.replace(/^لل/u, 'ال').replace(/^لـ?/u, '');
    // The date words of the attribution are those after بحسب: the clause before it tells of the event
    // ("يلتقي ترامب الكاظمي يوم 20 آب، بحسب البيت الأبيض"), whose date is not the statement's.
    // "…، وفق ما أعلن الوزير، الثلاثاء.": a few words closing the sentence after the phrase are its date.
    // Only a day: "…، خلال الشهر الماضي." tells when the exports rose, not when the ministry spoke.
    const closing =
      to < tokens.length &&
      tokens.length - to <= 3 &&
      /[.]$/u.test(tokens.at(-1)?.text ?? '') &&
      tokens.slice(to).some((t) => /^[وف]?(?:اليوم|امس|البارحه|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه)$/u.test(t.key));
    const frameEnd = closing ? sentence.length : (tokens[to]?.at ?? sentence.length);
    return { ...base, kind: 'according-to', phrase, frame: sentence.slice(tokens[per]?.at ?? 0, frameEnd) };
  }
  return undefined;
}

/**
 * A headline that gives its speaker before a colon: «العمليات المشتركة: القوات القتالية ستغادر»,
 * «حسن نصر الله: قرار الإخراج إنجاز». At most six words before the colon, and words after it.
 */
export function headlineAttribution(headline: string): Attribution | undefined {
  const m = /^([^:«»"“”]{2,60}?)\s*:\s*\S/u.exec(headline.trim());
  const phrase = m?.[1]?.trim() ?? presentVerbHeadline(headline) ?? '';
  if (phrase === '' || phrase.split(/\s+/u).length > 6) return undefined;
  return { kind: 'headline', phrase, frame: '', relative: false, switches: false, continuation: false };
}

/** Verbs of speech in the present tense, as headlines write them: «السوداني يؤكد …», «الخارجية تدين …». */
const HEADLINE_VERB = /^[يت](?:ءكد|حذر|دعو|علن|نفي|هدد|طالب|لمح|كشف|رفض|رحب|دين|نتقد|تهم|توعد|شدد|عتبر|صف|قول|ستنكر|جدد)$/u;

/** «مستشار الأمن القومي يلمح إلى …»: the subject before a headline's verb of speech, at most four words. */
function presentVerbHeadline(headline: string): string | undefined {
  const words = headline.trim().split(/\s+/u);
  const at = words.findIndex((w, i) => i > 0 && i <= 4 && HEADLINE_VERB.test(wordKey(w)));
  if (at <= 0) return undefined;
  const subject = words.slice(0, at);
  // The subject opens with an office, a body or a name («صمت الحكومة …», «انسحاب التحالف …» do not), holds
  // no other verb («السوداني يستقبل وفدا … يؤكد») and speaks now, not next week.
  const opener = wordKey(subject[0] ?? '');
  const named = isTitleHead(opener) || opensWithFirstName(opener) || (isDefinite(opener) && !EVENTS.has(bare(opener)));
  const otherVerb = subject.slice(1).some((w) => /^[يت]\p{L}{3,}$/u.test(wordKey(w)) && !opensWithFirstName(wordKey(w)));
  const later = /(?:^|\s)(?:المقبل|المقبله|القادم|القادمه|غدا)(?:\s|$)/u.test(wordKey(headline).replace(/[^\p{L}\s]/gu, ' '));
  return named && !otherVerb && !later && !NOT_SUBJECTS.test(bare(opener)) ? subject.join(' ') : undefined;
}

/** Nouns that open a headline about someone, not by them: «صمت», «تصريحات», «حكومة …» (which faces, not speaks). */
const NOT_SUBJECTS = /^(?:صمت|تصريحات|تصريح|موقف|مواقف|خطاب|كلمه|حكومه|اداره|انسحاب|قرار|زياره|لقاء)$/u;
