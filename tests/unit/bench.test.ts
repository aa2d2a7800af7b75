/**
 * The bench's own rules, which its figures rest on: files weigh what they
 * weigh one by one as served (not joined), a latency carries its sample
 * count, two first pages agree by the hits they share, and the query set
 * holds at least 40 queries, five or more of every kind, each of them what
 * its kind says on the synthetic corpus the bench builds (seed 1, 1,000
 * statements).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_SEED } from '../../bench/corpus-run.ts';
import { generateCorpus, writeCorpus } from '../../bench/corpus/generate.ts';
import { KINDS, QUERIES, type QueryKind } from '../../bench/index-queries.ts';
import { overlap } from '../../bench/report.ts';
import { latency, ratio } from '../../bench/stats.ts';
import { sumWeights, weigh } from '../../bench/weigh.ts';
import { normalizeArabic } from '../../src/lib/arabic/normalize.ts';
import { readContent } from '../../src/lib/content/folder.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { buildSearchFiles, memoryLoader } from '../../src/lib/search/files.ts';
import { speakerWords } from '../../src/lib/search/names.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { assembleSite } from '../../src/lib/site/model.ts';

describe('weighing files as served', () => {
  const files = Array.from({ length: 20 }, (_, i) =>
    JSON.stringify(Array.from({ length: 8 }, (_, k) => ({ id: i * 8 + k, text: `نص التصريح رقم ${i} في الملف`, speaker: 'speaker' }))),
  );

  it('compresses each file on its own: more than the files joined, which no reader receives', () => {
    const one = sumWeights(files.map(weigh));
    expect(one.gzip).toBeGreaterThan(gzipSync(files.join('')).length * 2);
    expect(one.raw).toBe(Buffer.byteLength(files.join('')));
    expect(one.brotli).toBeLessThan(one.raw);
  });

  it('counts a file that does not shrink (noise, or a file compressed already) as it is', () => {
    let x = 1;
    const noise = Buffer.from(Array.from({ length: 4000 }, () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x >> 16) & 255));
    expect(weigh(noise)).toEqual({ raw: 4000, gzip: 4000, brotli: 4000 });
  });
});

describe('summing up samples', () => {
  it('gives p50, p95 and the count of the samples measured, a failed one (NaN) left out', () => {
    const l = latency([...Array.from({ length: 19 }, (_, i) => i + 1), 100, Number.NaN]);
    expect(l).toEqual({ n: 20, p50: 10, p95: 19, max: 100 });
  });

  it('states a ratio as the anchor over Bayan', () => {
    expect(ratio(40, 258)).toBe(6.5);
  });

  it('measures how far two first pages agree by the hits they share, in any order', () => {
    expect(overlap(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'])).toBe(1);
    expect(overlap(['a', 'b', 'c', 'd'], ['a', 'b'])).toBe(0.5);
    expect(overlap(['a'], [])).toBe(0);
    expect(overlap([], [])).toBeUndefined();
  });
});

describe('the query set', () => {
  it('holds at least 40 queries, at least five of each of the eight kinds, none twice', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(KINDS).toEqual(['name', 'misspelt name', 'English name', 'word', 'phrase', 'date', 'date range', 'name + date']);
    for (const kind of KINDS) expect(QUERIES.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    expect(new Set(QUERIES.map((q) => q.q)).size).toBe(QUERIES.length);
  });

  const of = (kind: QueryKind) => QUERIES.filter((q) => q.kind === kind).map((q) => q.q);

  it('reads dates as dates only, ranges as more than one period, and a name with a date as both', () => {
    for (const q of of('date')) expect(parseQuery(q), q).toMatchObject({ terms: [], range: expect.any(Object) });
    for (const q of of('date range')) {
      const { terms, range } = parseQuery(q);
      expect(terms, q).toEqual([]);
      // More than one month or year: the range runs past the month it starts in.
      expect(range && range.to.slice(0, 7) > range.from.slice(0, 7), q).toBe(true);
    }
    for (const q of of('name + date')) expect(parseQuery(q).terms.length * Number(Boolean(parseQuery(q).range)), q).toBeGreaterThan(0);
    for (const q of [...of('word'), ...of('phrase'), ...of('name')]) expect(parseQuery(q).range, q).toBeUndefined();
  });

  describe('on the bench corpus', () => {
    let dir: string;
    let engine: SearchEngine;
    let spellings: Set<string>;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'bayan-bench-queries-'));
      const corpus = generateCorpus({ statements: 1000 }, BENCH_SEED);
      writeCorpus(join(dir, 'content'), corpus);
      const content = readContent(join(dir, 'content'));
      const site = assembleSite(content.articles, content.statements, content.speakers);
      const files = buildSearchFiles(site.statements, site.sources, site.speakers);
      engine = new SearchEngine(memoryLoader(files));
      spellings = new Set(files.head.speakers.flatMap(speakerWords));
    }, 60_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('every query finds something at 1,000 statements', async () => {
      for (const { q } of QUERIES) expect((await engine.search({ q })).total, q).toBeGreaterThan(0);
    });

    it('a name, misspelt or in English, finds a speaker of that name first', async () => {
      for (const q of [...of('name'), ...of('misspelt name'), ...of('English name')]) {
        const [first] = (await engine.search({ q })).hits;
        const marked = [first?.name, first?.nameEn, first?.alias].some((line) => line?.some((part) => part.mark));
        expect(marked, q).toBe(true);
      }
    });

    it('a misspelt name is no spelling the registry knows', () => {
      for (const q of of('misspelt name')) expect(spellings.has(normalizeArabic(q)), q).toBe(false);
    });
  });
});
