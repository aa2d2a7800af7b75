import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/lib/arabic/normalize.ts';
import { importArticle, ImportError, type ImportOptions } from '../../src/lib/import/article.ts';

const seedsDir = new URL('../fixtures/seeds/', import.meta.url);
const seeds: { raw: string; flags: ImportOptions; article: string }[] = JSON.parse(readFileSync(new URL('seeds.json', seedsDir), 'utf8'));
const raw = (name: string) => readFileSync(new URL(name, seedsDir), 'utf8');
const seed = (prefix: string) => {
  const s = seeds.find((x) => x.raw.startsWith(prefix));
  if (!s) throw new Error(prefix);
  return { ...s, text: raw(s.raw), result: importArticle(raw(s.raw), { ...s.flags, sourceName: s.raw }) };
};
const body = (markdown: string) => markdown.slice(markdown.indexOf('\n---\n') + 5);

/** An article in the shape scrapers hand us: headline, header lines, body. */
const article = (...lines: string[]) => lines.join('\n');
const LEDE = 'قال المتحدث باسم الحكومة العراقية إن المفاوضات مع واشنطن بشأن انسحاب القوات مستمرة حتى الآن.';

describe('importing the seeds', () => {
  it.each(seeds.map((s) => [s.raw, s]))('%s gives the committed article, byte for byte', (_, s) => {
    const { fileName, markdown } = importArticle(raw(s.raw), { ...s.flags, sourceName: s.raw });
    expect(fileName).toBe(s.article);
    expect(markdown).toBe(readFileSync(new URL(`../../content/articles/${s.article}`, import.meta.url), 'utf8'));
  });

  it('is idempotent: the same raw text twice gives the same bytes', () => {
    const s = seed('001');
    expect(importArticle(s.text, s.flags).markdown).toBe(importArticle(s.text, s.flags).markdown);
  });

  it('keeps every sentence of every seed', () => {
    for (const s of seeds) {
      const out = normalizeArabic(importArticle(raw(s.raw), s.flags).markdown.replace(/\\/g, ''));
      const sentences = raw(s.raw)
        .split('\n')
        .filter((line) => line.trim().split(/\s+/).length >= 8 && !line.startsWith('علق كضيف')) // the one long widget line
        .map((line) => normalizeArabic(line.replace(/^.*?\(كوردستان 24\)-\s*/, '')));
      for (const sentence of sentences) expect(out, `${s.raw}: lost "${sentence.slice(0, 40)}"`).toContain(sentence);
    }
  });

  it('writes Latin-only file names', () => {
    for (const s of seeds) expect(s.article).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md$/);
  });
});

describe('seed 000 (Kurdistan 24, no date in the text)', () => {
  it('refuses to guess the date and asks for --published', () => {
    expect(() => importArticle(raw('000_4ee691c74b9c8436.txt'))).toThrow(/--published/);
  });
  it('reads outlet and dateline from "أربيل (كوردستان 24)-" and strips them from the paragraph', () => {
    const { markdown } = seed('000').result;
    expect(markdown).toContain('outlet: كوردستان 24\ndateline: أربيل\n');
    expect(body(markdown)).not.toContain('(كوردستان 24)-');
  });
});

describe('seed 001 (IQ News header lines)', () => {
  const { result } = seed('001');
  it('reads 10-12-2021, 13:45 as 10 December 2021 at 13:45', () => {
    expect(result.markdown).toContain('published: 2021-12-10T13:45\n');
  });
  it('drops the section label, the view counter and the dateline line', () => {
    const text = body(result.markdown);
    expect(text).not.toMatch(/^(- )?(سياسة|811)$/m);
    expect(text).not.toContain('بغداد - IQ');
    expect(result.markdown).toContain('outlet: IQ News\ndateline: بغداد\n');
  });
});

