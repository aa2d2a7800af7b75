/**
 * Rules learnt in round 11, from development set M (read and tuned on), each checked on Arabic
 * sentences written for Bayan: no sentence here is taken from an article.
 */
import { describe, expect, it } from 'vitest';
import { resolvePhrase } from '../../src/lib/extract/speaker.ts';
import { extract, registry, who } from './helpers.ts';

describe('a dateline that ends with a slash', () => {
  it('«صنعاء – وكالة النبأ/ أعلن …»: the verb after the slash opens the sentence', () => {
    const text = 'صنعاء – وكالة النبأ/ أعلن زعيم أنصار الله عبدالملك الحوثي أن بلاده لن تقف على الحياد.';
    expect(who(text, '2020-01-08')).toEqual(['عبد الملك الحوثي 2020-01-08']);
  });
  it('«بغداد/ أكد …»', () => {
    expect(who('بغداد/ أكد وزير الخارجية فؤاد حسين أن الحوار مستمر.', '2021-04-02')).toEqual(['فؤاد حسين 2021-04-02']);
  });
});

describe('لـ on an institution’s or an office’s noun', () => {
  it('never opens a name: «الأمين العام لحزب الله» is an office, not a man called «لحزب الله»', () => {
    expect(resolvePhrase('الأمين العام لحزب الله', registry)).toMatchObject({ type: 'office' });
    expect(resolvePhrase('القائد العام لقوات البيشمركة', registry)).toMatchObject({ type: 'office' });
  });
  it('a first name that starts with ل is still a name', () => {
    expect(resolvePhrase('الوزير لؤي الخطيب', registry)).toMatchObject({ type: 'person', name: 'لؤي الخطيب' });
  });
});

describe('NATO’s secretary general', () => {
  const later =
    'أكد الأمين العام لحلف شمال الأطلسي (الناتو) ينس ستولتنبرغ، اليوم، أن برامج التدريب لن تتوقف.\n\nوتابع الأمين العام لحلف الناتو أن المستشارين سيبقون بطلب من بغداد.';
  it('the office named again another way is the man the article named with it', () => {
    expect(who(later, '2020-02-12')).toEqual(['ينس ستولتنبرغ 2020-02-12']);
  });
  it('the office alone is whoever held it that day', () => {
    const text = 'وقال الأمين العام للناتو إن البعثة في العراق ستتوسع.';
    expect(who(text, '2021-02-18')).toEqual(['ينس ستولتنبرغ 2021-02-18']);
    expect(who(text, '2025-02-18')).toEqual(['مارك روته 2025-02-18']);
  });
});

describe('Kataib Hezbollah’s voices', () => {
  it('Abu Ali al-Askari and Mohammed Mohyi are registry speakers, with their English names', () => {
    const en = (text: string) => extract(text, '2024-02-05').statements.map((s) => s.speaker.nameEn);
    expect(en('وقال أبو علي العسكري في منشور على تلغرام إن الهدنة انتهت.')).toEqual(['Abu Ali al-Askari']);
    expect(en('وقال محمد محيي، المتحدث باسم الكتائب، إن الرد قادم.')).toEqual(['Mohammed Mohyi']);
  });
  it('«العسكري» alone (military) names nobody', () => {
    const text = 'وقال المتحدث العسكري باسم الجيش العراقي إن القوات تقدمت.\n\nوأضاف المسؤول العسكري أن العملية مستمرة.';
    expect(who(text, '2024-02-05').join(' ')).not.toContain('أبو علي العسكري');
  });
  it('the group’s statement and its spokesman’s on the same day are one statement', () => {
    const text = 'أعلنت كتائب حزب الله، اليوم الاثنين، تعليق عملياتها.\n\nوقال المتحدث باسم الكتائب محمد محيي إن القرار نهائي.';
    expect(who(text, '2024-01-29')).toEqual(['محمد محيي 2024-01-29']);
  });
});

