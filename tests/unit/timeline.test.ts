import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/lib/extract/types.ts';
import {
  citation,
  csvParts,
  exportRecord,
  quotationJsonLd,
  timelineJsonParts,
  timelineJsParts,
  type Source,
} from '../../src/lib/site/exports.ts';
import { highlightParagraph } from '../../src/lib/site/highlight.ts';
import { statementCount } from '../../src/lib/site/labels.ts';
import { eventPages, nearest, NEARBY } from '../../src/lib/site/events.ts';
import { byTime, groupByMonth, laneOf } from '../../src/lib/site/order.ts';

const site = new URL('https://bayan.example.org/');
const make = (id: string, date: string, article: string, paragraph: number, extra: Partial<Statement> = {}): Statement => ({
  id,
  article,
  speaker: { id: 'kenneth-mckenzie', name: 'كينيث ماكنزي', nameEn: 'Kenneth McKenzie', side: 'us' },
  date,
  datePrecision: 'day',
  dateBasis: 'relative',
  dateEvidence: 'اليوم الجمعة',
  quotes: ['الولايات المتحدة ستبقي على 2500 عنصر'],
  text: 'وقال ماكنزي إن "الولايات المتحدة ستبقي على 2500 عنصر".',
  paragraphs: [paragraph],
  ...extra,
});
const published = new Map([
  ['a', '2021-12-10T13:45'],
  ['b', '2021-12-10T09:00'],
]);
const sources = new Map<string, Source>([
  ['a', { slug: 'a', title: 'عنوان "أ", مع فاصلة', outlet: 'IQ News', published: '2021-12-10T13:45', url: 'https://example.org/a' }],
]);

describe('ordering and grouping', () => {
  it('orders statements on one day by publication time, then paragraph, then id, whatever order they come in', () => {
    const s = [
      make('x3', '2021-12-10', 'a', 2),
      make('x1', '2021-12-10', 'b', 5),
      make('x2', '2021-12-10', 'a', 1),
      make('x0', '2021-09-09', 'a', 9),
    ];
    const expected = ['x0', 'x1', 'x2', 'x3'];
    expect([...s].sort(byTime(published)).map((x) => x.id)).toEqual(expected);
    expect(
      [...s]
        .reverse()
        .sort(byTime(published))
        .map((x) => x.id),
    ).toEqual(expected);
  });
  it('groups under year and month, keeping the given order (newest first works too)', () => {
    const s = [make('c', '2024-08-15', 'a', 1), make('b', '2024-08-14', 'a', 1), make('a', '2021-12-10', 'a', 1)];
    expect(groupByMonth(s).map((y) => [y.year, y.months.map((m) => [m.key, m.statements.map((x) => x.id)])])).toEqual([
      [2024, [['2024-08', ['c', 'b']]]],
      [2021, [['2021-12', ['a']]]],
    ]);
  });
  it('counts statements the way Arabic does', () => {
    expect([0, 1, 2, 3, 11].map(statementCount)).toEqual(['لا تصريحات', 'تصريح واحد', 'تصريحان', '3 تصريحات', '11 تصريحاً']);
  });
  it('puts Iraq in one lane and the US and the coalition in the other', () => {
    expect([laneOf('iraq'), laneOf('us'), laneOf('coalition'), laneOf('iran'), laneOf(undefined)]).toEqual([
      'iraq',
      'west',
      'west',
      'other',
      'other',
    ]);
  });
  it('finds the previous and next statements', () => {
    const s = [make('a', '2020-01-01', 'a', 1), make('b', '2021-01-01', 'a', 1), make('c', '2022-01-01', 'a', 1)];
    const pages = eventPages(s);
    expect(pages[1]).toMatchObject({ statement: s[1], previous: s[0], next: s[2], speakerTotal: 3 });
    expect(pages[0]).not.toHaveProperty('previous');
    expect(pages[0]?.next).toBe(s[1]);
  });
  it("lists the speaker's other statements nearest in time, at most NEARBY, never the statement itself", () => {
    const other = { id: 'mohammed-shia-al-sudani', name: 'محمد شياع السوداني', side: 'iraq' as const };
    const s = Array.from({ length: 30 }, (_, i) =>
      make(`s${i}`, `2020-01-${String(i + 1).padStart(2, '0')}`, 'a', 1, i % 3 === 0 ? { speaker: other } : {}),
    );
    const pages = eventPages(s);
    const mckenzie = s.filter((_, i) => i % 3 !== 0);
    const page = pages[13] as (typeof pages)[number]; // McKenzie's 9th of 20 statements
    expect(page.speakerTotal).toBe(20);
    expect(page.nearby).toHaveLength(NEARBY);
    expect(page.nearby).not.toContain(s[13]);
    expect(page.nearby.every((o) => o.speaker.id === 'kenneth-mckenzie')).toBe(true);
    expect(page.nearby).toEqual([...mckenzie.slice(3, 8), ...mckenzie.slice(9, 14)]);
    expect(pages[0]?.nearby).toEqual(s.filter((_, i) => i % 3 === 0).slice(1)); // al-Sudani has 10: the other 9
    expect(nearest(['a', 'b', 'c', 'd', 'e'], 0, 2)).toEqual(['b', 'c']); // at an end, all from one side
  });
});

