/**
 * The index as files: word shards (a word and its clitic forms in one shard,
 * a query loading only its own), text buckets fetched for the hits shown,
 * and ids rebuilt from day and speaker with the exceptions written out.
 */
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/lib/extract/types.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { buildSearchFiles, filesByPath, memoryLoader, type SearchFiles } from '../../src/lib/search/files.ts';
import { readHead } from '../../src/lib/search/catalog.ts';
import { HEAD_PATH, shardPath, textPath } from '../../src/lib/search/load.ts';
import { shardKey, stem } from '../../src/lib/search/words.ts';
import { engineOver, seedIndex, speakerOrder } from './search-helpers.ts';
import type { SearchHead } from '../../src/lib/search/head-file.ts';

/** Every statement's id, as the browser reads them from the head. */
const idsOfHead = (head: SearchHead): string[] => {
  const catalog = readHead(head);
  return catalog.dates.map((_, at) => catalog.idOf(at));
};

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
    expect(loaded.filter((p) => p.startsWith('words/'))).toEqual([shardPath('ان', built.head.digest)]);
  });

  it('a query loads the head once and only its words’ shards; dates and facets load none', async () => {
    const { engine, loaded } = engineOver(files);
    const shards = () => loaded.filter((p) => p.startsWith('words/'));
    await engine.search({ q: '2024' });
    await engine.search({ q: '', speaker: 'kenneth-mckenzie' });
    await engine.search({ q: 'كانون الأول 2021', side: 'us' });
    expect(shards()).toEqual([]);
    await engine.search({ q: 'القوات' });
    expect(shards()).toEqual([shardPath('قو', files.head.digest)]);
    await engine.search({ q: 'انسحاب القوات' });
    await engine.search({ q: 'والقوات' });
    expect(shards()).toEqual([shardPath('قو', files.head.digest), shardPath('ان', files.head.digest)]); // each file is loaded once
    expect(loaded.filter((p) => p === HEAD_PATH)).toHaveLength(1);
  });

  it('does not fetch a shard that does not exist', async () => {
    const { engine, loaded } = engineOver(files);
    expect((await engine.search({ q: 'ظظظ' })).total).toBe(0);
    expect(loaded).toEqual([HEAD_PATH]);
  });
});

