import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/lib/extract/types.ts';
import { dateForms } from '../../src/lib/search/head-file.ts';
import { buildSearchFiles } from '../../src/lib/search/files.ts';
import { readHead } from '../../src/lib/search/catalog.ts';
import { excerpt, matchSpans, segment } from '../../src/lib/search/highlight.ts';
import { readState, writeState } from '../../src/lib/search/state.ts';
import { cardWords } from '../../src/lib/site/card.ts';
import { seedIndex, speakerOrder, timeOrder } from './search-helpers.ts';

describe('the search index', () => {
  const { site, files } = seedIndex();
  const catalog = readHead(files.head);
  const texts = timeOrder(files);

  it('has one entry per statement, in time order, with its id, day, speaker and words', () => {
    expect(catalog.dates.map((_, at) => catalog.idOf(at))).toEqual(site.statements.map((s) => s.id));
    expect(catalog.dates).toEqual(site.statements.map((s) => s.date));
    expect([...catalog.speakerOf].map((i) => catalog.speakers[i]?.id)).toEqual(site.statements.map((s) => s.speaker.id));
    expect(texts.map((e) => e.text)).toEqual(site.statements.map((s) => s.text));
  });

  it('writes the words again in speaker order: each speaker’s statements together, in time order', () => {
    const order = speakerOrder(site.statements);
    const bySpeaker = [...files.texts].filter(([name]) => name.startsWith('s'));
    expect(bySpeaker).toHaveLength(Math.ceil(site.statements.length / 16));
    order.forEach((i, rank) => expect(files.texts.get(`s${Math.floor(rank / 16)}`)?.[rank % 16]).toEqual(texts[i]));
  });

  it('lists each speaker once, with English name, aliases and role', () => {
    const ids = files.head.speakers.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const mckenzie = files.head.speakers.find((s) => s.id === 'kenneth-mckenzie');
    expect(mckenzie?.nameEn).toBe('Kenneth McKenzie');
    expect(mckenzie?.aliases).toContain('ماكينزي');
    expect(mckenzie?.role).toBeTruthy();
  });

  it('points at the first quotation inside the text', () => {
    expect(texts.some((e) => e.quote)).toBe(true);
    for (const [i, { text, quote }] of texts.entries()) {
      const first = site.statements[i]?.quotes[0];
      if (first === undefined) expect(quote).toBeUndefined();
      else expect(Array.isArray(quote) && text.slice(...quote)).toBe(first);
    }
  });

  it('holds a quotation that is not in the text as its words (an editor’s addition)', () => {
    const statement = { ...site.statements[0], text: 'قال الوزير إن القوات باقية', quotes: ['لن ننسحب من القواعد'] } as Statement;
    expect(buildSearchFiles([statement], new Map(), []).texts.get('t0')?.[0]?.quote).toBe('لن ننسحب من القواعد');
  });

  it('gives each date the forms a reader types: both Arabic month names, English, year', () => {
    expect(dateForms('2021-12-10')).toBe('كانون الأول ديسمبر December 2021');
    expect(dateForms('2024-08-14')).toBe('آب أغسطس August 2024');
  });
});

