/**
 * Dates for Arabic readers. Iraqi readers know the Levantine month names
 * (كانون الأول), so those are shown; digits stay Western, as Iraqi outlets print them.
 */

/** Display names of the months, January first. */
export const MONTH_NAMES_AR: readonly string[] = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
];

/** The transliterated Gregorian names (يناير …), shown beside the Levantine ones in a `title`. */
export const MONTH_NAMES_GREGORIAN: readonly string[] = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];

/** English month names, for readers who search "December 2021". */
export const MONTH_NAMES_EN: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2021-12" or "2021-12-10" → "كانون الأول 2021". */
export function formatArabicMonth(iso: string): string {
  const [year, month] = iso.split('-').map(Number);
  return `${MONTH_NAMES_AR[(month ?? 1) - 1] ?? ''} ${year}`;
}

/** The same day with the Gregorian month name: "10 ديسمبر 2021", for a tooltip. */
export function formatGregorianDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTH_NAMES_GREGORIAN[(month ?? 1) - 1] ?? ''} ${year}`;
}

/** "2021-12-10" → "10 كانون الأول 2021"; "2021-12-10T13:45" → "10 كانون الأول 2021، 13:45". */
export function formatArabicDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  const name = MONTH_NAMES_AR[(month ?? 1) - 1] ?? '';
  const time = iso.length > 10 ? `، ${iso.slice(11, 16)}` : '';
  return `${day} ${name} ${year}${time}`;
}
