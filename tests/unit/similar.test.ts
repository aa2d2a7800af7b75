/**
 * `similarWord` is fuse.js's `Fuse.match` rule (threshold 0.2, location
 * ignored) written out, so that the browser's search code does without
 * fuse.js, with a shortcut that answers most pairs by counting shared
 * letters. Neither may change an answer: here both are checked against
 * fuse.js over every pair of name words in the registry and each word with
 * one slip of every kind, and over random pairs of a small alphabet, where
 * near misses are common.
 */
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/lib/arabic/normalize.ts';
import { termsOf } from '../../src/lib/search/query.ts';
import { SLIP_THRESHOLD, similarWord } from '../../src/lib/search/similar.ts';
import { speakers } from './helpers.ts';

/** The rule without the shortcut: what fuse.js alone says. */
const byFuse = (term: string, word: string): boolean => {
  if (term === word) return true;
  if (term.length < 5 || Math.abs(term.length - word.length) > 2) return false;
  const [pattern, text] = term.length <= word.length ? [term, word] : [word, term];
  return Fuse.match(pattern, text, { threshold: SLIP_THRESHOLD, ignoreLocation: true }).isMatch;
};

const words = [...new Set(speakers.flatMap((s) => termsOf(normalizeArabic([s.name, s.nameEn ?? '', ...s.aliases].join(' ')))))].filter(
  (w) => w.length >= 4,
);

/** One slip of each kind at each place: a letter dropped, doubled, changed, two swapped. */
const slips = (w: string): string[] =>
  [...w].flatMap((c, i) => [
    w.slice(0, i) + w.slice(i + 1),
    w.slice(0, i) + c + w.slice(i),
    `${w.slice(0, i)}ي${w.slice(i + 1)}`,
    i + 1 < w.length ? w.slice(0, i) + (w[i + 1] ?? '') + c + w.slice(i + 2) : w,
  ]);

describe('similarWord', () => {
  it('matches the spellings readers type: ماكينزي for ماكنزي, ساندرس for ساندرز, sudany for sudani', () => {
    expect(similarWord('ماكينزي', 'ماكنزي')).toBe(true);
    expect(similarWord('ساندرس', 'ساندرز')).toBe(true);
    expect(similarWord('sudany', 'sudani')).toBe(true);
    expect(similarWord('الخفاجي', 'الحمداني')).toBe(false);
  });

  it(`gives fuse.js's answer for every pair of the registry's ${words.length} name words and their slips`, () => {
    let pairs = 0;
    let matches = 0;
    const differ: string[] = [];
    for (const a of words) {
      for (const b of [...words, ...slips(a)]) {
        pairs += 1;
        const ours = similarWord(a, b);
        if (ours) matches += 1;
        if (ours !== byFuse(a, b)) differ.push(`${a} / ${b}`);
      }
    }
    expect(differ).toEqual([]);
    // The comparison means something only if both answers occur.
    expect(matches).toBeGreaterThan(words.length);
    expect(pairs - matches).toBeGreaterThan(pairs / 2);
  });

  it("gives fuse.js's answer on 20,000 random pairs of words one to three edits apart", () => {
    // A seeded generator (mulberry32), so that a failure can be replayed.
    let seed = 20;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const letter = () => 'ابتسنمكل'.charAt(Math.floor(random() * 8));
    const edit = (w: string): string => {
      const at = Math.floor(random() * (w.length + 1));
      const kind = Math.floor(random() * 3);
      if (kind === 0) return w.slice(0, at) + w.slice(at + 1);
      if (kind === 1) return w.slice(0, at) + letter() + w.slice(at);
      return w.slice(0, at) + letter() + w.slice(at + 1);
    };
    const differ: string[] = [];
    let matches = 0;
    for (let n = 0; n < 20_000; n++) {
      const a = Array.from({ length: 4 + Math.floor(random() * 12) }, letter).join('');
      let b = a;
      for (let k = 1 + Math.floor(random() * 3); k > 0; k--) b = edit(b);
      const ours = similarWord(a, b);
      if (ours) matches += 1;
      if (ours !== byFuse(a, b)) differ.push(`${a} / ${b}`);
    }
    expect(differ).toEqual([]);
    expect(matches).toBeGreaterThan(2_000);
    expect(matches).toBeLessThan(18_000);
  });
});
