/**
 * Importing saved web pages (src/lib/import/html/): the fixtures in tests/fixtures/pages/ are pages
 * written for Bayan in the templates news sites use (WordPress with Yoast's JSON-LD, an
 * OpenGraph-only page heavy with furniture, an old Windows-1256 page with only a byline date, AMP,
 * a later dateModified, no date at all, a section front, hostile markup). For each: the
 * frontmatter, no furniture in the body, and the statements with their days.
 */
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readArticleText } from '../../src/lib/content/files.ts';
import { ImportError, type ImportOptions } from '../../src/lib/import/article.ts';
import { importPage } from '../../src/lib/import/html/page.ts';
import { extract } from './helpers.ts';

const bytes = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url));
const html = (name: string) => bytes(name).toString('utf8');
const encoder = new TextEncoder();

/** Import a fixture (or HTML written in the test) and read it back as the build does. */
function imported(page: string | Uint8Array, options: Omit<ImportOptions, 'page'> = {}) {
  const input = typeof page === 'string' ? (page.includes('<') ? encoder.encode(page) : bytes(page)) : page;
  const result = importPage({ bytes: input }, options);
  const article = readArticleText(`content/articles/${result.fileName}`, result.markdown);
  const frontmatter = parse(result.markdown.split('\n---\n')[0]?.slice(4) ?? '') as Record<string, unknown>;
  const statements = extract(article.body, article.published).statements.map((s) => `${s.speaker.id} ${s.date}`);
  return { ...result, frontmatter, body: article.body, statements };
}

