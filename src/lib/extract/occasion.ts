/**
 * The occasion of a statement told apart from its words: «…، وذلك في مؤتمر صحفي عقده أمس» after
 * them, or «جاء ذلك خلال …» in the next sentence (told-before.ts). Its day is the words' day when
 * the words before the statement give none.
 */
import { shiftDay } from '../dates/calendar.ts';
import { resolveDate, type ResolvedDate } from '../dates/relative.ts';

/** «، وذلك في مؤتمر صحفي …», «وذلك خلال لقائه …», «وذلك في بيان …»: the occasion of the words, told after them. */
const OCCASION =
  /[،,]\s*وذلك\s+(?:رداً?\s+على\s+سؤال\s+)?(?:في|خلال|اثناء|أثناء|على\s+هامش|عبر|لدى)\s+(?:ال)?(?:مؤتمر|بيان|تصريح|تصريحات|كلمة|كلمته|خطاب|لقاء|لقائه|لقائها|مقابلة|حديث|اتصال|اجتماع|تغريدة|منشور|جلسة|زيارة|زيارته|استقباله|مكالمة|مشاركته|مشاركتها)/u;

/**
 * "أكد X أن …، وذلك في مؤتمر صحفي أجراه مساء أمس": the clause that tells when the words were said,
 * at the sentence's end, outside any quotation; the caller reads its date words when the words
 * before the statement have none.
 */
export function occasionOf(rest: string): string | undefined {
  const m = OCCASION.exec(rest);
  if (!m) return undefined;
  const before = rest.slice(0, m.index);
  const count = (re: RegExp) => (before.match(re) ?? []).length;
  const open = count(/«/gu) !== count(/»/gu) || count(/“/gu) !== count(/”/gu) || count(/"/gu) % 2 === 1;
  return open ? undefined : occasionWords(rest.slice(m.index));
}

/**
 * The words of an occasion up to where it goes on about something else: a relative clause
 * ("لقائه السفيرة التي وصلت أمس"), a plan ("اجتماع اللجنة المقرر يوم الأحد"), a purpose or an
 * anniversary ("لبحث القصف …", "بمناسبة ذكرى …").
 */
export function occasionWords(text: string): string {
  const cut =
    /\s(?:الذي|التي|الذين|اللذين|المقرر|المقررة|المرتقب|المرتقبة|المقبل|المقبلة|القادم|القادمة|ستعقد|سيعقد|بمناسبة|لبحث|لمناقشة|حول|بشأن)(?=\s|$)/u.exec(
      text,
    );
  return cut ? text.slice(0, cut.index) : text;
}

/** The day an occasion gives, when it is a recent one: not a date in history («في 6 كانون الثاني 1921»). */
export function occasionDate(occasion: string, today: string, published: string): ResolvedDate | undefined {
  const date = resolveDate(occasion, today, published);
  return date && date.date >= shiftDay(published, -31) ? date : undefined;
}
