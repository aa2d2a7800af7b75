/**
 * What readers see is exactly what was said (issue 17): the words a
 * statement is shown by, where they are cut, what is said of an office that
 * spoke for its holder, and the side guessed for a speaker the registry does
 * not know. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/lib/extract/types.ts';
import { rssItem } from '../../src/lib/site/exports.ts';
import { throughOffice, viaOfficeLabel } from '../../src/lib/site/via.ts';
import { cutAtWord, wordsLine } from '../../src/lib/site/words.ts';
import { extract, withoutSpeakers } from './helpers.ts';

const statement = (text: string, quotes: string[] = [], speaker: Partial<Statement['speaker']> = {}): Statement => ({
  id: '2024-02-05-x',
  article: 'a',
  speaker: { id: 'x', name: 'مصطفى الكاظمي', role: 'رئيس الوزراء العراقي', ...speaker },
  date: '2024-02-05',
  datePrecision: 'day',
  dateBasis: 'published',
  dateEvidence: '',
  quotes,
  text,
  paragraphs: [1],
});

describe('cutting words short', () => {
  it('cuts between words, with «…», never inside a word', () => {
    const text = 'تواصل القوات العراقية عملياتها لتأمين الحدود الغربية مع سوريا';
    expect(cutAtWord(text, 30)).toBe('تواصل القوات العراقية عملياتها…');
    expect(cutAtWord(text, 28)).toBe('تواصل القوات العراقية…');
    expect(cutAtWord(text, 200)).toBe(text);
  });

  it('drops a comma or colon left before the cut, and keeps an over-long first word whole', () => {
    expect(cutAtWord('قال المتحدث، في مؤتمر صحفي عقده ببغداد', 13)).toBe('قال المتحدث…');
    expect(cutAtWord('الاستراتيجيات المشتركة', 5)).toBe('الاستراتيجيات…');
  });
});

describe('guillemets only around what was said', () => {
  const reported = statement('كان وزير الداخلية أكد في وقت سابق أن الحدود مؤمنة بالكامل من جهة الصحراء الغربية.');
  const quoted = statement('وقال الوزير إن "الحدود مؤمنة بالكامل من جهة الصحراء".', ['الحدود مؤمنة بالكامل من جهة الصحراء']);

  it('a reported sentence is shown as it stands; a quotation in «»', () => {
    expect(wordsLine(reported)).toBe(reported.text);
    expect(wordsLine(quoted)).toBe('«الحدود مؤمنة بالكامل من جهة الصحراء»');
    expect(wordsLine(quoted, 20)).toBe('«الحدود مؤمنة بالكامل…»');
  });

  it('an RSS item’s title and description follow the same rule', () => {
    expect(rssItem(reported, undefined).title).toBe(`مصطفى الكاظمي: ${cutAtWord(reported.text, 90)}`);
    expect(rssItem(reported, undefined).title).not.toMatch(/[«»]/u);
    expect(rssItem(quoted, { slug: 'a', title: 'ت', outlet: 'وكالة', published: '2024-02-05' })).toMatchObject({
      title: 'مصطفى الكاظمي: «الحدود مؤمنة بالكامل من جهة الصحراء»',
      description: '«الحدود مؤمنة بالكامل من جهة الصحراء» (وكالة)',
    });
  });
});

describe('words that came through an office', () => {
  it.each([
    ['وقال مكتب الكاظمي في بيان إن اللقاء بحث ملف الحدود.'],
    ['وذكر بيان صادر عن المكتب الإعلامي لرئيس الوزراء أن اللقاء بحث ملف الحدود.'],
    ['وأفاد مكتب رئيس الوزراء العراقي مصطفى الكاظمي بأن اللقاء بحث ملف الحدود.'],
  ])('%s', (text) => {
    expect(throughOffice(statement(text))).toBe(true);
  });

  it.each([
    ['وقال الكاظمي في مكتبه إن اللقاء بحث ملف الحدود.'],
    ['وقال الكاظمي إنه استقبل مدير مكتب الأمم المتحدة في بغداد.'],
    ['وقال الكاظمي خلال لقائه وفداً من مكتب التحالف إن الحدود مؤمنة.'],
  ])('not: %s', (text) => {
    expect(throughOffice(statement(text))).toBe(false);
  });

  it('says «عبر مكتبه», or «عبر مكتبها» for a woman’s title', () => {
    expect(viaOfficeLabel(statement(''))).toBe('عبر مكتبه');
    expect(viaOfficeLabel(statement('', [], { role: 'نائبة المتحدث باسم الوزارة' }))).toBe('عبر مكتبها');
    expect(viaOfficeLabel(statement('', [], { role: 'الممثلة الخاصة للأمين العام' }))).toBe('عبر مكتبها');
  });
});

describe('the side of a speaker the registry does not know', () => {
  const side = (body: string) => {
    const [s] = extract(body, '2024-02-05', {}, withoutSpeakers('مهند الساعدي', 'جيمس هولت', 'رضا كاظمي', 'سامر الحداد')).statements;
    return { side: s?.speaker.side, provisional: s?.speaker.provisional };
  };

  it.each([
    ['النائب العراقي', 'وقال النائب العراقي مهند الساعدي إن البرلمان سيصوت على القرار الأسبوع المقبل.', 'iraq'],
    ['السفير الأميركي', 'وقال السفير الأميركي جيمس هولت إن بلاده تدعم الحوار.', 'us'],
    ['المتحدث الإيراني', 'وقال المتحدث باسم الخارجية الإيرانية رضا كاظمي إن طهران تراقب الموقف.', 'iran'],
    ['محافظ البصرة', 'وقال محافظ البصرة مهند الساعدي إن الموانئ تعمل بشكل طبيعي.', 'iraq'],
  ])('%s: a guess from the words given with the name', (_, body, expected) => {
    expect(side(body)).toEqual({ side: expected, provisional: true });
  });

  it('no side word, no guess', () => {
    expect(side('وقال الباحث سامر الحداد إن المفاوضات ستطول.')).toEqual({ side: undefined, provisional: true });
  });
});
