import { describe, expect, it } from 'vitest';
import { articleToday, resolveDate } from '../../src/lib/dates/relative.ts';

// Wednesday 10 January 2024, the day seed 004 was published.
const today = '2024-01-10';
const on = (text: string, t = today) => resolveDate(text, t, t);

describe('relative date words', () => {
  it.each([
    ['وقال اليوم إن', '2024-01-10'],
    ['وقال مساء اليوم إن', '2024-01-10'],
    ['وقال أمس إن', '2024-01-09'],
    ['وقال يوم أمس إن', '2024-01-09'],
    ['وقال البارحة إن', '2024-01-09'],
    ['وقال الليلة الماضية إن', '2024-01-09'],
    ['وقال أول أمس إن', '2024-01-08'],
    ['وقال أمس الأول إن', '2024-01-08'],
    ['وقال مساء أمس الأول إن', '2024-01-08'], // the evening of the day before yesterday, not «مساء أمس»
    ['وصرح يوم أمس الأول بأن', '2024-01-08'],
    ['وقال أمس الثلاثاء إن', '2024-01-09'],
    ['وقالت الوزارة، الإثنين الماضي، إنها', '2024-01-08'],
    ['وقال الأربعاء الماضي إن', '2024-01-03'], // strictly 1–7 days back: a week ago, not today
    ['وقال الثلاثاء الفائت إن', '2024-01-09'],
    ['وقال الخميس المنصرم إن', '2024-01-04'],
    ['وقال الجمعة الماضية إن', '2024-01-05'],
    ['وقال يوم الأحد إن', '2024-01-07'], // a bare weekday: 0–6 days back
    ['وقال الأربعاء إن', '2024-01-10'],
  ])('%s → %s', (text, date) => {
    expect(on(text)).toMatchObject({ date, basis: 'relative' });
  });

  it('quotes the words that fixed the date', () => {
    expect(on('وقال السوداني لـ"رويترز"، في مقابلة ببغداد أمس الثلاثاء، إن')?.evidence).toBe('أمس الثلاثاء');
  });
  it('keeps the date word and warns when the weekday disagrees ("أمس الإثنين" on a Wednesday)', () => {
    const resolved = on('وقال أمس الإثنين إن');
    expect(resolved?.date).toBe('2024-01-09');
    expect(resolved?.warning).toMatch(/weekday/);
  });
  it('does not date a statement by a weekday that looks forward', () => {
    expect(on('وقال إن الوفد سيصل يوم الأحد المقبل')).toBeUndefined();
    expect(on('وقال إن الاجتماع سوف يعقد الخميس')).toBeUndefined();
  });
  it('gives nothing when the words hold no date', () => {
    expect(on('وأضاف رئيس الوزراء العراقي، أن')).toBeUndefined();
  });
});

describe('explicit dates in a statement', () => {
  it('reads a date in parentheses after the verb, in either month system', () => {
    expect(on('وقال فيدانت باتيل لرووداو، يوم الأربعاء (3 كانون الثاني 2024):')).toMatchObject({ date: '2024-01-03', basis: 'explicit' });
    expect(on('وقال في 12 سبتمبر 2023 إن')).toMatchObject({ date: '2023-09-12', basis: 'explicit' });
  });
  it('keeps the explicit date when its weekday contradicts it, with a warning', () => {
    const resolved = on('وأكدت الهيئة يوم الأربعاء (1 كانون الثاني 2024) أن');
    expect(resolved).toMatchObject({ date: '2024-01-01', basis: 'explicit' });
    expect(resolved?.warning).toMatch(/weekday/);
  });
  it('ignores a date after the publication day: a plan, not the day of speaking', () => {
    expect(on('وقال إن 31 كانون الثاني 2024 هو الموعد')).toBeUndefined();
  });
});

describe('articleToday', () => {
  it('is the publication day, unless the text names the day before as today (a story stamped after midnight)', () => {
    expect(articleToday('2021-09-10', 'أكدت السلطات العراقية اليوم (الخميس) أنها')).toBe('2021-09-09');
    expect(articleToday('2021-12-10', 'وأعلن ماكنزي، اليوم الجمعة، أن')).toBe('2021-12-10');
    expect(articleToday('2024-01-10', 'قال السوداني أمس الثلاثاء')).toBe('2024-01-10');
  });
});