describe('text files', () => {
  const small = buildSearchFiles(site.statements, site.sources, site.speakers, 2);
  const rankOf = new Map(speakerOrder(site.statements).map((i, rank) => [i, rank]));
  /** The text files that hold these positions, in time and in speaker order (files of 2). */
  const inTime = (positions: number[]) => new Set(positions.map((i) => textPath(`t${Math.floor(i / 2)}`, small.head.digest)));
  const bySpeaker = (positions: number[]) =>
    new Set(positions.map((i) => textPath(`s${Math.floor((rankOf.get(i) ?? 0) / 2)}`, small.head.digest)));

  it.each([
    ['a speaker’s statements', { q: '', speaker: 'kenneth-mckenzie' }],
    ['a name', { q: 'السوداني' }],
    ['a day', { q: '2021-12-10' }],
    ['a year', { q: '2024' }],
    ['a word', { q: 'القوات' }],
  ])('%s: fetched for the hits shown, in no more files than the better of the two orders', async (_, state) => {
    const { engine, loaded } = engineOver(small);
    const result = await engine.search(state, 3);
    expect(result.hits.length).toBeGreaterThan(0);
    const positions = result.hits.map((h) => site.statements.findIndex((s) => s.id === h.doc.id));
    const [time, speaker] = [inTime(positions), bySpeaker(positions)];
    const texts = loaded.filter((p) => p.startsWith('text/'));
    expect(texts.length).toBeLessThanOrEqual(Math.min(time.size, speaker.size));
    // Each one a file of one order or the other that holds a hit.
    expect(texts.every((p) => time.has(p) || speaker.has(p))).toBe(true);
    // The words shown are the statements' own.
    for (const [k, h] of result.hits.entries()) expect(h.doc.text).toBe(site.statements[positions[k] ?? -1]?.text);
  });

  it('a speaker’s statements far apart in time come from one file of the speaker order', async () => {
    const [x, y] = [
      { ...template.speaker, id: 'x' },
      { ...template.speaker, id: 'y' },
    ];
    const days = ['2021-01-01', '2021-02-01', '2021-03-01', '2021-04-01', '2021-05-01'];
    const who = [x, y, y, y, x];
    const built = buildSearchFiles(
      days.map((date, i) => like({ id: `${date}-${who[i]?.id}`, date, speaker: who[i] ?? x })),
      new Map(),
      [],
      2,
    );
    const { engine, loaded } = engineOver(built);
    const { hits } = await engine.search({ q: '', speaker: 'x' });
    expect(hits.map((h) => h.doc.date)).toEqual(['2021-05-01', '2021-01-01']);
    // In time order they are in t0 and t2; in speaker order x comes first, both in s0.
    expect(loaded.filter((p) => p.startsWith('text/'))).toEqual([textPath('s0', built.head.digest)]);
  });

  it('a speaker’s statements from the speaker order and the others’ from the time order, when mixing needs fewer files', async () => {
    const x = { ...template.speaker, id: 'x' };
    const who = ['x', 'a', 'b', 'c', 'd', 'e', 'f', 'x'];
    const found = new Set([0, 2, 3, 7]); // x's first and last, and two others' side by side in time
    const built = buildSearchFiles(
      who.map((id, i) => {
        const date = `2021-0${i + 1}-01`;
        const text = found.has(i) ? `قال إن الجسور أعيد بناؤها في المرة ${i}` : `قال إن الطرق مغلقة في المرة ${i}`;
        return like({ id: `${date}-${id}`, date, speaker: id === 'x' ? x : { ...x, id, name: `متحدث ${id}` }, text });
      }),
      new Map(),
      [],
      2,
    );
    const { engine, loaded } = engineOver(built);
    const { hits } = await engine.search({ q: 'الجسور' });
    expect(hits.map((h) => h.doc.date)).toEqual(['2021-08-01', '2021-04-01', '2021-03-01', '2021-01-01']);
    expect(hits.every((h) => h.doc.text.includes('الجسور'))).toBe(true);
    // Time order alone: t0, t1, t3; speaker order alone: s0 (x), s1 (b), s2 (c). Mixed: s0 and t1.
    expect(loaded.filter((p) => p.startsWith('text/')).sort()).toEqual([
      textPath('s0', built.head.digest),
      textPath('t1', built.head.digest),
    ]);
  });

  it('are not needed to find and rank: `find` gives the cards, `withWords` then loads the texts', async () => {
    const { engine, loaded } = engineOver(files);
    const found = await engine.find({ q: 'القوات' });
    expect(found.hits.length).toBeGreaterThan(0);
    expect(found.hits.every((h) => h.words.length === 0 && h.doc.text === '' && h.doc.id !== '')).toBe(true);
    expect(loaded.filter((p) => p.startsWith('text/'))).toEqual([]);
    const full = await engine.withWords(found);
    expect(full.hits.map((h) => h.doc.id)).toEqual(found.hits.map((h) => h.doc.id));
    expect(full.hits.every((h) => h.words.length > 0 && h.doc.text !== '')).toBe(true);
    expect(full.hits.some((h) => h.words.some((w) => w.mark))).toBe(true); // others matched on the speaker's role
    expect(loaded.filter((p) => p.startsWith('text/')).length).toBeGreaterThan(0);
  });

  it('are fetched once: the same search again loads nothing', async () => {
    const { engine, loaded } = engineOver(small);
    await engine.search({ q: 'القوات' });
    const before = loaded.length;
    await engine.search({ q: 'القوات' });
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
    expect(idsOfHead(built.head)).toEqual(statements.map((s) => s.id));
    expect(idsOfHead(files.head)).toEqual(site.statements.map((s) => s.id));
  });

  it('counts a speaker’s statements that day past another speaker’s, and reads a head out of time order', () => {
    const day = [
      mk('2021-12-10-x', '2021-12-10', { ...template.speaker, id: 'x' }),
      mk('2021-12-10-someone-else', '2021-12-10', other),
      mk('2021-12-10-x-2', '2021-12-10', { ...template.speaker, id: 'x' }),
      mk('2021-12-11-x', '2021-12-11', { ...template.speaker, id: 'x' }),
      mk('2021-12-11-x-2', '2021-12-11', { ...template.speaker, id: 'x' }),
    ];
    const head = buildSearchFiles(day, new Map(), []).head;
    expect(head.ids).toEqual([]);
    expect(idsOfHead(head)).toEqual(day.map((s) => s.id));
    // Out of time order (a head this build never writes), the ids still follow the rule.
    const shuffled = [day[3], day[0], day[4], day[1], day[2]].map((s) => s as Statement);
    expect(idsOfHead(buildSearchFiles(shuffled, new Map(), []).head)).toEqual(shuffled.map((s) => s.id));
  });

  it('refuses a head it cannot read', () => {
    expect(() => readHead({ version: 2, days: [] })).toThrow(/version 3/u);
  });
});

