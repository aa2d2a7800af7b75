import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/articles.ts';
import { extractCorpus } from '../../src/lib/extract/corpus.ts';
import { extract, speakers } from './helpers.ts';

const ids = (body: string, published: string) => extract(body, published).statements.map((s) => `${s.id} ¶${s.paragraphs.join(',')}`);

describe('merging', () => {
  it('makes one statement of one speaker on one day, with every quote', () => {
    const body = 'قال السوداني أمس إن "الحوار مستمر مع واشنطن". وأضاف أن "القرار عراقي بالكامل".\n\nوتابع: "لن نقبل بوجود دائم".';
    const [s, ...rest] = extract(body, '2024-01-10').statements;
    expect(rest).toEqual([]);
    expect(s).toMatchObject({
      id: '2024-01-09-mohammed-shia-al-sudani',
      quotes: ['الحوار مستمر مع واشنطن', 'القرار عراقي بالكامل', 'لن نقبل بوجود دائم'],
      paragraphs: [1, 2],
    });
  });
  it("folds an institution's lede into its spokesperson's statement that day", () => {
    const body =
      'أكدت وزارة الدفاع الأميركية (البنتاغون)، أن لبلادها قوات في العراق.\n\nوقالت نائب المتحدث باسم البنتاغون سابرينا سينغ، اليوم الخميس: "لدينا قوات في العراق".';
    expect(ids(body, '2024-08-15')).toEqual(['2024-08-15-sabrina-singh ¶1,2']);
  });
  it('keeps two speakers apart, and one speaker on two days apart', () => {
    const body =
      'قال السوداني اليوم إن الحوار مستمر.\n\nوقال رايدر أمس إن القوات باقية.\n\nوكان السوداني قد قال الإثنين الماضي إن الانسحاب ضروري.';
    expect(ids(body, '2024-01-10').sort()).toEqual([
      '2024-01-08-mohammed-shia-al-sudani ¶3',
      '2024-01-09-patrick-ryder ¶2',
      '2024-01-10-mohammed-shia-al-sudani ¶1',
    ]);
  });
  it('من جانبه brings in a new speaker instead of continuing the last one', () => {
    const body = 'قال السوداني اليوم إن الحوار مستمر. ومن جانبه، قال رايدر إن القوات باقية.';
    expect(ids(body, '2024-01-10').sort()).toEqual(['2024-01-10-mohammed-shia-al-sudani ¶1', '2024-01-10-patrick-ryder ¶1']);
  });
  it('drops what anonymous sources say, and does not hand it to the previous speaker', () => {
    const body = 'قال السوداني اليوم إن الحوار مستمر.\n\nوذكرت مصادر مطلعة أن الانسحاب سيبدأ. وأضافت أن الموعد سري.';
    expect(ids(body, '2024-01-10')).toEqual(['2024-01-10-mohammed-shia-al-sudani ¶1']);
  });
  it('leaves events that are not statements out (a verb that does not report speech)', () => {
    expect(extract('أصدرت قيادة العمليات المشتركة بياناً. وعقدت بغداد وواشنطن جولتين من الحوار.', '2021-12-10').statements).toEqual([]);
  });
  it('rejects a subject-first reading that does not open with a name or a title', () => {
    expect(
      extract('وما أعقب ذلك من حرب مدمرة تشنها إسرائيل في قطاع غزة وتقول إنها تهدف إلى القضاء على الحركة.', '2024-08-15').statements,
    ).toEqual([]);
  });
});

