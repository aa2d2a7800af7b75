/**
 * Search with readers' own queries (issue 17), in a small index of sentences
 * written for it: a foreign name in any of the spellings Arabic gives it, two
 * names at once, the place an article was filed from, a match on the speaker
 * that the card shows, and a date range typed backwards.
 */
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/lib/arabic/normalize.ts';
import type { Statement } from '../../src/lib/extract/types.ts';
import type { SearchSpeaker } from '../../src/lib/search/head-file.ts';
import type { SearchHit } from '../../src/lib/search/engine.ts';
import { buildSearchFiles } from '../../src/lib/search/files.ts';
import { nameWords } from '../../src/lib/search/name-words.ts';
import { namedSpeakers } from '../../src/lib/search/names.ts';
import { skeleton } from '../../src/lib/arabic/spelling.ts';
import type { Source } from '../../src/lib/site/exports.ts';
import type { SpeakerProfile } from '../../src/lib/site/speakers.ts';
import { engineOver, statementBy } from './search-helpers.ts';

const people: SearchSpeaker[] = [
  {
    id: 'rania-singh',
    name: 'رانيا سينغ',
    nameEn: 'Rania Singh',
    aliases: ['سينغ'],
    side: 'us',
    roleEn: 'Deputy Pentagon Press Secretary',
  },
  { id: 'vikram-patel', name: 'فيكرام باتيل', nameEn: 'Vikram Patel', side: 'us' },
  { id: 'paul-gardner', name: 'بول غاردنر', nameEn: 'Paul Gardner', side: 'coalition' },
  { id: 'david-pelosi', name: 'ديفيد بيلوسي', nameEn: 'David Pelosi', side: 'us' },
  { id: 'greg-mackenzie', name: 'غريغ ماكنزي', nameEn: 'Greg MacKenzie', aliases: ['ماكنزي'], side: 'us' },
  { id: 'ali-sudani', name: 'علي السوداني', nameEn: 'Ali al-Sudani', side: 'iraq', role: 'رئيس مجلس المحافظة' },
  { id: 'salim-abdulrahman', name: 'سليم عبد الرحمن', nameEn: 'Salim Abdul Rahman', aliases: ['عبدالرحمن'], side: 'iraq' },
];
const profiles = people.map((p): SpeakerProfile => ({ aliases: [], ...p, provisional: false, statements: [] }));

/** A statement by the person at `who`, in article `article`. */
const said = (id: string, date: string, who: number, text: string, article = 'a'): Statement =>
  statementBy(id, date, people[who], text, article);
const statements = [
  said('singh', '2021-03-02', 0, 'قالت المتحدثة إن الجنود باقون في القواعد حتى إشعار آخر.'),
  said('patel', '2021-05-11', 1, 'أوضح المسؤول أن الحوار مع بغداد يتقدم بخطى ثابتة.'),
  said('gardner', '2022-01-20', 2, 'أشار القائد إلى أن المستشارين سيبقون لتدريب الوحدات العراقية.'),
  said('pelosi', '2022-06-08', 3, 'دعا رئيس اللجنة إلى جدول واضح لإعادة الجنود إلى بلادهم.'),
  said('mackenzie', '2023-02-14', 4, 'قال الجنرال إن الانسحاب سيجري على مراحل مدروسة.'),
  said('sudani', '2023-09-30', 5, 'أكد رئيس المجلس أن الانسحاب مطلب شعبي ورسمي في المحافظة.', 'b'),
  said('sudani-2', '2024-04-03', 5, 'رحب المسؤول المحلي بزيارة الوفد الحكومي إلى المحافظة.', 'b'),
  said('abdulrahman', '2024-07-19', 6, 'شدد النائب على حماية المنشآت النفطية في الجنوب.'),
];
const sources = new Map<string, Source>([
  ['a', { slug: 'a', title: 'تصريحات حول مستقبل القوات', outlet: 'وكالة الشمال', published: '2024-07-19' }],
  ['b', { slug: 'b', title: 'مجلس المحافظة يناقش الملف الأمني', outlet: 'إذاعة الرافدين', dateline: 'الناصرية', published: '2024-04-03' }],
]);
const files = buildSearchFiles(statements, sources, profiles);
const { engine } = engineOver(files);
const search = (q: string, facets = {}) => engine.search({ q, ...facets }, 100);
const ids = async (q: string, facets = {}) => (await search(q, facets)).hits.map((h) => h.doc.id);
const marks = (segments: SearchHit['name'] | undefined) => (segments ?? []).filter((s) => s.mark).map((s) => s.text);

