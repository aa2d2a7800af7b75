import { describe, expect, it } from 'vitest';
import { MAX_TERMS, parseQuery } from '../../src/lib/search/query.ts';

const range = (q: string) => parseQuery(q).range;
const dec2021 = { from: '2021-12-01', to: '2021-12-31' };
const dec10 = { from: '2021-12-10', to: '2021-12-10' };

describe('parseQuery: dates become a range, not words', () => {
  it.each([
    ['2021', { from: '2021-01-01', to: '2021-12-31' }],
    ['2021-12', dec2021],
    ['2021/12', dec2021],
    ['12/2021', dec2021],
    ['كانون الأول 2021', dec2021],
    ['كانون الاول 2021', dec2021],
    ['ديسمبر 2021', dec2021],
    ['December 2021', dec2021],
    ['dec 2021', dec2021],
    ['2021-12-10', dec10],
    ['10 كانون الأول 2021', dec10],
    ['10 December 2021', dec10],
    ['December 10, 2021', dec10],
    ['١٠/١٢/٢٠٢١', dec10],
    ['١٥ آب ٢٠٢٤', { from: '2024-08-15', to: '2024-08-15' }],
    ['شباط 2024', { from: '2024-02-01', to: '2024-02-29' }],
    ['الجمعة (10 كانون الأول، 2021)', dec10],
  ])('%s', (q, expected) => {
    expect(parseQuery(q)).toEqual({ terms: [], range: expected });
  });

  it('reads a numeric day day-first, as Iraqi outlets write it', () => {
    expect(range('10/12/2021')).toEqual(dec10);
    expect(range('10-12-2021')).toEqual(dec10);
    expect(range('9/10/2021')).toEqual({ from: '2021-10-09', to: '2021-10-09' });
  });

  it('takes the month-first reading only when day-first is impossible', () => {
    expect(range('12/25/2021')).toEqual({ from: '2021-12-25', to: '2021-12-25' });
  });

  it('keeps the words beside a date', () => {
    expect(parseQuery('باتيل 2024-08')).toEqual({ terms: ['باتيل'], range: { from: '2024-08-01', to: '2024-08-31' } });
    expect(parseQuery('McKenzie December 2021')).toEqual({ terms: ['mckenzie'], range: dec2021 });
  });

  it('spans two dates, dropping the words that join them', () => {
    expect(parseQuery('من 2021 إلى 2022')).toEqual({ terms: [], range: { from: '2021-01-01', to: '2022-12-31' } });
  });
});

describe('parseQuery: the words around a date', () => {
  it.each([
    ['عام 2021', { from: '2021-01-01', to: '2021-12-31' }],
    ['سنة 2021', { from: '2021-01-01', to: '2021-12-31' }],
    ['2021م', { from: '2021-01-01', to: '2021-12-31' }],
    ['بين 2020 و2021', { from: '2020-01-01', to: '2021-12-31' }],
    ['2020-2021', { from: '2020-01-01', to: '2021-12-31' }],
    ['شهر كانون الأول 2021', dec2021],
    // «و» joined to the second month, as Arabic writes "and": found by the bench's date-range queries.
    ['بين كانون الثاني 2020 وآذار 2020', { from: '2020-01-01', to: '2020-03-31' }],
    ['من أيار 2021 وحتى تموز 2021', { from: '2021-05-01', to: '2021-07-31' }],
    ['يناير 2022 ومارس 2022', { from: '2022-01-01', to: '2022-03-31' }],
  ])('%s is a date and nothing else', (q, expected) => {
    expect(parseQuery(q)).toEqual({ terms: [], range: expected });
  });

  it('drops particles when there are other words, keeps them when there are not', () => {
    expect(parseQuery('الصحفيين في بغداد').terms).toEqual(['الصحفيين', 'بغداد']);
    expect(parseQuery('في').terms).toEqual(['في']);
  });
});

describe('parseQuery: the traps', () => {
  it('does not read a year out of an impossible day', () => {
    expect(parseQuery('31 February 2021')).toEqual({ terms: ['31', 'february', '2021'] });
    expect(parseQuery('31 شباط 2021')).toEqual({ terms: ['31', 'شباط', '2021'] });
  });

  it('does not take a longer number or a decimal for a date', () => {
    expect(parseQuery('dec 12021').range).toBeUndefined();
    expect(parseQuery('2021.5').range).toBeUndefined();
    expect(parseQuery('20211').range).toBeUndefined();
  });

  it('cuts a word longer than any name', () => {
    expect(parseQuery('ا'.repeat(200)).terms[0]).toHaveLength(32);
  });

  it('leaves a count of soldiers as words: 2500 is not a year', () => {
    expect(parseQuery('2500 جندي')).toEqual({ terms: ['2500', 'جندي'] });
  });

  it('leaves a number outside the years the index covers as words', () => {
    expect(parseQuery('2000 جندي', { min: 2014, max: 2026 })).toEqual({ terms: ['2000', 'جندي'] });
    expect(parseQuery('2020', { min: 2014, max: 2026 }).range).toEqual({ from: '2020-01-01', to: '2020-12-31' });
  });

  it('does not take a month name without a day or year for a date (آب is also "father")', () => {
    expect(parseQuery('آب')).toEqual({ terms: ['اب'] });
    expect(parseQuery('مارس الضغط')).toEqual({ terms: ['مارس', 'الضغط'] });
  });

  it('leaves impossible dates as words', () => {
    expect(parseQuery('2021-13').range).toBeUndefined();
    expect(parseQuery('31/02/2024').range).toBeUndefined();
  });

  it('folds the words as the index is folded: diacritics, alef forms, case', () => {
    expect(parseQuery('ماكِنزي').terms).toEqual(['ماكنزي']);
    expect(parseQuery('الأمريكية McKENZIE').terms).toEqual(['الامريكيه', 'mckenzie']);
  });

  it('drops regex characters, RTL/LTR marks and emoji rather than searching for them', () => {
    expect(parseQuery('.*[(')).toEqual({ terms: [] });
    expect(parseQuery('\u200fماكنزي\u200e 🇮🇶')).toEqual({ terms: ['ماكنزي'] });
  });

  it('bounds a huge query', () => {
    expect(parseQuery('كلمة '.repeat(2000)).terms.length).toBe(MAX_TERMS);
  });
});
