/** The registry's tolerance of one-letter misspellings of a person's name. */
import { describe, expect, it } from 'vitest';
import { oneEditApart } from '../../src/lib/speakers/registry.ts';

describe('oneEditApart', () => {
  it('one letter added, dropped, changed, or two neighbours swapped; not two edits', () => {
    expect(oneEditApart('بومبيو', 'بومبو')).toBe(true);
    expect(oneEditApart('اورتاغوس', 'اورتاجوس')).toBe(true);
    expect(oneEditApart('خامنءي', 'خامءني')).toBe(true);
    expect(oneEditApart('بومبيو', 'بومبيو')).toBe(false);
    expect(oneEditApart('بومبيو', 'بمبو')).toBe(false);
  });
});
