/** The date rules learnt from real articles, on sentences written for Bayan. */
import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../src/lib/dates/relative.ts';
import { extract, who } from './helpers.ts';

const when = (body: string, published: string) =>
  extract(body, published).statements.map((s) => `${s.speaker.id} ${s.date} ${s.dateBasis}`);

describe('dates in real news', () => {
  it('reads a weekday or أمس with و written onto it', () => {
    expect(resolveDate('والسبت، صرح المتحدث', '2020-01-05', '2020-01-05')?.date).toBe('2020-01-04');
    expect(resolveDate('وأمس قال الوزير', '2020-01-05', '2020-01-05')?.date).toBe('2020-01-04');
  });
  it('reads a day and month without a year, in the year before publication when it has not come yet', () => {
    expect(resolveDate('وفي 20 مارس (آذار) الجاري، أعلن التحالف', '2020-03-30', '2020-03-30')?.date).toBe('2020-03-20');
    expect(resolveDate('وفي 28 كانون الأول أعلن', '2021-01-03', '2021-01-03')?.date).toBe('2020-12-28');
    // A day still to come is a plan, not the day of the words.
    expect(resolveDate('سيلتقي الرئيسان في البيت الأبيض يوم 20 آب', '2020-08-08', '2020-08-08')).toBeUndefined();
  });
  it('«في وقت سابق» gives no day: the speaker’s dated mention, else the publication day, with the words as evidence', () => {
    const dated = 'قال وزير الخارجية فؤاد حسين أمس إن الحوار مستمر.\n\nوكان حسين قد أكد في وقت سابق أن القوات القتالية ستغادر.';
    expect(when(dated, '2021-07-21')).toEqual(['fuad-hussein 2021-07-20 relative']);
    const [s] = extract('وكان وزير الخارجية فؤاد حسين قد أكد في وقت سابق أن القوات القتالية ستغادر.', '2021-07-21').statements;
    expect(s).toMatchObject({ date: '2021-07-21', dateBasis: 'published', dateEvidence: 'في وقت سابق' });
  });
  it('a date in the reported words or in the event told before «بحسب» does not date the statement', () => {
    expect(when('قال رايدر اليوم إن الاجتماع سيعقد "يوم الأحد 12 أيار 2024".', '2024-05-08')).toEqual([
      'patrick-ryder 2024-05-08 relative',
    ]);
    expect(when('يلتقي الرئيسان في البيت الأبيض يوم الخميس الماضي، بحسب وزارة الخارجية الأمريكية.', '2024-05-08')).toEqual([
      'us-state-department 2024-05-08 published',
    ]);
  });
  it('a lede’s date dates the same speaker’s undated sentences later in the article', () => {
    const body =
      'أعلن رئيس الوزراء العراقي، أمس، بدء الحوار.\n\nوفي سياق آخر، قال المتحدث باسم البنتاغون إن القوات باقية.\n\nوأضاف رئيس الوزراء أن القرار سيادي.';
    expect(when(body, '2024-01-06')).toEqual(['mohammed-shia-al-sudani 2024-01-05 relative', 'patrick-ryder 2024-01-06 published']);
  });
  it('a story that says which day "today" is dates its undated words on that day', () => {
    const body = 'بغداد 7 نيسان (وكالة) انطلقت اليوم (الأربعاء) الجولة الثالثة من الحوار.\n\nوقال وزير الخارجية فؤاد حسين إن الجولة مهمة.';
    expect(when(body, '2021-04-08')).toEqual(['fuad-hussein 2021-04-07 published']);
  });
});

describe('counted and ordinal dates', () => {
  it('counts days and weeks back, with و written on', () => {
    expect(resolveDate('وقبل خمسة أيام، أعلن', '2024-04-09', '2024-04-09')?.date).toBe('2024-04-04');
    expect(resolveDate('قبل يومين قال', '2024-04-09', '2024-04-09')?.date).toBe('2024-04-07');
    expect(resolveDate('قبل 3 أيام قال', '2024-04-09', '2024-04-09')?.date).toBe('2024-04-06');
    expect(resolveDate('قبل أسبوع قال', '2024-04-09', '2024-04-09')?.date).toBe('2024-04-02');
    // "قبل يوم الانتخابات" is before an event, not a day back.
    expect(resolveDate('قبل يوم الانتخابات قال', '2024-04-09', '2024-04-09')).toBeUndefined();
  });
  it('gives only the month for months back', () => {
    expect(resolveDate('وقبل شهرين كان المتحدث قد أعلن', '2021-12-09', '2021-12-09')).toMatchObject({
      date: '2021-10-09',
      precision: 'month',
    });
  });
  it('reads an ordinal day of a month', () => {
    expect(resolveDate('هدد الزعيم يوم العاشر من أكتوبر', '2023-10-27', '2023-10-27')?.date).toBe('2023-10-10');
    expect(resolveDate('في الحادي والعشرين من آذار قال', '2023-04-02', '2023-04-02')?.date).toBe('2023-03-21');
  });
  it('«قبل أيام» is not today: the day before publication is the latest it can be', () => {
    expect(who('وكان وزير الخارجية فؤاد حسين قد أكد قبل أيام أن الانسحاب يسير وفق الجدول.', '2025-08-24')).toEqual([
      'فؤاد حسين 2025-08-23',
    ]);
  });
  it('a past month with no day («في يوليو الماضي», «الشهر الماضي», «تموز 2021») dates the words to that month', () => {
    const [s] = extract('وفي يوليو الماضي، قال الرئيس الأمريكي جو بايدن إن دور القوات سيصبح استشاريا.', '2021-12-21').statements;
    expect(s).toMatchObject({ date: '2021-07-01', datePrecision: 'month', dateEvidence: 'يوليو الماضي' });
    // In January, last December is the year before.
    expect(resolveDate('وفي كانون الأول الماضي قال', '2022-01-10', '2022-01-10')).toMatchObject({ date: '2021-12-01', precision: 'month' });
    expect(resolveDate('وفي الشهر الماضي قال', '2022-03-10', '2022-03-10')).toMatchObject({ date: '2022-02-01', precision: 'month' });
    expect(resolveDate('وفي تموز/يوليو 2021 قال', '2022-03-10', '2022-03-10')).toMatchObject({ date: '2021-07-01', precision: 'month' });
    // The month of something else: a relative clause's, an event's.
    expect(resolveDate('وقال رئيس الوزراء، الذي تسلم منصبه في تشرين الأول 2022،', '2024-05-01', '2024-05-01')).toBeUndefined();
    expect(resolveDate('وقال الوزير تعليقا على هجوم شباط الماضي', '2024-05-01', '2024-05-01')).toBeUndefined();
  });
  it('of several date words, the first after the verb dates the words; a later one is the event’s', () => {
    expect(who('أكدت كتائب النصر المبين، اليوم الثلاثاء، وقوفها وراء القصف الذي طال المعسكر مساء أمس الإثنين.', '2021-02-16')).toEqual([
      'كتائب النصر المبين 2021-02-16',
    ]);
    expect(
      who('أعلنت وزارة الخارجية العراقية يوم السبت تقديم شكوى إلى مجلس الأمن بعد الغارات التي وقعت يوم أمس الجمعة.', '2024-02-03'),
    ).toEqual(['وزارة الخارجية العراقية 2024-02-03']);
  });
});
