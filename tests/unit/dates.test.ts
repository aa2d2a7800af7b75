import { describe, expect, it } from 'vitest';
import { daysBackTo, isoDay, shiftDay, weekdayOf } from '../../src/lib/dates/calendar.ts';
import { findExplicitDates, weekdayContradicts } from '../../src/lib/dates/explicit.ts';
import { formatArabicDate } from '../../src/lib/dates/format.ts';
import { settleDate } from '../../src/lib/dates/numeric.ts';
import { parsePublished } from '../../src/lib/dates/published.ts';
import { findTodayMentions } from '../../src/lib/dates/today.ts';

const first = (text: string) => {
  const [date] = findExplicitDates(text);
  if (!date) throw new Error(`no date found in: ${text}`);
  return date;
};

describe('calendar', () => {
  it('rejects days that do not exist', () => {
    expect(isoDay(2021, 2, 29)).toBeUndefined();
    expect(isoDay(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDay(2021, 4, 31)).toBeUndefined();
  });
  it('knows the weekdays of the seed dates', () => {
    expect(weekdayOf('2021-09-09')).toBe(4); // Thursday
    expect(weekdayOf('2021-10-09')).toBe(6); // Saturday
    expect(weekdayOf('2024-01-09')).toBe(2); // Tuesday
  });
  it('steps across month and year ends', () => {
    expect(shiftDay('2024-01-01', -1)).toBe('2023-12-31');
    expect(shiftDay('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBackTo('2024-01-10', 1)).toBe(2); // Monday before Wednesday 10 Jan
  });
});

describe('findExplicitDates: Levantine month names', () => {
  it.each([
    ['قال في 5 كانون الثاني 2020 إن', '2020-01-05'],
    ['في 14 شباط 2022', '2022-02-14'],
    ['يوم 3 آذار 2023', '2023-03-03'],
    ['في 3 اذار 2023', '2023-03-03'],
    ['في 9 نيسان 2003', '2003-04-09'],
    ['في 1 أيار 2021', '2021-05-01'],
    ['في 30 حزيران 2009', '2009-06-30'],
    ['في 14 تموز 2020', '2020-07-14'],
    ['اليوم الخميس (15 آب 2024)', '2024-08-15'],
    ['في 1 أيلول 2021', '2021-09-01'],
    ['في 7 تشرين الأول 2023', '2023-10-07'],
    ['في 7 تشرين الاول 2023', '2023-10-07'],
    ['في 11 تشرين الثاني 2022', '2022-11-11'],
    ['الجمعة (10 كانون الأول، 2021)', '2021-12-10'],
  ])('%s → %s', (text, day) => {
    expect(first(text).candidates).toEqual([day]);
    expect(first(text).precision).toBe('day');
  });
});

describe('findExplicitDates: Gregorian month names and their spellings', () => {
  it.each([
    ['في 3 يناير 2020', '2020-01-03'],
    ['في 4 فبراير 2021', '2021-02-04'],
    ['في 8 مارس 2022', '2022-03-08'],
    ['في 7 إبريل 2021', '2021-04-07'],
    ['في 7 أبريل 2021', '2021-04-07'],
    ['في 2 مايو 2019', '2019-05-02'],
    ['في 6 يونيو 2020', '2020-06-06'],
    ['في 6 يونيه 2020', '2020-06-06'],
    ['في 26 يوليو 2021', '2021-07-26'],
    ['في 26 يوليه 2021', '2021-07-26'],
    ['الخميس 20 اغسطس 2020', '2020-08-20'],
    ['في 20 أغسطس 2020', '2020-08-20'],
    ['في 11 سبتمبر 2001', '2001-09-11'],
    ['في 5 أكتوبر 2023', '2023-10-05'],
    ['في 9 نوفمبر 2020', '2020-11-09'],
    ['في 31 ديسمبر 2021', '2021-12-31'],
    ['في 10 ديسمبر/كانون الأول 2021', '2021-12-10'],
  ])('%s → %s', (text, day) => {
    expect(first(text).candidates).toEqual([day]);
  });
});

describe('findExplicitDates: other forms', () => {
  it('reads Arabic-Indic digits', () => {
    expect(first('في ١٥ آب ٢٠٢٤').candidates).toEqual(['2024-08-15']);
    expect(first('بتاريخ ١٠/١٢/٢٠٢١').candidates).toEqual(['2021-10-12', '2021-12-10']);
  });
  it('reads a month and a year as month precision', () => {
    const date = first('اتخذ قرارا في يناير عام 2020 بإخراج القوات');
    expect(date.candidates).toEqual(['2020-01-01']);
    expect(date.precision).toBe('month');
    expect(first('في كانون الأول 2021').precision).toBe('month');
  });
  it('reads ISO dates', () => {
    expect(first('نشر في 2024-01-10 مساء').candidates).toEqual(['2024-01-10']);
  });
  it('quotes the original words, diacritics and all', () => {
    expect(first('وصرّح يومَ الأربعاء (14 آب 2024): "عقدنا"').evidence).toBe('يومَ الأربعاء (14 آب 2024)');
  });
  it('keeps both readings of an all-small numeric date, and one of 13-2-2026', () => {
    expect(first('9/10/2021').candidates).toEqual(['2021-09-10', '2021-10-09']);
    expect(first('13-2-2026 | 17:31').candidates).toEqual(['2026-02-13']);
    expect(first('10-12-2021, 13:45').numeric).toEqual({ separator: '-', dayFirst: '2021-12-10', monthFirst: '2021-10-12' });
  });
  it('does not read words that only look like months (trap: مارس as a verb, أب as father)', () => {
    expect(findExplicitDates('مارس الضغط على الحكومة لسنوات')).toEqual([]);
    expect(findExplicitDates('قال أب لثلاثة أطفال إن القصف مستمر')).toEqual([]);
    expect(findExplicitDates('أحد المسؤولين قال إن الانسحاب سيبدأ')).toEqual([]);
  });
  it('does not take the tail of a longer number for a day', () => {
    expect(findExplicitDates('نحو 2500 جندي')).toEqual([]);
    expect(first('العدد 125 آب 2024').candidates).toEqual(['2024-08-01']);
  });
  it('flags a weekday that contradicts the date beside it', () => {
    expect(weekdayContradicts(first('الجمعة (10 كانون الأول، 2021)'))).toBe(false);
    expect(weekdayContradicts(first('الثلاثاء (10 كانون الأول، 2021)'))).toBe(true);
  });
});

describe('findTodayMentions', () => {
  it('finds a weekday named as today, with or without parentheses', () => {
    expect(findTodayMentions('أكدت السلطات العراقية اليوم (الخميس) أنها').map((m) => m.weekday)).toEqual([4]);
    expect(findTodayMentions('وأعلن ماكنزي، اليوم الجمعة، أن').map((m) => m.weekday)).toEqual([5]);
  });
  it('finds the date given for today', () => {
    const [mention] = findTodayMentions('خلال مؤتمر صحفي، اليوم الخميس (15 آب 2024): "كما تعلمون"');
    expect(mention).toMatchObject({ weekday: 4, day: '2024-08-15' });
  });
  it('ignores a today with neither weekday nor date', () => {
    expect(findTodayMentions('وذكر بيان صادر عن مكتب الكاظمي اليوم أنه')).toEqual([]);
  });
});

describe('settleDate: the ambiguous numeric date', () => {
  it('settles 9/10/2021 as 10 September when the text says today is Thursday (seed 003)', () => {
    const settled = settleDate(first('9/10/2021'), findTodayMentions('أكدت السلطات اليوم (الخميس) أنها'));
    expect(settled).toMatchObject({ day: '2021-09-10', basis: 'evidence' });
  });
  it('settles it as 9 October when today is Saturday', () => {
    expect(settleDate(first('9/10/2021'), findTodayMentions('قال اليوم السبت إن')).day).toBe('2021-10-09');
  });
  it('asks rather than guesses when the text gives no weekday', () => {
    const settled = settleDate(first('9/10/2021'), []);
    expect(settled.day).toBeUndefined();
    expect(settled).toMatchObject({ candidates: ['2021-09-10', '2021-10-09'] });
  });
  it('asks when the weekday fits neither reading', () => {
    expect(settleDate(first('9/10/2021'), findTodayMentions('قال اليوم الثلاثاء إن')).day).toBeUndefined();
  });
  it('reads a dashed date day-first, as Iraqi outlets write it, and lets evidence confirm it', () => {
    expect(settleDate(first('10-12-2021'), [])).toMatchObject({ day: '2021-12-10', basis: 'convention' });
    expect(settleDate(first('10-12-2021'), findTodayMentions('اليوم الجمعة'))).toMatchObject({ day: '2021-12-10', basis: 'evidence' });
  });
  it('lets evidence overrule the dash convention', () => {
    expect(settleDate(first('10-12-2021'), findTodayMentions('اليوم الثلاثاء')).day).toBe('2021-10-12');
  });
});

describe('parsePublished', () => {
  it('accepts a day, a day with a time, and a YAML date', () => {
    expect(parsePublished('2020-01-07')).toBe('2020-01-07');
    expect(parsePublished('2021-12-10T13:45')).toBe('2021-12-10T13:45');
    expect(parsePublished('2021-12-10T13:45:00+03:00')).toBe('2021-12-10T13:45');
    expect(parsePublished(new Date('2024-08-15T00:00:00Z'))).toBe('2024-08-15');
  });
  it('rejects what is not a real date', () => {
    expect(parsePublished('10/12/2021')).toBeUndefined();
    expect(parsePublished('2021-02-30')).toBeUndefined();
    expect(parsePublished('yesterday')).toBeUndefined();
    expect(parsePublished('2021-12-10T25:00')).toBeUndefined();
  });
});

describe('formatArabicDate', () => {
  it('uses the Levantine month names Iraqi readers know', () => {
    expect(formatArabicDate('2021-12-10')).toBe('10 كانون الأول 2021');
    expect(formatArabicDate('2021-12-10T13:45')).toBe('10 كانون الأول 2021، 13:45');
  });
});
