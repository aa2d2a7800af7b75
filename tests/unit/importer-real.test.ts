/**
 * The importer on scraped text as real news sites hand it over (tests/fixtures/real): a lede with
 * no headline, page furniture around the article, a text with no line breaks. Every text here is
 * written for Bayan.
 */
import { describe, expect, it } from 'vitest';
import { importArticle } from '../../src/lib/import/article.ts';
import { readArticleText } from '../../src/lib/content/files.ts';
import { extract } from './helpers.ts';

const LEDE = 'نفت وزارة الدفاع العراقية، الليلة الماضية، وجود أي اتفاق جديد على بقاء القوات الأجنبية بعد نهاية العام الحالي.';
const SECOND = 'وأضافت الوزارة في بيانها أن المفاوضات الفنية ما زالت جارية مع الجانب الأمريكي في بغداد.';
const flags = { outlet: 'مثال نيوز', published: '2025-03-04' };
const imported = (...lines: string[]) => readArticleText('a.md', importArticle(lines.join('\n'), flags).markdown);

describe('a lede is not a headline', () => {
  it('keeps a first line that is a whole sentence in the body, and derives a marked title from it', () => {
    const article = imported(LEDE, SECOND);
    expect(article.data.titleDerived).toBe(true);
    expect(article.body).toContain('نفت وزارة الدفاع العراقية');
    expect(article.headline).toBeUndefined();
  });
  it('so the lede’s dated statement is extracted', () => {
    const { body, published } = imported(LEDE, SECOND);
    expect(extract(body, published).statements.map((s) => `${s.speaker.id} ${s.date}`)).toEqual(['iraqi-defence-ministry 2025-03-03']);
  });
  it('keeps a short first line without a full stop as the headline, read for «X: …»', () => {
    const article = imported('وزارة الدفاع العراقية: لا اتفاق على بقاء القوات', LEDE, SECOND);
    expect(article.title).toBe('وزارة الدفاع العراقية: لا اتفاق على بقاء القوات');
    expect(article.headline).toBe(article.title);
    expect(article.data.titleDerived).toBe(false);
  });
});

describe('page furniture never becomes the title or a paragraph', () => {
  it.each([
    ['an image label', 'icon'],
    ['a font-size widget', 'A+ A-'],
    ['a font-size label', 'حجم الخط'],
    ['a live-coverage label', 'التغطية الحية'],
    ['an image file name', 'DSC_0412.jpg'],
    ['a byline', 'هدى سامر (بغداد)'],
    ['a dateline', 'بغداد-سانا'],
    ['a slash dateline', 'بغداد/سما/'],
    ['a relative time stamp', 'منذ 27 دقيقة'],
    ['a breadcrumb', 'الصفحة الرئيسية'],
    ['a Latin widget label', 'living cost indicators'],
    ['a bare link', 'https://example.com/news/123'],
    ['an author line with a link', 'Example Tv https://example.com/author-details/42/كاتب'],
    ['a report credit', 'تقرير: مثال نيوز'],
    ['an ad slot', 'مساحة إعلانية'],
    ['the back-to-top button', 'زر الذهاب إلى الأعلى'],
    ['the weather widget', '+31...+34° C'],
    ['a stray mark', '/'],
    ['a time stamp with a time zone', '٠٨:٢٣ بتوقيت غرينتش'],
    ['a tag', 'وكالة_مثال'],
    ['a Latin slug', 'ramadan-2025'],
  ])('%s', (_, line) => {
    const article = imported(line, LEDE, SECOND);
    expect(article.title).not.toBe(line);
    expect(article.body).not.toContain(line);
  });
  it('drops an «اقرأ أيضاً» block and the headlines listed under it', () => {
    for (const opener of ['اقرأ أيضاً', 'وقد يهمك أيضاً']) {
      const article = imported(LEDE, opener, 'واشنطن تعلن موعد المرحلة الثانية', 'أربيل تستقبل المستشارين', SECOND);
      expect(article.body, opener).not.toMatch(/اقرأ أيضاً|يهمك|واشنطن تعلن موعد|أربيل تستقبل/u);
      expect(article.body).toContain('وأضافت الوزارة');
    }
  });
  it('reads a scraper’s leading date stamp as a header line, not as text', () => {
    const article = imported(`date 2025-03-04 ${LEDE}`, SECOND);
    expect(article.body).not.toContain('date 2025');
    expect(article.body).toContain('نفت وزارة الدفاع العراقية');
  });
});