describe('«وأكد المتحدث» after a sentence that named him but quoted nobody', () => {
  it('is the man the office was written with', () => {
    const text =
      'زار المتحدث الأمني باسم كتائب حزب الله، أبو علي العسكري، صباح اليوم، مواقع الفصائل في جرف الصخر.\n\nوأكد المتحدث أن الفصائل لن تسلم مواقعها.';
    expect(who(text, '2020-06-26')).toEqual(['أبو علي العسكري 2020-06-26']);
  });
  it('a name the registry does not know, with a first name', () => {
    const text = 'حضر المتحدث باسم الحكومة العراقية باسم العوادي المؤتمر.\n\nوأكد المتحدث أن اللقاء كان مثمرا.';
    expect(who(text, '2023-03-01')).toEqual(['باسم العوادي 2023-03-01']);
  });
  it('not the one he met', () => {
    const text = 'التقى المتحدث باسم الحكومة العراقية، اليوم، الوزير فؤاد حسين.\n\nوأكد المتحدث أن اللقاء كان مثمرا.';
    expect(who(text, '2023-03-01')).toEqual([]);
  });
});

describe('a committee and its member', () => {
  it('«كشفت لجنة … وقال عضو اللجنة X»: one statement, the member’s', () => {
    const text =
      'أعلنت لجنة الأمن والدفاع النيابية، اليوم الجمعة، أنها ستراجع اتفاق التعاون الأمني.\n\nوقال عضو اللجنة كريم الساعدي، إن المراجعة تشمل عدد المستشارين.';
    const [s, ...more] = extract(text, '2021-04-02').statements;
    expect(more).toEqual([]);
    expect(s).toMatchObject({ speaker: { name: 'كريم الساعدي' }, date: '2021-04-02', paragraphs: [1, 2] });
  });
  it('a member of another committee keeps his own statement', () => {
    const text =
      'أعلنت لجنة الأمن والدفاع النيابية، اليوم الجمعة، أنها ستراجع الاتفاق.\n\nوقال عضو لجنة العلاقات الخارجية كريم الساعدي، إن الجولة ستبحث ملفات أمنية.';
    expect(who(text, '2021-04-02')).toHaveLength(2);
  });
});

describe('an institution and its spokesperson named by another of its names', () => {
  it('«متحدث الدفاع» the same day as «المتحدث باسم البنتاغون» is his statement', () => {
    const text =
      'أوضح المتحدث باسم وزارة الدفاع الأمريكية، جون كيربي، أن الجدول لم يحسم بعد.\n\nوأشار متحدث الدفاع إلى أن المشاورات مع بغداد مستمرة.';
    expect(who(text, '2021-04-08')).toEqual(['جون كيربي 2021-04-08']);
  });
});

describe('an unnamed member of a body', () => {
  it('«ضابط في وزارة الدفاع» is an anonymous source, not the ministry', () => {
    expect(who('وأوضح ضابط في وزارة الدفاع العراقية، طالبا عدم ذكر اسمه، أن الطائرات ما زالت تساند القطعات.', '2021-09-10')).toEqual([]);
  });
  it('«متحدث باسم وزارة الدفاع» still speaks for it', () => {
    expect(resolvePhrase('متحدث باسم وزارة الدفاع العراقية', registry)).toMatchObject({ type: 'institution' });
  });
});

describe('«قوات التحالف» after «قوات التحالف الدولي»', () => {
  it('is the coalition, not a body of its own', () => {
    const text =
      'أعلنت قوات التحالف الدولي، اليوم الجمعة، إنجاز تدريب دفعة جديدة من الجنود.\n\nوذكرت قوات التحالف، في بيان، أن الدفعة التالية تبدأ قريبا.';
    expect(who(text, '2021-09-10')).toEqual(['التحالف الدولي 2021-09-10']);
  });
});

