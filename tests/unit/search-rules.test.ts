/**
 * Each search rule on Arabic sentences written for it, in a small index of
 * its own, so a rule can be seen to matter.
 */
import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../src/lib/search/documents.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';

const filler = 'وتناول اللقاء العلاقات الثنائية بين البلدين وسبل تعزيزها في المجالات الاقتصادية والأمنية والثقافية. ';
const index: SearchIndex = {
  version: 1,
  speakers: [
    { id: 'kenneth-mckenzie', name: 'كينيث ماكنزي', nameEn: 'Kenneth McKenzie', aliases: ['ماكنزي'], side: 'us' },
    { id: 'tahsin-al-khafaji', name: 'تحسين الخفاجي', nameEn: 'Tahsin al-Khafaji', side: 'iraq' },
    { id: 'sinan-al-hamdani', name: 'سنان الحمداني', side: 'iraq' },
  ],
  articles: [{ title: 'العمليات المشتركة ترد', outlet: 'IQ News' }],
  docs: [
    {
      id: 'a',
      date: '2021-12-10',
      dates: '',
      speaker: 0,
      article: 0,
      text: `قال القائد الأمريكي إن 2500 جندي سيبقون، ${filler.repeat(8)}القوات القتالية ستغادر.`,
    },
    { id: 'b', date: '2021-12-11', dates: '', speaker: 1, article: 0, text: 'ماكينزي: 2500 جندي' },
    { id: 'c', date: '2021-12-12', dates: '', speaker: 2, article: 0, text: 'قالَ الحمدانيُّ إنّ انسحابَ القواتِ الأجنبية سيكتمل هذه السنة.' },
  ],
};
const engine = new SearchEngine(index);
const ids = (q: string) => engine.search({ q }).hits.map((h) => h.doc.id);

describe('search rules', () => {
  it('a named speaker’s statements come before another’s that only mention the name', () => {
    // b is short and spells every word exactly as typed, so fuse.js alone scores it higher;
    // a is McKenzie's own statement, and his name (with a slip) is in the query.
    expect(ids('ماكينزي 2500 جندي')).toEqual(['a', 'b']);
    expect(ids('ماكينزي')).toEqual(['a', 'b']);
    expect(ids('McKenzie')).toEqual(['a']);
  });

  it('finds a word standing late in a long statement (ignoreLocation)', () => {
    expect(index.docs[0]?.text.indexOf('القتالية')).toBeGreaterThan(700);
    expect(ids('القتالية')).toEqual(['a']);
  });

  it('matches two words in either order', () => {
    expect(ids('القوات انسحاب')).toEqual(['c']);
    expect(ids('انسحاب القوات')).toEqual(['c']);
  });

  it('ignores harakat and shadda on both sides, and marks the original word with them', () => {
    const [hit] = engine.search({ q: 'الحمداني' }).hits;
    expect(hit?.doc.id).toBe('c');
    expect(hit?.words.filter((s) => s.mark).map((s) => s.text)).toEqual(['الحمدانيُّ']);
    expect(ids('انسحَاب')).toEqual(['c']);
  });

  it('tolerates one slip in a longer word but not a different short word', () => {
    expect(ids('الحمدان')).toContain('c');
    expect(ids('الحمداتي')).toContain('c');
    expect(ids('سنه')).toEqual(['c']); // "السنة", not "سنان": short words must match exactly
  });

  it('searches the article title and outlet too', () => {
    expect(ids('IQ News')).toHaveLength(3);
  });
});
