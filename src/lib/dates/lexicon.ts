/**
 * Month and weekday names as Arabic news writes them, keyed by their
 * normalized form (see `normalizeArabic`), so one entry covers أبريل and
 * إبريل, آب and اب, الجمعة and الجمعه.
 *
 * Two month systems are in use: the Levantine/Iraqi names (كانون الثاني …
 * كانون الأول, also without the article) and the transliterated Gregorian ones (يناير … ديسمبر), with the
 * Egyptian spellings يونيه / يوليه and the hamza-less اغسطس.
 */

/** Normalized month name → month number (1–12). */
export const MONTHS: Readonly<Record<string, number>> = {
  'كانون الثاني': 1,
  شباط: 2,
  اذار: 3,
  نيسان: 4,
  ايار: 5,
  حزيران: 6,
  تموز: 7,
  اب: 8,
  ايلول: 9,
  'تشرين الاول': 10,
  'تشرين الثاني': 11,
  'كانون الاول': 12,
  // Syrian and Lebanese copy often drops the article: «22 تشرين ثاني», «كانون أول 2023».
  'كانون ثاني': 1,
  'تشرين اول': 10,
  'تشرين ثاني': 11,
  'كانون اول': 12,
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  ابريل: 4,
  مايو: 5,
  يونيو: 6,
  يونيه: 6,
  يوليو: 7,
  يوليه: 7,
  اغسطس: 8,
  اغسطوس: 8,
  سبتمبر: 9,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
};

// Month names that are also ordinary words (مارس "practised", اب "father") need no list of
// their own: every pattern in explicit.ts reads a month only beside a day number or a year.

/** Normalized weekday name (with its article) → JavaScript day number, Sunday = 0. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  الاحد: 0,
  الاثنين: 1,
  الاتنين: 1,
  الثلاثاء: 2,
  الاربعاء: 3,
  الخميس: 4,
  الجمعه: 5,
  السبت: 6,
};

/** Alternation of keys, longest first, so "تشرين الاول" wins over a shorter prefix. */
function alternation(keys: readonly string[]): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/ /g, '\\s+'))
    .join('|');
}

/** Regex source matching any month name in normalized text. */
export const MONTH_PATTERN = alternation(Object.keys(MONTHS));

/** Regex source matching any weekday name (with ال) in normalized text. */
export const WEEKDAY_PATTERN = alternation(Object.keys(WEEKDAYS));

/** Look up a month name found in normalized text (inner white space may vary). */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.replace(/\s+/g, ' ')];
}

/** Look up a weekday name found in normalized text. */
export function weekdayNumber(name: string): number | undefined {
  return WEEKDAYS[name];
}

/** Ordinal days, as news writes them: "يوم العاشر من أكتوبر", "في الحادي والعشرين من آذار". */
export const ORDINALS: readonly string[] = [
  'الاول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الخامس',
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
  'العاشر',
  'الحادي عشر',
  'الثاني عشر',
  'الثالث عشر',
  'الرابع عشر',
  'الخامس عشر',
  'السادس عشر',
  'السابع عشر',
  'الثامن عشر',
  'التاسع عشر',
  'العشرين',
  'الحادي والعشرين',
  'الثاني والعشرين',
  'الثالث والعشرين',
  'الرابع والعشرين',
  'الخامس والعشرين',
  'السادس والعشرين',
  'السابع والعشرين',
  'الثامن والعشرين',
  'التاسع والعشرين',
  'الثلاثين',
  'الحادي والثلاثين',
];

/**
 * Regex source matching any ordinal day in normalized text, longest first («الحادي والعشرين» before
 * «الحادي»). Not after «الأسبوع», «النصف», «الربع»: «الأسبوع الأول من شباط» is a part of the month.
 */
export const ORDINAL_PATTERN = `(?<!(?:الاسبوع|الاسبوعين|النصف|الربع|الثلث|العقد)\\s+)(?:${[...ORDINALS].sort((a, b) => b.length - a.length).join('|')})`;

/** The day number of an ordinal found in normalized text (الثالث → 3). */
export function ordinalDay(word: string): number {
  return ORDINALS.indexOf(word.replace(/\s+/gu, ' ')) + 1;
}
