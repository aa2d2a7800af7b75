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

  // Issue 17: a quotation inside a quotation, in any pairing of marks, stays inside it.
  it.each([
    [
      'straight in straight',
      'وقال الوزير: "سنمضي في تنفيذ قرار "الانسحاب المنظم" كما اتفقنا مع الشركاء" ثم غادر.',
      'سنمضي في تنفيذ قرار "الانسحاب المنظم" كما اتفقنا مع الشركاء',
    ],
    [
      'a one-word quote in straight quotes',
      'وأكد أن "الحكومة ماضية في ملاحقة خلايا "داعش" أينما كانت" بحسب البيان.',
      'الحكومة ماضية في ملاحقة خلايا "داعش" أينما كانت',
    ],
    [
      'two straight quotes inside, one after و',
      'وقال: "نحن مع "الحوار" و"التفاهم" مع كل الأطراف" ثم انصرف.',
      'نحن مع "الحوار" و"التفاهم" مع كل الأطراف',
    ],
    ['«» in «»', 'وقال: «إن ما يسمى «الانسحاب الكامل» لن يحدث قريباً» ثم غادر.', 'إن ما يسمى «الانسحاب الكامل» لن يحدث قريباً'],
    ['“” in «»', 'وأضاف: «نرفض ما سماه “الوجود الدائم” للقوات على أرضنا» في المؤتمر.', 'نرفض ما سماه “الوجود الدائم” للقوات على أرضنا'],
    ['‘’ in “”', 'وكتب: “نحن نرفض ‘التدخل الخارجي’ في شؤوننا الداخلية” في تغريدة.', 'نحن نرفض ‘التدخل الخارجي’ في شؤوننا الداخلية'],
    ['«» in „“', 'ونقلت عنه: „لن نقبل بأي «قواعد دائمة» على أرضنا“ في المقابلة.', 'لن نقبل بأي «قواعد دائمة» على أرضنا'],
    ['straight in «»', 'وقال: «ستبقى قوات "التحالف" حتى نهاية العام» للصحفيين.', 'ستبقى قوات "التحالف" حتى نهاية العام'],
    ['«» in straight', 'وقال: "ستبقى قوات «التحالف» حتى نهاية العام" للصحفيين.', 'ستبقى قوات «التحالف» حتى نهاية العام'],
  ])('%s', (_, sentence, quote) => {
    expect(findQuotes(sentence)).toEqual([quote]);
  });

  it('a quotation left open at the end of the sentence runs to its end, an inner one closed inside it', () => {
    expect(findQuotes('وتابع القائد: "إن الجيش سيواصل إسناد القوات المحلية في معاركها ضد "داعش".')).toEqual([
      'إن الجيش سيواصل إسناد القوات المحلية في معاركها ضد "داعش"',
    ]);
  });
});
