/**
 * What readers see is exactly what was said (issue 17), over a built site:
 * the real content plus an article written for this test
 * (tests/fixtures/words/), whose statements are reported speech (Esper),
 * words that came through an office with a quotation nested in straight
 * quotes (Abdul Mahdi), a quotation nested in «» (McKenzie) and an Iraqi MP
 * the registry does not know. Every output is read as its consumer reads it:
 * the RSS feed, the pages' social descriptions and JSON-LD, the CSV and the
 * TimelineJS file.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWith, cleanUp, root } from './build.ts';
import { csvRows } from './csv.ts';

const fixtures = join(root, 'tests/fixtures/words');
let dist: string;

beforeAll(() => {
  const build = buildWith((content) => {
    for (const file of readdirSync(fixtures)) cpSync(join(fixtures, file), join(content, 'articles', file));
  });
  if (build.code !== 0) throw new Error(`the site did not build:\n${build.output.slice(-3000)}`);
  dist = join(build.dir, 'dist');
});
afterAll(cleanUp);

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const event = (id: string) => read(`events/${id}/index.html`);
/** The text of HTML, tags dropped and the entities this site writes decoded. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/gu, '')
    .replace(/&#(\d+);/gu, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, '&')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>');
const meta = (html: string, property: string) =>
  text(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`, 'u').exec(html)?.[1] ?? '');
const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/su.exec(html)?.[1] ?? '{}');

const ESPER = '2020-02-02-mark-esper';
const ABDUL_MAHDI = '2020-02-03-adel-abdul-mahdi';
const MCKENZIE = '2020-02-03-kenneth-mckenzie';
const MP = '2020-02-03-hydr-alzbydy';
/** Esper's words as the article reports them: no quotation of his. */
const REPORTED = 'كان وزير الدفاع الأمريكي مارك إسبر أكد أمس أن بلاده لا تخطط';
/** Abdul Mahdi's quotation, whole: «الملزم» is quoted inside it. */
const NESTED = 'ضرورة جدولة انسحاب القوات الأجنبية وفق قرار البرلمان "الملزم" للحكومة وللمؤسسات الأمنية كافة من دون أي تأخير أو مماطلة';

/**
 * True when `shown` is `full` or its start cut between two words with «…»: the words before the cut
 * are the full text's words, and the full text has a word boundary right there.
 */
function cutBetweenWords(shown: string, full: string): boolean {
  if (shown === full) return true;
  if (!shown.endsWith('…')) return false;
  const head = shown.slice(0, -1);
  return full.startsWith(head) && /^[\s،,؛:]/u.test(full.slice(head.length));
}

describe('guillemets only around what was said, in every output', () => {
  it('RSS: a reported statement has no «», a quotation keeps its nested quote, and titles are cut between words', () => {
    const items = [...read('rss.xml').matchAll(/<item><title>(.*?)<\/title><link>[^<]*\/events\/([^/<]+)\/<\/link>/gu)].map((m) => ({
      title: text(m[1] ?? ''),
      id: m[2] ?? '',
    }));
    const title = (id: string) => items.find((i) => i.id === id)?.title ?? '';
    expect(title(ESPER)).toMatch(new RegExp(`^مارك إسبر: ${REPORTED}`, 'u'));
    expect(title(ESPER)).not.toMatch(/[«»]/u);
    expect(title(ABDUL_MAHDI)).toMatch(/^عادل عبد المهدي: «ضرورة جدولة .*"الملزم".*…»$/u);
    // Every title: the speaker, then the words whole or cut at a word boundary, in «» only for a quotation.
    const statements = JSON.parse(read('timeline.json')).statements as {
      id: string;
      speaker: { name: string };
      quotes: string[];
      text: string;
    }[];
    expect(items.length).toBeGreaterThan(15);
    for (const item of items) {
      const s = statements.find((x) => x.id === item.id);
      expect(item.title.startsWith(`${s?.speaker.name}: `), item.title).toBe(true);
      const words = item.title.slice(`${s?.speaker.name}: `.length);
      const quote = s?.quotes[0];
      if (quote === undefined) expect(cutBetweenWords(words, s?.text ?? ''), item.title).toBe(true);
      else expect(/^«.*»$/u.test(words) && cutBetweenWords(words.slice(1, -1), quote), item.title).toBe(true);
    }
  });

  it('the social description (OpenGraph, Twitter, meta) and JSON-LD of a reported statement present no quotation', () => {
    const page = event(ESPER);
    for (const name of ['description', 'og:description', 'twitter:description']) {
      expect(meta(page, name), name).toMatch(new RegExp(`^مارك إسبر، وزير الدفاع الأمريكي: ${REPORTED}.*…$`, 'u'));
      expect(meta(page, name), name).not.toMatch(/[«»]/u);
    }
    const ld = jsonLd(page);
    expect(ld['@type']).toBe('CreativeWork');
    expect(ld).not.toHaveProperty('spokenByCharacter');
    expect(ld).not.toHaveProperty('text');
    expect(ld.abstract).toMatch(new RegExp(`^${REPORTED}`, 'u'));
    expect(ld.about).toMatchObject({ '@type': 'Person', name: 'مارك إسبر' });
  });

  it('the social description and JSON-LD of a quotation give it whole, nested quote included', () => {
    const page = event(ABDUL_MAHDI);
    expect(meta(page, 'og:description')).toBe(`عادل عبد المهدي، رئيس الوزراء العراقي: «${NESTED}»`);
    expect(jsonLd(page)).toMatchObject({ '@type': 'Quotation', text: NESTED, spokenByCharacter: { name: 'عادل عبد المهدي' } });
  });

  it('CSV: the quotes column holds only quotations, and the reported text is as written, without «»', () => {
    const [header = [], ...rows] = csvRows(read('timeline.csv'));
    const cell = (id: string, column: string) => rows.find((r) => r[0] === id)?.[header.indexOf(column)];
    expect(cell(ESPER, 'quotes')).toBe('');
    expect(cell(ESPER, 'text')).toMatch(new RegExp(`^${REPORTED}`, 'u'));
    expect(cell(ABDUL_MAHDI, 'quotes')).toBe(NESTED);
    for (const row of rows) expect(row[header.indexOf('text')], row[0]).not.toMatch(/^«/u);
  });

  it('TimelineJS: «» around a quotation, none around reported words', () => {
    const events = JSON.parse(read('timelinejs.json')).events as { unique_id: string; text: { text: string } }[];
    const words = (id: string) => text(/^<p>(.*?)<\/p>/su.exec(events.find((e) => e.unique_id === id)?.text.text ?? '')?.[1] ?? '');
    expect(words(ESPER)).toMatch(new RegExp(`^${REPORTED}`, 'u'));
    expect(words(ESPER)).not.toMatch(/[«»]/u);
    expect(words(ABDUL_MAHDI)).toBe(`«${NESTED}»`);
  });
});

