/** The queries the search index benchmarks run: one of each kind a reader types (the names are the synthetic corpus's speakers). */
export const QUERIES: readonly [kind: string, q: string][] = [
  ['full name', 'ويليام هنتر'],
  ['surname', 'هنتر'],
  ['English name', 'Hunter'],
  ['year', '2019'],
  ['month (Arabic)', 'كانون الأول 2021'],
  ['month (English)', 'December 2021'],
  ['common word', 'القوات'],
  ['word from a statement', 'الاستخبارات'],
  ['two words', 'انسحاب القوات'],
  ['name + year', 'هنتر 2020'],
  ['misspelt name', 'ساندرس'],
];