describe('seed 002 (Rudaw, first line is the outlet)', () => {
  const { result } = seed('002');
  it('derives a title from the lede and marks it', () => {
    expect(result.markdown).toMatch(
      /^---\ntitle: أكدت وزارة الدفاع الأميركية \(البنتاغون\)، أن لبلادها قوات في العراق\ntitleDerived: true\noutlet: رووداو\n/,
    );
  });
  it('takes the date from "اليوم الخميس (15 آب 2024)"', () => {
    expect(result.markdown).toContain('published: 2024-08-15\n');
  });
  it('strips the comment widget', () => {
    expect(result.markdown).not.toMatch(/^(تعليقات|علق كضيف.*|أضف تعليقاً)$/m);
  });
});

describe('seed 003 (ambiguous 9/10/2021)', () => {
  it("settles the date by the text's Thursday: 10 September 2021, with no time (the page's «00:00» is a placeholder)", () => {
    expect(seed('003').result.markdown).toContain('published: 2021-09-10\n');
  });
  it('asks for --outlet, since the text names none', () => {
    expect(() => importArticle(raw('003_5ea341804dc68234.txt'))).toThrow(/--outlet/);
  });
  it('drops the counters, the picture placeholder and the share label', () => {
    const text = body(seed('003').result.markdown);
    expect(text).not.toMatch(/news-picture|مشاركة|•/);
    expect(text.trim().split('\n\n')).toHaveLength(1);
  });
  it('without the Thursday, refuses to read 9/10/2021 either way', () => {
    const text = raw('003_5ea341804dc68234.txt').replace('اليوم (الخميس)', 'اليوم');
    expect(() => importArticle(text, { outlet: 'unknown' })).toThrow(/9\/10\/2021.*--published/);
  });
});

describe('seed 004 (Al-Ain, tracking string)', () => {
  const { result } = seed('004');
  it('removes the base64 tracking string and the site tag, and no IP address survives', () => {
    expect(result.markdown).not.toContain('aXA6IDEzLjU4LjM4LjE4NCA=');
    expect(result.markdown).not.toContain('جزيرة ام اند امز');
    expect(result.markdown).not.toMatch(/\b\d{1,3}(\.\d{1,3}){3}\b/);
  });
  it('keeps the subheading as a heading', () => {
    expect(result.markdown).toContain('\n## رد واشنطن\n');
  });
  it('asks for --published: "أمس الثلاثاء" is relative, not a date', () => {
    expect(() => importArticle(raw('004_0d4a704cb29f1de7.txt'), { outlet: 'al-ain' })).toThrow(/--published/);
  });
});

describe('publication date forms in header lines', () => {
  it.each([
    ['الخميس 20 اغسطس 2020', '2020-08-20'],
    ['13-2-2026 | 17:31', '2026-02-13T17:31'],
    ['15 آب 2024', '2024-08-15'],
    ['- ١٠-١٢-٢٠٢١، ١٣:٤٥', '2021-12-10T13:45'],
    ['• ١٥ آب ٢٠٢٤', '2024-08-15'],
    ['2024-01-10 08:05', '2024-01-10T08:05'],
    ['١٣-٢-٢٠٢٦ | ١٧:٣١', '2026-02-13T17:31'],
    ['آخر تحديث: الأحد 15 مارس 2026', '2026-03-15'],
    ['نشر في 13-2-2026 | 17:31', '2026-02-13T17:31'],
    ['13-2-2026 | 5:31 م', '2026-02-13T17:31'],
    ['الأحد 15 مارس 2026 - 10:45 ص', '2026-03-15T10:45'],
    ['2026/02/13 17:31', '2026-02-13T17:31'],
    // A page prints «00:00» for an article stored without a time: the day alone, no made-up time.
    ['13-2-2026 | 00:00', '2026-02-13'],
    ['13-2-2026 | 12:00 ص', '2026-02-13T00:00'],
  ])('%s → %s', (line, published) => {
    const { markdown } = importArticle(article('عنوان الخبر', line, LEDE), { outlet: 'rudaw' });
    expect(markdown).toContain(`published: ${published}\n`);
  });

  it('takes no time from a next header line that only holds the placeholder «00:00»', () => {
    const { markdown } = importArticle(article('عنوان الخبر', '• 13/2/2026', '• 00:00', LEDE), { outlet: 'rudaw' });
    expect(markdown).toContain('published: 2026-02-13\n');
  });

  it('takes the time from the next header line when the date line has none', () => {
    const { markdown } = importArticle(article('عنوان الخبر', '• 13/2/2026', '• 09:30', LEDE), { outlet: 'rudaw' });
    expect(markdown).toContain('published: 2026-02-13T09:30\n');
  });

  it('prefers --published over anything in the text, and rejects a malformed one', () => {
    expect(importArticle(article('عنوان', '15 آب 2024', LEDE), { outlet: 'rudaw', published: '2024-08-16' }).markdown).toContain(
      'published: 2024-08-16\n',
    );
    expect(() => importArticle(article('عنوان', LEDE), { outlet: 'rudaw', published: '16/8/2024' })).toThrow(ImportError);
  });

  it('does not take a date the text gives for another day ("يوم الأربعاء (14 آب 2024)")', () => {
    const text = article('عنوان', 'وقال باتيل يوم الأربعاء (14 آب 2024) إن المحادثات مستمرة مع الحكومة العراقية.');
    expect(() => importArticle(text, { outlet: 'rudaw' })).toThrow(/--published/);
  });
});

