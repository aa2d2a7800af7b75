/**
 * "أعلن العراق، أمس، انسحاب القوات … . جاء ذلك في تصريح لنائب قائد العمليات المشتركة، قيس
 * المحمداوي": wire copy tells the words first and their speaker in the next sentence. This reads
 * that next sentence: whose statement, interview or press conference the words before were.
 */
import { normalizeArabic } from '../arabic/normalize.ts';

/** «جاء ذلك / وجاءت هذه التصريحات في|خلال|عبر <a statement noun> …». */
const TOLD = /^[وف]?(?:جاء|جاءت|ياتي|تاتي)\s+(?:ذلك|هذا|هذه\s+التصريحات|هذه\s+المواقف)\s+(?:في|خلال|عبر|ضمن|اثناء)\s+/u;

/** The nouns of an occasion of speaking, and the adjectives that may follow them before the owner. */
const NOUN =
  /^(?:تصريح|تصريحات|بيان|كلمه|حديث|مءتمر|مقابله|لقاء|تغريده|منشور|رساله|خطاب|اتصال|مداخله)(?:\s+(?:صحفي|صحافي|صحفيه|متلفز|متلفزه|رسمي|مقتضب|مشترك|تلفزيوني|تلفزيونيه|هاتفي|خاص|خاصه))*\s+/u;

/** Words that open the owner: «لـ», «صادر عن», «أدلى به». */
const OWNER = /^(?:صادر\s+عن|صادره\s+عن|ادلي\s+به|ادلت\s+به|نشره|نشرته)\s+/u;

/**
 * The speaker phrase of a «جاء ذلك في تصريح لـ X» sentence, in the sentence's own letters, or
 * undefined. "جاء ذلك خلال لقائه الوفد" names no owner (the words before stay their speaker's);
 * neither does "في بيان له" (a pronoun).
 */
export function toldBefore(sentence: string): string | undefined {
  const folded = normalizeArabic(sentence);
  const told = TOLD.exec(folded);
  if (!told) return undefined;
  const afterTold = folded.slice(told[0].length);
  const noun = NOUN.exec(afterTold);
  if (!noun) return undefined;
  let rest = afterTold.slice(noun[0].length);
  const owner = OWNER.exec(rest);
  if (owner) rest = rest.slice(owner[0].length);
  // The owner, as written: the folded text has the original's words, one for one.
  const skipped = folded.length - rest.length;
  const words = sentence.trim().split(/\s+/u);
  const at = folded.slice(0, skipped).split(/\s+/u).filter(Boolean).length;
  const first = words[at] ?? '';
  // "لنائب قائد …", "للمتحدث باسم …", "لـ«كتائب …»"; a bare «له»/«لها» is the speaker before.
  if (/^ل(?:ه|ها|هم)[،,.]?$/u.test(first)) return undefined;
  const glued = owner
    ? first
    : /^لل/u.test(first)
      ? first.replace(/^لل/u, 'ال')
      : /^لـ?/u.test(first)
        ? first.replace(/^لـ?/u, '')
        : undefined;
  if (glued === undefined) return undefined;
  const phrase = [glued, ...words.slice(at + 1)].join(' ').trim();
  return phrase === '' ? undefined : phrase;
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
