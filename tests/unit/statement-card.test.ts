/**
 * One statement card for the build and the search (`site/card.ts`): the card
 * a search result draws from the index is the card the timeline draws from
 * the statement, for every kind of statement the index has to carry facts
 * for, and the tree is the same markup as HTML (the build) and as DOM nodes
 * (the browser). The browser test of the same is in tests/e2e/search.test.ts.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/lib/extract/types.ts';
import { h, toDom, toHtml } from '../../src/lib/html.ts';
import { hitCard } from '../../src/lib/search/card.ts';
import { buildSearchFiles } from '../../src/lib/search/files.ts';
import type { SearchSpeaker } from '../../src/lib/search/head-file.ts';
import { statementCard } from '../../src/lib/site/card.ts';
import { cardData } from '../../src/lib/site/card-data.ts';
import type { Source } from '../../src/lib/site/exports.ts';
import type { SpeakerProfile } from '../../src/lib/site/speakers.ts';
import { engineOver, seedIndex, statementBy } from './search-helpers.ts';

const council: SearchSpeaker = {
  id: 'ali-sudani',
  name: 'علي السوداني',
  nameEn: 'Ali al-Sudani',
  side: 'iraq',
  role: 'رئيس مجلس المحافظة',
};
const unknown: SearchSpeaker = { id: 'hassan-jaber', name: 'حسن جابر', side: 'iraq' };
const profiles: SpeakerProfile[] = [{ aliases: [], ...council, provisional: false, statements: [] }];

/** A statement by `who` on `date` in article `article`, with these fields. */
function said(id: string, date: string, who: SearchSpeaker, text: string, fields: Partial<Statement> = {}, article = 'a'): Statement {
  const s = statementBy(id, date, who, text, article);
  return { ...s, ...fields };
}

/** Statements whose cards differ from their speaker's first in every way the index must carry. */
const statements: Statement[] = [
  said('first', '2023-01-10', council, 'أكد رئيس المجلس أن الخدمات ستتحسن هذا العام.'),
  said('other-role', '2023-02-11', council, 'قال المحافظ إن المشاريع تسير وفق الخطة.', { speaker: { ...council, role: 'محافظ الناصرية' } }),
  said('no-role', '2023-03-12', council, 'أوضح السوداني أن الميزانية وصلت.', {
    speaker: { id: council.id, name: council.name, side: 'iraq' },
  }),
  said('spelt', '2023-04-13', council, 'ذكر السودانى أن الطرق ستفتح قريباً.', { speaker: { ...council, name: 'علي السودانى' } }),
  said('month', '2023-05-01', council, 'قال رئيس المجلس في أيار الماضي إن العمل بدأ.', { datePrecision: 'month' }),
  said('office', '2023-06-14', council, 'وذكر مكتب رئيس المجلس علي السوداني أن اللجنة اجتمعت.'),
  said('quote', '2023-07-15', council, 'وقال السوداني: «لن نتراجع عن حماية أموال المحافظة» في كلمته.', {
    quotes: ['لن نتراجع عن حماية أموال المحافظة'],
  }),
  said('quote-apart', '2023-08-16', council, 'قال السوداني إن القرار نهائي.', { quotes: ['القرار نهائي ولا رجعة فيه أبداً'] }),
  said('no-source', '2023-09-17', council, 'أشار رئيس المجلس إلى أن المدارس جاهزة.', {}, 'missing'),
  said('guess', '2023-10-18', unknown, 'قال النائب العراقي إن الجلسة أُجّلت.', { speaker: { ...unknown, provisional: true } }, 'b'),
  said(
    'no-guess',
    '2023-11-19',
    unknown,
    'قال جابر إن الموعد لم يحدد.',
    { speaker: { id: unknown.id, name: unknown.name, provisional: true } },
    'b',
  ),
  said('markup', '2023-12-20', { ...unknown, id: 'x', name: '<b onmouseover="alert(1)">سامي</b>' }, 'قال "سامي" & رفاقه <i>كلاماً</i>.'),
];
const sources = new Map<string, Source>([
  ['a', { slug: 'a', title: 'أخبار المحافظة', outlet: 'إذاعة الرافدين', published: '2023-12-20' }],
  ['b', { slug: 'b', title: 'جلسة مؤجلة', outlet: 'Rafidain <News>', published: '2023-11-19' }],
]);

/** Every statement's hit, words and all, by id. */
async function hitsOf(files: ReturnType<typeof buildSearchFiles>) {
  const { engine } = engineOver(files);
  const { hits } = await engine.search({ q: '', from: '1990-01-01' }, 10_000);
  return new Map(hits.map((hit) => [hit.doc.id, hit]));
}