describe('the day of a crash told in a relative clause', () => {
  it('«الطائرة التي سقطت أمس» dates the crash, not the words', () => {
    const text = 'ونفت القيادة المركزية الأمريكية وجود إصابات في المروحية التي سقطت أمس قرب الحدود.';
    expect(who(text, '2026-03-13')).toEqual(['القيادة المركزية الأمريكية 2026-03-13']);
  });
  it('«أمس» by the verb still dates the words', () => {
    const text = 'ونفت القيادة المركزية الأمريكية أمس وجود إصابات في المروحية التي سقطت قرب الحدود.';
    expect(who(text, '2026-03-13')).toEqual(['القيادة المركزية الأمريكية 2026-03-12']);
  });
});

describe('a straight closing quote whose opening one was lost', () => {
  it('does not make the rest of the paragraph a quotation', () => {
    const text =
      'رأى التحالف الدولي أن إعادة التموضع جاءت بعد اكتمال التدريب، وأنها تسير وفق جدول معلن". وقال المتحدث باسم التحالف الدولي مايلز كاجينز، اليوم، إن "الدعم للشركاء العراقيين لن ينقطع".';
    expect(who(text, '2020-03-20')).toContain('مايلز كاجينز 2020-03-20');
  });
});

describe('a verb without a subject at the start of the story', () => {
  it('goes on with the subject of the sentence before', () => {
    const text = 'زار وزير الدفاع الأميركي لويد أوستن أربيل اليوم قادما من عمّان.\n\nوغرد على منصة "إكس": "سعيد بلقاء الشركاء هنا".';
    expect(who(text, '2023-03-07')).toEqual(['لويد أوستن 2023-03-07']);
  });
  it('not one of a body’s members named after a comma, as if he were the body', () => {
    const text = 'وجه عضو مجلس النواب، كريم الساعدي، اليوم الأحد، طلبا إلى رئاسة المجلس.\n\nوقال في تصريح إن القوات الأجنبية يجب أن تغادر.';
    expect(who(text, '2023-01-08').join(' ')).not.toContain('البرلمان العراقي');
  });
});

describe('an institution and its spokesperson as the article calls him', () => {
  it('«أعلن البيت الأبيض» and «المتحدث باسم البيت الأبيض جون كيربي» the same day are one statement', () => {
    const text =
      'أعلن البيت الأبيض، اليوم، أن الرئيس يدرس خيارات الرد.\n\nوقال المتحدث باسم البيت الأبيض جون كيربي للصحفيين: "لن نستبق القرار".';
    expect(who(text, '2023-10-26')).toEqual(['جون كيربي 2023-10-26']);
  });
});

describe('a date in a relative clause about the speaker', () => {
  it('«أوستن، الذي وصل … في 19 آذار 2003»: the date of something else', () => {
    const text = 'وقال أوستن، الذي خدم في العراق قائدا عسكريا منذ 20 آذار 2003، إن الشراكة قوية.';
    expect(who(text, '2023-03-07')).toEqual(['لويد أوستن 2023-03-07']);
  });
  it('the day of the conference he held is the day of his words', () => {
    expect(who('وقال أوستن خلال المؤتمر الذي عقده في 5 آذار 2023 إن الشراكة قوية.', '2023-03-07')).toEqual(['لويد أوستن 2023-03-05']);
  });
});

describe('«واتفق الجانبان» after a meeting with someone the registry does not know', () => {
  it('both sides speak when the guest’s name reads whole', () => {
    const text =
      'اجتمع رئيس حكومة إقليم كوردستان مسرور بارزاني، اليوم الخميس، مع عضو الكونغرس الأمريكي جون سميث.\n\nوأكد الجانبان ضرورة دعم قوات البيشمركة.';
    expect(who(text, '2024-02-29')).toEqual(['مسرور بارزاني 2024-02-29', 'جون سميث 2024-02-29']);
  });
  it('the side the registry knows speaks, and a guest read by half his name is not published', () => {
    const text =
      'اجتمع رئيس حكومة إقليم كوردستان مسرور بارزاني، اليوم الخميس، مع عضو الكونغرس الأمريكي ماريو دياز بالارت.\n\nوأكد الجانبان ضرورة دعم قوات البيشمركة.';
    expect(who(text, '2024-02-29')).toEqual(['مسرور بارزاني 2024-02-29']);
  });
  it('not a meeting with a thing', () => {
    const text =
      'اجتمع رئيس حكومة إقليم كوردستان مسرور بارزاني، اليوم الخميس، مع ممثلي الشركات النفطية.\n\nواتفق الجانبان على أهمية الاستثمار.';
    expect(who(text, '2024-02-29')).toEqual([]);
  });
});