describe('date lines stay the header’s', () => {
  it.each([
    ['12 يناير 2024 - 10:30', '2024-01-12T10:30'],
    ['2024-01-12', '2024-01-12'],
    ['٥ يناير ٢٠٢٤ - ٠١:٢٠', '2024-01-05T01:20'],
  ])('a header line «%s» still gives the publication day', (line, published) => {
    const article = readArticleText(
      'a.md',
      importArticle(['وزير الخارجية يؤكد رفض التصعيد', line, LEDE, SECOND].join('\n'), { outlet: 'مثال نيوز' }).markdown,
    );
    expect(String(article.data.published)).toContain(published);
  });
  it('«F-16» and «COVID-19» alone are not slugs', () => {
    expect(imported(LEDE, 'F-16', SECOND).body).toContain('F-16');
  });
});

describe('a hard-wrapped text', () => {
  it('joins lines broken at a fixed width back into sentences and paragraphs', () => {
    const wrapped = [
      'قال المتحدث باسم وزارة الدفاع العراقية في بيان',
      'اليوم إن القوات الأجنبية ستغادر القواعد المتبقية',
      'قبل نهاية العام الجاري وفق الجدول الذي اتفق عليه',
      'الجانبان في الجولة الأخيرة من المحادثات الفنية.',
      'وأضاف أن اللجان المشتركة ستعقد اجتماعها المقبل في',
      'بغداد مطلع الشهر القادم لمتابعة تنفيذ الاتفاق بين',
      'البلدين وتحديد المواعيد النهائية لكل مرحلة منه',
      'ثم رفع تقرير مفصل إلى رئيس الوزراء بشأن النتائج.',
      'وأشار إلى أن المستشارين سيبقون في إقليم كردستان',
      'لفترة أخرى بطلب من حكومة الإقليم وبالتنسيق التام',
      'مع قيادة العمليات المشتركة في العاصمة العراقية.',
    ];
    const article = imported(...wrapped);
    expect(article.body.split(/\n\n+/u)).toHaveLength(3);
    // Under a headline and a date line, which stay what they are.
    const headed = readArticleText(
      'a.md',
      importArticle(['الدفاع العراقية: القوات الأجنبية تغادر قبل نهاية العام', '12 يناير 2024 - 10:30', ...wrapped].join('\n'), {
        outlet: 'مثال نيوز',
      }).markdown,
    );
    expect(headed.title).toBe('الدفاع العراقية: القوات الأجنبية تغادر قبل نهاية العام');
    expect(String(headed.data.published)).toContain('2024-01-12T10:30');
    expect(headed.body.split(/\n\n+/u)).toHaveLength(3);
    expect(article.body).toContain('في بيان اليوم إن القوات');
    expect(extract(article.body, article.published).statements.map((s) => `${s.speaker.id} ${s.paragraphs.join(',')}`)).toEqual([
      'iraqi-defence-ministry 1,2,3',
    ]);
  });
});

describe('short paragraphs without full stops are no hard-wrapped text', () => {
  it('keeps each blank-line-separated paragraph whole', () => {
    const feed = [
      'السوداني يدعو إلى التهدئة',
      '',
      'دعا رئيس الوزراء محمد شياع السوداني اليوم جميع الأطراف إلى التهدئة',
      '',
      'وأضاف السوداني أن الحكومة ماضية في حماية البعثات الأجنبية في بغداد',
      '',
      'من جهتها قالت كتائب حزب الله إنها ستلتزم بالهدنة حتى إشعار آخر',
      '',
      'وقال وزير الخارجية فؤاد حسين إن الحوار مع واشنطن مستمر رغم التوتر',
      '',
      'وأشار الوزير إلى أن اللجنة العسكرية العليا ستجتمع الأسبوع المقبل',
      '',
      'وكانت الفصائل قد أعلنت في وقت سابق وقف عملياتها ضد القوات الأمريكية',
      '',
      'ويأتي ذلك بعد أسابيع من التصعيد في عدد من المحافظات العراقية والسورية',
      '',
      'وتطالب قوى سياسية بجدول زمني واضح لانسحاب القوات الأجنبية من البلاد',
    ];
    const article = imported(...feed);
    expect(article.body.split(/\n\n+/u).length).toBeGreaterThanOrEqual(8);
  });
});

describe('a time stamp glued to the lede', () => {
  it('«01:57 - 28 يناير 2020دعا …» under the headline: the stamp is cut off and the lede’s verb read', () => {
    const article = imported('واشنطن تطلب من بغداد حماية البعثات', `21:29 - 3 مارس 2025${LEDE}`, SECOND);
    expect(article.body).not.toMatch(/21:29|2025نفت/u);
    expect(article.body).toContain(LEDE);
    expect(extract(article.body, article.published).statements.map((s) => s.speaker.id)).toEqual(['iraqi-defence-ministry']);
  });
});

