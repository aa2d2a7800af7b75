/**
 * Ranking on the seeds: what a reader typing a name, a date or a few words
 * gets first. Expectations come from the gold file, not from the engine.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/lib/arabic/normalize.ts';
import type { SearchHit } from '../../src/lib/search/engine.ts';
import { nameWords } from '../../src/lib/search/name-words.ts';
import { namedSpeakers } from '../../src/lib/search/names.ts';
import { engineOver, seedIndex } from './search-helpers.ts';

interface GoldStatement {
  speaker: string;
  keys: string[];
  date?: string;
  dates?: [string, string];
  optional?: boolean;
}
const gold = (
  JSON.parse(readFileSync(new URL('../fixtures/seeds-gold.json', import.meta.url), 'utf8')) as {
    articles: { statements: GoldStatement[] }[];
  }
).articles.flatMap((a) => a.statements.filter((s) => !s.optional));

const { site, files } = seedIndex();
const { speakers } = files.head;
const { engine } = engineOver(files);
/** Every match, not only the first page: the seeds are small. */
const search = (q: string, facets = {}) => engine.search({ q, ...facets }, 1000);
const ids = (hits: SearchHit[]) => hits.map((h) => h.doc.id);

/** The gold statements of the speaker whose description starts with `who`. */
const goldOf = (who: string) => gold.filter((g) => g.speaker.startsWith(who));
/** True when a hit is the gold statement: same day, and one of its keys in the speaker's names. */
const isGold = (hit: SearchHit, g: GoldStatement) =>
  (g.date ? hit.doc.date === g.date : hit.doc.date >= (g.dates?.[0] ?? '') && hit.doc.date <= (g.dates?.[1] ?? '')) &&
  g.keys.some((k) => normalizeArabic(`${hit.speaker.name} ${hit.speaker.nameEn ?? ''}`).includes(normalizeArabic(k)));
/** The first `wanted.length` hits are exactly the wanted gold statements, in any order. */
function expectFirst(hits: SearchHit[], wanted: GoldStatement[]) {
  expect(wanted.length).toBeGreaterThan(0);
  const head = hits.slice(0, wanted.length);
  expect(head.length, ids(hits).join(' ')).toBe(wanted.length);
  for (const g of wanted)
    expect(
      head.some((h) => isGold(h, g)),
      `${g.speaker} in ${ids(head).join(' ')}`,
    ).toBe(true);
}

describe('a speaker name, in any spelling, ranks that speaker first', () => {
  it.each(['ماكنزي', 'ماكينزي', 'McKenzie', 'mckenzie', 'ماكِنزي', 'كينيث ماكنزي'])(
    '%s → exactly McKenzie’s two statements first',
    async (q) => {
      const mckenzie = goldOf('Kenneth McKenzie');
      expect(mckenzie).toHaveLength(2);
      const { hits } = await search(q);
      expectFirst(hits, mckenzie);
      expect(hits.slice(2).every((h) => h.speaker.id !== hits[0]?.speaker.id)).toBe(true);
    },
  );

  it.each([
    ['سينغ', 'Sabrina Singh'],
    ['Singh', 'Sabrina Singh'],
    ['السوداني', 'Mohammed Shia al-Sudani'],
    ['Sudani', 'Mohammed Shia al-Sudani'],
    ['رايدر', 'Patrick Ryder'],
    ['الخفاجي', 'Tahsin al-Khafaji'],
  ])('%s → %s first', async (q, who) => {
    expectFirst((await search(q)).hits, goldOf(who));
  });

  it('does not take offices, institutions or places for names', async () => {
    const words = nameWords(speakers).flat();
    for (const generic of ['العراقيه', 'وزاره', 'الخارجيه', 'قياده', 'العمليات', 'اللواء', 'الجنرال', 'الثالث'])
      expect(words).not.toContain(generic);
    expect(namedSpeakers(['العراق'], nameWords(speakers)).size).toBe(0);
    expect(namedSpeakers(['وزاره', 'الدفاع'], nameWords(speakers)).size).toBe(0);
  });

  it('names a speaker from four typed letters, not from three', async () => {
    const words = nameWords(speakers);
    const at = speakers.findIndex((s) => s.id === 'kenneth-mckenzie');
    expect([...namedSpeakers(['ماكن'], words).keys()]).toEqual([at]);
    expect(namedSpeakers(['ماك'], words).size).toBe(0);
  });

  it('marks the name that matched, on the original spelling', async () => {
    const [first] = (await search('ماكينزي')).hits;
    expect(first?.name.filter((s) => s.mark).map((s) => s.text)).toEqual(['ماكنزي']);
    expect((await search('McKenzie')).hits[0]?.nameEn.filter((s) => s.mark).map((s) => s.text)).toEqual(['McKenzie']);
  });
});