describe('names that carry the index’s digest', () => {
  const paths = (built: SearchFiles) => [...filesByPath(built).keys()];

  it('names every shard and text file with the digest of their contents, and the head by its own name', () => {
    expect(files.head.digest).toMatch(/^[0-9a-f]{12}$/u);
    const [head, ...rest] = paths(files);
    expect(head).toBe(HEAD_PATH);
    expect(rest.length).toBe(files.shards.size + files.texts.size);
    for (const path of rest) expect(path).toMatch(new RegExp(`^(?:words|text)/[^/.]+\\.${files.head.digest}\\.json$`, 'u'));
    // The same content, the same names: a build does not rename what it did not change.
    expect(buildSearchFiles(site.statements, site.sources, site.speakers).head.digest).toBe(files.head.digest);
  });

  it('changes the digest with any change to what the files hold: a word, or an outlet a card shows', () => {
    const [first, ...others] = site.statements as [Statement, ...Statement[]];
    const edited = buildSearchFiles([{ ...first, text: `${first.text} وأضاف كلمة` }, ...others], site.sources, site.speakers);
    const source = site.sources.get(first.article);
    const outlet = new Map([...site.sources, [first.article, { ...(source ?? expect.fail('no source')), outlet: 'إذاعة أخرى' }]]);
    const moved = buildSearchFiles(site.statements, outlet, site.speakers);
    const digests = [files, edited, moved].map((f) => f.head.digest);
    expect(new Set(digests).size).toBe(3);
    // No name stands for two contents.
    for (const other of [edited, moved])
      expect(
        paths(other)
          .slice(1)
          .filter((p) => paths(files).includes(p)),
      ).toEqual([]);
  });

  it('after a deploy, a search that finds its files gone reads the new head and searches again', async () => {
    const before = buildSearchFiles(site.statements, site.sources, site.speakers);
    const [first, ...others] = site.statements as [Statement, ...Statement[]];
    const after = buildSearchFiles([{ ...first, text: `${first.text} قاعدة جديدة` }, ...others], site.sources, site.speakers);
    let served = before;
    const engine = new SearchEngine((path) => memoryLoader(served)(path));
    expect((await engine.search({ q: 'القوات' })).total).toBeGreaterThan(0);
    served = after; // the deploy: the old shards and texts are gone
    await expect(engine.search({ q: 'قاعدة' })).rejects.toThrow(/no search file/u);
    const found = await engine.search({ q: 'قاعدة' });
    expect(found.hits.map((h) => h.doc.id)).toContain(first.id);
    expect(found.hits.find((h) => h.doc.id === first.id)?.doc.text).toContain('قاعدة جديدة');
  });
});

describe('warming up before the first query', () => {
  it('finds the newest statement by its speaker, month and year, fetching the head alone', async () => {
    const { engine, loaded } = engineOver(files);
    const hits = await engine.warmUp();
    const newest = site.statements.at(-1) as Statement;
    expect(hits.map((h) => h.doc.id)).toContain(newest.id);
    // The speaker it names ranks first; every hit is in the newest statement's month.
    expect(hits[0]?.speaker.id).toBe(newest.speaker.id);
    expect(hits.every((h) => h.doc.date.slice(0, 7) === newest.date.slice(0, 7))).toBe(true);
    // Its fetches would be part of every first search's bytes, and compete with its requests.
    expect(loaded).toEqual([HEAD_PATH]);
  });

  it('leaves the shards to the first query, which still finds its words in them', async () => {
    const { engine, loaded } = engineOver(files);
    await engine.warmUp();
    const newest = site.statements.at(-1) as Statement;
    const word = newest.text.split(/\s+/u).find((w) => w.length > 6) ?? '';
    const { total } = await engine.search({ q: word });
    expect(total).toBeGreaterThan(0);
    expect(loaded.some((p) => p.startsWith('words/'))).toBe(true);
  });
});
