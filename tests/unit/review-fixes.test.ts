/** Cases a review of the real-world rules found wrong, each on a sentence written for Bayan. */
import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../src/lib/dates/relative.ts';
import { importArticle } from '../../src/lib/import/article.ts';
import { readArticleText } from '../../src/lib/content/files.ts';
import { Offices } from '../../src/lib/speakers/offices.ts';
import { extract, offices, who } from './helpers.ts';

describe('offices written with و or ف on', () => {
  it('"وزير", "وزارة", "فريق" are offices and institutions, not و + زير', () => {
    expect(who('وقال وزير الدفاع التركي يشار غولر أمس إن القوات باقية.', '2024-03-02')).toEqual(['يشار غولر 2024-03-01']);
    expect(who('وقالت شيرين خليل، وزيرة الإعمار السابقة، إن المشروع توقف.', '2024-03-02')).toEqual(['شيرين خليل 2024-03-02']);
  });
});

describe('who held the office that day', () => {
  it('an office without a name is the holder that day, not a former holder the article mentions', () => {
    const body = 'وقال رئيس الوزراء العراقي أمس إن الحوار مستمر.\n\nوكان الكاظمي قد قال في العام الماضي إن القوات ستبقى.';
    expect(who(body, '2023-07-27')[0]).toBe('محمد شياع السوداني 2023-07-26');
  });
  it('a registry speaker out of every office they held has no role, not a stale one', () => {
    const [s] = extract('وقال رئيس الوزراء العراقي الأسبق مصطفى الكاظمي أمس إن القرار صائب.', '2024-05-02').statements;
    expect(s?.speaker.id).toBe('mustafa-al-kadhimi');
    expect(s?.speaker.role).toBeUndefined();
  });
  it('a bare office is the one the article named in full before: another country’s prime minister', () => {
    const body = 'قال رئيس الوزراء اللبناني سامر الحديثي أمس إن بلاده محايدة.\n\nوأكد رئيس الحكومة أن الحوار مستمر.';
    expect(who(body, '2024-05-02')).toEqual(['سامر الحديثي 2024-05-01']);
  });
  it('«المنتهية ولايته» after an office keeps its holder', () => {
    expect(new Offices(offices).find('رئيس الوزراء العراقي المنتهية ولايته')?.id).toBe('iraq-prime-minister');
  });
});

describe('phrases that are not names', () => {
  it.each(['وقالت أمهات الضحايا إن الانتظار طال.', 'وقال أمريكيون مقيمون في بغداد إن الوضع هادئ.'])('%s', (sentence) => {
    expect(who(sentence, '2024-05-02')).toEqual([]);
  });
  it('the noun of speech nearest «أن» is the speaker', () => {
    expect(who('وتأتي تصريحات السوداني بعد إعلان وزارة الدفاع الأمريكية أن القوات ستبقى.', '2024-05-02')).toEqual([
      'وزارة الدفاع الأمريكية 2024-05-02',
    ]);
  });
  it('«بيان لـ X» with a space after لـ', () => {
    expect(who('وذكر بيان لـ وزارة الدفاع العراقية أن القاعدة سلمت.', '2026-01-17')).toEqual(['وزارة الدفاع العراقية 2026-01-17']);
  });
});

describe('dates', () => {
  it('«من العام الماضي» gives last year; «المقبل» is a plan', () => {
    expect(resolveDate('في 20 مارس من العام الماضي قال', '2024-01-10', '2024-01-10')?.date).toBe('2023-03-20');
    expect(resolveDate('في 20 نوفمبر المقبل', '2024-01-10', '2024-01-10')).toBeUndefined();
  });
  it('a span before another event does not count back from today', () => {
    expect(resolveDate('قبل يومين من الانتخابات قال', '2024-01-10', '2024-01-10')).toBeUndefined();
    expect(resolveDate('قبل شهر رمضان قال', '2024-01-10', '2024-01-10')).toBeUndefined();
  });
  it('«سابقاً» after an office means "formerly": the paragraph’s date still counts', () => {
    expect(resolveDate('هوشيار زيباري، وزير الخارجية سابقا، أمس', '2024-01-10', '2024-01-10')?.date).toBe('2024-01-09');
  });
});

describe('the importer', () => {
  const LEDE = 'نفت وزارة الدفاع العراقية، الليلة الماضية، وجود أي اتفاق جديد على بقاء القوات الأجنبية بعد نهاية العام الحالي.';
  const flags = { outlet: 'مثال نيوز', published: '2025-03-04' };
  it('drops a listed headline that ends with a quote', () => {
    const text = [
      LEDE,
      'اقرأ أيضاً',
      'الوزير يؤكد: "لا حاجة للقوات القتالية"',
      'وأضافت الوزارة في بيانها أن المفاوضات الفنية ما زالت جارية.',
    ].join('\n');
    expect(readArticleText('a.md', importArticle(text, flags).markdown).body).not.toContain('لا حاجة للقوات');
  });
  it('takes «مساء» whole from a time stamp', () => {
    const text = `آخر تحديث: 1 أكتوبر 2024 - 10:39 مساء\nالوزارة: لا اتفاق على بقاء القوات\n${LEDE}`;
    expect(readArticleText('a.md', importArticle(text, flags).markdown).title).toBe('الوزارة: لا اتفاق على بقاء القوات');
  });
});

describe('another country’s office never takes the Iraqi one', () => {
  it('«رئيس الوزراء العراقي» after «رئيس الوزراء الإسرائيلي X» is still Iraq’s', () => {
    const body = 'قال رئيس الوزراء الإسرائيلي سامر الحديثي أمس إن بلاده تراقب.\n\nوأكد رئيس الوزراء العراقي أن الحوار مستمر.';
    // The Iraqi PM's undated words fall on the story's day, the one its lede tells of.
    expect(who(body, '2024-05-02')).toEqual(['سامر الحديثي 2024-05-01', 'محمد شياع السوداني 2024-05-01']);
  });
});