describe('a foreign name in the spelling a reader types', () => {
  // [as registered, as a reader may type it]: g as ج غ ق ك گ, v as ف ڤ, p as ب پ, long vowels written or not.
  const PAIRS: [registered: string, typed: string, id: string][] = [
    ['سينغ', 'سينج', 'singh'],
    ['سينغ', 'سينق', 'singh'],
    ['سينغ', 'سينك', 'singh'],
    ['سينغ', 'سنغ', 'singh'],
    ['سينغ', 'سنج', 'singh'],
    ['فيكرام', 'ڤيكرام', 'patel'],
    ['فيكرام', 'فيكرم', 'patel'],
    ['باتيل', 'پاتيل', 'patel'],
    ['باتيل', 'پتيل', 'patel'],
    ['غاردنر', 'جاردنر', 'gardner'],
    ['غاردنر', 'قاردنر', 'gardner'],
    ['غاردنر', 'گاردنر', 'gardner'],
    ['غاردنر', 'كاردنر', 'gardner'],
    ['ديفيد', 'ديڤيد', 'pelosi'],
    ['ديفيد', 'دافيد', 'pelosi'],
    ['بيلوسي', 'پيلوسي', 'pelosi'],
    ['بيلوسي', 'بلوسي', 'pelosi'],
    ['غريغ', 'جريج', 'mackenzie'],
    ['غريغ', 'قريق', 'mackenzie'],
    ['ماكنزي', 'ماكينزي', 'mackenzie'],
    ['ماكنزي', 'ماكنزى', 'mackenzie'],
  ];

  it.each(PAIRS)('%s, typed «%s», has the same skeleton and finds the speaker first, the name marked', async (registered, typed, id) => {
    expect(skeleton(normalizeArabic(typed))).toBe(skeleton(normalizeArabic(registered)));
    const { hits } = await search(typed);
    expect(hits[0]?.doc.id).toBe(id);
    expect(marks(hits[0]?.name).map(normalizeArabic)).toEqual([normalizeArabic(registered)]);
  });

  it('does not fold ordinary words into names: a word that only shares letters names nobody', () => {
    const words = nameWords(files.head.speakers);
    for (const word of ['قال', 'سنة', 'جدول', 'بغداد', 'الجنود', 'كاردينال', 'بولندا'])
      expect(namedSpeakers([normalizeArabic(word)], words).size, word).toBe(0);
  });
});

describe('several names and other words', () => {
  it('two names are alternatives: each speaker’s statements are found', async () => {
    expect(new Set(await ids('السوداني ماكنزي'))).toEqual(new Set(['sudani', 'sudani-2', 'mackenzie']));
    expect(new Set(await ids('ماكينزي سينج'))).toEqual(new Set(['mackenzie', 'singh']));
  });

  it('every other word is required, with any of the names', async () => {
    expect(new Set(await ids('السوداني ماكنزي الانسحاب'))).toEqual(new Set(['sudani', 'mackenzie']));
    expect(await ids('السوداني الوفد')).toEqual(['sudani-2']);
    expect(await ids('السوداني ماكنزي بطاطا')).toEqual([]);
  });
});

describe('where the article was filed from, and by whom', () => {
  it('finds the statements of an article by its dateline and by its outlet', async () => {
    expect(new Set(await ids('الناصرية'))).toEqual(new Set(['sudani', 'sudani-2']));
    expect(new Set(await ids('الرافدين'))).toEqual(new Set(['sudani', 'sudani-2']));
  });
});

describe('a hit found by its speaker shows why', () => {
  it('a word of the English role: the English role is shown beside the Arabic, the word marked', async () => {
    const { hits } = await search('Pentagon');
    expect(hits.map((h) => h.doc.id)).toEqual(['singh']);
    expect(marks(hits[0]?.roleEn)).toEqual(['Pentagon']);
    expect(marks(hits[0]?.role)).toEqual([]);
  });

  it('a word of the Arabic role: the role is shown, marked', async () => {
    const [hit] = (await search('المحافظة الوفد')).hits;
    expect(hit?.doc.id).toBe('sudani-2');
    expect(marks(hit?.role)).toEqual(['المحافظة']);
    expect(hit?.roleEn).toBeUndefined();
  });

  it('a registered spelling the shown name does not hold: that spelling is shown, marked', async () => {
    const [hit] = (await search('عبدالرحمن')).hits;
    expect(hit?.doc.id).toBe('abdulrahman');
    expect(marks(hit?.alias)).toEqual(['عبدالرحمن']);
  });

  it('a name with a slip is marked on the name shown, and nothing else is added', async () => {
    const [hit] = (await search('بيلوزي')).hits;
    expect(hit?.doc.id).toBe('pelosi');
    expect(marks(hit?.name)).toEqual(['بيلوسي']);
    expect(hit?.alias).toBeUndefined();
    expect(marks(hit?.role)).toEqual([]);
    expect(hit?.roleEn).toBeUndefined();
  });
});

describe('dates', () => {
  it('a range typed backwards (from after to) is read forwards', async () => {
    const forwards = await ids('', { from: '2022-01-01', to: '2023-12-31' });
    expect(new Set(forwards)).toEqual(new Set(['gardner', 'pelosi', 'mackenzie', 'sudani']));
    expect(await ids('', { from: '2023-12-31', to: '2022-01-01' })).toEqual(forwards);
    const { range } = await search('الانسحاب', { from: '2023-12-31', to: '2022-01-01' });
    expect(range).toEqual({ from: '2022-01-01', to: '2023-12-31' });
  });
});