describe('highlighting on the original words', () => {
  it('marks a folded match on the original, harakat and all', () => {
    const text = 'قالَ ماكِنزيّ إنّ القوات ستبقى';
    const spans = matchSpans(text, ['ماكنزي']);
    expect(spans.map(([a, b]) => text.slice(a, b))).toEqual(['ماكِنزيّ']);
  });

  it('marks a word where it begins a written word, after a clitic, but not inside another word', () => {
    const text = 'قال الصحفيين في بغداد إن والقوات باقية';
    expect(matchSpans(text, ['في']).map(([a, b]) => text.slice(a, b))).toEqual(['في']);
    expect(matchSpans(text, ['القوات']).map(([a, b]) => text.slice(a, b))).toEqual(['القوات']);
    expect(matchSpans(text, ['ال'])).toEqual([]);
  });

  it('marks a word found with a slip only when the whole word is the query word with a slip', () => {
    const text = 'مكافحة الارهاب مع ماكنزي';
    // مكافحة shares scattered letters with the query, not a word
    expect(matchSpans(text, ['ماكينزي']).map(([a, b]) => text.slice(a, b))).toEqual(['ماكنزي']);
  });

  it('marks the whole written word a query word begins, with the clitics typed and not the others', () => {
    const text = 'أكد أن انسحابها وبالانسحاب الكامل';
    expect(matchSpans(text, ['انسحاب']).map(([a, b]) => text.slice(a, b))).toEqual(['انسحابها', 'انسحاب']);
    expect(matchSpans(text, ['الانسحاب']).map(([a, b]) => text.slice(a, b))).toEqual(['انسحابها', 'الانسحاب']);
  });

  it('lands on the right letters in text that is not NFC: the index stores NFC', () => {
    const text = 'قال الا\u0654مير ان القوات';
    const statement = { ...seedIndex().site.statements[0], text, quotes: [] } as Statement;
    const stored = buildSearchFiles([statement], new Map(), []).texts.get('t0')?.[0]?.text ?? '';
    expect(stored).toBe(text.normalize('NFC'));
    expect(matchSpans(stored, ['القوات']).map(([a, b]) => stored.slice(a, b))).toEqual(['القوات']);
  });

  it('marks every occurrence of a word found with a slip', () => {
    const text = 'قال ماكنزي ثم كرر ماكنزي';
    expect(matchSpans(text, ['ماكينزي']).map(([a, b]) => text.slice(a, b))).toEqual(['ماكنزي', 'ماكنزي']);
  });

  it('cuts a window around the first match at word boundaries', () => {
    const text = `${'كلمة '.repeat(100)}الانسحاب ${'كلمة '.repeat(100)}`;
    const parts = excerpt(text, matchSpans(text, ['الانسحاب']), 120);
    expect(parts[0]?.text).toBe('… ');
    expect(parts.at(-1)?.text).toBe(' …');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['الانسحاب']);
    expect(parts.map((p) => p.text).join('')).toMatch(/^… (كلمة )+الانسحاب( كلمة)+ …$/u);
  });

  it('shows the first quotation, in «», when nothing in the text matched; the text when it has none', () => {
    const text = 'وقال الوزير: "لن ننسحب من القواعد" وأضاف كلاماً آخر';
    expect(cardWords(text, 'لن ننسحب من القواعد', [])).toEqual({ words: [{ text: 'لن ننسحب من القواعد', mark: false }], quoted: true });
    expect(cardWords(text, undefined)).toEqual({ words: [{ text, mark: false }], quoted: false });
    const matched = cardWords(text, 'لن ننسحب من القواعد', matchSpans(text, ['كلاما']));
    expect(matched.quoted).toBe(false);
    expect(matched.words.filter((p) => p.mark).map((p) => p.text)).toEqual(['كلاماً']);
  });

  it('segments a name', () => {
    expect(segment('كينيث ماكنزي', [[6, 12]])).toEqual([
      { text: 'كينيث ', mark: false },
      { text: 'ماكنزي', mark: true },
    ]);
  });
});

describe('search state in the URL', () => {
  it('round-trips words and facets', () => {
    const params = new URLSearchParams('q=ماكنزي 2021&speaker=kenneth-mckenzie&side=us&from=2021-01-01&to=2021-12-31');
    expect(writeState(readState(params)).toString()).toBe(params.toString());
  });

  it('drops facets that cannot be (an unknown side, a date that is not ISO) and empty values', () => {
    expect(readState(new URLSearchParams('q=&side=mars&from=yesterday&to=2021-12-31'))).toEqual({ q: '', to: '2021-12-31' });
    expect(writeState({ q: '  ' }).toString()).toBe('');
  });
});
