/**
 * The occasion of a statement told apart from its words: «…، وذلك في مؤتمر صحفي عقده أمس» after
 * them, or «جاء ذلك خلال …» in the next sentence (told-before.ts). Its day is the words' day when
 * the words before the statement give none.
 */
import { normalizeArabic, normalizeWithOffsets } from '../arabic/normalize.ts';
import { shiftDay } from '../dates/calendar.ts';
import { resolveDate, type ResolvedDate } from '../dates/relative.ts';

/**
 * Past verbs of an occasion the speaker takes part in: talks, a meeting, a visit, a conference, a
 * speech, a call received (folded: «ترأس» is «تراس»).
 */
export const OCCASION_VERB =
  /^[وف]?(?:اجري|اجرت|التقي|التقت|استقبل|استقبلت|اجتمع|اجتمعت|بحث|بحثت|عقد|عقدت|القي|القت|تراس|تراست|شارك|شاركت|زار|زارت|تلقي|تلقت|اصدر|اصدرت)$/u;

/** Letters every occasion word above holds, unfolded (any hamza or alif form): a cheap first look. */
const OCCASION_LETTERS = /جر|لق|جتم|تصال|كالم|زي?ار|جلس|باحث|حادث|تقى|تقي|تقت|ستقبل|بحث|عقد|ترأس|تراس|ترؤ|شارك|تلق|صدر/u;

/** A sentence's first nine words, folded: what the occasion checks below read. */
const opening = (sentence: string): string[] => normalizeArabic(sentence.split(/\s+/u, 9).join(' ')).split(/\s+/u);

/** True when a sentence opens with an occasion's verb, after at most a day and a comma ("والسبت، أجرى …"). */
export function opensWithOccasion(sentence: string, words = opening(sentence)): boolean {
  // Not «وجرى، خلال الاتصال، بحث …», where «بحث» is the noun: after a comma only a day comes first.
  const at = words.findIndex((w) => OCCASION_VERB.test(w));
  // «كما استقبل …», «ثم التقى …»: a particle before the verb.
  const particle = at === 1 && /^[وف]?(?:كما|ثم|قد|فيما|بينما|كذلك)$/u.test(words[0] ?? '');
  // "في الـ8 من أيلول، التقى …": a longer fronted date, with its number, before the comma.
  // (Not «وفي أعقاب هجوم 28 كانون الثاني، التقى …»: the date of what came before.)
  const fronted = /^[وف]?(?:في|يوم|بتاريخ)$/u.test(words[0] ?? '') && !/^(?:اعقاب|اثر|ذكري|اعقب|ظل)$/u.test(words[1] ?? '');
  const reach = fronted && /\d/u.test(words.slice(0, Math.max(0, at)).join(' ')) ? 7 : 3;
  return (
    at === 0 ||
    particle ||
    (at > 0 && at <= reach && /[،,]$/u.test(words[at - 1] ?? '') && !/^(?:[وف]?جري|خلال|اثناء)/u.test(words[0] ?? ''))
  );
}

/**
 * «وتم، خلال الاتصال، بحث …», «وتناول اللقاء …», «وناقش الطرفان في هذا اللقاء …»: the same occasion
 * told of again, no new one. (Not «وفي الاجتماع الأسبوعي الذي عقد أمس»: a noun described anew is a new
 * occasion.) Read in the sentence's first seven words.
 */
export function refersBackToOccasion(sentence: string, words = opening(sentence)): boolean {
  return words.slice(0, 7).some(
    (w, k) =>
      /^ال(?:اتصال|لقاء|اجتماع|مكالمه|زياره|جلسه|مباحثات|محادثات)/u.test(w) &&
      ((/[،,.]$/u.test(w) && /^[وف]?(?:خلال|في|اثناء)$/u.test(words[k - 1] ?? '')) ||
        /^[وف]?(?:تطرق|تناول|ناقش|شهد|بحث|جري)$/u.test(words[k - 1] ?? '') ||
        // («في هذا الاجتماع», «لهذا اللقاء»: a demonstrative points back to it too.)
        /^ل?(?:هذا|هذه|ذلك|تلك)$/u.test(words[k - 1] ?? '')),
  );
}

/**
 * True when a sentence tells of a new occasion near its start, however it opens («كما التقى …»,
 * «وخلال ترؤسه جلسة …»): a later «خلال اللقاء» may mean it, so an older occasion no longer can.
 */
