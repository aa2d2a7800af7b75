import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/lib/extract/types.ts';
import { buildSearchIndex, dateForms } from '../../src/lib/search/documents.ts';
import { excerpt, matchSpans, segment } from '../../src/lib/search/highlight.ts';
import { readState, writeState } from '../../src/lib/search/state.ts';
import { seedIndex } from './search-helpers.ts';

describe('the search index', () => {
  const { site, index } = seedIndex();

  it('has one document per statement, in time order, with its speaker and article', () => {
    expect(index.docs.map((d) => d.id)).toEqual(site.statements.map((s) => s.id));
    for (const [i, d] of index.docs.entries()) {
      const s = site.statements[i];
      expect(index.speakers[d.speaker]?.id).toBe(s?.speaker.id);
      expect(index.articles[d.article]?.title).toBe(site.sources.get(s?.article ?? '')?.title);
      expect(d.text).toBe(s?.text);
    }
  });

  it('lists each speaker once, with English name, aliases and role', () => {
    const ids = index.speakers.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const mckenzie = index.speakers.find((s) => s.id === 'kenneth-mckenzie');
    expect(mckenzie?.nameEn).toBe('Kenneth McKenzie');
    expect(mckenzie?.aliases).toContain('ماكينزي');
  });

  it('points at the first quotation inside the text', () => {
    for (const [i, d] of index.docs.entries()) {
      const first = site.statements[i]?.quotes[0];
      if (first === undefined) expect(d.quote).toBeUndefined();
      else expect(d.text.slice(...(d.quote ?? [0, 0]))).toBe(first);
    }
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

  it('keeps a fuzzy match only when its whole word is the query word with a slip', () => {
    const text = 'مكافحة الارهاب مع ماكنزي';
    // fuse.js reports scattered letters ("كا" in مكافحة) as well as the name
    const spans = matchSpans(
      text,
      ['ماكينزي'],
      [
        [1, 3],
        [18, 24],
      ],
    );
    expect(spans.map(([a, b]) => text.slice(a, b))).toEqual(['ماكنزي']);
  });

  it('lands on the right letters in text that is not NFC: the index stores NFC', () => {
    const text = 'قال الا\u0654مير ان القوات';
    const statement = { ...seedIndex().site.statements[0], text, quotes: [] } as Statement;
    const [doc] = buildSearchIndex([statement], new Map(), []).docs;
    expect(doc?.text).toBe(text.normalize('NFC'));
    expect(matchSpans(doc?.text ?? '', ['القوات']).map(([a, b]) => doc?.text.slice(a, b))).toEqual(['القوات']);
  });

  it('marks every occurrence of a word found with a slip', () => {
    const text = 'قال ماكنزي ثم كرر ماكنزي';
    // fuzzy span on the folded text, as fuse.js reports it for the query ماكينزي
    expect(matchSpans(text, ['ماكينزي'], [[4, 10]]).map(([a, b]) => text.slice(a, b))).toEqual(['ماكنزي', 'ماكنزي']);
  });

  it('cuts a window around the first match at word boundaries', () => {
    const text = `${'كلمة '.repeat(100)}الانسحاب ${'كلمة '.repeat(100)}`;
    const parts = excerpt(text, matchSpans(text, ['الانسحاب']), 120);
    expect(parts[0]?.text).toBe('… ');
    expect(parts.at(-1)?.text).toBe(' …');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['الانسحاب']);
    expect(parts.map((p) => p.text).join('')).toMatch(/^… (كلمة )+الانسحاب( كلمة)+ …$/u);
  });

  it('shows the first quotation when nothing in the text matched', () => {
    const text = 'وقال الوزير: "لن ننسحب" وأضاف كلاماً آخر';
    const quote = '"لن ننسحب"';
    const at = text.indexOf(quote);
    expect(
      excerpt(text, [], 240, [at, at + quote.length])
        .map((p) => p.text)
        .join(''),
    ).toBe('… "لن ننسحب" …');
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
