/**
 * "أعلن العراق، أمس، انسحاب القوات … . جاء ذلك في تصريح لنائب قائد العمليات المشتركة، قيس
 * المحمداوي": wire copy tells the words first and their speaker, or their occasion, in the next
 * sentence. This reads that next sentence: whose statement, interview or press conference the
 * words before were, and when.
 */
import { normalizeArabic, normalizeWithOffsets } from '../arabic/normalize.ts';
import { occasionWords } from './occasion.ts';

/** «جاء ذلك / وجاءت هذه التصريحات في|خلال|عبر <a statement noun> …», and «وذلك في مؤتمر صحفي …» on its own. */
const TOLD =
  /^(?:[وف]?(?:جاء|جاءت|ياتي|تاتي)\s+(?:ذلك|هذا|هذه\s+التصريحات|هذه\s+المواقف)|وذلك)\s+(?:في|خلال|عبر|ضمن|اثناء|علي\s+هامش|(?<by>وفق|وفقا\s+ل|بحسب|حسب|علي\s+لسان))\s+/u;

/** «كلام الكاظمي جاء خلال …», «وجاءت تصريحات الوزير خلال …»: the words before named by their noun and speaker; only the occasion is read. */
const TOLD_AS_WORDS =
  /^(?:[وف]?(?:جاء|جاءت)\s+(?:كلام|تصريحات|حديث|اقوال)((?:\s+\S+){1,4})|(?:كلام|تصريحات|حديث|اقوال)((?:\s+\S+){1,4})\s+(?:جاء|جاءت))\s+(?:خلال|اثناء|علي\s+هامش|في\s+(?=(?:مءتمر|مقابله|كلمه|لقاء|حديث|اجتماع)))\s*/u;

/** The nouns of an occasion of speaking, and the adjectives that may follow them before the owner. */
const NOUN =
  /^(?:تصريح|تصريحات|بيان|كلمه|حديث|مءتمر|مقابله|لقاء|تغريده|منشور|رساله|خطاب|اتصال|مداخله)(?:\s+(?:صحفي|صحافي|صحفيه|متلفز|متلفزه|رسمي|مقتضب|مشترك|تلفزيوني|تلفزيونيه|هاتفي|خاص|خاصه))*\s+/u;

/** Words that open the owner: «صادر عن», and the verb of the occasion («عقده», «أصدرته», «ألقاها», «أدلى بها»). */
const OWNER =
  /^(?:صادر\s+عن|صادره\s+عن|(?:ادلي|ادلت)\s+(?:به|بها)|نشره|نشرته|نشرها|عقده|عقدته|عقدها|اصدره|اصدرته|اصدرها|القاه|القته|القاها)\s+/u;

/** Whom words were said to, never their owner: «تصريح للصحفيين», «لوكالة الأنباء», «لقناة …». */
const AUDIENCE = /^لل?(?:صحفيين|صحافيين|صحفيين|اعلاميين|وساءل|وكاله|قناه|صحيفه|موقع|تلفزيون|اذاعه|مراسل|اعلام)/u;

/** Where the owner phrase ends: a place, a time or what followed («في مبنى البرلمان», «عقب الجلسة»). */
const OWNER_END = /\s(?:في\s+مبني|في\s+مقر|في\s+مدينه|في\s+العاصمه|عقب|بعد|خلال|اثناء|علي\s+هامش|امس|اليوم|مساء|صباح|يوم)(?=\s|$)/u;

/** What a «جاء ذلك» sentence tells of the words before it. */
export interface Told {
  /** The owner's phrase in the sentence's own letters, when it names one. */
  phrase?: string;
  /** «كلام الكاظمي جاء خلال …»: whose words, folded, which must be the words before's speaker. */
  of?: string;
  /** The occasion's words, for its day ("خلال مؤتمر صحفي عقده أمس"). */
  occasion: string;
}

/**
 * Read a «جاء ذلك في تصريح لـ X» sentence, or undefined. "جاء ذلك خلال لقائه الوفد" tells only
 * the occasion (the words before stay their speaker's); so does "في بيان له" (a pronoun). A
 * letter «لرئيس الوزراء» is addressed to him, and «للصحفيين» names the audience.
 */