describe('the day of the statement that told of an occasion', () => {
  it('«جاء ذلك خلال لقاء …، وفق بيان أصدره مساء الإثنين مكتبه» dates the words before', () => {
    const text =
      'وأكد المبعوث الأمريكي بريت ماكغورك دعم بلاده للحكومة.\n\nجاء ذلك خلال استقبال رئيس الوزراء لماكغورك والوفد المرافق له في القصر الحكومي ببغداد، وفق بيان أصدره مساء الإثنين مكتب رئيس الوزراء.';
    expect(who(text, '2023-01-17')).toEqual(['بريت ماكغورك 2023-01-16']);
  });
  it('the occasion’s own day comes first', () => {
    const text = 'وأكد ماكغورك دعم بلاده للحكومة.\n\nجاء ذلك خلال لقائه السوداني أمس، وفق بيان أصدره مساء الإثنين المكتب الإعلامي.';
    expect(who(text, '2023-01-18')).toEqual(['بريت ماكغورك 2023-01-17']);
  });
});

describe('a chargé d’affaires', () => {
  it('«القائم بالأعمال الأميركي … جوشوا هاريس» is an office and a name; «القائم بالأعمال» again is him', () => {
    const text =
      'دعا القائم بالأعمال الأميركي لدى العراق جوشوا هاريس، اليوم الجمعة، إلى حماية البعثات الدبلوماسية.\n\nوقال القائم بالأعمال إن بلاده تثق بالقوات العراقية.';
    expect(extract(text, '2026-01-09').statements.map((s) => [s.speaker.nameEn, s.date, s.paragraphs])).toEqual([
      ['Joshua Harris', '2026-01-09', [1, 2]],
    ]);
  });
  it('the embassy’s statement about him the same day is his', () => {
    const text =
      'دعا القائم بالأعمال الأميركي جوشوا هاريس، اليوم، إلى حماية البعثات.\n\nوذكرت السفارة الأمريكية في بغداد، في بيان، أن هاريس زار محافظة البصرة.';
    expect(who(text, '2026-01-09')).toEqual(['جوشوا هاريس 2026-01-09']);
  });
});

describe('a list item', () => {
  it('«• أكدت …»: the bullet is not the subject', () => {
    const text = '• أعلنت كتائب « سيد الشهداء » في العراق، اليوم الأحد، رفضها أي تمديد للمهمة.';
    expect(who(text, '2023-10-08')).toEqual(['كتائب سيد الشهداء 2023-10-08']);
  });
});

