import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/lib/extract/types.ts';
import { eventView, DESCRIPTION_WORDS } from '../../src/lib/site/event-view.ts';
import { eventPages, NEARBY } from '../../src/lib/site/events.ts';
import type { Source } from '../../src/lib/site/exports.ts';

const site = new URL('https://bayan.example.org/');
const statement = (id: string, date: string, extra: Partial<Statement> = {}): Statement => ({
  id,
  article: 'a',
  speaker: { id: 'kenneth-mckenzie', name: 'كينيث ماكنزي', nameEn: 'Kenneth McKenzie', role: 'قائد القيادة المركزية', side: 'us' },
  date,
  datePrecision: 'day',
  dateBasis: 'relative',
  dateEvidence: 'أمس الخميس',
  quotes: ['سنبقي على قوة صغيرة للمشورة'],
  text: 'وقال ماكنزي إن "سنبقي على قوة صغيرة للمشورة".',
  paragraphs: [2, 4],
  ...extra,
});
const source: Source = { slug: 'a', title: 'عنوان المقال', outlet: 'IQ News', published: '2021-12-10T13:45', url: 'https://example.org/a' };

describe('an event page', () => {
  const [first, second, third] = eventPages([
    statement('2021-12-08-kenneth-mckenzie', '2021-12-08'),
    statement('2021-12-09-kenneth-mckenzie', '2021-12-09'),
    statement('2021-12-10-kenneth-mckenzie', '2021-12-10', { quotes: [], text: 'أكد ماكنزي أن القوات باقية للمشورة فقط.' }),
  ]);

  it('is titled by the speaker and the day, and described by the role and the words', () => {
    const view = eventView(second!, source, site);
    expect(view.title).toBe('كينيث ماكنزي، 9 كانون الأول 2021');
    expect(view.description).toBe('كينيث ماكنزي، قائد القيادة المركزية: «سنبقي على قوة صغيرة للمشورة»');
    // Reported words are the article's sentence, never put in quotation marks.
    expect(eventView(third!, source, site).description).toBe(
      'كينيث ماكنزي، قائد القيادة المركزية: أكد ماكنزي أن القوات باقية للمشورة فقط.',
    );
  });

  it('cuts a long description between words', () => {
    const long = 'كلمة '.repeat(100).trim();
    const view = eventView(eventPages([statement('x', '2021-12-09', { quotes: [long] })])[0]!, source, site);
    expect(view.description.length).toBeLessThan(DESCRIPTION_WORDS + 40);
    expect(view.description).toMatch(/كلمة…»$/u);
  });

  it('gives its permanent address, the cited paragraph and each paragraph of the article', () => {
    const view = eventView(second!, source, site);
    expect(view.url).toBe('https://bayan.example.org/events/2021-12-09-kenneth-mckenzie/');
    expect(view.citeUrl).toBe('https://bayan.example.org/articles/a/#p-2');
    expect(view.paragraphs).toEqual([
      { number: 2, href: '/articles/a/#p-2' },
      { number: 4, href: '/articles/a/#p-4' },
    ]);
    expect(view.citation.url).toBe(view.url);
  });

  it('shows the publication day only when the words were said on another', () => {
    expect(eventView(second!, source, site).publishedDay).toBe('2021-12-10');
    expect(eventView(third!, source, site).publishedDay).toBeUndefined();
    expect(eventView(third!, undefined, site).publishedDay).toBeUndefined();
  });

  it('links the statements before and after it, named by speaker and day', () => {
    const view = eventView(second!, source, site);
    expect(view.previous).toEqual({ href: '/events/2021-12-08-kenneth-mckenzie/', text: 'كينيث ماكنزي، 8 كانون الأول 2021' });
    expect(view.next?.href).toBe('/events/2021-12-10-kenneth-mckenzie/');
    expect(eventView(first!, source, site).previous).toBeUndefined();
  });

  it("lists the speaker's other statements, and their page only when it lists fewer than all", () => {
    const few = eventView(second!, source, site);
    expect(few.others.map((o) => o.text)).toEqual(['8 كانون الأول 2021', '10 كانون الأول 2021']);
    expect(few.allByTheSpeaker).toBeUndefined();
    const many = eventPages(Array.from({ length: NEARBY + 3 }, (_, i) => statement(`s${i}`, `2021-11-${String(i + 1).padStart(2, '0')}`)));
    const capped = eventView(many[0]!, source, site);
    expect(capped.others).toHaveLength(NEARBY);
    expect(capped.allByTheSpeaker).toEqual({ href: '/speakers/kenneth-mckenzie/', text: 'كل تصريحات كينيث ماكنزي (13 تصريحاً)' });
  });

  it("says when the words came through the speaker's office, beside the role", () => {
    expect(eventView(second!, source, site).via).toBeUndefined();
    const office = statement('y', '2021-12-09', { quotes: [], text: 'وذكر مكتب ماكنزي أن القوات باقية للمشورة.' });
    const view = eventView(eventPages([office])[0]!, source, site);
    expect([view.role, view.via]).toEqual(['قائد القيادة المركزية', 'عبر مكتبه']);
  });
});
