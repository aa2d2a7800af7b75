/**
 * `similarWord` answers most pairs before asking fuse.js, by counting shared
 * letters. That shortcut must never change an answer: here it is checked
 * against fuse.js alone over every pair of name words in the registry and
 * each word with one slip of every kind.
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
});