/** Refuses with a message matching `reason`. */
function refusal(page: string, options: Omit<ImportOptions, 'page'> = {}): string {
  try {
    imported(page, options);
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
  throw new Error(`${page} was imported`);
}

const expectNone = (body: string, furniture: readonly string[]) => {
  for (const text of furniture) expect(body, `furniture «${text}»`).not.toContain(text);
};

describe('a WordPress page with Yoast-style JSON-LD in @graph', () => {
  const page = imported('wordpress-yoast.html');
  it('takes headline, publisher (through its @id), date and address from the JSON-LD, and says so', () => {
    expect(page.frontmatter).toEqual({
      title: 'رسول: اللجنة العسكرية العليا تبدأ أعمالها',
      titleFrom: 'json-ld',
      outlet: 'شبكة الرافدين الإخبارية',
      outletFrom: 'json-ld',
      published: '2024-01-10T01:30',
      publishedFrom: 'json-ld',
      url: 'https://alrafidain.example/2024/01/10/committee-begins/',
      urlFrom: 'json-ld',
      language: 'ar',
    });
    expect(page.fileName).toMatch(/^2024-01-10-[a-z0-9-]+\.md$/u);
  });
  it('keeps paragraphs and the subheading, and none of the furniture', () => {
    expect(page.body).toContain('\n## الموقف الدبلوماسي\n');
    expect(page.body.split('\n\n').filter((p) => p.trim() !== '')).toHaveLength(4);
    expectNone(page.body, ['شارك', 'فيسبوك', 'اقرأ أيضاً', 'البرلمان يستضيف', 'الأكثر قراءة', 'الذهب', 'اترك تعليقاً', 'بريدك'] as const);
    expectNone(page.body, ['الوسوم', 'نشرت في', 'عاجل', 'التعداد', 'النشرة البريدية', 'صورة أرشيفية', 'جميع الحقوق', 'gtag', 'بواسطة']);
  });
  it("dates «أمس» from the outlet's local day (01:30 on the 10th in Baghdad is the 9th in UTC)", () => {
    expect(page.statements).toEqual(['yehia-rasool 2024-01-09', 'fuad-hussein 2024-01-10']);
    expect(page.notes).toEqual([]);
  });
  it('gives the same bytes for the same page', () => {
    expect(imported('wordpress-yoast.html').markdown).toBe(page.markdown);
  });
});

describe('an OpenGraph-only page heavy with furniture', () => {
  const page = imported('opengraph-furniture.html');
  it('takes its facts from OpenGraph and the article meta', () => {
    expect(page.frontmatter).toMatchObject({
      title: 'البنتاغون: لا تغيير في عدد القوات في العراق',
      titleFrom: 'opengraph',
      outlet: 'وكالة دجلة للأنباء',
      outletFrom: 'opengraph',
      published: '2023-11-05T14:20',
      publishedFrom: 'opengraph',
      url: 'https://dijla-news.example/news/88231',
      urlFrom: 'opengraph',
    });
  });
  it('leaves the related lists, «اقرأ أيضاً», the font-size widget, tags, share and comment boxes behind', () => {
    expect(page.body.split('\n\n').filter((p) => p.trim() !== '')).toHaveLength(3);
    expectNone(page.body, ['حجم الخط', 'A+', 'طباعة', 'اقرأ أيضاً', 'واشنطن تعلق', 'قمة ثلاثية', 'الكلمات الدالة', 'شارك الخبر']);
    expectNone(page.body, [
      'أخبار ذات صلة',
      'الموازنة',
      'التعليقات',
      'الأكثر قراءة',
      'صرف الدولار',
      'إعلان',
      '27°C',
      'تشرين',
      'معرض بغداد',
      'الرئيسية',
    ]);
  });
  it('finds the spokesman, a day before the page', () => {
    expect(page.statements).toEqual(['patrick-ryder 2023-11-04']);
  });
});

describe('a Windows-1256 page with only a byline date', () => {
  const page = imported('windows-1256-byline.html');
  it('decodes the page by its <meta http-equiv> charset', () => {
    expect(page.body).toContain('قال وزير الخارجية فؤاد حسين، اليوم الخميس،');
  });
  it('takes the date from the byline, the headline from the page, and the outlet from the canonical host', () => {
    expect(page.frontmatter).toMatchObject({
      title: 'حسين: بغداد تريد انسحابا منظما لقوات التحالف',
      titleFrom: 'title',
      outlet: 'شفق نيوز',
      outletFrom: 'host',
      dateline: 'بغداد',
      published: '2024-08-15',
      publishedFrom: 'byline',
      url: 'https://shafaq.com/ar/siyasa/news-2024-0815-551',
      urlFrom: 'canonical',
    });
  });
  it('keeps the paragraphs of a table layout apart, and drops the tool row', () => {
    expect(page.body.split('\n\n').filter((p) => p.trim() !== '')).toHaveLength(3);
    expectNone(page.body, ['طباعة', 'أرسل لصديق', 'عدد القراءات', 'الرئيسية', 'اتصل بنا', 'جميع الحقوق', 'window', 'شفق نيوز |']);
    expect(page.statements).toEqual(['fuad-hussein 2024-08-15']);
  });
  it('refuses the same bytes with no declared encoding rather than guessing', () => {
    const undeclared = Buffer.from(
      bytes('windows-1256-byline.html')
        .toString('latin1')
        .replace(/<meta http-equiv[^>]*>/u, ''),
      'latin1',
    );
    expect(() => importPage({ bytes: undeclared })).toThrow(/declares no encoding and is not UTF-8; pass --encoding/);
    expect(importPage({ bytes: undeclared, charset: 'windows-1256' }).markdown).toContain('فؤاد حسين');
  });
});

describe('an AMP page', () => {
  const page = imported('amp.html');
  it('reads its JSON-LD, a known outlet by its Latin name, and the canonical (not AMP) address', () => {
    expect(page.frontmatter).toMatchObject({
      title: 'ماكنزي: سننتقل إلى دور استشاري في العراق',
      outlet: 'السومرية نيوز',
      outletFrom: 'json-ld',
      url: 'https://www.alsumaria.tv/news/politics/412345/mckenzie-advisory-role',
      urlFrom: 'canonical',
    });
  });
  it("reads a UTC time in Baghdad's clock, and says so when that moves the day", () => {
    expect(page.frontmatter['published']).toBe('2021-12-10T01:15');
    expect(page.notes.join('\n')).toMatch(/2021-12-09T22:15:00Z in UTC, which is 2021-12-10 01:15 in Baghdad/u);
    expect(page.statements).toEqual(['kenneth-mckenzie 2021-12-10']);
  });
  it('drops the AMP ads, images, share buttons, menu and related list', () => {
    expect(page.body.split('\n\n').filter((p) => p.trim() !== '')).toHaveLength(3);
    expectNone(page.body, ['إعلان', 'اقرأ أيضا', 'العام الدراسي', 'سياسة', 'أمن', 'جميع الحقوق', 'gtag', 'amp']);
  });
});

describe('a page whose dateModified is later than datePublished', () => {
  const page = imported('date-modified.html');
  it('is dated by datePublished, and the update stamp is not read as a date line', () => {
    expect(page.frontmatter).toMatchObject({ published: '2023-06-14T10:05', publishedFrom: 'json-ld', outlet: 'بوابة المشرق' });
    expect(page.notes).toEqual([]);
    expect(page.body).not.toContain('آخر تحديث');
    expect(page.statements).toEqual(['mohammed-shia-al-sudani 2023-06-13']);
  });
});

describe('a page with no date at all', () => {
  it('asks for --published, however many modification dates it carries', () => {
    expect(refusal('no-date.html')).toBe('no publication date in the header or the text; pass --published YYYY-MM-DD');
  });
  it("imports with --published, which it records as the date's source", () => {
    const page = imported('no-date.html', { published: '2024-03-04' });
    expect(page.frontmatter).toMatchObject({
      published: '2024-03-04',
      publishedFrom: 'flag',
      outlet: 'منصة النهرين',
      titleFrom: 'json-ld',
    });
    expect(page.statements).toEqual(['qasim-al-araji 2024-03-03']);
  });
});

describe('a page that is not an article', () => {
  it('refuses a section front', () => {
    expect(refusal('section-front.html')).toMatch(/^this page is not an article: it calls itself a list or a section/u);
  });
});

describe('flags and the page', () => {
  it('--outlet, --published and --url override the page, and are recorded as flags', () => {
    const page = imported('wordpress-yoast.html', { outlet: 'rudaw', published: '2024-01-10', url: 'https://www.rudaw.net/arabic/x' });
    expect(page.frontmatter).toMatchObject({ outlet: 'رووداو', outletFrom: 'flag', published: '2024-01-10', publishedFrom: 'flag' });
    expect(page.frontmatter).toMatchObject({ url: 'https://www.rudaw.net/arabic/x', urlFrom: 'flag' });
  });
  it('says so when the page and the text disagree by more than a day, and not for a day', () => {
    const stale = html('plain.html').replace(
      '</head>',
      '<meta property="article:published_time" content="2023-02-04T09:00:00+03:00"></head>',
    );
    const page = imported(stale);
    expect(page.frontmatter).toMatchObject({ published: '2023-02-04T09:00', publishedFrom: 'opengraph' });
    expect(page.notes).toEqual([
      'the dates disagree: 2023-02-04T09:00 (opengraph) is used, but the text says 2024-02-04 (byline); check it',
    ]);
    const close = html('plain.html').replace(
      '</head>',
      '<meta property="article:published_time" content="2024-02-05T00:30:00+03:00"></head>',
    );
    expect(imported(close).notes).toEqual([]);
  });
  it("tells when --published is far from the page's date", () => {
    expect(imported('wordpress-yoast.html', { published: '2024-01-20' }).notes.join('\n')).toMatch(/2024-01-10T01:30 \(json-ld\)/u);
  });
});

describe('the shape of the body', () => {
  it("keeps a block quote as a paragraph of its own and a page's <br> as a line break between paragraphs", () => {
    const page = imported(
      `<html><head><meta charset="utf-8"><meta property="og:type" content="article"><meta property="og:site_name" content="صحيفة البيان">
      <meta property="article:published_time" content="2024-02-04T10:00:00+03:00"><title>عنوان الخبر</title></head><body><article>
      <p>قال المتحدث باسم الحكومة باسم العوادي، اليوم الأحد، إن الحكومة أنهت مراجعة ملف التحالف الدولي بالكامل.<br>وأضاف العوادي أن القرار سيعلن بعد اجتماع مجلس الوزراء المقبل.</p>
      <blockquote><p>"لا قواعد أجنبية بعد اليوم"، قالها العوادي في ختام المؤتمر الصحفي الذي عقده في بغداد.</p></blockquote>
      <h3>خلفية</h3><p>وكانت الحكومة قد شكلت لجنة عليا لهذا الغرض قبل عدة أشهر من الآن بحسب بيان رسمي.</p></article></body></html>`,
    );
    expect(page.body.trim().split('\n\n')).toEqual([
      'قال المتحدث باسم الحكومة باسم العوادي، اليوم الأحد، إن الحكومة أنهت مراجعة ملف التحالف الدولي بالكامل.',
      'وأضاف العوادي أن القرار سيعلن بعد اجتماع مجلس الوزراء المقبل.',
      '"لا قواعد أجنبية بعد اليوم"، قالها العوادي في ختام المؤتمر الصحفي الذي عقده في بغداد.',
      '## خلفية',
      'وكانت الحكومة قد شكلت لجنة عليا لهذا الغرض قبل عدة أشهر من الآن بحسب بيان رسمي.',
    ]);
  });
});

describe('a hostile page', () => {
  const page = imported('hostile.html');
  it('lets no markup into the Markdown: the body parses to paragraphs, headings and text only', () => {
    const kinds = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }) => {
      kinds.add(node.type);
      for (const kid of node.children ?? []) walk(kid as { type: string; children?: unknown[] });
    };
    walk(unified().use(remarkParse).parse(page.body));
    expect([...kinds].sort()).toEqual(['heading', 'paragraph', 'root', 'text']);
  });
  it('drops scripts, styles, handlers, frames, forms, embeds and embedded posts with their contents', () => {
    for (const label of [
      'ld-headline',
      'ld-img',
      'ld-url',
      'ld-publisher',
      'canonical',
      'body-onload',
      'h1-script',
      'quote-script',
      'quote-img',
    ]) {
      expect(page.markdown).not.toContain(label);
    }
    for (const label of ['style', 'link', 'svg', 'iframe', 'form', 'input', 'button', 'object', 'embed', 'noscript', 'tweet']) {
      expect(page.markdown).not.toContain(`__bayanTrap('${label}')`);
    }
  });
  it('keeps text that only looks like markup as text, and reads the JSON-LD as text', () => {
    expect(page.body).toContain("\\<script>\\_\\_bayanTrap('entity')\\</script>");
    expect(page.frontmatter['title']).toBe('التحالف يرد بقوة');
    expect(page.frontmatter['outlet']).toBe("وكالة [رابط](javascript:__bayanTrap('ld-md'))");
    expect(page.frontmatter).not.toHaveProperty('url');
    expect(page.statements).toEqual(['myles-caggins 2022-03-01']);
  });
});
