import { describe, expect, it } from 'vitest';
import { toAsciiDigits } from '../../src/lib/arabic/digits.ts';
import { normalizeArabic, normalizeWithOffsets, stripInvisible } from '../../src/lib/arabic/normalize.ts';

describe('normalizeArabic', () => {
  it('unifies alef forms, so أمريكا, إيران and آب match their bare spellings', () => {
    expect(normalizeArabic('أمريكا')).toBe('امريكا');
    expect(normalizeArabic('إيران')).toBe('ايران');
    expect(normalizeArabic('آب')).toBe('اب');
    expect(normalizeArabic('ٱلله')).toBe('الله');
  });

  it('maps ة to ه, ى to ي and hamza seats to ء', () => {
    expect(normalizeArabic('الجمعة')).toBe('الجمعه');
    expect(normalizeArabic('مستشفى')).toBe('مستشفي');
    expect(normalizeArabic('مسؤول')).toBe('مسءول');
    expect(normalizeArabic('رئيس')).toBe('رءيس');
  });

  it('folds the Persian/Kurdish yeh and kaf that Kurdish outlets use', () => {
    expect(normalizeArabic('کوردستانی')).toBe('كوردستاني');
  });

  it('folds the other Persian and Kurdish letters to the Arabic ones written for them', () => {
    expect(normalizeArabic('المھام')).toBe(normalizeArabic('المهام'));
    expect(normalizeArabic('عملیة')).toBe(normalizeArabic('عملية'));
    expect(normalizeArabic('پێشمەرگە').slice(0, 4)).toBe('بيشم');
    expect(normalizeArabic('گوران')).toBe('كوران');
    expect(normalizeArabic('ڤيينا')).toBe('فيينا');
    // Kurdish ە stays: a vowel inside a word, not a letter Arabic writes.
    expect(normalizeArabic('ە')).toBe('ە');
  });

  it('strips harakat, the superscript alef and tatweel', () => {
    expect(normalizeArabic('حذّر')).toBe('حذر');
    expect(normalizeArabic('بَيَّنَ')).toBe('بين');
    expect(normalizeArabic('هٰذا')).toBe('هذا');
    expect(normalizeArabic('حصـــرا')).toBe('حصرا');
  });

  it('folds Arabic-Indic and Persian digits and lower-cases Latin names', () => {
    expect(normalizeArabic('١٠/١٢/٢٠٢١')).toBe('10/12/2021');
    expect(normalizeArabic('۲۵۰۰ جندي')).toBe('2500 جندي');
    expect(normalizeArabic('McKenzie')).toBe('mckenzie');
  });

  it('collapses white space and drops invisible bidi marks', () => {
    expect(normalizeArabic('  كينيث\u200f   ماكنزي \n')).toBe('كينيث ماكنزي');
  });

  it('drops the invisible format characters scraped text carries inside words, so a name with one is still the name', () => {
    const invisible = {
      'soft hyphen': '\u00ad',
      'Arabic letter mark': '\u061c',
      'word joiner': '\u2060',
      'combining grapheme joiner': '\u034f',
      'variation selector 16': '\ufe0f',
      'variation selector 17': '\u{e0100}',
      'zero-width space': '\u200b',
      'zero-width non-joiner': '\u200c',
    };
    for (const [what, ch] of Object.entries(invisible)) {
      const written = `محمد شياع السو${ch}داني`;
      expect(normalizeArabic(written), what).toBe('محمد شياع السوداني');
      expect(stripInvisible(written), what).toBe('محمد شياع السوداني');
      // The way back skips it: the folded name maps onto the whole written one.
      const { text, offsets } = normalizeWithOffsets(written);
      expect(written.slice(offsets[0], (offsets[text.length - 1] ?? 0) + 1), what).toBe(written);
    }
    // Only those: letters, digits, marks that change a letter (shadda) and spaces are no business of stripInvisible.
    expect(stripInvisible('حذّر ١٠ جنود\u00a0اليوم')).toBe('حذّر ١٠ جنود\u00a0اليوم');
  });

  it('matches two spellings of one name the same way', () => {
    expect(normalizeArabic('وزارة الدفاع الأمريكية')).toBe(normalizeArabic('وزارة الدفاع الامريكيه'));
  });
});

describe('normalizeWithOffsets', () => {
  it('points every folded character back to its source character', () => {
    const source = 'قالَ  الخفاجيّ';
    const { text, offsets } = normalizeWithOffsets(source);
    expect(text).toBe('قال الخفاجي');
    const at = text.indexOf('الخفاجي');
    expect(source.slice(offsets[at], (offsets[at + 'الخفاجي'.length - 1] ?? 0) + 1)).toBe('الخفاجيّ'.slice(0, -1));
  });
});

describe('characters beyond the Arabic block', () => {
  it('drops a byte-order mark and folds wide spaces, wherever they stand', () => {
    expect(normalizeArabic('\ufeffقال\u3000الوزير\u2009')).toBe('قال الوزير');
    expect(normalizeArabic('\u00a0\u202fبغداد')).toBe('بغداد');
  });

  it('lower-cases Greek, Cyrillic and accented names like Latin ones', () => {
    expect(normalizeArabic('Ωμέγα ПУТИН Élysée')).toBe('ωμέγα путин élysée');
  });

  it('keeps the way back when lower-casing lengthens a letter (İ → i̇)', () => {
    const source = 'قال İnönü للصحفيين';
    const { text, offsets } = normalizeWithOffsets(source);
    expect(text).toBe('قال i̇nönü للصحفيين');
    expect(offsets).toHaveLength(text.length);
    const at = text.indexOf('للصحفيين');
    expect(source.slice(offsets[at], (offsets[at + 'للصحفيين'.length - 1] ?? 0) + 1)).toBe('للصحفيين');
    expect(offsets.slice(4, 6)).toEqual([4, 4]); // both characters of i̇ come from İ
  });

  it('keeps an emoji (a surrogate pair) whole', () => {
    expect(normalizeArabic('مرحبا 👋')).toBe('مرحبا 👋');
  });
});

describe('toAsciiDigits', () => {
  it('leaves everything but digits alone', () => {
    expect(toAsciiDigits('عام ٢٠٢٤م')).toBe('عام 2024م');
  });
});