// Guards: cases a reviewer wrote against this round's rules, each rewritten here, where the first
// version of a rule went too far.
describe('what this round’s rules must leave alone', () => {
  it('an occasion named with an adjective or a possessive before «الذي/التي» still dates the words', () => {
    expect(who('وقال السوداني خلال المؤتمر الصحفي الذي عقده في 15 نيسان 2024 إن العلاقة تتطور.', '2024-04-20')).toEqual([
      'محمد شياع السوداني 2024-04-15',
    ]);
    expect(who('وقال الكعبي في كلمته التي ألقاها في 3 كانون الثاني 2024 إن القوات يجب أن ترحل.', '2024-01-10')).toEqual([
      'أكرم الكعبي 2024-01-03',
    ]);
  });
  it('a relative clause closed by a comma does not reach a later date', () => {
    expect(who('وقال السوداني، الذي يزور واشنطن، في مؤتمر صحفي عقده في 15 نيسان 2024، إن الشراكة قوية.', '2024-04-20')).toEqual([
      'محمد شياع السوداني 2024-04-15',
    ]);
  });
  it('an event clause ends where the occasion of the words begins', () => {
    expect(
      who('وأكدت قيادة العمليات المشتركة بشأن الصاروخ الذي سقط قرب المطار في بيان أصدرته أمس أن الأضرار مادية.', '2024-01-23'),
    ).toEqual(['قيادة العمليات المشتركة 2024-01-22']);
  });
  it('a quotation opened with a space after the mark stays whole', () => {
    const [s] = extract('وقال الخزعلي: " الأمريكيون وعدوا بالانسحاب. لكنهم لم يفعلوا".', '2024-01-10').statements;
    expect(s?.text).toContain('لكنهم لم يفعلوا');
  });
  it('a feminine or plural verb does not go on with a man named before', () => {
    expect(
      who('التقى رئيس الوزراء محمد شياع السوداني السفيرة الأمريكية ألينا رومانوسكي.\n\nوقالت إن بلادها تدعم الحكومة.', '2023-06-12'),
    ).not.toContain('محمد شياع السوداني 2023-06-12');
    expect(who('استقبل رئيس الوزراء محمد شياع السوداني وفدا من الكونغرس.\n\nوأكدوا خلال اللقاء دعمهم للعراق.', '2024-01-20')).toEqual([]);
  });
  it('a subject after the adverbial is the subject', () => {
    const text =
      'التقى رئيس الوزراء محمد شياع السوداني، اليوم، وزير الخارجية التركي هاكان فيدان.\n\nوقال في مؤتمر صحفي مشترك وزير الخارجية فؤاد حسين إن العراق يرفض الضربات.';
    expect(who(text, '2024-01-20')).not.toContain('محمد شياع السوداني 2024-01-20');
  });
  it('the object of a sentence that named an office is not its holder', () => {
    const text = 'هاجم المتحدث باسم الكتائب وزير الخارجية فؤاد حسين بسبب زيارته واشنطن.\n\nوأكد المتحدث أن الزيارة مرفوضة.';
    expect(who(text, '2024-02-05').join(' ')).not.toContain('فؤاد حسين');
  });
  it('«عضو اللجنة» after another committee was named, or answering the committee, or beside its chair, keeps his own statement', () => {
    const other =
      'أعلنت لجنة الأمن والدفاع النيابية، اليوم الجمعة، أنها ستستضيف الوزير.\n\nمن جهة أخرى، عقدت اللجنة المالية اجتماعا. وقال عضو اللجنة كريم الساعدي إن الموازنة لا تكفي.';
    expect(who(other, '2021-04-02')).toHaveLength(2);
    const answer =
      'أعلنت لجنة العلاقات الخارجية النيابية، اليوم الجمعة، رفضها أي وجود أجنبي.\n\nفي المقابل، قال عضو اللجنة كريم الساعدي إن بقاء المستشارين ضروري.';
    expect(who(answer, '2021-04-02')).toHaveLength(2);
    const chair =
      'أعلنت لجنة الأمن والدفاع النيابية، اليوم الجمعة، رفضها القصف.\n\nوقال رئيس اللجنة علي حسن إن الحكومة مطالبة بموقف.\n\nوأضاف عضو اللجنة كريم الساعدي أن اللجنة ستستضيف الوزير.';
    expect(who(chair, '2021-04-02')).toHaveLength(3);
  });
  it('another country’s parliament, Lebanon’s Hezbollah and a former spokesman speak for no one here', () => {
    const parliament =
      'أعلن البرلمان العراقي، اليوم الاثنين، رفضه الضربات.\n\nوفي طهران، قال المتحدث باسم البرلمان الإيراني علي رضا إن بلاده تؤيد القرار.';
    expect(who(parliament, '2024-01-08')).toContain('البرلمان العراقي 2024-01-08');
    const hezbollah =
      'أعلنت كتائب حزب الله، اليوم الثلاثاء، تعليق عملياتها.\n\nوفي بيروت، قال المتحدث باسم حزب الله علي حسن إن المقاومة مستمرة.';
    expect(who(hezbollah, '2024-10-15')).toContain('كتائب حزب الله 2024-10-15');
    const former =
      'أعلنت وزارة الخارجية الأمريكية، اليوم الاثنين، دعمها للحوار.\n\nمن جانبه، قال المتحدث السابق باسم الخارجية نيد برايس إن الحوار متعثر.';
    expect(who(former, '2024-02-05')).toContain('وزارة الخارجية الأمريكية 2024-02-05');
  });
  it('NATO’s office under its own name is its holder; «محمد محيي الدين» is not Mohammed Mohyi', () => {
    expect(who('وقال الأمين العام لحلف شمال الأطلسي إن البعثة باقية.', '2024-09-20')).toEqual(['ينس ستولتنبرغ 2024-09-20']);
    expect(who('وقال الكاتب المصري محمد محيي الدين إن الوجود الأجنبي مرفوض.', '2024-02-05').join(' ')).not.toContain('Mohyi');
    const [s] = extract('وقال الكاتب المصري محمد محيي الدين إن الوجود الأجنبي مرفوض.', '2024-02-05').statements;
    expect(s?.speaker.nameEn).not.toBe('Mohammed Mohyi');
  });
  it('«وأكد الوزيران أهمية بعثة الناتو»: two unnamed sides, and NATO the object', () => {
    expect(who('وأكد الوزيران أهمية استمرار بعثة الناتو في العراق.', '2024-05-10')).toEqual([]);
  });
  it('whose instructions a meeting was held on is not a side of it', () => {
    const text =
      'اجتمع قائد القوات البرية حامد الزهيري، بتوجيه من رئيس الوزراء محمد شياع السوداني، مع قائد قوات التحالف جويل فاول.\n\nواتفق الجانبان على جدول زمني.';
    expect(who(text, '2024-02-29').join(' ')).not.toContain('السوداني');
  });
  it('«قوات التحالف» after «تحالف الفتح» is not the bloc', () => {
    const text = 'أعلن تحالف الفتح، اليوم الاثنين، تأييده القرار.\n\nوفي المقابل، قالت قوات التحالف إنها علقت عملياتها.';
    expect(who(text, '2020-01-06')).toHaveLength(2);
  });
  it('«لامين» is a first name', () => {
    expect(who('وقال الباحث لامين العبيدي إن الانسحاب لن يكون كاملا.', '2024-01-10')).toEqual(['لامين العبيدي 2024-01-10']);
  });
});

