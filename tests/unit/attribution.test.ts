import { describe, expect, it } from 'vitest';
import { findAttribution } from '../../src/lib/extract/attribution.ts';

const phrase = (s: string) => findAttribution(s)?.phrase;

describe('reporting verbs before the speaker', () => {
  it.each([
    ['قال الوزير إن الحوار مستمر.', 'الوزير'],
    ['وقال الوزير إن الحوار مستمر.', 'الوزير'],
    ['فقال الوزير إن الحوار مستمر.', 'الوزير'],
    ['أكدت الوزارة أن الحوار مستمر.', 'الوزارة'],
    ['وأكدوا المسؤولون أن الحوار مستمر.', 'المسؤولون'],
    ['أعلن الجيش أن القوات انسحبت.', 'الجيش'],
    ['وأوضح المتحدث أن الموعد لم يحدد.', 'المتحدث'],
    ['وأشارت السفيرة إلى أن الموعد لم يحدد.', 'السفيرة إلى'],
    ['وذكر المكتب أن اللقاء تم.', 'المكتب'],
    ['وبيّن الوزير أن الوجود استشاري.', 'الوزير'],
    ['وجدد الرئيس رفضه للوجود الأجنبي، مؤكداً أن القرار عراقي.', 'الرئيس رفضه للوجود الأجنبي، مؤكداً'],
    ['ونفت الحكومة أن تكون قد وقعت اتفاقاً.', 'الحكومة'],
    ['وشدد النائب على أن الانسحاب واجب.', 'النائب على'],
    ['وحذّر القائد من أن الهجمات قد تزداد.', 'القائد من'],
    ['وعلّقت المسؤولة في البنتاغون: "لم أر تلك التعليقات".', 'المسؤولة في البنتاغون:'],
    ['ووصف الوزير الوجود بأنه مزعزع.', 'الوزير الوجود'],
    ['وأفاد المصدر بأن القوات غادرت.', 'المصدر'],
    ['وصرّح الناطق بأن الاتفاق قريب.', 'الناطق'],
    ['ولفت الخبير إلى أن الأمر معقد.', 'الخبير إلى'],
    ['وكشف النائب أن الحكومة تلقت رسالة.', 'النائب'],
    ['وتابع الوزير: "لن نقبل بذلك".', 'الوزير:'],
    ['وأردف أن القرار نهائي.', ''],
    ['واعتبر المحلل أن الانسحاب رمزي.', 'المحلل'],
    ['ودعا البرلمان إلى تنفيذ القرار.', 'البرلمان إلى تنفيذ القرار.'],
    ['ويقول رئيس الأركان للصحفيين إن الرسالة سيئة الصياغة.', 'رئيس الأركان للصحفيين'],
  ])('%s', (sentence, expected) => {
    expect(phrase(sentence)).toBe(expected);
  });

  it('takes a verb that opens a later clause, after a fronted phrase', () => {
    expect(phrase('وفي وقت سابق من اليوم، أعلنت وزارة الخارجية العراقية، تأجيل الإعلان.')).toBe('وزارة الخارجية العراقية، تأجيل الإعلان.');
    expect(phrase('بخصوص أعمال اللجنة، قالت الوزارة: "لم يتبق سوى التفاصيل".')).toBe('الوزارة:');
    expect(phrase('كما أضاف ماكنزي: "سنبقى".')).toBe('ماكنزي:');
  });

  it('does not take the preposition بين or the noun رد for a verb', () => {
    expect(findAttribution('بين العراق والولايات المتحدة اتفاق على الانسحاب.')).toBeUndefined();
    expect(findAttribution('رد واشنطن على الطلب العراقي جاء سريعاً.')).toBeUndefined();
  });

  it('does not read a reporting verb in the middle of a clause as opening one (وتقول إنها …)', () => {
    const a = findAttribution('وما أعقب ذلك من حرب مدمرة تشنها إسرائيل في قطاع غزة وتقول إنها تهدف إلى القضاء على الحركة.');
    // At most a subject-first candidate, which the extractor rejects because it opens with no title (see extract.test.ts).
    expect(a?.kind).toBe('subject-first');
  });

  it('reads "قال فيه" as a relative clause about someone named before', () => {
    const a = findAttribution('وذلك بعد تصريح لقائد القيادة المركزية، كينيث ماكنزي، قال فيه إن "القوات باقية".');
    expect(a).toMatchObject({ relative: true, phrase: '' });
  });

  it('marks continuation verbs and من جانبه / بدوره', () => {
    expect(findAttribution('وأضاف أن الحوار مستمر.')).toMatchObject({ continuation: true, phrase: '' });
    expect(findAttribution('ومن جانبه، قال الوزير إن الحوار مستمر.')).toMatchObject({ switches: true });
    expect(findAttribution('وبدوره قال الوزير إن الحوار مستمر.')).toMatchObject({ switches: true });
  });

  it('keeps the date words before the reported words in the frame, and not the words after', () => {
    const a = findAttribution('وقال باتيل لرووداو، يوم الأربعاء (14 آب 2024): "عقدنا اجتماعات يوم الخميس".');
    expect(a?.frame).toContain('يوم الأربعاء (14 آب 2024)');
    expect(a?.frame).not.toContain('الخميس');
  });
  it('does not take a quoted one-word name for the start of a quotation', () => {
    expect(phrase('وقالت وزارة الدفاع الأمريكية "البنتاغون"، الإثنين الماضي، إنها لا تخطط للانسحاب.')).toBe(
      'وزارة الدفاع الأمريكية "البنتاغون"، الإثنين الماضي،',
    );
  });
});