export function toldBefore(sentence: string): Told | undefined {
  // Most sentences are not these: look for the words before folding the sentence.
  if (!/^\s*(?:[وف]?(?:جاء|جاءت|يأتي|ياتي|تأتي|تاتي)|وذلك|كلام|تصريحات|حديث|أقوال|اقوال)\s/u.test(sentence)) return undefined;
  const folded = normalizeArabic(sentence);
  const told = TOLD.exec(folded);
  const words = sentence.trim().split(/\s+/u);
  // "جاء ذلك خلال استقباله في بغداد، وفق بيان أصدره مساء الإثنين مكتبه": the day
  // the statement that told of the occasion came out, when the occasion's own words give none before it.
  const { text: plain, offsets } = normalizeWithOffsets(sentence);
  const report = /[،,]\s*(?:وفق|وفقا|بحسب|حسب)\s+(?:لل|ل)?(?:بيان|البيان|تصريح)\s+(?:اصدره|اصدرته|نشره|نشرته|صدر)\s/u.exec(plain);
  const reported = report
    ? ` ${sentence
        .normalize('NFC')
        .slice(offsets[report.index] ?? 0)
        .split(/\s+/u)
        .slice(0, 8)
        .join(' ')}`
    : '';
  const occasion = occasionWords(words.slice(0, 16).join(' ')) + reported;
  if (!told) {
    const words = TOLD_AS_WORDS.exec(folded);
    return words ? { occasion, of: (words[1] ?? words[2] ?? '').trim() } : undefined;
  }
  const afterTold = folded.slice(told[0].length);
  // "جاء ذلك وفق هادي العامري خلال مؤتمر …": the owner, named right away.
  const noun = told.groups?.['by'] ? /^/u.exec(afterTold) : NOUN.exec(afterTold);
  if (!noun) return { occasion };
  let rest = afterTold.slice(noun[0].length);
  const owner = OWNER.exec(rest);
  if (owner) rest = rest.slice(owner[0].length);
  // The owner, as written: the folded text has the original's words, one for one.
  const at = folded
    .slice(0, folded.length - rest.length)
    .split(/\s+/u)
    .filter(Boolean).length;
  const first = words[at] ?? '';
  const letter = /^(?:رساله|كتاب|برقيه)/u.test(noun[0]);
  if (/^ل(?:ه|ها|هم)[،,.]?$/u.test(first) || AUDIENCE.test(normalizeArabic(first)) || (letter && !owner)) return { occasion };
  // "لنائب قائد …", "للمتحدث باسم …", "لـ«كتائب …»", "لـ وزارة …".
  const glued =
    owner || told.groups?.['by']
      ? first
      : /^لل/u.test(first)
        ? first.replace(/^لل/u, 'ال')
        : /^لـ?/u.test(first)
          ? first.replace(/^لـ?/u, '')
          : undefined;
  if (glued === undefined) return { occasion };
  const whole = [glued, ...words.slice(at + 1)].join(' ').trim();
  const end = OWNER_END.exec(normalizeArabic(whole));
  // The folded phrase has the same length as the original for these letters: cut by words.
  const phrase = end ? whole.split(/\s+/u).slice(0, normalizeArabic(whole).slice(0, end.index).split(/\s+/u).length).join(' ') : whole;
  return phrase === '' ? { occasion } : { phrase, occasion };
}

/**
 * Where the date words of told words stand: before their complement («أن», «:», a quotation) and
 * within the first eight words ("أعلن العراق، أمس، انسحاب …"), not in what they say.
 */
export function toldFrame(sentence: string): string {
  const words = sentence.trim().split(/\s+/u);
  const end = words.findIndex(
    (w, i) => i > 0 && (/^(?:أن|أنه|أنها|إن|إنه|ان|انه|بأن|بان)$/u.test(w) || /^[«"“]/u.test(w) || /:$/u.test(words[i - 1] ?? '')),
  );
  return words.slice(0, Math.min(end < 0 ? words.length : end, 8)).join(' ');
}
