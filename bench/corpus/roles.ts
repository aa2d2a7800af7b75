/**
 * Offices and institutions for the generated registry. An office is a role
 * template: how many people hold it, where their names come from, and the
 * institution they speak for when it is a spokesperson's office. Institutions
 * are registry entries of their own; their names open with a word the
 * extractor knows as an institution head (وزارة, قيادة, التحالف …).
 */
import type { Side } from '../../src/lib/speakers/types.ts';

/** Where a person's names come from. */
export type Origin = 'arab' | 'kurd' | 'us' | 'coalition' | 'iran' | 'tr' | 'ru' | 'eu';

/** An office held by `count` generated people. */
export interface Office {
  ar: string;
  /** The feminine form; when absent, only men hold the office. */
  arF?: string;
  en: string;
  side: Side;
  origin: Origin;
  count: number;
  /** A military rank written before the name ("اللواء", "الجنرال"). */
  rank?: string;
  /** The institution the holder speaks for (its id). */
  speaksFor?: string;
}

/** An institution in the registry. */
export interface InstitutionSpec {
  id: string;
  name: string;
  en: string;
  aliases: readonly string[];
  role: string;
  roleEn: string;
  side: Side;
  /** Feminine nouns (وزارة, قيادة) take feminine verbs: أكدت, قالت. */
  feminine: boolean;
  /** The bare noun that refers back to it ("الوزارة", "القيادة"), if the extractor reads one. */
  noun?: string;
}

/** Compact notation: "id|name|English|aliases,…|role|roleEn|side|f or m|noun". */
function institutions(list: string): InstitutionSpec[] {
  return list
    .trim()
    .split('\n')
    .map((line) => {
      const [id = '', name = '', en = '', aliases = '', role = '', roleEn = '', side = 'other', gender = 'm', noun = ''] = line
        .trim()
        .split('|');
      return {
        id,
        name,
        en,
        aliases: aliases ? aliases.split(',') : [],
        role,
        roleEn,
        side: side as Side,
        feminine: gender === 'f',
        ...(noun ? { noun } : {}),
      };
    });
}