export function tellsOfOccasion(sentence: string): boolean {
  // Most sentences name no occasion at all: look for the letters of one before folding anything.
  if (!OCCASION_LETTERS.test(sentence.slice(0, 120).replace(/[\u064b-\u065f\u0670\u0640]/gu, ''))) return false;
  const words = opening(sentence);
  if (refersBackToOccasion(sentence, words)) return false;
  if (opensWithOccasion(sentence, words)) return true;
  return words
    .slice(0, 7)
    .some(
      (w) =>
        OCCASION_VERB.test(w.replace(/[،,]$/u, '')) ||
        /^[وف]?(?:خلال|اثناء|لدي)?(?:ترءسه|تراسه|لقاءه|استقباله|اجتماعه|زيارته|اتصاله)/u.test(w),
    );
}

/**
 * «وأكد الرئيس، خلال الاتصال، …», «وقال خلال اللقاء», «وفي ختام هذا الاجتماع، أكد …»: words said on
 * an occasion the article told of before, named again with the article or a demonstrative.
 */
export const ON_THAT_OCCASION =
  /(?:^|\s)[وف]?(?:(?:خلال|في|اثناء|اثر|اعقاب)\s+(?:(?:هذا|هذه|ذلك|تلك)\s+)?|(?:استمرارا\s+)?ل(?:هذا|هذه|ذلك|تلك)\s+)(?:ال)(?:اتصال|لقاء|اجتماع|مكالمه|زياره|جلسه|مباحثات|محادثات)(?=[\s،,.]|$)/u;

/**
 * «، وذلك في مؤتمر صحفي …», «وذلك خلال لقائه …», «وذلك في بيان …»: the occasion of the words, told
 * after them. Matched on the folded text, so «فى مؤتمر صحفى» is read as «في مؤتمر صحفي».
 */
const OCCASION =
  /[،,]\s*وذلك\s+(?:ردا\s+علي\s+سءال\s+)?(?:في|خلال|اثناء|علي\s+هامش|عبر|لدي)\s+(?:ال)?(?:مءتمر|بيان|تصريح|تصريحات|كلمه|كلمته|خطاب|لقاء|لقاءه|لقاءها|مقابله|حديث|اتصال|اجتماع|تغريده|منشور|جلسه|زياره|زيارته|استقباله|مكالمه|مشاركته|مشاركتها)/u;

/**
 * "أكد X أن …، وذلك في مؤتمر صحفي أجراه مساء أمس": in `rest`, the sentence after the words that
 * introduce the statement, the clause that tells when the words were said, outside any
 * quotation, in its own letters; the caller reads its date words when the words before the
 * statement have none.
 */
export function occasionOf(rest: string): string | undefined {
  // Most sentences have no «وذلك» (marks aside), and need no folding.
  if (!/و[\u064b-\u0670\u0640]*ذ/u.test(rest)) return undefined;
  const { text, offsets } = normalizeWithOffsets(rest);
  const m = OCCASION.exec(text);
  if (!m) return undefined;
  const from = offsets[m.index] ?? 0;
  const before = rest.slice(0, from);
  const count = (re: RegExp) => (before.match(re) ?? []).length;
  const open = count(/«/gu) !== count(/»/gu) || count(/“/gu) !== count(/”/gu) || count(/"/gu) % 2 === 1;
  return open ? undefined : occasionWords(rest.normalize('NFC').slice(from));
}

/**
 * The words of an occasion up to where it goes on about something else: a relative clause
 * ("لقائه السفيرة التي وصلت أمس"), a plan ("اجتماع اللجنة المقرر يوم الأحد"), a purpose or an
 * anniversary ("لبحث القصف …", "بمناسبة ذكرى …").
 */
export function occasionWords(text: string): string {
  const cut =
    /\s(?:الذي|التي|الذين|اللذين|المقرر|المقرر[ةه]|المرتقب|المرتقب[ةه]|المقبل|المقبل[ةه]|القادم|القادم[ةه]|ستعقد|سيعقد|بمناسب[ةه]|لبحث|لمناقش[ةه]|حول|بشأن|بشان)(?=\s|$)/u.exec(
      text,
    );
  return cut ? text.slice(0, cut.index) : text;
}

/** The day an occasion gives, when it is a recent one: not a date in history («في 6 كانون الثاني 1921»). */
export function occasionDate(occasion: string, today: string, published: string): ResolvedDate | undefined {
  const date = resolveDate(occasion, today, published);
  return date && date.date >= shiftDay(published, -31) ? date : undefined;
}