describe('two speakers, one sentence; surnames', () => {
  it('splits "…، فيما أكد Y أن …" and gives each speaker their own words', () => {
    const { statements } = extract(
      'وقال وزير الدفاع العراقي ثابت العباسي إن القوات جاهزة، فيما أكد رئيس أركان الجيش عبد الأمير يارالله أن "الخطط جاهزة للتنفيذ الآن".',
      '2026-03-12',
    );
    expect(statements.map((s) => [s.speaker.name, s.quotes])).toEqual([
      ['ثابت العباسي', []],
      ['عبد الأمير يارالله', ['الخطط جاهزة للتنفيذ الآن']],
    ]);
  });
  it('follows a new speaker by a surname with ال', () => {
    const body =
      'قال الناطق باسم الحكومة باسم العوادي اليوم إن الحوار مستمر.\n\nوقال العوادي إن الحكومة لن تكرر الخطأ.\n\nوأكد العوادي أن الاتفاق قريب.';
    expect(ids(body, '2026-03-12')).toEqual(['2026-03-12-basim-al-awadi ¶1,2,3']);
  });
  it('reads "وردّ X على سؤال … بالقول" as X speaking', () => {
    const [s] = extract(
      'وردّ المتحدث باسم الحكومة العراقية باسم العوادي على سؤال لأحد الصحفيين بالقول إن "القرار عراقي بالكامل".',
      '2026-03-12',
    ).statements;
    expect(s?.speaker.name).toBe('باسم العوادي');
  });
  it('does not give an unnamed answer to a question to the previous speaker', () => {
    const body = 'قال السوداني اليوم إن الحوار مستمر.\n\nوسأل صحفي المتحدث عما إذا كان الموعد قد حدد، فأجاب: "لا تعليق لدينا الآن".';
    expect(ids(body, '2026-03-12')).toEqual(['2026-03-12-mohammed-shia-al-sudani ¶1']);
  });
  it('does not date a statement by the weekday of an event it comments on', () => {
    const [s] = extract('قال المتحدث باسم البنتاغون شون بارنيل، تعليقا على هجوم الأحد، إن القوات سترد.', '2026-03-12').statements;
    expect(s).toMatchObject({ date: '2026-03-12', dateBasis: 'published' });
  });
});

describe('dates', () => {
  it("carries a speaker's first date to later mentions without one", () => {
    const body = 'وقال فيدانت باتيل لرووداو، يوم الأربعاء (14 آب 2024): "عقدنا اجتماعات".\n\nوأضاف باتيل: "لم نناقش الانسحاب".';
    expect(ids(body, '2024-08-15')).toEqual(['2024-08-14-vedant-patel ¶1,2']);
  });
  it('lets an undated first mention take the date the speaker is given later', () => {
    const body =
      'يشار إلى أن نائب المتحدث باسم وزارة الخارجية الأميركية أفاد بأن بلاده لم تناقش الانسحاب.\n\nوقال فيدانت باتيل، يوم الأربعاء (14 آب 2024): "عقدنا اجتماعات".';
    expect(ids(body, '2024-08-15')).toEqual(['2024-08-14-vedant-patel ¶1,2']);
  });
  it('falls back to the publication day, and says so', () => {
    const [s] = extract('وقال ماكنزي إن القوات باقية.', '2021-12-10T13:45').statements;
    expect(s).toMatchObject({ date: '2021-12-10', dateBasis: 'published', dateEvidence: '' });
  });
  it('records how the date was fixed', () => {
    const [s] = extract('وقال السوداني لـ"رويترز"، في مقابلة ببغداد أمس الثلاثاء، إن هناك حاجة لإعادة التنظيم.', '2024-01-10').statements;
    expect(s).toMatchObject({ date: '2024-01-09', datePrecision: 'day', dateBasis: 'relative', dateEvidence: 'أمس الثلاثاء' });
  });
  it('warns, with the paragraph, when a weekday contradicts the date', () => {
    const { warnings } = extract('تمهيد.\n\nوقال السوداني يوم الاثنين (10 كانون الأول 2023) إن الحوار مستمر.', '2024-01-10');
    expect(warnings).toEqual([
      expect.objectContaining({ article: 'test-article', paragraph: 2, message: expect.stringMatching(/weekday/) }),
    ]);
  });
});

