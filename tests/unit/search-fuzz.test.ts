/**
 * Quality gate: 10,000 random queries (mixed scripts, bidi marks, emoji,
 * regex metacharacters, lone surrogates, up to 10 KB) through the query
 * reader and the search, in Node. None may throw; the slowest is printed.
 * Deterministic: the generator is seeded.
 */
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/lib/search/query.ts';
import { engineOver, seedIndex } from './search-helpers.ts';

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'ماكنزي',
  'ماكِينزي',
  'السوداني',
  'McKenzie',
  'كانون الأول',
  'ديسمبر',
  'December',
  '2021',
  '٢٠٢٤',
  '2024-08',
  '10/12/2021',
  '١٥ آب ٢٠٢٤',
  '2500',
  'جندي',
  'انسحاب',
  'القوات',
  'ـــ',
  'ً',
  'ّ',
  '\u200f',
  '\u200e',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\u200b',
  '.*',
  '[(',
  ')',
  '\\',
  '^$',
  '|',
  '?',
  '+',
  '{2,}',
  '<script>',
  '"',
  "'",
  '🇮🇶',
  '😀',
  '\ud83d',
  '\udc00',
  'İ',
  'ß',
  'ﷺ',
  'ﻻ',
  '\u0000',
  '\n',
  '\t',
  ' ',
  '-',
  '/',
  '،',
  '؟',
];

describe('search fuzz', () => {
  it('answers 10,000 random queries without an exception', async () => {
    const { engine } = engineOver(seedIndex().files);
    const next = random(20261123);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    let slowest = { ms: 0, length: 0 };
    for (let i = 0; i < 10_000; i++) {
      const long = next() < 0.01;
      const parts = Array.from({ length: long ? 2000 : 1 + Math.floor(next() * 8) }, () =>
        next() < 0.8 ? pick(PIECES) : String.fromCodePoint(Math.floor(next() * 0x2ffff)),
      );
      const query = parts.join(next() < 0.5 ? ' ' : '').slice(0, 10_240);
      const started = performance.now();
      expect(() => parseQuery(query)).not.toThrow();
      const side = pick(['', 'iraq', 'us'] as const);
      const result = await engine.search({ q: query, ...(side ? { side } : {}) });
      expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
      const ms = performance.now() - started;
      if (ms > slowest.ms) slowest = { ms, length: query.length };
    }
    console.log(`search fuzz: 10000 queries, slowest ${slowest.ms.toFixed(2)} ms (a ${slowest.length}-character query)`);
    // A guard against a hang, not a timing target: a busy shared machine has taken 90 s.
  }, 180_000);
});