export const INSTITUTIONS: readonly InstitutionSpec[] = institutions(`
  iraqi-government|الحكومة العراقية|Government of Iraq||السلطة التنفيذية|Iraqi government|iraq|f|الحكومة
  iraqi-foreign-ministry|وزارة الخارجية العراقية|Iraqi Ministry of Foreign Affairs|الخارجية العراقية|وزارة الخارجية|Foreign ministry|iraq|f|الوزارة
  iraqi-defence-ministry|وزارة الدفاع العراقية|Iraqi Ministry of Defence|الدفاع العراقية|وزارة الدفاع|Defence ministry|iraq|f|الوزارة
  iraqi-interior-ministry|وزارة الداخلية العراقية|Iraqi Ministry of Interior|الداخلية العراقية|وزارة الداخلية|Interior ministry|iraq|f|الوزارة
  joint-operations-command|قيادة العمليات المشتركة|Iraqi Joint Operations Command|العمليات المشتركة,قيادة العمليات المشتركة العراقية|القيادة العسكرية العراقية|Joint Operations Command|iraq|f|القيادة
  security-media-cell|خلية الإعلام الأمني|Security Media Cell||الجهة الإعلامية للقوات الأمنية|Security media cell|iraq|f|الخلية
  iraqi-parliament|البرلمان العراقي|Iraqi Parliament|مجلس النواب العراقي|السلطة التشريعية|Council of Representatives of Iraq|iraq|m
  security-defence-committee|لجنة الأمن والدفاع النيابية|Parliamentary Security and Defence Committee|لجنة الأمن والدفاع البرلمانية|لجنة نيابية|Parliamentary committee|iraq|f|اللجنة
  pm-office|مكتب رئيس الوزراء العراقي|Office of the Iraqi Prime Minister|المكتب الإعلامي لرئيس الوزراء|مكتب رئيس الوزراء|Prime Minister's office|iraq|m|المكتب
  kurdistan-regional-government|حكومة إقليم كردستان|Kurdistan Regional Government|حكومة إقليم كوردستان|حكومة الإقليم|Kurdistan Regional Government|iraq|f
  peshmerga-ministry|وزارة شؤون البيشمركة|Ministry of Peshmerga Affairs|وزارة البيشمركة|وزارة البيشمركة|Peshmerga ministry|iraq|f
  popular-mobilization-commission|هيئة الحشد الشعبي|Popular Mobilization Commission|الحشد الشعبي|هيئة أمنية|Popular Mobilization Forces|iraq|f|الهيئة
  state-of-law-coalition|ائتلاف دولة القانون|State of Law Coalition||كتلة نيابية|Parliamentary bloc|iraq|m
  fatah-alliance|تحالف الفتح|Fatah Alliance||كتلة نيابية|Parliamentary bloc|iraq|m
  kurdistan-democratic-party|الحزب الديمقراطي الكردستاني|Kurdistan Democratic Party|الديمقراطي الكردستاني|حزب سياسي|Political party|iraq|m
  patriotic-union-of-kurdistan|حزب الاتحاد الوطني الكردستاني|Patriotic Union of Kurdistan|الاتحاد الوطني الكردستاني|حزب سياسي|Political party|iraq|m
  sadrist-movement|التيار الصدري|Sadrist Movement||تيار سياسي|Political movement|iraq|m
  hikma-movement|تيار الحكمة|Hikma Movement|تيار الحكمة الوطني|تيار سياسي|Political movement|iraq|m
  sovereignty-alliance|تحالف السيادة|Sovereignty Alliance||كتلة نيابية|Parliamentary bloc|iraq|m
  nujaba-movement|حركة النجباء|Harakat al-Nujaba|حركة النجباء العراقية|فصيل مسلح|Armed faction|iraq|f
  kataib-hezbollah|كتائب حزب الله|Kataib Hezbollah|كتائب حزب الله العراقية|فصيل مسلح|Armed faction|iraq|f
  us-department-of-defense|وزارة الدفاع الأمريكية|US Department of Defense|وزارة الدفاع الأميركية,البنتاغون|وزارة الدفاع|Department of Defense|us|f|الوزارة
  us-state-department|وزارة الخارجية الأمريكية|US Department of State|وزارة الخارجية الأميركية,الخارجية الأمريكية|وزارة الخارجية|Department of State|us|f|الوزارة
  white-house|البيت الأبيض|The White House||الرئاسة الأمريكية|US presidency|us|m
  us-central-command|القيادة المركزية الأمريكية|US Central Command|القيادة المركزية الأميركية,سنتكوم|قيادة عسكرية|US Central Command (CENTCOM)|us|f|القيادة
  us-embassy-baghdad|السفارة الأمريكية في بغداد|US Embassy in Baghdad|السفارة الأمريكية لدى العراق|بعثة دبلوماسية|Diplomatic mission|us|f|السفارة
  us-national-security-council|مجلس الأمن القومي الأمريكي|US National Security Council|مجلس الأمن القومي الأميركي|مجلس حكومي|National Security Council|us|m
  global-coalition|التحالف الدولي|Global Coalition against Daesh|التحالف الدولي ضد داعش,قوات التحالف الدولي|تحالف عسكري|US-led coalition (CJTF-OIR)|coalition|m
  task-force-inherent-resolve|قيادة قوة المهام المشتركة|Combined Joint Task Force – Operation Inherent Resolve|قيادة قوة المهام المشتركة لعملية العزم الصلب|قيادة عسكرية|CJTF-OIR headquarters|coalition|f
  uk-ministry-of-defence|وزارة الدفاع البريطانية|UK Ministry of Defence||وزارة الدفاع|Ministry of Defence|coalition|f|الوزارة
  uk-embassy-baghdad|السفارة البريطانية في بغداد|British Embassy in Baghdad|السفارة البريطانية لدى العراق|بعثة دبلوماسية|Diplomatic mission|coalition|f|السفارة
  french-armed-forces-ministry|وزارة الجيوش الفرنسية|French Ministry of the Armed Forces|وزارة القوات المسلحة الفرنسية|وزارة الدفاع|Ministry of the Armed Forces|coalition|f|الوزارة
  nato-mission-iraq|بعثة حلف الناتو في العراق|NATO Mission Iraq|بعثة الناتو في العراق|بعثة تدريب|Training mission|coalition|f|البعثة
  german-defence-ministry|وزارة الدفاع الألمانية|German Federal Ministry of Defence||وزارة الدفاع|Ministry of Defence|coalition|f|الوزارة
  danish-defence-ministry|وزارة الدفاع الدنماركية|Danish Ministry of Defence||وزارة الدفاع|Ministry of Defence|coalition|f|الوزارة
  iran-foreign-ministry|وزارة الخارجية الإيرانية|Iranian Ministry of Foreign Affairs|الخارجية الإيرانية|وزارة الخارجية|Foreign ministry|iran|f|الوزارة
  irgc|قوات الحرس الثوري الإيراني|Islamic Revolutionary Guard Corps|الحرس الثوري الإيراني,الحرس الثوري|قوة عسكرية|IRGC|iran|f
  iran-embassy-baghdad|السفارة الإيرانية في بغداد|Iranian Embassy in Baghdad|السفارة الإيرانية لدى العراق|بعثة دبلوماسية|Diplomatic mission|iran|f|السفارة
  iran-supreme-national-security-council|المجلس الأعلى للأمن القومي الإيراني|Supreme National Security Council of Iran||مجلس حكومي|Supreme National Security Council|iran|m
  iran-government|الحكومة الإيرانية|Government of Iran||السلطة التنفيذية|Iranian government|iran|f|الحكومة
  nato|حلف شمال الأطلسي|NATO|حلف الناتو|حلف عسكري|North Atlantic Treaty Organization|other|m
  unami|بعثة الأمم المتحدة لمساعدة العراق|United Nations Assistance Mission for Iraq|بعثة يونامي|بعثة أممية|UNAMI|other|f|البعثة
  arab-league|الأمانة العامة لجامعة الدول العربية|Arab League General Secretariat|جامعة الدول العربية|منظمة إقليمية|Arab League|other|f
  turkish-foreign-ministry|وزارة الخارجية التركية|Turkish Ministry of Foreign Affairs|الخارجية التركية|وزارة الخارجية|Foreign ministry|other|f|الوزارة
  turkish-defence-ministry|وزارة الدفاع التركية|Turkish Ministry of National Defence||وزارة الدفاع|Defence ministry|other|f|الوزارة
  russian-foreign-ministry|وزارة الخارجية الروسية|Russian Ministry of Foreign Affairs|الخارجية الروسية|وزارة الخارجية|Foreign ministry|other|f|الوزارة
  eu-delegation-iraq|بعثة الاتحاد الأوروبي في العراق|EU Delegation to Iraq|بعثة الاتحاد الأوروبي لدى العراق|بعثة دبلوماسية|Diplomatic mission|other|f|البعثة
`);