describe('ids', () => {
  it("number a speaker's statements on one day across articles in publication order", () => {
    const a = { slug: 'a', filePath: 'a.md', published: '2024-01-10T09:00', body: 'قال السوداني اليوم إن الحوار مستمر.' };
    const b = { slug: 'b', filePath: 'b.md', published: '2024-01-10T18:00', body: 'قال السوداني اليوم إن الانسحاب ضروري.' };
    const forward = extractCorpus([a, b], speakers).statements.map((s) => `${s.article}:${s.id}`);
    const backward = extractCorpus([b, a], speakers).statements.map((s) => `${s.article}:${s.id}`);
    expect(forward).toEqual(['a:2024-01-10-mohammed-shia-al-sudani', 'b:2024-01-10-mohammed-shia-al-sudani-2']);
    expect(backward).toEqual(forward);
  });
  it('give a speaker the registry does not know a Latin id from the name', () => {
    const [s] = extract('وقال وزير الخارجية البلجيكي ماكسيم فان ديرفيلد اليوم إن باريس تدعم الحوار.', '2024-03-14').statements;
    expect(s?.id).toMatch(/^2024-03-14-[a-z0-9-]+$/);
    expect(s?.speaker).toMatchObject({ name: 'ماكسيم فان ديرفيلد', role: 'وزير الخارجية البلجيكي', provisional: true });
  });
});

describe('editorial overrides', () => {
  const body = 'قال السوداني اليوم إن الحوار مستمر.\n\nوقال رايدر أمس إن القوات باقية.';
  it('drop a statement, fix a speaker or a date, add a missed one', () => {
    const { statements } = extract(body, '2024-01-10', {
      overrides: {
        drop: ['2024-01-09-patrick-ryder'],
        fix: [{ id: '2024-01-10-mohammed-shia-al-sudani', date: '2024-01-08' }],
        add: [{ speaker: 'sabrina-singh', date: '2024-01-07', paragraph: 2, quote: 'لا تعليق' }],
      },
    });
    expect(statements.map((s) => s.id).sort()).toEqual(['2024-01-07-sabrina-singh', '2024-01-08-mohammed-shia-al-sudani']);
    expect(statements.find((s) => s.speaker.id === 'mohammed-shia-al-sudani')).toMatchObject({
      dateBasis: 'explicit',
      dateEvidence: 'editorial correction',
    });
  });
  it('leave every other statement its id (a correction never moves another URL)', () => {
    const two = 'قال السوداني اليوم إن الحوار مستمر.\n\nوقال السوداني اليوم أيضاً إن الانسحاب قريب.';
    const a = { slug: 'a', filePath: 'a.md', published: '2024-01-10T09:00', body: 'قال السوداني اليوم إن الحوار مستمر.' };
    const b = { slug: 'b', filePath: 'b.md', published: '2024-01-10T18:00', body: two, overrides: {} };
    expect(extractCorpus([a, b], speakers).statements.map((s) => s.id)).toEqual([
      '2024-01-10-mohammed-shia-al-sudani',
      '2024-01-10-mohammed-shia-al-sudani-2',
    ]);
    const dropped = extractCorpus([{ ...a, overrides: { drop: ['2024-01-10-mohammed-shia-al-sudani'] } }, b], speakers).statements;
    expect(dropped.map((s) => s.id)).toEqual(['2024-01-10-mohammed-shia-al-sudani-2']);
  });
  it('stop with the file and the reason on an unknown speaker or an id that matches nothing', () => {
    expect(() => extract(body, '2024-01-10', { overrides: { add: [{ speaker: 'nobody', date: '2024-01-07', paragraph: 1 }] } })).toThrow(
      ContentError,
    );
    expect(() => extract(body, '2024-01-10', { overrides: { add: [{ speaker: 'nobody', date: '2024-01-07', paragraph: 1 }] } })).toThrow(
      /content\/articles\/test-article\.md: overrides: unknown speaker "nobody"/,
    );
    expect(() => extract(body, '2024-01-10', { overrides: { drop: ['2020-01-01-nobody'] } })).toThrow(
      /overrides\.drop: no statement "2020-01-01-nobody"/,
    );
    expect(() => extract(body, '2024-01-10', { overrides: { fix: [{ id: 'x', speaker: 'patrick-ryder' }] } })).toThrow(
      /overrides\.fix: no statement "x"/,
    );
  });
});