describe('a text with no line breaks', () => {
  it('is split into paragraphs at sentence ends', () => {
    const filler =
      'وتشمل المرحلة المقبلة تقليص عدد المستشارين في القواعد الغربية ونقل المعدات الثقيلة إلى إقليم كردستان خلال الأشهر المقبلة.';
    const article = imported([LEDE, SECOND, filler, filler.replace('المقبلة', 'التالية')].join(' '));
    expect(article.body.trim().split(/\n\n+/u).length).toBeGreaterThanOrEqual(4);
    expect(article.body).toContain('نفت وزارة الدفاع العراقية');
  });
});

describe('the outlet from --url', () => {
  it('is a known outlet by its host, else the host name, when --outlet is not given', () => {
    const known = importArticle([LEDE, SECOND].join('\n'), {
      published: '2025-03-04',
      url: 'https://www.rudaw.net/arabic/kurdistan/040320251',
    });
    expect(known.markdown).toContain('outlet: رووداو\n');
    const other = importArticle([LEDE, SECOND].join('\n'), { published: '2025-03-04', url: 'https://news.example.org/a/1' });
    expect(other.markdown).toContain('outlet: news.example.org\n');
  });
  it('may be a server’s IPv4 address, where some outlets’ pages are stored; a made-up host is refused', () => {
    const at = (url: string) => () =>
      readArticleText('a.md', importArticle([LEDE, SECOND].join('\n'), { published: '2025-03-04', url, outlet: 'الشرق' }).markdown);
    expect(at('http://65.108.61.0/article/16/08/2024/x')().data.url).toBe('http://65.108.61.0/article/16/08/2024/x');
    expect(at('http://999.1.1.1/article/')).toThrow(/not a web address/u);
  });
  it('gives way to --outlet', () => {
    const given = importArticle([LEDE, SECOND].join('\n'), {
      published: '2025-03-04',
      url: 'https://www.rudaw.net/a',
      outlet: 'مثال نيوز',
    });
    expect(given.markdown).toContain('outlet: مثال نيوز\n');
  });
});

describe('page furniture: a trail of news sections', () => {
  it('is dropped, glued or not, and a headline about news is kept', () => {
    const article = imported('آخر الأخبارالأخبار الأمنية', 'وزارة الدفاع العراقية: لا اتفاق على بقاء القوات', LEDE, SECOND);
    expect(article.title).toBe('وزارة الدفاع العراقية: لا اتفاق على بقاء القوات');
    expect(imported('أخبار سارة من وزارة الدفاع', LEDE, SECOND).title).toBe('أخبار سارة من وزارة الدفاع');
  });
  it('a link list ends at a line that opens like a report’s sentence, even one cut short', () => {
    const article = imported(LEDE, 'اقرأ المزيد', 'السوداني يستقبل وفدا أمريكيا', 'وقالت الخارجية العراقية في بيان منفصل إن الوفد بحث');
    expect(article.body).toContain('وقالت الخارجية العراقية');
    expect(article.body).not.toContain('السوداني يستقبل');
    // A headline whose verb starts with و is still a headline.
    const listed = imported(LEDE, 'اقرأ المزيد', 'وصف ترامب الانسحاب بالكارثي', 'السوداني يستقبل وفدا أمريكيا', SECOND);
    expect(listed.body).not.toContain('السوداني يستقبل');
  });
});

describe('round 7: a lede without its full stop, and a print issue number', () => {
  it('a first line opening with a past verb of speech and running past a comma is the lede', () => {
    const lede = 'أعلنت وزارة الخارجية الأمريكية أمس الاثنين، أنها أدرجت فصيلاً عراقياً جديداً على قائمة المنظمات الإرهابية';
    const article = imported(lede, SECOND);
    expect(article.data.titleDerived).toBe(true);
    expect(extract(article.body, article.published).statements.map((s) => `${s.speaker.id} ${s.date}`)).toContain(
      'us-state-department 2025-03-03',
    );
  });
  it('a headline with a comma but no verb of speech stays the headline', () => {
    const article = imported('السوداني في واشنطن، والانسحاب على طاولة البحث بين الجانبين في البيت الأبيض', LEDE, SECOND);
    expect(article.data.titleDerived).toBe(false);
  });
  it('«العدد 1422 / 22-7-2020» before the lede is the header, not the lede’s first words', () => {
    const article = readArticleText(
      'a.md',
      importArticle(['العدد 1422 / 22-7-2020', LEDE, SECOND].join('\n'), { outlet: 'مثال نيوز' }).markdown,
    );
    expect(article.published).toBe('2020-07-22');
    expect(article.body.trimStart()).toMatch(/^نفت وزارة الدفاع/u);
  });
});

describe('an address written with the root dot', () => {
  it('«https://example.com./…» is imported as «https://example.com/…», not refused', () => {
    const { markdown } = importArticle([LEDE, SECOND].join('\n'), { ...flags, url: 'https://example.com./2021/12/30/story' });
    expect(markdown).toContain('url: https://example.com/2021/12/30/story');
  });
});