describe('development set N', () => {
  it('a quotation mark written onto the word before it opens the words («على”الوقوف …”»)', () => {
    const text = 'وقال السفير الأمريكي ماثيو تولر إن الحوار مهم. وشدد السفير الأميركي على”مساندة القوات الأمنية حتى تكمل مهمتها”.';
    expect(who(text, '2021-04-27')).toEqual(['ماثيو تولر 2021-04-27']);
  });
  it('«بيان للقيادة نشرته على حسابها»: the issuer ends at the verb that put it out', () => {
    const text = 'أعلنت القيادة المركزية الأمريكية، اليوم، صد هجوم.\n\nوجاء في بيان للقيادة نشرته على حسابها في تويتر أن الهجوم فشل.';
    expect(who(text, '2022-11-18')).toEqual(['القيادة المركزية الأمريكية 2022-11-18']);
  });
  it('CENTCOM’s spokesman Joe Buccino speaks for it', () => {
    const text =
      'أعلنت القيادة المركزية الأمريكية، اليوم، صد هجوم.\n\nونقل البيان عن المتحدث باسم القيادة الكولونيل جو بوكينو قوله إن القوات بخير.';
    expect(who(text, '2022-11-18')).toEqual(['جو بوكينو 2022-11-18']);
  });
  it('«التحالف» with no coalition named before is the international coalition', () => {
    expect(who('يقول التحالف إن مستشاريه سيغادرون القواعد الصغيرة أولا.', '2020-03-26')).toEqual(['التحالف الدولي 2020-03-26']);
  });
  it('«حكومة السوداني» is the Iraqi government', () => {
    expect(who('حكومة السوداني تؤكد رفضها استخدام الأراضي العراقية منطلقا للهجمات.', '2024-09-28')).toEqual([
      'الحكومة العراقية 2024-09-28',
    ]);
  });
  it('«الوزير العراقي» is the Iraqi minister a sentence before named, though it quoted nobody', () => {
    const text =
      'بحث وزير الحرب الأمريكي بيت هيغسيث مع نظيره العراقي ثابت العباسي ملف المستشارين.\n\nوأوضح الوزير العراقي، في لقاء متلفز، أن الجدول الزمني لم يتغير.';
    expect(who(text, '2025-11-02')).toEqual(['ثابت العباسي 2025-11-02']);
  });
  it('«المليشيا» after «أعلنت بعده المليشيا» still refers back to the group named', () => {
    const text =
      'وأصيب ثلاثة من أفراد مليشيا “كتائب سيد الشهداء” في غارة، أعلنت بعده المليشيا رفع “حالة الإنذار”.\n\nوقالت المليشيا، في بيان فجر الإثنين، إن الغارة استهدفت مخزنا فارغا.';
    expect(who(text, '2021-06-28')).toEqual(['كتائب سيد الشهداء 2021-06-28']);
  });
  it('«عدّ» (deemed) with its shadda is a verb of speech; «وعد» without it is not', () => {
    expect(who('وصباح اليوم، عدّ اللواء يحيى رسول، الناطق باسم القائد العام للقوات المسلحة، الضربة خرقا للاتفاقات.', '2021-06-28')).toEqual([
      'يحيى رسول 2021-06-28',
    ]);
    expect(who('ووعد الوزير فؤاد حسين بحل الأزمة قريبا.', '2021-06-28')).toEqual([]);
  });
  it('a first name the list lacked («فينسنت»)', () => {
    expect(who('وأشار فينسنت باركر، في كلمة، إلى أن التسليم تم بهدوء.', '2020-03-18')).toEqual(['فينسنت باركر 2020-03-18']);
  });
  it('a command’s statement that names its commander in passing stays its own', () => {
    const text =
      'قالت القيادة المركزية الأمريكية، اليوم الجمعة، إنها لا تعلق على تحركات قادتها، ومنهم مايكل كوريلا.\n\nوفي جلسة منفصلة، قال كوريلا: "الوضع مستقر".';
    expect(who(text, '2023-12-15')).toHaveLength(2);
  });
});

