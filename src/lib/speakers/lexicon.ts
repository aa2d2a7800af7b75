/**
 * Words that tell what kind of noun phrase a speaker phrase is. All entries
 * are in normalized form (see `normalizeArabic`), without the article ال.
 */

import { FIRST_NAMES } from './names.ts';

/** Split a space-separated word list (keeps the lists below compact and readable). */
const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/u));

/** Heads of institution names: وزارة الخارجية, قيادة العمليات, مكتب رئيس الوزراء, إقليم كردستان. */
export const INSTITUTION_HEADS: ReadonlySet<string> = words(`
  وزاره قياده هيءه مكتب رءاسه مجلس لجنه حكومه سفاره برلمان تحالف جيش قوات خارجيه داخليه دفاع بنتاغون بيت حزب تيار
  ايتلاف اءتلاف منظمه بعثه امانه مفوضيه محكمه جهاز فصاءل كتاءب حركه اداره مركز شركه نقابه قنصليه كتله خليه اقليم حلف
  سلطات عمليات فيلق تنسيقيه مقاومه جماعه فصيل ميليشيا مليشيا ميليشيات مليشيات حرس اطار عصاءب سرايا قوه وحده داءره
`);

/**
 * Heads of role phrases: a person's office, rank or title, which comes before
 * the name and is kept as the statement's `role` («آمر»: an Iraqi unit's or base's commander).
 */
export const ROLE_HEADS: ReadonlySet<string> = words(`
  رءيس رءيسه وزير وزيره قاءد ناءب ناءبه متحدث متحدثه ناطق ناطقه مستشار مستشاره سفير سفيره عضو امين مدير مديره مسءول
  مسءوله ممثل زعيم محافظ قاضي امير ملك مبعوث منسق مساعد سكرتير لواء عميد عقيد فريق جنرال ميجور بريجادير اميرال نقيب
  مقدم رايد دكتور د شيخ سيد سيده اول عام باسم محلل محلله ركن متقاعد خبير نايب قيادي قياديه باحث باحثه ممثله مبعوثه منسقه
  قاءم امر مساعده مرشد كولونيل ادميرال راءد كبير مندوب مندوبه سيناتور سناتور
`);

/** Subjects that are never speakers: anonymous sources, media, vague collectives. */
export const NOT_SPEAKERS: readonly RegExp[] = [
  // "ثلاثة مصادر أمنية", "مسؤولان أمنيان عراقيان", "كبار المسؤولين": counted or plural, still unnamed.
  /^(?:(?:اثنان|ثلاثه|اربعه|خمسه|عده|بعض|كبار)\s+)?(?:مصادر|مصدر|مصدران|مصدرين|مسءول|مسءوله|مسءولون|مسءولين|مسءولان|مسءولي|ضابط|ضابطان|ضباط|احد|شهود|ناشطون|مراقبون|خبراء|محللون|تقارير|تقرير|اوساط|جهات|مقربون)(?:\s|$)/u,
  /^(?:وساءل|وكاله|وكالات|صحيفه|صحف|قناه|موقع|مجله|تلفزيون|اذاعه|مراسل|مراسله|صحفي|صحفيه|منصه|منصات|حساب)(?:\s|$)/u,
  // "وأضاف المصدر": the anonymous source of the sentence before.
  /^ال(?:مصدر|مصادر)(?:\s|$)/u,
  // "جماعة غير معروفة", "جهة مجهولة": nobody the reader could name.
  /^(?:جماعه|جهه|مجموعه|فصيل|جماعات|جهات)\s+(?:غير\s+معروفه?|مجهوله?)(?:\s|$)/u,
];

/** Countries, regions and capitals. As subjects ("أعلنت واشنطن") they are too vague to attribute. */
export const PLACES: ReadonlySet<string> = words(`
  واشنطن بغداد طهران العراق ايران امريكا اربيل دمشق موسكو لندن باريس سوريا اسراءيل تركيا انقره الرياض السعوديه الكويت
  عمان بيروت لبنان القاهره مصر كردستان كوردستان الموصل البصره الانبار نينوي غزه فرنسا بريطانيا روسيا الصين
  الدنمارك هولندا المانيا ايطاليا اسبانيا كندا استراليا النرويج بلجيكا بولندا فنلندا السويد اليابان الاردن قطر
  الامارات البحرين اليمن التشيك المجر النمسا سويسرا اليونان البرتغال رومانيا بلغاريا نيوزيلندا ايرلندا اوكرانيا
  باكستان افغانستان الهند ليبيا تونس الجزاءر المغرب السودان فلسطين برلين روما مدريد اوتاوا كانبيرا كوبنهاغن لاهاي
  امستردام بروكسل الدوحه ابوظبي المنامه
`);

/** Events an institution condemns or announces ("الهجوم", "القصف"): its object, never part of its name or a person's. */
export const EVENTS: ReadonlySet<string> = words(
  'هجوم هجمات قصف ضربه ضربات اعتداء اعتداءات عدوان غاره غارات تفجير انسحاب استهداف عمليه اغتيال مقتل',
);

/**
 * Common nouns that follow a verb but are never names, with or without ال (the attacks of EVENTS among
 * them, but not «عملية» or «انسحاب», which name operations and committees): "في بيان", "خلال مؤتمر",
 * "في مقابلة تلفزيونية", and the objects of reporting verbs ("وجدد … التأكيد على").
 */
