/**
 * The index as files: word shards (a word and its clitic forms in one shard,
 * a query loading only its own), text buckets fetched for the hits shown,
 * and ids rebuilt from day and speaker with the exceptions written out.
 */
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/lib/extract/types.ts';
import { buildSearchFiles } from '../../src/lib/search/files.ts';
import { readHead } from '../../src/lib/search/head.ts';
import { HEAD_PATH, shardPath, textPath } from '../../src/lib/search/load.ts';
import { bucketOf } from '../../src/lib/search/texts.ts';
import { shardKey, stem } from '../../src/lib/search/words.ts';
import { engineOver, seedIndex } from './search-helpers.ts';

const { site, files } = seedIndex();
const template = site.statements[0] as Statement;
/** A statement like the seeds' first, with these fields. */
const like = (fields: Partial<Statement>): Statement => ({ ...template, quotes: [], ...fields });

describe('word shards', () => {
  it.each([
    ['انسحاب', ['الانسحاب', 'وانسحاب', 'والانسحاب', 'بالانسحاب', 'للانسحاب', 'فالانسحاب', 'كانسحاب', 'وبالانسحاب']],
    ['قوات', ['القوات', 'والقوات', 'للقوات', 'بقوات', 'فقوات']],
    ['لقاء', ['اللقاء', 'للقاء', 'واللقاء', 'بلقاء']], // a word that itself starts with a clitic letter
    ['بغداد', ['وبغداد', 'ببغداد', 'لبغداد']],
  ])('%s and its clitic forms have one stem, so one shard', (word, forms) => {
    for (const form of forms) {
      expect(stem(form), form).toBe(stem(word));
      expect(shardKey(stem(form)), form).toBe(shardKey(stem(word)));
    }
  });

  it('keeps a short word whole: في is not ي', () => {
    expect(stem('في')).toBe('في');
    expect(stem('وفي')).toBe('في');
  });

  it('a word written with its clitics is found by the bare word, from one shard', async () => {
    const texts = ['أكد الانسحاب', 'أكد وانسحاب', 'أكد بالانسحاب', 'أكد للانسحاب', 'أكد انسحابها', 'أكد سحب'];
    const built = buildSearchFiles(
      texts.map((text, i) => like({ id: `s${i}`, text })),
      new Map(),
      [],
    );
    const { engine, loaded } = engineOver(built);
    const found = await engine.search({ q: 'انسحاب' });
    expect(found.hits.map((h) => h.doc.id).sort()).toEqual(['s0', 's1', 's2', 's3', 's4']);
    expect(loaded.filter((p) => p.startsWith('words/'))).toEqual([shardPath('ان')]);
  });

  it('a query loads the head once and only its words’ shards; dates and facets load none', async () => {
    const { engine, loaded } = engineOver(files);
    const shards = () => loaded.filter((p) => p.startsWith('words/'));
    await engine.search({ q: '2024' });
    await engine.search({ q: '', speaker: 'kenneth-mckenzie' });
    await engine.search({ q: 'كانون الأول 2021', side: 'us' });
    expect(shards()).toEqual([]);
    await engine.search({ q: 'القوات' });
    expect(shards()).toEqual([shardPath('قو')]);
    await engine.search({ q: 'انسحاب القوات' });
    await engine.search({ q: 'والقوات' });
    expect(shards()).toEqual([shardPath('قو'), shardPath('ان')]); // each file is loaded once
    expect(loaded.filter((p) => p === HEAD_PATH)).toHaveLength(1);
  });

  it('does not fetch a shard that does not exist', async () => {
    const { engine, loaded } = engineOver(files);
    expect((await engine.search({ q: 'ظظظ' })).total).toBe(0);
    expect(loaded).toEqual([HEAD_PATH]);
  });
});

describe('text buckets', () => {
  it('are fetched for the hits shown, and only those', async () => {
    const small = buildSearchFiles(site.statements, site.sources, site.speakers, 2);
    const { engine, loaded } = engineOver(small);
    const catalog = readHead(small.head);
    const result = await engine.search({ q: '', from: '1990-01-01' }, 3);
    expect(result.total).toBe(site.statements.length);
    expect(result.hits).toHaveLength(3);
    const positions = result.hits.map((h) => catalog.ids.indexOf(h.doc.id));
    const wanted = [...new Set(positions.map((i) => textPath(bucketOf(i, 2))))].sort();
    expect(loaded.filter((p) => p.startsWith('text/')).sort()).toEqual(wanted);
    expect(wanted.length).toBeLessThan(small.texts.length);
    // The words shown are the statements' own.
    for (const h of result.hits) expect(h.doc.text).toBe(site.statements.find((s) => s.id === h.doc.id)?.text);
    const before = loaded.length;
    await engine.search({ q: '', from: '1990-01-01' }, 3);
    expect(loaded).toHaveLength(before);
  });

  it('a search shows the first 20 hits unless asked for more', async () => {
    const { engine } = engineOver(files);
    const all = await engine.search({ q: '', from: '1990-01-01' });
    expect(all.total).toBe(site.statements.length);
    expect(all.hits).toHaveLength(Math.min(20, site.statements.length));
  });
});

describe('ids rebuilt from day and speaker', () => {
  const mk = (id: string, date: string, speaker = template.speaker) => like({ id, date, speaker });
  const other = { ...template.speaker, id: 'someone-else' };
  const statements = [
    mk('2021-12-10-x-2', '2021-12-10', { ...template.speaker, id: 'x' }), // published first, numbered second
    mk('2021-12-10-x', '2021-12-10', { ...template.speaker, id: 'x' }),
    mk('2021-12-11-someone-else', '2021-12-11', other),
    mk('2021-12-11-someone-else-2', '2021-12-11', other),
    mk('2021-12-09-someone-else', '2021-12-12', other), // an editor moved its date; the id stays
    mk('2021-12-12-someone-else', '2021-12-12', other),
  ];
  const built = buildSearchFiles(statements, new Map(), []);

  it('lists the ids the rule does not give, and nothing else', () => {
    expect(built.head.ids).toEqual([
      [0, '2021-12-10-x-2'],
      [1, '2021-12-10-x'],
      [4, '2021-12-09-someone-else'],
      [5, '2021-12-12-someone-else'],
    ]);
  });

  it('gives back every id exactly', () => {
    expect(readHead(built.head).ids).toEqual(statements.map((s) => s.id));
    expect(readHead(files.head).ids).toEqual(site.statements.map((s) => s.id));
  });

  it('refuses a head it cannot read', () => {
    expect(() => readHead({ version: 1, docs: [] })).toThrow(/version 2/u);
  });
});
