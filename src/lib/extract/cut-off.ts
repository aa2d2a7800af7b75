/**
 * The last sentence of a scraped text is often cut off mid-way: «وقال وزير الخارجية فؤاد حسين» with
 * nothing after it. Such a sentence names a speaker but holds none of his words, so it is no statement.
 */
import { wordKey } from '../arabic/normalize.ts';
import { weekdayNumber } from '../dates/lexicon.ts';
import { bare, hasHead, RANKS, ROLE_HEADS } from '../speakers/lexicon.ts';
import { opensWithFirstName } from '../speakers/names.ts';
import { nameKey, type Registry } from '../speakers/registry.ts';
import type { Attribution } from './attribution.ts';
import { isPreposition } from './name-words.ts';
import { insideQuotation } from './sentences.ts';

/** A word of time that may follow a verb or open a clause: «أمس», «صباح», «يوم» … (folded). */
export const TIME_WORD = /^(?:صباح|مساء|اليوم|امس|يوم|ظهر|فجر|ليل|ليله|عصر)$/u;

/** Verbs whose words come only after إن/أن, a colon or a quotation: never a direct object. */
const SAYING = new Set(['قال', 'اضاف', 'تابع', 'اردف', 'اوضح', 'ذكر', 'افاد', 'صرح']);

/**
 * True for the last sentence of a text cut off before the reported words: no closing punctuation,
 * and nothing after the speaker's phrase (no إن/أن, colon or quotation). A verb that takes an object
 * has its words once the object came: a relative clause ("انتقدت الحكومة القصف الذي جرى دون علم
 * الجه…"), a quotation left open ("أشاد كوبر بـ"دور العراق…"), or three words and more after the last
 * name the registry knows, none of them opening another name or office ("وأعلنت قوات التحالف الدولي
 * أول أمس السبت انسحاب قوات …", not "… رئيس الوزراء مصطفى الكاظمي والجنرال كينيث ماكن").
 */
export function cutOff(sentence: string, attribution: Attribution, registry: Registry): boolean {
  if (/[.؟?!…"»”]\s*$/u.test(sentence) || attribution.frame.length < sentence.trim().length) return false;
  if (SAYING.has(attribution.stem ?? '')) return true;
  // The words the verb governs: its phrase, or for a subject before the verb ("وكان الحرس الثوري أعلن
  // في بيان استهدافه …") what follows the subject, the verb itself aside.
  const before = attribution.kind !== 'verb' ? sentence.indexOf(attribution.phrase) : -1;
  const governed =
    before < 0
      ? attribution.phrase
      : sentence
          .slice(before + attribution.phrase.length)
          .trim()
          .replace(/^(?:قد\s+)?\S+\s*/u, '');
  if (insideQuotation(governed)) return false;
  // "… التي تعرضت لهجوم صاروخي، إلى", "… بـ": a preposition at the cut, whose object never came.
  const end = governed.trim().split(/\s+/u).at(-1) ?? '';
  if (isPreposition(end) || /^[بل]ـ+$/u.test(end)) return true;
  const hits = registry.findAll(governed);
  // After a subject before the verb, everything governed is the object.
  const last = before < 0 ? hits.at(-1) : { at: 0, key: '' };
  if (!last) return true;
  const folded = nameKey(governed);
  // A relative clause after a name ("انتقدت الحكومة القصف الذي …"), not one inside the subject ("الفصائل
  // التي تطلق على نفسها اسم …").
  const relative = /(?:^|\s)(?:الذي|التي|الذين)(?=\s)/u.exec(folded);
  if (relative && (before >= 0 || (hits[0]?.at ?? Infinity) < relative.index)) return false;
  // The words after the last name, days aside ("، اليوم الأحد، تشكي…" is a day and a cut).
  const after = folded
    .slice(last.at + last.key.length)
    .split(/\s+/u)
    .map(wordKey)
    .filter((w) => w !== '' && !TIME_WORD.test(w) && !/^(?:اول|من)$/u.test(w) && weekdayNumber(w) === undefined);
  // The cut inside a name: an office or a rank among the last words ("… والجنرال كينيث ماكن"), or a
  // first name just before the cut ("… الأمين العام أبو علي العس"); not «على» or «أم» (or).
  const tail = after.slice(-3);
  // («العام» ends «الأمين العام» but is mostly "the year".)
  const office = (w: string) => (hasHead(ROLE_HEADS, w) && bare(w) !== 'عام') || RANKS.test(bare(w));
  const raw = governed.trim().split(/\s+/u).slice(-3, -1);
  const firstName = (w: string) => !isPreposition(w) && wordKey(w) !== 'ام' && opensWithFirstName(wordKey(w));
  return after.length < 3 || tail.some(office) || raw.some(firstName);
}