describe('outlets and datelines', () => {
  it('detects an outlet named in a dateline, known or not', () => {
    const known = importArticle(article('عنوان', '15 آب 2024', `بغداد (رووداو) - ${LEDE}`));
    expect(known.fileName).toMatch(/^2024-08-15-rudaw-/);
    const unknown = importArticle(article('عنوان', '15 آب 2024', `القاهرة (Ahram Online) - ${LEDE}`));
    expect(unknown.markdown).toContain('outlet: Ahram Online\ndateline: القاهرة\n');
    expect(unknown.fileName).toMatch(/^2024-08-15-ahram-online-/);
  });
  it('lets --outlet win over the text', () => {
    expect(importArticle(raw('001_60e51586141a30cf.txt'), { outlet: 'Reuters' }).markdown).toContain('outlet: رويترز\n');
  });
});

describe('nothing of the article is lost', () => {
  const LONG = 'وأكد المتحدث أن المفاوضات بين بغداد وواشنطن مستمرة منذ أشهر طويلة دون نتيجة واضحة.';
  it('keeps a short standfirst with a number after the headline', () => {
    const md = importArticle(article('عنوان الخبر', 'واشنطن تسحب 2500 جندي من العراق', '15 آب 2024', LONG), { outlet: 'rudaw' }).markdown;
    expect(body(md)).toContain('واشنطن تسحب 2500 جندي من العراق');
    expect(md).toContain('published: 2024-08-15');
  });
  it('keeps a sentence that shares its line with a tracking token, and drops the token and the site tag', () => {
    const md = importArticle(
      article('عنوان', '15 آب 2024', LONG, 'وتنشر واشنطن 2500 عسكري في العراق aXA6IDEzLjU4LjM4LjE4NCA= جزيرة ام اند امز'),
      { outlet: 'rudaw' },
    ).markdown;
    expect(body(md)).toContain('وتنشر واشنطن 2500 عسكري في العراق');
    expect(md).not.toMatch(/aXA6|جزيرة ام اند امز/);
  });
  it('reads a dateline only where a dateline stands', () => {
    const md = importArticle(article('عنوان', '15 آب 2024', LONG, 'مصدر أمني (خاص): القوات الأمريكية ستغادر القاعدة خلال أيام قليلة.'), {
      outlet: 'rudaw',
    }).markdown;
    expect(body(md)).toContain('مصدر أمني (خاص): القوات الأمريكية');
  });
  it('does not turn a short sentence with a colon or a reporting verb into a heading', () => {
    const md = importArticle(article('عنوان', '15 آب 2024', LONG, 'وأضاف بارنيل: لن نغادر', LONG.replace('وأكد', 'وقال')), {
      outlet: 'rudaw',
    }).markdown;
    expect(md).not.toContain('## وأضاف');
  });
  it('takes the headline from the line after an outlet-name first line', () => {
    const md = importArticle(article('العين الإخبارية', 'العراق يطالب بجدول زمني للانسحاب', 'الأحد 15 مارس 2026 - 10:45', LONG)).markdown;
    expect(md).toMatch(/^---\ntitle: العراق يطالب بجدول زمني للانسحاب\noutlet: العين الإخبارية\npublished: 2026-03-15T10:45\n/);
  });
  it('drops labelled counters and more widget lines, and reads "المصدر:" as the outlet', () => {
    const md = importArticle(
      article('عنوان', '15 آب 2024', '٢٣٤٥ مشاهدة', LONG, 'أضف تعليقك', 'شارك على فيسبوك', 'المصدر: وكالة الأنباء العراقية'),
    ).markdown;
    expect(body(md).trim()).toBe(LONG);
    expect(md).toContain('outlet: وكالة الأنباء العراقية');
  });
});

