import { describe, expect, it } from 'vitest';
import { findQuotes, splitSentences } from '../../src/lib/extract/sentences.ts';

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at . ؟ ! and ؛', () => {
    expect(texts('قال الوزير إن الانسحاب بدأ. وأضاف أن المفاوضات مستمرة؟ نعم! وانتهى الاجتماع؛ ثم غادر الوفد.')).toEqual([
      'قال الوزير إن الانسحاب بدأ.',
      'وأضاف أن المفاوضات مستمرة؟',
      'نعم!',
      'وانتهى الاجتماع؛',
      'ثم غادر الوفد.',
    ]);
  });
  it('keeps a quotation that spans sentences whole', () => {
    const p = 'قالت الوزارة: "لم يتبق سوى الاتفاق على التفاصيل. وكنا قريبين جداً من الإعلان". وتابعت أن الموعد سيحدد لاحقاً.';
    expect(texts(p)).toEqual([
      'قالت الوزارة: "لم يتبق سوى الاتفاق على التفاصيل. وكنا قريبين جداً من الإعلان".',
      'وتابعت أن الموعد سيحدد لاحقاً.',
    ]);
    expect(texts('قال «هذا أول. وهذا ثانٍ» ثم سكت. وانتهى.')).toHaveLength(2);
  });
  it('splits at the ellipsis … but not at ".." pauses', () => {
    expect(texts('قال إن الوضع معقد… وأضاف أنه متفائل.')).toHaveLength(2);
    expect(texts('العراق يضغط على واشنطن.. انسحاب سريع ومنظم.')).toHaveLength(1);
  });
  it('does not split after an initial in a name, or inside a number', () => {
    expect(texts('وجاء في الرسالة التي تحمل توقيع وليام إتش. سيلي الثالث أن القوات ستغادر. وانتهى.')).toHaveLength(2);
    expect(texts('ارتفع العدد إلى 2.5 ألف جندي. وانتهى.')).toHaveLength(2);
  });
});

describe('findQuotes', () => {
  it('finds quotations in straight, guillemet and curly quotes, ignoring quoted names', () => {
    expect(
      findQuotes('وقالت وزارة الدفاع "البنتاغون" لوكالة "اسوشيتد برس" إن "لا خطط للانسحاب حالياً" و«الحوار مستمر بلا توقف» و“كل شيء ممكن”'),
    ).toEqual(['لا خطط للانسحاب حالياً', 'الحوار مستمر بلا توقف', 'كل شيء ممكن']);
  });
});