export const NON_NAMES: ReadonlySet<string> = words(`
  بيان موءتمر تصريح تصريحات مقابله تغريده حديث رد سءال اتصال لقاء كلمه افاده ايجاز رساله منشور تدوينه وجود قد كذلك
  ايضا بدوره جانبه منصه صحفي صحفيه اجتماع وفد شءون تلفزيوني تلفزيونيه تاكيد بلاده بلادها مجددا وفقا مجدد حرص مقر
  ظروف الظروف مخرجات تعليقا هجوم هجمات قصف ضربه ضربات غاره غارات اعتداء تفجير استهداف بشده بقوه بحزم
  اهميه ضروره
`);

/** Documents as subjects ("وأضافت الرسالة"): they continue whoever wrote them. */
export const DOCUMENTS: ReadonlySet<string> = words('الرساله البيان الخطاب الوثيقه المذكره التقرير');

/** Strip the article ال (and a clitic و/ب/ل before it) to compare a word with the lexicons above. */
export function bare(word: string): string {
  return word.replace(/^(?:[وفبل]?ال|لل)/u, '');
}

/** True for a word carrying the article: الوزير, بالقوات, للحشد. */
export function isDefinite(word: string): boolean {
  // "فالح", "آلاء", "أليكس": first names whose letters open like ال, with no article in them (not
  // «الهام», which is also "the important").
  return /^(?:[وفبلك]?ال|لل)/u.test(word) && (!FIRST_NAMES.has(word) || word === 'الهام') && !NOT_ARTICLE.test(word);
}

/**
 * Words whose letters open like ال but carry no article: «إلى» and «ألا» fold to الي/الا, and the
 * relative pronouns («الذي», «التي») join a clause, not a name ("يدعو الحكومة إلى …").
 */
const NOT_ARTICLE = /^[وف]?(?:الي|الا|الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي|اللذان|اللتان)$/u;

/**
 * True when a normalized phrase names an institution (its first word is an institution head), or a
 * document that speaks for several ("البيان المشترك العراقي الأمريكي"): no person, and no surname.
 */
export function isInstitution(phrase: string): boolean {
  const first = phrase.split(' ')[0] ?? '';
  return INSTITUTION_HEADS.has(bare(first)) || DOCUMENTS.has(first);
}

/**
 * Surnames that are also everyday words: خلف (behind), رسول (messenger), عناد, نصر (victory), بيت
 * (house), الحكيم (wise), العسكري (military: «أبو علي العسكري»), ماس (Heiko Maas; a short circuit, «ماس كهربائي»); and surnames several well-known people share (إياد and حسين علاوي, هادي
 * and حسين العامري), which only the article's full name tells apart.
 */
const ORDINARY = words('خلف رسول عناد نصر بيت كوبر الحكيم العسكري علاوي العامري ماس');

/** True for a surname that is also a first name or an everyday word: alone, it does not name anyone. */
export function isOrdinaryWord(word: string): boolean {
  return ORDINARY.has(word) || FIRST_NAMES.has(word);
}

/**
 * True when a word (folded) is a head noun of `lexicon`, with or without the article and a
 * conjunction written on: "والوزير", "فالمتحدث". The word is tried as written first, so that
 * "وزير" and "فريق" are not read as و + زير.
 */
export function hasHead(lexicon: ReadonlySet<string>, key: string): boolean {
  return lexicon.has(bare(key)) || lexicon.has(bare(key.replace(/^[وف](?=\p{L}{3})/u, '')));
}

/** True for a word that heads an office or an institution. */
export function isTitleHead(key: string): boolean {
  return hasHead(ROLE_HEADS, key) || hasHead(INSTITUTION_HEADS, key);
}

const MILITARY = 'فريق|لواء|عميد|عقيد|جنرال|اميرال|ادميرال|كولونيل|رايد|راءد|مقدم|نقيب|ميجور|بريجادير';
/** Nationality adjectives (folded, with ال) of lands other than the three sides: «البرلمان الأوروبي» is no Iraqi body. */
export const OTHER_NATIONS =
  /^ال(?:اوروبي|بريطاني|فرنسي|الماني|روسي|تركي|سوري|لبناني|اردني|مصري|سعودي|كويتي|اماراتي|قطري|اسراءيلي|صيني)(?:ه)?$/u;

/** True for a nationality adjective with ال, of any land: «الأميركي», «الفرنسية». */
export function isNationality(key: string): boolean {
  return OTHER_NATIONS.test(key) || /^ال(?:عراقي|امريكي|اميركي|ايراني)(?:ه)?$/u.test(key);
}

/** Military ranks (without ال). */
export const MILITARY_RANKS = new RegExp(`^(?:${MILITARY})$`, 'u');
/** Military and honorary ranks (without ال), which stand right before the name they belong to. */
export const RANKS = new RegExp(`^(?:${MILITARY}|دكتور|شيخ)$`, 'u');

/**
 * "الرئيس بارزاني", "اللواء هنتزي", "السيد الصدر": a title before a family name alone, with its
 * article: a rank, or the titles of office that reporters put before a surname.
 */
export function titleBeforeSurname(key: string): boolean {
  return isDefinite(key) && (RANKS.test(bare(key)) || /^(?:رءيس|سيد|وزير)$/u.test(bare(key)));
}