describe('«وقال» after a clause with a subject of its own', () => {
  it('is that subject’s, not the last speaker’s', () => {
    const text =
      'وقال أبو علي العسكري إن الهجوم رد طبيعي.\n\nوحمّل وزير الدفاع الأمريكي لويد أوستن، في مكالمة يوم الجمعة مع رئيس الوزراء، الفصائل مسؤولية الهجمات، وقال إن بلاده سترد في الوقت المناسب.';
    expect(who(text, '2023-12-10')).toEqual(['أبو علي العسكري 2023-12-10', 'لويد أوستن 2023-12-08']);
  });
  it('not when the verb does not agree', () => {
    const text =
      'وقال أبو علي العسكري إن الهجوم رد طبيعي.\n\nوخص وزير الدفاع الأمريكي لويد أوستن الكتائب بالاستهداف، وقالت المتحدثة إن الرد قادم.';
    expect(who(text, '2023-12-10')).not.toContain('لويد أوستن 2023-12-10');
  });
});

describe('«جاء ذلك وفق X»', () => {
  it('names whose words the sentence before were', () => {
    const text =
      'أعلن تحالف "الفتح" العراقي، السبت، رفضه أي تمديد للاتفاق الأمني.\n\nجاء ذلك وفق هادي العامري زعيم التحالف خلال مؤتمر عقده في بغداد.';
    expect(who(text, '2021-12-25')).toEqual(['هادي العامري 2021-12-25']);
  });
});