describe('a date in the query filters by date', () => {
  it.each(['كانون الأول 2021', 'ديسمبر 2021', 'December 2021', '2021-12', '10/12/2021', '١٠/١٢/٢٠٢١'])(
    '%s → the 2021-12-10 statements',
    async (q) => {
      const wanted = gold.filter((g) => g.date === '2021-12-10');
      const { hits, total } = await search(q);
      expect(total).toBe(wanted.length);
      expectFirst(hits, wanted);
    },
  );

  it('2024 → only and all the statements dated in 2024, newest first', async () => {
    const { hits, total } = await search('2024');
    const in2024 = site.statements.filter((d) => d.date.startsWith('2024'));
    expect(total).toBe(in2024.length);
    expect(hits.every((h) => h.doc.date.startsWith('2024'))).toBe(true);
    expect(hits.map((h) => h.doc.date)).toEqual([...hits.map((h) => h.doc.date)].sort().reverse());
  });

  it('باتيل 2024-08 → Patel’s statement, and nothing outside August 2024', async () => {
    const { hits } = await search('باتيل 2024-08');
    expectFirst(hits, goldOf('Vedant Patel'));
    expect(hits.every((h) => h.doc.date.startsWith('2024-08'))).toBe(true);
    expect((await search('باتيل 2021')).total).toBe(0);
  });

  it('2500 جندي is words (the troop count), not the year 2500', async () => {
    const { hits, query } = await search('2500 جندي');
    expect(query.range).toBeUndefined();
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(normalizeArabic(h.doc.text)).toMatch(/2500/u);
  });
});

describe('words', () => {
  it('match in any order', async () => {
    const forward = ids((await search('انسحاب القوات')).hits);
    expect(forward.length).toBeGreaterThan(0);
    expect(new Set(ids((await search('القوات انسحاب')).hits))).toEqual(new Set(forward));
  });

  it('all have to match: a second word narrows', async () => {
    const one = (await search('القوات')).total;
    const two = (await search('القوات البنتاغون')).total;
    expect(two).toBeGreaterThan(0);
    expect(two).toBeLessThan(one);
  });

  it('find nothing for a word in no statement', async () => {
    expect((await search('بطاطا')).total).toBe(0);
  });

  it('find a quotation by a word from it, and mark that word', async () => {
    const { hits } = await search('الاستراتيجية');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.words.some((s) => s.mark && normalizeArabic(s.text) === 'الاستراتيجيه')).toBe(true);
  });
});

describe('facets', () => {
  it('a speaker facet keeps only that speaker', async () => {
    const { hits } = await search('', { speaker: 'kenneth-mckenzie' });
    expectFirst(hits, goldOf('Kenneth McKenzie'));
    expect(hits).toHaveLength(2);
  });

  it('a side facet keeps only that side', async () => {
    const { hits } = await search('القوات', { side: 'iraq' });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.speaker.side === 'iraq')).toBe(true);
    expect((await search('القوات')).total).toBeGreaterThan(hits.length);
  });

  it('from/to narrow, and combine with a date in the query', async () => {
    expect((await search('', { from: '2024-01-01', to: '2024-01-31' })).hits.every((h) => h.doc.date.startsWith('2024-01'))).toBe(true);
    expect((await search('2024', { to: '2024-01-31' })).total).toBe(site.statements.filter((d) => d.date.startsWith('2024-01')).length);
    expect((await search('2021', { from: '2024-01-01' })).total).toBe(0);
  });

  it('nothing asked, nothing shown', async () => {
    expect((await search('')).total).toBe(0);
    expect((await search('.*[(')).total).toBe(0);
  });
});
