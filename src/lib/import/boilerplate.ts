/**
 * What scraped pages leave around an article: view and like counters, image
 * placeholders, comment widgets, share labels and tracking strings. Each rule
 * matches a whole line (or, for tracking tokens, a whole token) so that no
 * sentence of the article can be caught by it.
 */
import { normalizeArabic } from '../arabic/normalize.ts';

/** Comment-widget and share-button lines, compared after normalization. */
const WIDGET_LINES: readonly RegExp[] = [
  /^تعليقات$/u,
  /^التعليقات$/u,
  /^علق كضيف/u,
  /^اضف تعليقا?$/u,
  /^اضف تعليقك$/u,
  /^شارك (?:علي|عبر) \S+$/u,
  /^اترك تعليقا?$/u,
  /^(?:مشاركه|شارك|شارك الخبر|share)\s*:?$/u,
  /^news-(?:picture|image|photo)$/u,
];

/** True for a line that is a comment widget, a share label or an image placeholder. */
export function isWidgetLine(line: string): boolean {
  const key = normalizeArabic(line);
  return WIDGET_LINES.some((re) => re.test(key));
}

/** A bullet line of page metadata ("- 811", "• 00:00"): returns the content after the bullet. */
export function bulletContent(line: string): string | undefined {
  const m = /^\s*[-•·*▪]\s*(.*?)\s*$/u.exec(line);
  return m ? m[1] : undefined;
}

/** A counter (views, likes, shares): digits, in any script, with at most a label ("٢٣٤٥ مشاهدة"). */
export function isCounter(text: string): boolean {
  return /^\d[\d,.]*(?:\s*(?:مشاهده|مشاهدات|قراءه|قراءات|تعليق|تعليقات|اعجاب|views?|likes?))?$/iu.test(normalizeArabic(text));
}

const BASE64_TOKEN = /(?<![\w+/=])[A-Za-z0-9+/]{12,}={0,2}(?![\w+/=])/gu;

/**
 * Decode a token that looks like base64; return its text only when it is
 * printable ASCII (tracking strings decode to things like "ip: 13.58.38.184").
 */
function decodeTracking(token: string): string | undefined {
  if (token.length % 4 !== 0 || !/[A-Z]/.test(token) || !/[a-z0-9]/.test(token)) return undefined;
  let decoded: string;
  try {
    decoded = atob(token);
  } catch {
    return undefined;
  }
  return /^[\x20-\x7e]{6,}$/.test(decoded) ? decoded : undefined;
}

/**
 * Split a line at its tracking token (base64 that decodes to printable text,
 * like "ip: 13.58.38.184"): the text before it, the text after it, and
 * whether there was one. Without a token, everything is `before`.
 */
export function stripTracking(line: string): { before: string; after: string; found: boolean } {
  for (const m of line.matchAll(BASE64_TOKEN)) {
    if (decodeTracking(m[0]) === undefined) continue;
    return {
      before: line.slice(0, m.index).trim(),
      after: line
        .slice(m.index + m[0].length)
        .replace(BASE64_TOKEN, '')
        .trim(),
      found: true,
    };
  }
  return { before: line, after: '', found: false };
}