describe('a quoted name right after the verb', () => {
  it('«قال “واين ماروتو” المتحدث …» is the speaker, not the start of his words', () => {
    const text = 'قال “واين ماروتو” المتحدث باسم التحالف الدولي، عبر حسابه، إن «التحقيق في الهجوم ما زال جاريا».';
    expect(who(text, '2021-03-04')).toEqual(['واين ماروتو 2021-03-04']);
  });
});

// Guards from a second review (some 190 cases written against the development-set-N rules).
describe('what the development-set-N rules must leave alone', () => {
  it('«قد وعد» (promised) is no verb of speech', () => {
    expect(who('وكان الرئيس الأمريكي جو بايدن قد وعد بدعم العراق.', '2021-07-27')).toEqual([]);
  });
  it('«عقبة» is a first name', () => {
    expect(who('وقال القيادي في الحزب عقبة الجبوري إن القوات يجب أن تغادر.', '2024-01-10')).toEqual(['عقبة الجبوري 2024-01-10']);
  });
  it('«التحالف» in a story of Yemen’s war, or led by someone, is not the international coalition', () => {
    const yemen = 'قالت السعودية إن الحوثيين أطلقوا طائرات مسيرة.\n\nوقال التحالف، في بيان، إنه اعترض الطائرات.';
    expect(who(yemen, '2021-03-07').join(' ')).not.toContain('التحالف الدولي');
    expect(who('وقال التحالف بقيادة السعودية إنه لم يشارك في الضربة.', '2021-03-07').join(' ')).not.toContain('التحالف الدولي');
  });
  it('a quoted question after the verb is no name («وأين»)', () => {
    const text = 'وقال قيس الخزعلي إن الأمريكيين وعدوا بالانسحاب.\n\nوأضاف "وأين الوعود؟" في إشارة إلى الاتفاق.';
    expect(who(text, '2024-01-10')).toEqual(['قيس الخزعلي 2024-01-10']);
  });
  it('the nearest holder of the office named wins, in the registry or not', () => {
    const text =
      'وتلقى وزير الدفاع ثابت العباسي اتصالا من نظيره التركي يشار غولر.\n\nوكشف الوزير، في تصريح لوكالة الأناضول، أن أنقرة تدعم بغداد.';
    expect(who(text, '2024-03-10')).not.toContain('ثابت العباسي 2024-03-10');
  });
  it('«الجماعة الإسلامية في لبنان» named since is another group', () => {
    const text =
      'أعلنت حركة النجباء، اليوم، استهداف قاعدة.\n\nمن جهة أخرى، أصدرت الجماعة الإسلامية في لبنان بيانا. وقالت الجماعة إن الوضع خطير.';
    expect(extract(text, '2024-01-10').statements.find((s) => s.speaker.name.includes('النجباء'))?.paragraphs).toEqual([1]);
  });
  it('«وخص أوستن بالنقد، وقال» in the paragraph where someone is speaking is still his', () => {
    const text = 'وقال قيس الخزعلي إن القوات الأمريكية يجب أن ترحل. وخص وزير الدفاع الأمريكي لويد أوستن بالنقد، وقال إن وعوده كاذبة.';
    expect(who(text, '2024-01-10')).toEqual(['قيس الخزعلي 2024-01-10']);
  });
});

describe('read from held-out set L after its one final score', () => {
  it('«رحبت الحكومة العراقية بتصريحات مبعوث ترامب»: the body speaks, the president is the object', () => {
    const text = 'وأشادت الحكومة العراقية بمواقف مبعوث ترامب وقالت إنها تدعم الاستقرار.';
    expect(who(text, '2025-11-01')).toEqual(['الحكومة العراقية 2025-11-01']);
  });
  it('Mark Savaya, the US envoy, by his family name', () => {
    expect(who('ودعا سافايا في منشور إلى دعم المؤسسات الأمنية العراقية.', '2025-11-01')).toEqual(['مارك سافايا 2025-11-01']);
  });
});
