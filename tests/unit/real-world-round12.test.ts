/**
 * Rules learnt in round 12, from set L (held out in round 11, then read) and a sample of the tuned
 * part, each checked on Arabic sentences written for Bayan: no sentence here is taken from an article.
 */
import { describe, expect, it } from 'vitest';
import { who } from './helpers.ts';

describe('a masculine verb whose object follows it, at a story’s start', () => {
  const text =
    'عنوان\n\nمع اشتداد الخلاف حول القواعد، خرج زعيم التيار الصدري مقتدى الصدر عن صمته\n\n' +
    'وطالب الحكومة العراقية والبرلمان معا، حاثا إياهما على حسم ملف القوات الأجنبية.\n\n' +
    'كما قال في تغريدة مساء اليوم: "لن نسكت بعد الآن".';
  it('the object (a government and a parliament) is never the speaker; the man the lede named is', () => {
    expect(who(text, '2023-11-03')).toEqual(['مقتدى الصدر 2023-11-03']);
  });
  it('«إياهما» is the pronoun of the ones spoken to: it does not make the two of them speak', () => {
    expect(who(text, '2023-11-03').join(' ')).not.toContain('البرلمان');
  });
});