/** Compact notation: "count|origin|side|ar|arF|en|rank|speaksFor". */
function offices(list: string): Office[] {
  return list
    .trim()
    .split('\n')
    .map((line) => {
      const [count = '1', origin = 'arab', side = 'other', ar = '', arF = '', en = '', rank = '', speaksFor = ''] = line.trim().split('|');
      return {
        count: Number(count),
        origin: origin as Origin,
        side: side as Side,
        ar,
        ...(arF ? { arF } : {}),
        en,
        ...(rank ? { rank } : {}),
        ...(speaksFor ? { speaksFor } : {}),
      };
    });
}

export const OFFICES: readonly Office[] = offices(`
  2|arab|iraq|رئيس الوزراء العراقي||Prime Minister of Iraq
  3|arab|iraq|وزير الخارجية العراقي||Iraqi Foreign Minister
  3|arab|iraq|وزير الدفاع العراقي||Iraqi Defence Minister
  2|arab|iraq|وزير الداخلية العراقي||Iraqi Interior Minister
  2|arab|iraq|مستشار الأمن القومي العراقي||Iraqi National Security Adviser
  3|arab|iraq|المتحدث باسم الحكومة العراقية|المتحدثة باسم الحكومة العراقية|Iraqi government spokesperson||iraqi-government
  2|arab|iraq|المتحدث باسم وزارة الخارجية العراقية|المتحدثة باسم وزارة الخارجية العراقية|Spokesperson, Iraqi Ministry of Foreign Affairs||iraqi-foreign-ministry
  2|arab|iraq|المتحدث باسم وزارة الدفاع العراقية||Spokesman, Iraqi Ministry of Defence|اللواء|iraqi-defence-ministry
  2|arab|iraq|المتحدث باسم وزارة الداخلية العراقية||Spokesman, Iraqi Ministry of Interior|العميد|iraqi-interior-ministry
  3|arab|iraq|المتحدث باسم قيادة العمليات المشتركة||Spokesman, Iraqi Joint Operations Command|اللواء|joint-operations-command
  2|arab|iraq|المتحدث باسم خلية الإعلام الأمني||Spokesman, Security Media Cell|العميد|security-media-cell
  2|arab|iraq|المتحدث العسكري باسم القائد العام للقوات المسلحة||Military spokesman for the Commander-in-Chief|اللواء
  5|arab|iraq|النائب عن ائتلاف دولة القانون|النائبة عن ائتلاف دولة القانون|MP, State of Law Coalition
  5|arab|iraq|النائب عن تحالف الفتح|النائبة عن تحالف الفتح|MP, Fatah Alliance
  4|kurd|iraq|النائب عن الحزب الديمقراطي الكردستاني|النائبة عن الحزب الديمقراطي الكردستاني|MP, Kurdistan Democratic Party
  3|kurd|iraq|النائب عن الاتحاد الوطني الكردستاني|النائبة عن الاتحاد الوطني الكردستاني|MP, Patriotic Union of Kurdistan
  4|arab|iraq|النائب عن تحالف السيادة|النائبة عن تحالف السيادة|MP, Sovereignty Alliance
  3|arab|iraq|النائب عن تيار الحكمة|النائبة عن تيار الحكمة|MP, Hikma Movement
  3|arab|iraq|النائب المستقل|النائبة المستقلة|Independent MP
  6|arab|iraq|عضو لجنة الأمن والدفاع النيابية|عضو لجنة الأمن والدفاع النيابية|Member, Parliamentary Security and Defence Committee
  2|arab|iraq|رئيس لجنة العلاقات الخارجية النيابية||Chair, Parliamentary Foreign Relations Committee
  2|arab|iraq|رئيس مجلس النواب العراقي||Speaker of the Iraqi Parliament
  2|arab|iraq|قائد عمليات بغداد||Commander, Baghdad Operations|الفريق الركن
  2|arab|iraq|رئيس أركان الجيش العراقي||Chief of Staff of the Iraqi Army|الفريق أول ركن
  2|kurd|iraq|المتحدث باسم حكومة إقليم كردستان||Spokesman, Kurdistan Regional Government||kurdistan-regional-government
  2|kurd|iraq|وزير شؤون البيشمركة في حكومة إقليم كردستان||KRG Minister of Peshmerga Affairs
  3|kurd|iraq|القيادي في الحزب الديمقراطي الكردستاني|القيادية في الحزب الديمقراطي الكردستاني|Senior member, Kurdistan Democratic Party
  2|arab|iraq|رئيس هيئة الحشد الشعبي||Chairman, Popular Mobilization Commission
  1|arab|iraq|المتحدث باسم هيئة الحشد الشعبي||Spokesman, Popular Mobilization Commission||popular-mobilization-commission
  4|arab|iraq|القيادي في الإطار التنسيقي|القيادية في الإطار التنسيقي|Senior member, Coordination Framework
  3|arab|iraq|القيادي في التيار الصدري||Senior member, Sadrist Movement
  2|arab|iraq|الأمين العام لحركة النجباء||Secretary-General, Harakat al-Nujaba
  1|arab|iraq|المتحدث باسم كتائب حزب الله||Spokesman, Kataib Hezbollah||kataib-hezbollah
  2|arab|iraq|محافظ الأنبار||Governor of Anbar
  4|arab|iraq|النائب عن كتلة صادقون|النائبة عن كتلة صادقون|MP, Sadiqoun bloc
  3|arab|iraq|عضو لجنة العلاقات الخارجية النيابية|عضو لجنة العلاقات الخارجية النيابية|Member, Parliamentary Foreign Relations Committee
  2|arab|iraq|مستشار رئيس الوزراء العراقي للشؤون الأمنية||Security adviser to the Iraqi Prime Minister
  2|arab|iraq|سفير العراق لدى الولايات المتحدة|سفيرة العراق لدى الولايات المتحدة|Iraqi Ambassador to the United States
  3|us|us|المتحدث باسم البنتاغون|المتحدثة باسم البنتاغون|Pentagon Press Secretary||us-department-of-defense
  2|us|us|نائب المتحدث باسم البنتاغون|نائبة المتحدث باسم البنتاغون|Deputy Pentagon Press Secretary||us-department-of-defense
  3|us|us|المتحدث باسم وزارة الخارجية الأمريكية|المتحدثة باسم وزارة الخارجية الأمريكية|State Department Spokesperson||us-state-department
  2|us|us|نائب المتحدث باسم وزارة الخارجية الأمريكية|نائبة المتحدث باسم وزارة الخارجية الأمريكية|State Department Deputy Spokesperson||us-state-department
  3|us|us|وزير الدفاع الأمريكي||US Secretary of Defense
  3|us|us|وزير الخارجية الأمريكي||US Secretary of State
  3|us|us|قائد القيادة المركزية الأمريكية||Commander, US Central Command|الجنرال
  2|us|us|المتحدث باسم القيادة المركزية الأمريكية||Spokesman, US Central Command|الكابتن|us-central-command
  2|us|us|مستشار الأمن القومي الأمريكي||US National Security Adviser
  2|us|us|المتحدث باسم مجلس الأمن القومي الأمريكي||Spokesman, US National Security Council||us-national-security-council
  3|us|us|السفير الأمريكي لدى العراق|السفيرة الأمريكية لدى العراق|US Ambassador to Iraq
  4|us|us|السيناتور الجمهوري||Republican Senator
  3|us|us|السيناتور الديمقراطي|السيناتورة الديمقراطية|Democratic Senator
  2|us|us|رئيس هيئة الأركان الأمريكية المشتركة||Chairman of the US Joint Chiefs of Staff|الجنرال
  3|us|us|المتحدث باسم البيت الأبيض|المتحدثة باسم البيت الأبيض|White House Press Secretary||white-house
  3|us|us|عضو لجنة القوات المسلحة في مجلس الشيوخ الأمريكي||Member, US Senate Armed Services Committee
  2|us|us|مساعد وزير الدفاع الأمريكي||US Assistant Secretary of Defense
  3|us|us|النائب الجمهوري في الكونغرس|النائبة الجمهورية في الكونغرس|Republican Congressman
  3|coalition|coalition|المتحدث باسم التحالف الدولي||Spokesman, US-led coalition (CJTF-OIR)|العقيد|global-coalition
  3|coalition|coalition|قائد قوات التحالف الدولي||Commander, CJTF-OIR|الجنرال
  2|coalition|coalition|نائب قائد قوات التحالف الدولي||Deputy Commander, CJTF-OIR|اللواء
  3|coalition|coalition|وزير الدفاع البريطاني|وزيرة الدفاع البريطانية|UK Defence Secretary
  2|coalition|coalition|وزير الجيوش الفرنسي|وزيرة الجيوش الفرنسية|French Minister of the Armed Forces
  2|coalition|coalition|وزير الدفاع الألماني|وزيرة الدفاع الألمانية|German Defence Minister
  2|coalition|coalition|وزير الدفاع الدنماركي||Danish Defence Minister
  2|coalition|coalition|وزير الدفاع الأسترالي||Australian Defence Minister
  3|coalition|coalition|السفير البريطاني لدى العراق|السفيرة البريطانية لدى العراق|British Ambassador to Iraq
  2|coalition|coalition|السفير الفرنسي في بغداد|السفيرة الفرنسية في بغداد|French Ambassador to Iraq
  3|coalition|coalition|قائد بعثة حلف الناتو في العراق||Commander, NATO Mission Iraq|الفريق
  2|coalition|coalition|وزير الدفاع الإيطالي||Italian Defence Minister
  2|coalition|coalition|وزير الدفاع الإسباني|وزيرة الدفاع الإسبانية|Spanish Defence Minister
  2|coalition|coalition|وزير الدفاع الكندي||Canadian Defence Minister
  2|coalition|coalition|المتحدث باسم وزارة الدفاع البريطانية||Spokesman, UK Ministry of Defence||uk-ministry-of-defence
  3|iran|iran|المتحدث باسم وزارة الخارجية الإيرانية||Spokesman, Iranian Ministry of Foreign Affairs||iran-foreign-ministry
  3|iran|iran|وزير الخارجية الإيراني||Iranian Foreign Minister
  2|iran|iran|مساعد وزير الخارجية الإيراني||Iranian Deputy Foreign Minister
  3|iran|iran|السفير الإيراني في بغداد||Iranian Ambassador to Iraq
  2|iran|iran|مستشار المرشد الإيراني||Adviser to Iran's Supreme Leader
  2|iran|iran|قائد فيلق القدس||Commander, Quds Force|اللواء
  2|iran|iran|المتحدث باسم الحرس الثوري الإيراني||Spokesman, IRGC|العميد|irgc
  2|iran|iran|أمين المجلس الأعلى للأمن القومي الإيراني||Secretary, Supreme National Security Council of Iran
  2|iran|iran|رئيس البرلمان الإيراني||Speaker of the Iranian Parliament
  3|iran|iran|عضو لجنة الأمن القومي في البرلمان الإيراني||Member, Iranian parliament's National Security Committee
  2|iran|iran|المتحدث باسم الحكومة الإيرانية||Iranian government spokesman||iran-government
  2|eu|other|الأمين العام لحلف شمال الأطلسي||NATO Secretary General
  3|eu|other|الممثل الخاص للأمين العام للأمم المتحدة في العراق|الممثلة الخاصة للأمين العام للأمم المتحدة في العراق|UN Special Representative for Iraq
  1|eu|other|المتحدث باسم بعثة الأمم المتحدة لمساعدة العراق|المتحدثة باسم بعثة الأمم المتحدة لمساعدة العراق|Spokesperson, UNAMI||unami
  2|tr|other|وزير الخارجية التركي||Turkish Foreign Minister
  2|tr|other|وزير الدفاع التركي||Turkish Defence Minister
  2|ru|other|المتحدث باسم وزارة الخارجية الروسية|المتحدثة باسم وزارة الخارجية الروسية|Spokesperson, Russian Ministry of Foreign Affairs||russian-foreign-ministry
  2|ru|other|نائب وزير الخارجية الروسي||Russian Deputy Foreign Minister
  8|arab|other|المحلل السياسي|المحللة السياسية|Political analyst
  4|arab|other|الخبير الأمني||Security expert
  2|arab|other|الخبير في الشؤون الاستراتيجية||Strategic affairs expert
  2|arab|other|الباحث في الشؤون الأمنية|الباحثة في الشؤون الأمنية|Security researcher
  1|arab|other|الأمين العام لجامعة الدول العربية||Secretary-General of the Arab League
  2|eu|other|المبعوث الأوروبي الخاص إلى العراق|المبعوثة الأوروبية الخاصة إلى العراق|EU Special Envoy for Iraq
  2|eu|other|سفير الاتحاد الأوروبي لدى العراق|سفيرة الاتحاد الأوروبي لدى العراق|EU Ambassador to Iraq
`);