/** True when text ends like a sentence, so it cannot be a site tag or a heading. */
export function endsLikeSentence(text: string): boolean {
  return /[.؟?!:»"”…]\s*$/u.test(text);
}

/**
 * Page furniture that scrapers copy with the article, compared after
 * normalization: ad slots, the «عاجل» ribbon, font-size widgets, live-blog and
 * editor labels, image file names, tag lists, newsletter prompts. Each rule
 * matches a whole line that no sentence of an article could be.
 */
const FURNITURE_LINES: readonly RegExp[] = [
  /^(?:ad|ads|icon|image|photo|\[ad_\d+\])$/iu,
  /^(?:عاجل|التغطيه الحيه|تغطيه حيه|مباشر|حجم الخط|طباعه|رءيس التحرير|تابعنا علي \S+(?: \S+)?)$/u,
  // "A+ A-", "+A", "-A": a font-size widget.
  /^(?:[+-]?\s?a\s?[+-]?\s*){1,3}$/iu,
  /^\S+\.(?:jpe?g|png|webp|gif|avif)$/iu,
  /^(?:الكلمات الداله|الوسوم|كلمات مفتاحيه)\s*:?/u,
  /^هل اعجبك المحتوي/u,
  // Ad slots and the back-to-top button.
  /^(?:اعلان|مساحه اعلانيه|زر الذهاب الي الاعلي)$/u,
  // "34°C", "+31...+34° C": the weather widget.
  /^[+-]?\d+(?:\.{2,3}[+-]?\d+)?\s*°\s*c$/iu,
  // ".", "/", "و": a stray mark or particle, never a paragraph.
  /^(?:[\p{P}\p{S}\s]+|\p{L}{1,2})$/u,
  // "08:23 بتوقيت غرينتش": a world-clock time, not the page's own.
  /^\d{1,2}:\d{2}\s+بتوقيت\s+\p{L}+$/u,
  // "وكالة_ثقة", "ramadan-2025": a tag or a slug (a word of three letters or more first, so no
  // date «2024-01-12» and no «F-16»).
  /^\p{L}+(?:_\p{L}+)+$/u,
  /^[a-z]{3,}[a-z0-9]*(?:-[a-z0-9]+)+$/iu,
  // "منذ ساعة", "منذ 27 دقيقة": a relative time stamp.
  /^منذ\s+(?:\d+\s+)?(?:ساعه|ساعات|ساعتين|دقيقه|دقاءق|دقيقتين|يوم|ايام|يومين|اسبوع)$/u,
  // Breadcrumbs and section labels.
  /^(?:الصفحه الرءيسيه|الرءيسيه|الاخبار|اخر الاخبار|اخبار عاجله|عرب وعالم|عربي ودولي|عربيه ودوليه|دوليات|عربي|دولي|العالم|محليات|سياسه|امن|تقارير)$/u,
  // "آخر الأخبارالأخبار الأمنية", "أخبار العراق › سياسية": a trail of news sections, written glued or not.
  /^(?:(?:اخر\s*)?(?:ال)?اخبار(?:\s*(?:ال)?(?:امنيه|سياسيه|محليه|عاجله|دوليه|عربيه|اقتصاديه|عالميه|عراق))?\s*[>»›/|-]?\s*)+$/u,
  /^https?:\/\/\S+$/iu,
  // "Alsumaria Tv https://…/author-details/42/…": a few words and a link, an author's or a share line.
  /^(?:\S+\s+){0,3}https?:\/\/\S+$/iu,
  // "تقرير: السومرية نيوز", "كتب: علي حسين": who wrote or reported it.
  /^(?:تقرير|كتب|كتبت|بقلم|اعداد|متابعه|تحرير)\s*:\s*\p{L}+(?:\s+\p{L}+){0,2}$/u,
  // A short Latin line in an Arabic article: a widget's label ("living cost indicators").
  /^[a-z][a-z '’&-]{0,40}$/iu,
  // An old site's tool row: "أرسل لصديق", "عدد القراءات: 1452".
  /^(?:ارسل|ارسال) (?:ل|الي )?صديق$/u,
  /^عدد (?:القراءات|المشاهدات|الزيارات)\s*:?\s*\d[\d,.]*$/u,
  // "العدد : 16993 - الثلاثاء 01 أكتوبر 2024 م، الموافق …": a print edition's issue line, the current
  // issue's date on every page of the site, not the article's.
  /^العدد\s*:?\s*\d+\s*[-–|]\s*\S.*\d{4}/u,
];

/** True for a line of page furniture (see FURNITURE_LINES), or a row of them: «طباعة | أرسل لصديق | عدد القراءات: 1452». */
export function isFurnitureLine(line: string): boolean {
  const key = normalizeArabic(line).trim();
  const parts = key.split(/\s+\|\s+/u);
  return parts.every((part) => FURNITURE_LINES.some((re) => re.test(part)));
}

/** «اقرأ أيضاً», «مواضيع ذات صلة», «الأكثر قراءة»: a list of other articles' headlines follows. */
export function opensLinkList(line: string): boolean {
  return /^(?:اقرا ايضا|اقرا المزيد|اقرا كذلك|مواضيع ذات صله|اخبار ذات صله|الاكثر قراءه|المزيد من الاخبار|ذات صله|(?:و?قد )?يهمك ايضا)\s*:?\s*$/u.test(
    normalizeArabic(line).replace(/[«»"]/gu, '').trim(),
  );
}

/**
 * A byline or a dateline standing alone: «هدى جاسم (بغداد)», «بغداد-سانا»,
 * «بغداد اليوم- متابعة». Only short lines without a verb's punctuation.
 */
export function isBylineOrDateline(line: string): boolean {
  const text = line.trim();
  if (text.split(/\s+/u).length > 4 || endsLikeSentence(text)) return false;
  return (
    /^\p{L}+(?:\s\p{L}+){0,2}\s*\(\p{L}+(?:\s\p{L}+)?\)$/u.test(text) ||
    /^\p{L}+(?:\s\p{L}+)?\s*[-–—]\s*\p{L}+(?:\s\p{L}+)?$/u.test(text) ||
    /^\p{L}+\s*\/\s*\p{L}+\s*\/?$/u.test(text) // "بغداد/سما/"
  );
}