describe('attributions', () => {
  it('a role is the registry’s, never the article’s wording («مكتب …», «الجنرال»), and words through an office say so apart', () => {
    const role = (id: string) => text(/<dt>الصفة<\/dt><dd>(.*?)<\/dd>/su.exec(event(id))?.[1] ?? '');
    expect(role(ABDUL_MAHDI)).toBe('رئيس الوزراء العراقي · عبر مكتبه');
    expect(role(MCKENZIE)).toBe('قائد القيادة المركزية الأمريكية');
    expect(role(ESPER)).toBe('وزير الدفاع الأمريكي');
    // The timeline card says it too; the statements that came straight from the speaker do not.
    const cards = [...read('years/2020/index.html').matchAll(/<article[^>]*data-statement-id="([^"]+)"[^>]*>(.*?)<\/article>/gsu)];
    const roles = new Map(cards.map((m) => [m[1], text(/class="entry-role">(.*?)<\/p>/su.exec(m[2] ?? '')?.[1] ?? '')]));
    expect(roles.get(ABDUL_MAHDI)).toBe('رئيس الوزراء العراقي · عبر مكتبه');
    expect(roles.get(MCKENZIE)).toBe('قائد القيادة المركزية الأمريكية');
  });

  it('a quotation nested in «» stays inside the quotation', () => {
    const quotes = [...event(MCKENZIE).matchAll(/<blockquote[^>]*><p>(.*?)<\/p><\/blockquote>/gsu)].map((m) => text(m[1] ?? ''));
    expect(quotes).toEqual(['«سنواصل دعم القوات العراقية في حربها ضد «داعش» حتى تنتهي المهمة»']);
  });

  it('an event page without a quotation shows the reported words once, not as a quotation', () => {
    const page = event(ESPER);
    const article = /<article class="event">(.*?)<\/article>/su.exec(page)?.[1] ?? '';
    expect(article).not.toContain('<blockquote');
    expect(text(article).split(REPORTED)).toHaveLength(2);
  });

  it('a speaker the registry does not know: the side guessed from «النائب العراقي», marked as a guess, in the reader’s words', () => {
    const page = event(MP);
    expect(page).toMatch(/<span class="badge" data-side="iraq" data-guess[^>]*>.*?العراق.*?\(تقدير\)/su);
    expect(text(page)).not.toContain('لم يُضف إلى السجل');
    expect(text(page)).toContain('ليس في سجل بيان للمتحدثين بعد');
    // In the Iraqi lane of the timeline, not across both.
    expect(read('years/2020/index.html')).toMatch(new RegExp(`data-lane="iraq" data-side="iraq" data-statement-id="${MP}"`, 'u'));
    const speaker = read('speakers/hydr-alzbydy/index.html');
    expect(speaker).toMatch(/data-side="iraq" data-guess/u);
    expect(text(speaker)).not.toContain('لم يُضف إلى سجل المتحدثين');
  });
});
