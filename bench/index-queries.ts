/**
 * The queries every search benchmark runs, and the anchors with them: eight
 * kinds a reader types, five or six of each (names are the synthetic
 * corpus's speakers, seed 1, all present from 1,000 statements up). A
 * misspelt name is one no speaker is registered under: a letter swapped or
 * dropped. Checked by tests/unit/bench-queries.test.ts.
 */

/** What a query asks for. */
export type QueryKind = 'name' | 'misspelt name' | 'English name' | 'word' | 'phrase' | 'date' | 'date range' | 'name + date';

/** One query of the set, with its kind. */
export interface BenchQuery {
  kind: QueryKind;
  q: string;
}

const set = (kind: QueryKind, ...qs: string[]): BenchQuery[] => qs.map((q) => ({ kind, q }));

/** The query set, grouped by kind, in a fixed order. */
export const QUERIES: readonly BenchQuery[] = [
  ...set('name', 'ويليام هنتر', 'هنتر', 'جعفر الهلالي', 'إيزابيل ريتشاردسون', 'البنتاغون', 'كولينز'),
  ...set('misspelt name', 'ريتشاردصون', 'بينيث', 'كولينس', 'الهلاني', 'شيرمن', 'غريفن'),
  ...set('English name', 'Hunter', 'William Hunter', 'Isabelle Richardson', 'Sanders', 'Jaafar al-Hilali'),
  ...set('word', 'القوات', 'الاستخبارات', 'الانسحاب', 'السيادة', 'المستشارين', 'داعش'),
  ...set('phrase', 'انسحاب القوات', 'القوات الأجنبية', 'الحوار الاستراتيجي', 'تنظيم داعش', 'الدعم الجوي', 'قوات قتالية أجنبية'),
  ...set('date', '2019', 'كانون الأول 2021', 'December 2021', '2024-01', '24 نيسان 2015', '١٢ كانون الأول ٢٠١٥', '1/7/2016'),
  ...set(
    'date range',
    '2019 2020',
    'من 2020 إلى 2021',
    'بين كانون الثاني 2020 وآذار 2020',
    '2021-01 2021-06',
    'from January 2022 to March 2022',
  ),
  ...set('name + date', 'هنتر 2020', 'ساندرز 2021', 'الهلالي 2024', 'Richardson 2022', 'كولينز أيلول 2015'),
];

/** The kinds, in the order of the set. */
export const KINDS: readonly QueryKind[] = [...new Set(QUERIES.map((query) => query.kind))];
