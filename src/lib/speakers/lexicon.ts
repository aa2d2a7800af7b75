/**
 * Words that tell what kind of noun phrase a speaker phrase is. All entries
 * are in normalized form (see `normalizeArabic`), without the article ال.
 */

/** Heads of institution names: وزارة الخارجية, قيادة العمليات, مكتب رئيس الوزراء. */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'وزاره',
  'قياده',
  'هيءه',
  'مكتب',
  'رءاسه',
  'مجلس',
  'لجنه',
  'حكومه',
  'سفاره',
  'برلمان',
  'تحالف',
  'جيش',
  'قوات',
  'خارجيه',
  'داخليه',
  'دفاع',
  'بنتاغون',
  'البيت',
  'حزب',
  'تيار',
  'ايتلاف',
  'ءاءتلاف',
  'منظمه',
  'بعثه',
  'امانه',
  'مفوضيه',
  'محكمه',
  'جهاز',
  'فصاءل',
  'كتاءب',
  'حركه',
  'اداره',
  'مركز',
  'شركه',
  'نقابه',
  'قنصليه',
  'كتله',
  'خليه',
]);

/**
 * Heads of role phrases: a person's office, rank or title, which comes before
 * the name and is kept as the statement's `role`.
 */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'رءيس',
  'وزير',
  'قاءد',
  'ناءب',
  'متحدث',
  'ناطق',
  'مستشار',
  'سفير',
  'عضو',
  'امين',
  'مدير',
  'مسءول',
  'مسءوله',
  'ممثل',
  'زعيم',
  'نايب',
  'محافظ',
  'قاضي',
  'امير',
  'ملك',
  'مبعوث',
  'منسق',
  'مساعد',
  'سكرتير',
  'متحدثه',
  'رءيسه',
  'وزيره',
  'مديره',
  'لواء',
  'عميد',
  'عقيد',
  'فريق',
  'جنرال',
  'ميجور',
  'بريجادير',
  'اميرال',
  'رقيب',
  'نقيب',
  'مقدم',
  'رايد',
  'دكتور',
  'شيخ',
  'سيد',
  'سيده',
  'السيد',
  'قايد',
  'الاول',
  'اول',
  'عام',
  'باسم',
  'نائب',
]);

/** Subjects that are never speakers: anonymous sources, media, vague collectives. */
export const NOT_SPEAKERS: readonly RegExp[] = [
  /^(?:مصادر|مصدر|مسءول|مسءوله|مسءولون|مسءولين|احد|شهود|ناشطون|مراقبون|خبراء|محللون|تقارير|تقرير|اوساط|جهات|مقربون)(?:\s|$)/u,
  /^(?:وساءل|وكاله|وكالات|صحيفه|صحف|قناه|موقع|مجله|تلفزيون|اذاعه)(?:\s|$)/u,
];

/** Countries and capitals used as subjects ("أعلنت واشنطن"): too vague to attribute. */
export const PLACES: ReadonlySet<string> = new Set([
  'واشنطن',
  'بغداد',
  'طهران',
  'العراق',
  'ايران',
  'امريكا',
  'الولايات المتحده',
  'اربيل',
  'دمشق',
  'موسكو',
  'لندن',
  'باريس',
  'سوريا',
  'اسراءيل',
  'تركيا',
  'انقره',
  'الرياض',
  'السعوديه',
  'الكويت',
  'عمان',
  'بيروت',
  'لبنان',
  'القاهره',
  'مصر',
]);

/** Documents as subjects ("وأضافت الرسالة"): they continue whoever wrote them. */
export const DOCUMENTS: ReadonlySet<string> = new Set(['الرساله', 'البيان', 'الخطاب', 'الوثيقه', 'المذكره', 'التقرير', 'الرسالة']);

/** Strip the article ال (and a clitic و/ب/ل before it) to compare a word with the lexicons above. */
export function bare(word: string): string {
  return word.replace(/^(?:[وفبل]?ال|لل)/u, '');
}

/** True when a normalized phrase names an institution (its first word is an institution head). */
export function isInstitution(phrase: string): boolean {
  const first = phrase.split(' ')[0] ?? '';
  return INSTITUTION_HEADS.has(bare(first));
}
