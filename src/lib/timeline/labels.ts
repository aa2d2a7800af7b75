/**
 * Words shown to readers: sides, date bases and precision, in Arabic with
 * English beside them where a researcher needs it.
 */
import type { DateBasis } from '../dates/relative.ts';
import type { DatePrecision } from '../dates/explicit.ts';
import type { Side } from '../speakers/types.ts';

/** Side names, Arabic and English, and a symbol so the badge never relies on colour alone. */
export const SIDES: Readonly<Record<Side, { ar: string; en: string; symbol: string }>> = {
  iraq: { ar: 'العراق', en: 'Iraq', symbol: '◆' },
  us: { ar: 'الولايات المتحدة', en: 'US', symbol: '★' },
  coalition: { ar: 'التحالف الدولي', en: 'Coalition', symbol: '▲' },
  iran: { ar: 'إيران', en: 'Iran', symbol: '●' },
  other: { ar: 'أخرى', en: 'Other', symbol: '■' },
};

/** "لا تصريحات", "تصريح واحد", "تصريحان", "3 تصريحات": Arabic counts agree with the number. */
export function statementCount(n: number): string {
  if (n === 0) return 'لا تصريحات';
  if (n === 1) return 'تصريح واحد';
  if (n === 2) return 'تصريحان';
  return `${n} ${n <= 10 ? 'تصريحات' : 'تصريحاً'}`;
}

/** The order sides are listed in. */
export const SIDE_ORDER: readonly Side[] = ['iraq', 'us', 'coalition', 'iran', 'other'];

/** How a date was established, for the event page. */
export const DATE_BASIS: Readonly<Record<DateBasis, string>> = {
  explicit: 'تاريخ صريح في النص',
  relative: 'تعبير نسبي محسوب من تاريخ النشر',
  published: 'لا يذكر النص تاريخاً: اعتُمد تاريخ النشر',
};

/** A mark for dates that are not exact to the day. */
export const PRECISION: Readonly<Record<DatePrecision, string>> = {
  day: '',
  month: 'الشهر فقط',
  year: 'السنة فقط',
};
