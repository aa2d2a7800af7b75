/** The registry's tolerance of other spellings of a person's family name. */
import { describe, expect, it } from 'vitest';
import { registry } from './helpers.ts';

describe('nearPerson', () => {
  it('a family name spelt with other long vowels or another letter for a foreign sound is the registry person', () => {
    expect(registry.nearPerson('مايك بومبو')?.name).toBe('مايك بومبيو');
    expect(registry.nearPerson('مايلز كاغنز')?.name).toBe('مايلز كاجينز');
  });
  it('a family name that differs in a consonant, or another first name, is someone else', () => {
    expect(registry.nearPerson('أحمد الصراف')).toBeUndefined();
    expect(registry.nearPerson('ديفيد بومبو')).toBeUndefined();
  });
});