describe('a search result’s card is the timeline’s', () => {
  it('for statements that differ from their speaker’s first in role, name, side, date, office, quotation and outlet', async () => {
    const hits = await hitsOf(buildSearchFiles(statements, sources, profiles));
    expect(hits.size).toBe(statements.length);
    for (const s of statements) {
      const built = cardData(s, sources.get(s.article));
      const found = hitCard(hits.get(s.id) ?? expect.fail(s.id));
      expect(found, s.id).toEqual(built);
      expect(toHtml(statementCard(found, 3)), s.id).toBe(toHtml(statementCard(built, 3)));
    }
  });

  it('for every statement of the seeds', async () => {
    const { site, files } = seedIndex();
    const hits = await hitsOf(files);
    for (const s of site.statements) {
      const html = toHtml(statementCard(cardData(s, site.sources.get(s.article)), 3));
      expect(toHtml(statementCard(hitCard(hits.get(s.id) ?? expect.fail(s.id)), 3)), s.id).toBe(html);
    }
  });

  it('shows what the statement says, not its speaker’s first statement', () => {
    const card = (id: string) => cardData(statements.find((s) => s.id === id) ?? expect.fail(id), sources.get('a'));
    expect(card('other-role').role.map((r) => r.text)).toEqual(['محافظ الناصرية']);
    expect(card('no-role').role).toEqual([]);
    expect(card('office').via).toBe('عبر مكتبه');
    expect(card('month').precision).toBe('month');
    expect(card('quote')).toMatchObject({ quoted: true, words: [{ text: 'لن نتراجع عن حماية أموال المحافظة' }] });
    const guessed = [card('guess'), card('no-guess')].map((c) => [c.side, c.guess]);
    expect(guessed).toEqual([
      ['iraq', true],
      ['other', false],
    ]);
  });

  it('before its words have loaded, is drawn from the head: the speaker and the day, no words', async () => {
    const { engine } = engineOver(buildSearchFiles(statements, sources, profiles));
    const found = await engine.find({ q: '', from: '1990-01-01' }, 100);
    const first = hitCard(found.hits.find((h) => h.doc.id === 'first') ?? expect.fail('first'));
    expect(first).toMatchObject({ id: 'first', date: '2023-01-10', speakerId: 'ali-sudani', words: [], outlet: undefined });
    expect(first.role.map((r) => r.text)).toEqual(['رئيس مجلس المحافظة']);
  });

  it('marks what a query matched, in the name, the role and the words', async () => {
    const { engine } = engineOver(buildSearchFiles(statements, sources, profiles));
    const [hit] = (await engine.search({ q: 'السوداني المحافظة الخدمات' })).hits;
    const html = toHtml(statementCard(hitCard(hit ?? expect.fail('no hit')), 2));
    expect(html).toContain('<a href="/speakers/ali-sudani/">علي <mark>السوداني</mark></a>');
    expect(html).toContain('<p class="entry-role">رئيس مجلس <mark>المحافظة</mark></p>');
    expect(html).toContain('<mark>الخدمات</mark>');
    expect(html).toMatch(/^<article class="entry"[^>]*><p class="entry-meta">.*<h2 class="entry-speaker">/u);
  });
});

describe('the card as HTML and as DOM nodes', () => {
  const cards = statements.map((s) => statementCard(cardData(s, sources.get(s.article)), 3));

  it('escapes every text and attribute in HTML', () => {
    const html = toHtml(cards.at(-1) ?? expect.fail('no card'));
    expect(html).not.toContain('<b ');
    expect(html).not.toContain('<i>');
    expect(html).toContain('&lt;b onmouseover=&quot;alert(1)&quot;&gt;سامي&lt;/b&gt;');
    expect(toHtml(h('a', { title: '"><script>' }, 'x & y'))).toBe('<a title="&quot;&gt;&lt;script&gt;">x &amp; y</a>');
  });

  /** A node as text, its attributes sorted (linkedom keeps them in another order than they were set). */
  const canonical = (node: Node): string => {
    if (node.nodeType !== 1) return JSON.stringify(node.textContent);
    const element = node as Element;
    const attributes = [...element.attributes].map((a) => ` ${a.name}=${JSON.stringify(a.value)}`).sort();
    return `<${element.localName}${attributes.join('')}>${[...element.childNodes].map(canonical).join('')}</>`;
  };

  it('is the same markup drawn as DOM nodes as written as HTML', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    for (const card of cards) {
      const holder = document.createElement('div');
      holder.innerHTML = toHtml(card);
      holder.normalize();
      const parsed = holder.firstChild ?? expect.fail('nothing parsed');
      const drawn = toDom(card, document);
      drawn.normalize(); // adjacent text nodes as one («, the words, »), on both sides
      expect(canonical(drawn)).toBe(canonical(parsed));
      expect(canonical(parsed)).toContain('entry-speaker');
    }
  });
});
