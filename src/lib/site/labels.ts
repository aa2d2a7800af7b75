/**
 * Words shown to readers: sides, date bases and precision, in Arabic with
 * English beside them where a researcher needs it.
 */
import type { DateBasis } from '../dates/relative.ts';
import type { DatePrecision } from '../dates/explicit.ts';
import type { Side } from '../sides.ts';

/** Side names, Arabic and English, and a symbol so the badge never relies on colour alone. */
export const SIDE_LABELS: Readonly<Record<Side, { ar: string; en: string; symbol: string }>> = {
  iraq: { ar: 'العراق', en: 'Iraq', symbol: '◆' },
  us: { ar: 'الولايات المتحدة', en: 'US', symbol: '★' },
  coalition: { ar: 'التحالف الدولي', en: 'Coalition', symbol: '▲' },
  iran: { ar: 'إيران', en: 'Iran', symbol: '●' },
  other: { ar: 'أخرى', en: 'Other', symbol: '■' },
};

/** The forms an Arabic noun takes with a number: none, one, two, 3 to 10 (plural), 11 and more (singular, accusative). */
interface CountForms {
  none: string;
  one: string;
  two: string;
  few: string;
  many: string;
}

/** A count in words whose noun agrees with the number. */
function counted(n: number, forms: CountForms): string {
  if (n === 0) return forms.none;
  if (n === 1) return forms.one;
  if (n === 2) return forms.two;
  return `${n} ${n <= 10 ? forms.few : forms.many}`;
}

/** "لا تصريحات", "تصريح واحد", "تصريحان", "3 تصريحات": Arabic counts agree with the number. */
export const statementCount = (n: number): string =>
  counted(n, { none: 'لا تصريحات', one: 'تصريح واحد', two: 'تصريحان', few: 'تصريحات', many: 'تصريحاً' });

/** "لا مقالات", "مقال واحد", "مقالان", "3 مقالات", "11 مقالاً", for the sources pages. */
export const articleCount = (n: number): string =>
  counted(n, { none: 'لا مقالات', one: 'مقال واحد', two: 'مقالان', few: 'مقالات', many: 'مقالاً' });

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

/** What a reader is told of a speaker the registry does not know yet: where the name and the side come from. */
export const PROVISIONAL = 'ليس في سجل بيان للمتحدثين بعد: الاسم والصفة كما وردا في المقال، والجهة تقدير منهما.';