describe('other attribution patterns', () => {
  it('a subject before the verb', () => {
    expect(findAttribution('كان وزير الدفاع الأمريكي مارك إسبر أكد هو الآخر عدم وجود خطط.')).toMatchObject({
      kind: 'subject-first',
      phrase: 'وزير الدفاع الأمريكي مارك إسبر',
    });
    expect(phrase('يشار إلى أن نائب المتحدث باسم الخارجية أفاد بأن بلاده لم تناقش الانسحاب.')).toBe('نائب المتحدث باسم الخارجية');
  });
  it('نقلت … عن X قوله', () => {
    expect(
      findAttribution('ونقلت وكالة الأنباء العراقية عن المتحدث باسم العمليات اللواء تحسين الخفاجي قوله "إن الجانب العراقي لم يتلق طلباً".'),
    ).toMatchObject({
      kind: 'naql',
      phrase: 'المتحدث باسم العمليات اللواء تحسين الخفاجي',
    });
  });
  it('بحسب / وفقاً لـ / نقلاً عن X', () => {
    expect(findAttribution('وبحسب المتحدث العسكري يحيى رسول، فإن القوات سلمت القاعدة.')).toMatchObject({
      kind: 'according-to',
      phrase: 'المتحدث العسكري يحيى رسول،',
    });
    expect(findAttribution('وذلك وفقاً لـ وزارة الدفاع.')?.phrase).toBe('وزارة الدفاع.');
    expect(findAttribution('نقلاً عن مصدر أمني، فإن الهجوم فشل.')?.phrase).toBe('مصدر أمني،');
  });
  it('وجاء في الرسالة التي تحمل توقيع X', () => {
    expect(findAttribution('وجاء في الرسالة التي تحمل توقيع البريجادير جنرال وليام سيلي "سيدي العزيز، سنعيد التمركز".')).toMatchObject({
      kind: 'signature',
      phrase: 'البريجادير جنرال وليام سيلي',
    });
  });
  it('finds nothing in a sentence without a reporting verb', () => {
    expect(findAttribution('وجاءت هذه المستجدات بعد مقتل قائد فيلق القدس في ضربة جوية.')).toBeUndefined();
    expect(findAttribution('وسأل مراسل القناة الوزير عن موعد الانسحاب.')).toBeUndefined();
  });
});