describe('exports', () => {
  const s = make('2021-12-10-kenneth-mckenzie', '2021-12-10', 'a', 7, { quotes: ['قال "نعم"، ثم غادر'], text: 'سطر\nثان' });
  it('the CSV starts with a BOM, quotes what must be quoted, and has one row per statement', () => {
    const csv = [...csvParts([s, make('2021-12-10-kenneth-mckenzie-2', '2021-12-10', 'a', 8)], sources, site)].join('');
    expect(csv.startsWith('\ufeffid,date,')).toBe(true);
    expect(csv).toContain('"قال ""نعم""، ثم غادر"');
    expect(csv).toContain('"سطر\nثان"');
    expect(csv).toContain('"عنوان ""أ"", مع فاصلة"');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(3);
  });
  it('TimelineJS gets one event per statement with its date parts and side group', () => {
    const tl = JSON.parse([...timelineJsParts([s], sources, site)].join('')) as {
      title: { text: { headline: string } };
      events: { text: { text: string } }[];
    };
    expect(tl.title.text.headline).toBe('بيان');
    expect(tl.events).toEqual([
      expect.objectContaining({
        unique_id: s.id,
        start_date: expect.objectContaining({ year: 2021, month: 12, day: 10 }),
        group: 'الولايات المتحدة',
      }),
    ]);
    expect(tl.events[0]?.text.text).toContain('&#34;');
  });
  it('the JSON export is the records, oldest first, under "statements", indented', () => {
    const two = [s, make('2021-12-10-kenneth-mckenzie-2', '2021-12-10', 'a', 8)];
    const text = [...timelineJsonParts(two, sources, site)].join('');
    expect(text).toBe(JSON.stringify({ statements: two.map((x) => exportRecord(x, sources.get('a'), site)) }, null, 2));
  });
  it('the JSON record carries full provenance', () => {
    expect(exportRecord(s, sources.get('a'), site)).toMatchObject({
      id: s.id,
      url: 'https://bayan.example.org/events/2021-12-10-kenneth-mckenzie/',
      source: { outlet: 'IQ News', originalUrl: 'https://example.org/a', paragraphUrls: ['https://bayan.example.org/articles/a/#p-7'] },
    });
  });
  it('JSON-LD is a Quotation spoken by a Person, based on the NewsArticle', () => {
    expect(quotationJsonLd(s, sources.get('a'), site)).toMatchObject({
      '@type': 'Quotation',
      dateCreated: '2021-12-10',
      spokenByCharacter: { '@type': 'Person', name: 'كينيث ماكنزي' },
      isBasedOn: { '@type': 'NewsArticle', publisher: { name: 'IQ News' }, url: 'https://bayan.example.org/articles/a/#p-7' },
    });
    const institution = { ...s, speaker: { id: 'joint-operations-command', name: 'قيادة العمليات المشتركة' } };
    expect(quotationJsonLd(institution, undefined, site)).toMatchObject({ spokenByCharacter: { '@type': 'Organization' } });
  });
  it('the citation names speaker, day, outlet, article and permanent URL', () => {
    expect(citation(s, sources.get('a'), site)).toBe(
      'كينيث ماكنزي (Kenneth McKenzie)، 10 كانون الأول 2021، نقلاً عن IQ News، «عنوان "أ", مع فاصلة»، 10 كانون الأول 2021. بيان: https://bayan.example.org/events/2021-12-10-kenneth-mckenzie/',
    );
  });
});

describe('highlightParagraph', () => {
  it('marks the sentences of a statement and leaves the rest as text', () => {
    const text = 'تمهيد لا يخص أحداً. وقال ماكنزي إن "الولايات المتحدة ستبقي على 2500 عنصر". وانتهى المؤتمر.';
    const s = make('id', '2021-12-10', 'a', 3);
    const runs = highlightParagraph(text, 3, [s]);
    expect(runs.map((r) => [r.text, r.statement?.id])).toEqual([
      ['تمهيد لا يخص أحداً. ', undefined],
      ['وقال ماكنزي إن "الولايات المتحدة ستبقي على 2500 عنصر".', 'id'],
      [' وانتهى المؤتمر.', undefined],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(highlightParagraph(text, 4, [s])).toEqual([{ text }]);
  });
  it("gives each of two speakers in one sentence their own clause, and keeps one speaker's clauses together", () => {
    const text = 'وقال العباسي إن القوات جاهزة، فيما أكد يارالله أن الخطط جاهزة.';
    const a = make('a', '2026-03-12', 'x', 1, { text: 'وقال العباسي إن القوات جاهزة،' });
    const b = make('b', '2026-03-12', 'x', 1, { text: 'فيما أكد يارالله أن الخطط جاهزة.' });
    expect(highlightParagraph(text, 1, [a, b]).map((r) => r.statement?.id)).toEqual(['a', undefined, 'b']);
    const one = make('one', '2026-03-12', 'x', 1, { text });
    expect(highlightParagraph(text, 1, [one])).toEqual([{ text, statement: one }]);
  });
});
