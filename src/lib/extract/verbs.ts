/**
 * Reporting verbs, in normalized form, with their feminine and plural
 * endings and a few present-tense forms; a leading و or ف is stripped before
 * lookup. Continuation verbs carry on the current speaker when no subject
 * follows them.
 */

const STEMS: readonly string[] = `
  قال اكد اعلن اضاف اوضح اشار ذكر بين جدد نفي شدد حذر علق وصف افاد صرح لفت كشف تابع اردف اعتبر دعا اجاب رد
  توعد هدد رحب ادان استنكر اعرب نوه ابلغ طالب حث اتهم انتقد اشاد تعهد استبعد اعترف ناشد ندد زعم تبني غرد اثني
  اورد عد خاطب اخبر
`
  .trim()
  .split(/\s+/u);

/** Past-tense feminine/plural forms of a stem (نفى → نفت, دعا → دعت). */
function forms(stem: string): string[] {
  if (stem.endsWith('ي') || stem.endsWith('ا')) {
    const root = stem.slice(0, -1);
    return [stem, `${root}ت`, `${root}وا`];
  }
  return [stem, `${stem}ت`, `${stem}وا`];
}

/** Present-tense forms common in reports ("ويقول رئيس هيئة الأركان … إن"). */
const PRESENT = ['يقول', 'تقول', 'يقولون', 'يءكد', 'تءكد', 'يشير', 'تشير', 'يري', 'تري', 'يوضح', 'توضح', 'يضيف', 'تضيف'];

/** True for a present-tense form ("ويرى", "وتقول"): a view or a habit, not words said on a day. */
export function isPresentForm(form: string): boolean {
  return PRESENT.includes(form.replace(/^[وف]/u, ''));
}

/** "دانت الرئاسة": the short form of أدانت. Not "دان", which is also a first name ("دان كين"). */
const SHORT = ['دانت', 'دانوا'];

/** Every reporting verb form, normalized. */
export const VERB_FORMS: ReadonlySet<string> = new Set([...STEMS.flatMap(forms), ...PRESENT, ...SHORT]);

/** Words that open what was said right after the verb: أن and its forms, «قائلاً», «مضيفاً», «بالقول». */
export const COMPLEMENT = /^(?:ان|انه|انها|انهم|انهما|اننا|انني|بان|بانه|بانها|بانهم|قاءلا|قاءله|قاءلين|مضيفا|مضيفه|بالقول)$/u;

/** Verbs that continue the current speaker when no new subject follows. */
export const CONTINUATION_STEMS: ReadonlySet<string> = new Set(['اضاف', 'تابع', 'اردف', 'جدد', 'اوضح', 'بين', 'اشار', 'لفت', 'شدد']);

/** The verb form of a normalized token, without a leading و/ف, or undefined if it is not a reporting verb. */
export function reportingVerb(key: string): string | undefined {
  // "بين" alone is usually the preposition "between", "رد" the noun "reply" ("رد واشنطن") and "عد" "count";
  // as verbs ("وبيّن", "وردّ … بالقول") they carry و/ف or an ending.
  if (key === 'بين' || key === 'رد') return undefined;
  // «عدّ» (deemed) only with its shadda, which the key has lost: «وعد» is "promised" (attribution.ts reads the shadda).
  if (/^[وف]?(?:عد|عدت|عدوا)$/u.test(key)) return undefined;
  if (VERB_FORMS.has(key)) return key;
  const stripped = key.replace(/^[وف]/u, '');
  return VERB_FORMS.has(stripped) ? stripped : undefined;
}

/** True for a feminine singular form (قالت، نفت، تؤكد): its subject is a woman or a feminine noun. */
export function isFeminineForm(form: string): boolean {
  if (PRESENT.includes(form)) return form.startsWith('ت');
  if (SHORT.includes(form)) return form.endsWith('ت');
  const stem = verbStem(form);
  return forms(stem)[1] === form && form !== stem;
}

/** True for a masculine singular form (قال، دعا، يقول): a feminine or non-human plural noun after it is its object. */
export function isMasculineForm(form: string): boolean {
  if (PRESENT.includes(form)) return form.startsWith('ي') && !form.endsWith('ون');
  return STEMS.includes(form);
}

/** The stem of a verb form (اضافت → اضاف). */
export function verbStem(form: string): string {
  return STEMS.find((s) => forms(s).includes(form)) ?? form;
}

/** What a verb form says of its subject's gender, as an attribution records it: «قالت» → feminine, «قال» → masculine. */
export function genderOf(form: string): { feminine?: true; masculine?: true } {
  return { ...(isFeminineForm(form) ? { feminine: true } : {}), ...(isMasculineForm(form) ? { masculine: true } : {}) };
}

/** Participles that report words (folded), after a comma: مؤكداً، محذرة، مشيراً، داعياً، مثمّناً … */
export const SPEECH_PARTICIPLE =
  /^(?:مءكد|مشير|محذر|مشدد|معرب|داعي|لافت|موضح|معتبر|مطالب|معلن|متوعد|نافي|قاءل|مثمن|منوه|مبين|مضيف)(?:ا|ه)$/u;