describe('hostile and odd text', () => {
  it('escapes Markdown and HTML in scraped text instead of obeying it', () => {
    const text = article(
      'عنوان <script>alert(1)</script>',
      '15 آب 2024',
      `${LEDE} <img src=x onerror=alert(1)> *مهم* [رابط](javascript:alert(1))`,
    );
    const md = body(importArticle(text, { outlet: 'rudaw' }).markdown);
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).toContain('\\*مهم\\*');
    expect(md).not.toMatch(/(?<!\\)\[رابط\]/);
  });
  it('keeps a paragraph that starts like a list item as a paragraph', () => {
    const text = article('عنوان', '15 آب 2024', LEDE, '- وهذه جملة تبدأ بشرطة لكنها جزء من نص المقال الأصلي.');
    expect(body(importArticle(text, { outlet: 'rudaw' }).markdown)).toContain('\\- وهذه جملة');
  });
  it('fails with a reason on text with no article in it', () => {
    expect(() => importArticle('\n\n   \n', { outlet: 'rudaw', published: '2024-01-01' })).toThrow(/the file is empty/);
    expect(() => importArticle('عنوان\nشارك\n٢٣٤٥ مشاهدة\n', { outlet: 'rudaw', published: '2024-01-01' })).toThrow(/no article text/);
  });
});

describe('a paragraph that a bullet opens', () => {
  it('is kept as a paragraph without its bullet; a short bullet line stays page metadata', () => {
    const raw =
      'واشنطن ترد على بغداد\n\n• 1200 مشاهدة\n\n▪️بعد ساعات من حديث رئيس الوزراء عن الحوار مع التحالف، ردت السفارة الأمريكية في بغداد مؤكدة أن القوات باقية في إطار الاتفاق.\n\nوأضافت السفارة أن الحوار مستمر.';
    const md = importArticle(raw, { outlet: 'test', published: '2022-11-02', url: 'https://example.com/a', sourceName: 'a.txt' }).markdown;
    expect(md).toContain('\n\nبعد ساعات من حديث رئيس الوزراء');
    expect(md).not.toContain('▪');
    expect(md).not.toContain('1200 مشاهدة\n\nبعد');
  });
});

describe('a print edition’s issue line', () => {
  it('is page chrome: it is neither the headline nor a paragraph, and its date dates nothing', () => {
    const raw =
      'العدد : ١٧٠٠٢ - الأحد ١٣ أكتوبر ٢٠٢٤ م\n\nعربية ودولية\n\nالحكومة: لا موعد لانسحاب القوات\n\nقال المتحدث باسم الحكومة العراقية باسم العوادي إن الحوار مع التحالف مستمر ولا موعد محددا بعد.';
    const md = importArticle(raw, { outlet: 'test', published: '2024-01-12', url: 'https://example.com/b', sourceName: 'b.txt' }).markdown;
    expect(md).toContain('title: "الحكومة: لا موعد لانسحاب القوات"');
    expect(md).not.toContain('العدد');
    expect(md).not.toContain('عربية ودولية');
  });
});
