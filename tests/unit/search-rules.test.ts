/**
 * Each search rule on Arabic sentences written for it, in a small index of
 * its own, so a rule can be seen to matter.
 */
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/lib/extract/types.ts';
import { buildSearchFiles } from '../../src/lib/search/files.ts';
import type { Side } from '../../src/lib/speakers/types.ts';
import type { SpeakerProfile } from '../../src/lib/site/speakers.ts';
import { engineOver, statementBy } from './search-helpers.ts';

const filler = 'وتناول اللقاء العلاقات الثنائية بين البلدين وسبل تعزيزها في المجالات الاقتصادية والأمنية والثقافية. ';
const speakers = [
  { id: 'kenneth-mckenzie', name: 'كينيث ماكنزي', nameEn: 'Kenneth McKenzie', aliases: ['ماكنزي'], side: 'us' as Side },
  { id: 'tahsin-al-khafaji', name: 'تحسين الخفاجي', nameEn: 'Tahsin al-Khafaji', aliases: [], side: 'iraq' as Side },
  { id: 'sinan-al-hamdani', name: 'سنان الحمداني', aliases: [], side: 'iraq' as Side },
];
const profiles = speakers.map((s): SpeakerProfile => ({ ...s, provisional: false, statements: [] }));
/** A statement by the speaker at `who`, in the one article. */
const said = (id: string, date: string, who: number, text: string): Statement => statementBy(id, date, speakers[who], text);
const statements = [
  said('a', '2021-12-10', 0, `قال القائد الأمريكي إن 2500 جندي سيبقون، ${filler.repeat(8)}القوات القتالية ستغادر.`),
  said('b', '2021-12-11', 1, 'ماكينزي: 2500 جندي، قالها أندرسون'),
  said('c', '2021-12-12', 2, 'قالَ الحمدانيُّ إنّ انسحابَ القواتِ الأجنبية سيكتمل هذه السنة.'),
];
const sources = new Map([['a', { slug: 'a', title: 'العمليات المشتركة ترد', outlet: 'IQ News', published: '2021-12-12' }]]);
const { engine } = engineOver(buildSearchFiles(statements, sources, profiles));
const ids = async (q: string) => (await engine.search({ q })).hits.map((h) => h.doc.id);

describe('search rules', () => {
  it('a named speaker’s statements come before another’s that only mention the name', async () => {
    // b is short and spells every word exactly as typed; a is McKenzie's own statement, and his name (with a slip) is in the query.
    expect(await ids('ماكينزي 2500 جندي')).toEqual(['a', 'b']);
    expect(await ids('ماكينزي')).toEqual(['a', 'b']);
    expect(await ids('McKenzie')).toEqual(['a']);
  });

  it('finds a word standing late in a long statement', async () => {
    expect(statements[0]?.text.indexOf('القتالية')).toBeGreaterThan(700);
    expect(await ids('القتالية')).toEqual(['a']);
  });

  it('matches two words in either order', async () => {
    expect(await ids('القوات انسحاب')).toEqual(['c']);
    expect(await ids('انسحاب القوات')).toEqual(['c']);
  });

  it('ignores harakat and shadda on both sides, and marks the original word with them', async () => {
    const [hit] = (await engine.search({ q: 'الحمداني' })).hits;
    expect(hit?.doc.id).toBe('c');
    expect(hit?.words.filter((s) => s.mark).map((s) => s.text)).toEqual(['الحمدانيُّ']);
    expect(await ids('انسحَاب')).toEqual(['c']);
  });

  it('tolerates one slip in a longer word but not a different short word', async () => {
    expect(await ids('الحمدان')).toContain('c');
    expect(await ids('الحمداتي')).toContain('c');
    expect(await ids('سنه')).toEqual(['c']); // "السنة", not "سنان": short words must match exactly
  });

  it('finds a word with or without its clitics, either way round', async () => {
    expect(await ids('الانسحاب')).toEqual(['c']); // the text has انسحاب
    expect(await ids('بالقوات')).toEqual(['c', 'a']); // the texts have القوات and القوات
    expect(await ids('انسحابها')).toEqual([]); // a longer word is not found by its start
  });

  it('does not take one word for another that shares letters: a slip is one letter, past the first two', async () => {
    expect(await ids('القواعد')).toEqual([]); // bases, not forces (القوات)
    expect(await ids('ساندرس')).toEqual([]); // Sanders is not Anderson (أندرسون)
    expect(await ids('اندرسن')).toEqual(['b']); // but Anderson with a letter missing is
  });

  it('finds a speaker by a name with a slip anywhere, also in its first two letters', async () => {
    // b's text says ماكينزي: in the text, a slip in the first two letters is not found (another shard).
    expect(await ids('مكنزي')).toEqual(['a']);
  });

  it('searches the article title and outlet too', async () => {
    expect(await ids('IQ News')).toHaveLength(3);
    expect(await ids('المشتركة')).toHaveLength(3);
  });
});
