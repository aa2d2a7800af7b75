/**
 * Sentences that attribute words to a speaker, one function per reporting
 * pattern the extractor supports (README, "What the extractor understands"):
 * a reporting verb opening the sentence, with و/ف and feminine forms; a
 * subject before the verb; نقلت … عن X قوله; جاء في الرسالة التي تحمل توقيع X;
 * بحسب / وفقاً لـ / نقلاً عن X; "قال فيه" after a named person; present-tense
 * verbs; من جانبه / بدوره; two speakers in one sentence (…، فيما أكد Y);
 * continuations (أضاف / تابع / أردف, a surname, an office, "الوزارة").
 */
import { CONTENT, fill, participle } from './phrases.ts';
import type { Rng } from './random.ts';
import type { Entity, Person } from './registry.ts';

/** A speaker phrase and the gender its verb takes. */
export interface Ref {
  text: string;
  feminine: boolean;
}

/** What a sentence says after its complement, and the direct quotes in it. */
export interface Said {
  text: string;
  quotes: string[];
}

const FEMININE_HEADS = /^(?:و?ال)?(?:وزارة|قيادة|حكومة|هيئة|لجنة|سفارة|خلية|بعثة|حركة|كتائب|أمانة|خارجية|داخلية|دفاع|قوات|جامعة|عمليات)/u;

/** Whether an institution name takes a feminine verb (وزارة …) or a masculine one (البنتاغون, التحالف). */
export const feminineName = (name: string): boolean => FEMININE_HEADS.test(name);

/** Wrap a quotation in the marks Arabic outlets use. */
export function quoteMarks(rng: Rng, text: string): string {
  const style = rng.weighted({ guillemets: 7, straight: 2, curly: 1 });
  return style === 'guillemets' ? `«${text}»` : style === 'straight' ? `"${text}"` : `“${text}”`;
}

/** Words a speaker says: reported after أن/إن, sometimes a quotation, sometimes with a participle clause. */
export function say(rng: Rng, entity: Entity, feminine: boolean, mode: 'reported' | 'quoted' | 'any' = 'any'): Said {
  const pool = CONTENT[entity.side];
  const quoted = mode === 'quoted' || (mode === 'any' && rng.chance(0.4));
  if (quoted) {
    let text = fill(rng, rng.pick(pool.quoted));
    if (rng.chance(0.15)) text = `${text}. ${fill(rng, rng.pick(pool.quoted))}`; // a quotation of two sentences stays whole
    return { text: quoteMarks(rng, text), quotes: [text] };
  }
  const first = fill(rng, rng.pick(pool.reported));
  if (rng.chance(0.25)) {
    const second = fill(rng, rng.pick(pool.reported));
    if (second !== first) return { text: `${first}، ${participle(rng, feminine)} ${second}`, quotes: [] };
  }
  return { text: first, quotes: [] };
}

/** A reporting verb: masculine and feminine past forms, and what introduces the words. */
interface Verb {
  m: string;
  f: string;
  complement: string;
  /** بيّن alone reads as "between" and ردّ as "reply": they need و or ف. */
  prefixed?: boolean;
}

const VERBS: readonly Verb[] = [
  { m: 'قال', f: 'قالت', complement: 'إن' },
  { m: 'قال', f: 'قالت', complement: ':' },
  { m: 'أكد', f: 'أكدت', complement: 'أن' },
  { m: 'أعلن', f: 'أعلنت', complement: 'أن' },
  { m: 'أوضح', f: 'أوضحت', complement: 'أن' },
  { m: 'أشار', f: 'أشارت', complement: 'إلى أن' },
  { m: 'ذكر', f: 'ذكرت', complement: 'أن' },
  { m: 'بيّن', f: 'بيّنت', complement: 'أن', prefixed: true },
  { m: 'جدد', f: 'جددت', complement: 'التأكيد على أن' },
  { m: 'نفى', f: 'نفت', complement: 'أن' },
  { m: 'شدد', f: 'شددت', complement: 'على أن' },
  { m: 'حذر', f: 'حذرت', complement: 'من أن' },
  { m: 'حذّر', f: 'حذّرت', complement: 'من أن' },
  { m: 'أفاد', f: 'أفادت', complement: 'بأن' },
  { m: 'صرّح', f: 'صرّحت', complement: 'بأن' },
  { m: 'لفت', f: 'لفتت', complement: 'إلى أن' },
  { m: 'كشف', f: 'كشفت', complement: 'أن' },
  { m: 'اعتبر', f: 'اعتبرت', complement: 'أن' },
  { m: 'ردّ', f: 'ردّت', complement: 'على التصريحات الأخيرة بالقول إن', prefixed: true },
  { m: 'أجاب', f: 'أجابت', complement: 'عن سؤال بشأن مستقبل القوات بأن' },
  { m: 'علّق', f: 'علّقت', complement: 'على ذلك، قائلاً:' },
];

const PRESENT: readonly Verb[] = [
  { m: 'يقول', f: 'تقول', complement: 'إن' },
  { m: 'يؤكد', f: 'تؤكد', complement: 'أن' },
  { m: 'يشير', f: 'تشير', complement: 'إلى أن' },
  { m: 'يرى', f: 'ترى', complement: 'أن' },
];

/** What introduces the words, agreeing with the speaker ("قائلاً" / "قائلةً"). */
const complementOf = (verb: Verb, feminine: boolean) => (feminine ? verb.complement.replace('قائلاً', 'قائلةً') : verb.complement);
/** A colon introduces a quotation; أن and إن take either. */
const modeOf = (complement: string) => (complement.endsWith(':') ? 'quoted' : 'any');

/** Things described with وصف: the object, its pronoun, and how it is described. */
const DESCRIBED = [
  ['الوجود الأجنبي', 'بأنه'],
  ['التصريحات الأمريكية', 'بأنها'],
  ['الضربات الأخيرة', 'بأنها'],
  ['الاتفاق الأمني', 'بأنه'],
  ['الاتفاق الأخير', 'بأنه'],
] as const;
const DESCRIPTIONS = ['«خطوة في الاتجاه الصحيح»', '«غير مقبول على الإطلاق»', 'مزعزع للاستقرار في المنطقة', '«تطور إيجابي يخدم الطرفين»'];
/** What دعا calls for: it has no complement, so the whole sentence is its frame and must carry no date words. */
const CALLS = [
  'الإسراع في تنفيذ قرار إخراج القوات الأجنبية',
  'ضبط النفس وتغليب لغة الحوار',
  'حماية البعثات الدبلوماسية والمستشارين الأجانب',
  'وضع جدول زمني واضح لانسحاب القوات القتالية',
  'وقف الهجمات على القواعد العسكرية',
];

/** Insert words after the speaker: " في بيان" or "، أمس،". */
export function insert(rng: Rng, frame: string, words: string | undefined): string {
  if (!words) return frame;
  if (rng.chance(0.55)) return frame.endsWith('،') ? `${frame} ${words}،` : `${frame}، ${words}،`;
  return `${frame} ${words}`;
}

/** End a frame with its complement: a colon follows the last word, anything else a space. */
export function close(frame: string, complement: string): string {
  return complement === ':' ? `${frame.replace(/،$/u, '')}:` : `${frame} ${complement}`;
}

/** "و" or "ف" or nothing before a verb opening a sentence. */
function prefix(rng: Rng, opening: boolean): string {
  if (opening) return '';
  return rng.weighted({ و: 17, ف: 1, '': 2, 'كما ': 1 });
}

/** A sentence opened by a reporting verb: "وقال X، في بيان، أمس، إن …". */
export function verbSentence(
  rng: Rng,
  o: {
    entity: Entity;
    ref: Ref;
    date?: string | undefined;
    setting?: string | undefined;
    addressee?: string | undefined;
    opening: boolean;
  },
): Said {
  const verb = rng.chance(0.08) ? undefined : rng.pick(VERBS);
  const feminine = o.ref.feminine;
  if (!verb) {
    // وصف and دعا have their own shapes.
    if (rng.chance(0.5)) {
      const [object, pronoun] = rng.pick(DESCRIBED);
      const frame = insert(rng, `${prefix(rng, o.opening)}${feminine ? 'وصفت' : 'وصف'} ${o.ref.text}`, o.date);
      const description = rng.pick(DESCRIPTIONS);
      const quotes = description.startsWith('«') ? [description.slice(1, -1)] : [];
      return { text: `${frame} ${object} ${pronoun} ${description}.`, quotes };
    }
    const frame = insert(rng, `${prefix(rng, o.opening)}${feminine ? 'دعت' : 'دعا'} ${o.ref.text}`, o.date);
    return { text: `${frame} إلى ${rng.pick(CALLS)}.`, quotes: [] };
  }
  const p = verb.prefixed && !feminine ? rng.pick(['و', 'ف']) : prefix(rng, o.opening);
  let frame = `${p}${feminine ? verb.f : verb.m} ${o.ref.text}`;
  if (o.addressee) frame = `${frame} ${o.addressee}`;
  frame = insert(rng, frame, o.setting);
  frame = insert(rng, frame, o.date);
  const complement = complementOf(verb, feminine);
  const said = say(rng, o.entity, feminine, modeOf(complement));
  return { text: `${close(frame, complement)} ${said.text}.`, quotes: said.quotes };
}

/** A present-tense report: "ويقول X إن …". */
export function presentSentence(rng: Rng, o: { entity: Entity; ref: Ref; date?: string | undefined }): Said {
  const verb = rng.pick(PRESENT);
  const frame = insert(rng, `و${o.ref.feminine ? verb.f : verb.m} ${o.ref.text}`, o.date);
  const said = say(rng, o.entity, o.ref.feminine);
  return { text: `${close(frame, verb.complement)} ${said.text}.`, quotes: said.quotes };
}

/** A subject before its verb: "وكان X قد أكد، أمس، أن …", "ويشار إلى أن X أفاد بأن …". */
export function subjectFirstSentence(rng: Rng, o: { entity: Entity; ref: Ref; date?: string | undefined }): Said {
  const verb = rng.pick(VERBS.filter((v) => !v.complement.endsWith(':') && !v.prefixed));
  const f = o.ref.feminine;
  const opening = rng.weighted({ was: 6, wasNoQad: 2, noted: 1 });
  const v = f ? verb.f : verb.m;
  const head =
    opening === 'was'
      ? `${f ? 'وكانت' : 'وكان'} ${o.ref.text} قد ${v}`
      : opening === 'wasNoQad'
        ? `${f ? 'وكانت' : 'وكان'} ${o.ref.text} ${v}`
        : `ويشار إلى أن ${o.ref.text} ${v}`;
  const frame = insert(rng, head, o.date);
  const said = say(rng, o.entity, f);
  return { text: `${close(frame, verb.complement)} ${said.text}.`, quotes: said.quotes };
}

const NAQL_SOURCES = [
  'ونقلت وكالة الأنباء العراقية (واع)',
  'ونقلت وكالة رويترز',
  'ونقلت قناة العربية',
  'ونقلت صحيفة الصباح الرسمية',
  'ونقل موقع السومرية نيوز',
  'ونقلت وكالة شفق نيوز',
];

/** "ونقلت وكالة … عن X قوله إن …". */
export function naqlSentence(rng: Rng, o: { entity: Entity; ref: Ref; date?: string | undefined }): Said {
  let frame = insert(rng, rng.pick(NAQL_SOURCES), o.date);
  frame = `${frame} عن ${o.ref.text} ${o.ref.feminine ? 'قولها' : 'قوله'}`;
  const said = say(rng, o.entity, o.ref.feminine, rng.chance(0.6) ? 'quoted' : 'any');
  const complement = said.quotes.length > 0 && rng.chance(0.5) ? ':' : 'إن';
  return { text: `${close(frame, complement)} ${said.text}.`, quotes: said.quotes };
}

/** "وجاء في الرسالة التي تحمل توقيع X «…»", optionally dated: "الرسالة المؤرخة في 5 آذار 2024". */
export function signatureSentence(rng: Rng, o: { entity: Entity; ref: Ref; date?: string | undefined }): Said & { document: string } {
  const [document, relative] = rng.pick([
    ['الرسالة', 'التي تحمل'],
    ['البيان', 'الذي يحمل'],
    ['الوثيقة', 'التي تحمل'],
    ['المذكرة', 'التي تحمل'],
  ] as const);
  const dated = o.date ? ` ${document === 'البيان' ? 'الصادر' : 'الصادرة'} ${o.date}` : '';
  const said = say(rng, o.entity, o.ref.feminine, 'quoted');
  const colon = rng.chance(0.3) ? ':' : '';
  return { text: `وجاء في ${document}${dated} ${relative} توقيع ${o.ref.text}${colon} ${said.text}.`, quotes: said.quotes, document };
}

/** "وبحسب X، فإن …": the whole sentence is the frame, so it carries no date words. */
export function accordingToSentence(rng: Rng, o: { entity: Entity; ref: Ref }): Said {
  const lead = rng.pick(['وبحسب', 'وبحسب', 'ووفقاً لـ', 'ونقلاً عن', 'وحسب']);
  const said = say(rng, o.entity, o.ref.feminine, 'reported');
  return { text: `${lead} ${o.ref.text}، فإن ${said.text}.`, quotes: said.quotes };
}

/** Occasions for "قال فيه": masculine speaker, feminine speaker, and the pronoun of the occasion. */
const EVENTS = [
  ['خلال مؤتمر صحفي عقده', 'خلال مؤتمر صحفي عقدته', 'فيه'],
  ['في مقابلة تلفزيونية أجراها', 'في مقابلة تلفزيونية أجرتها', 'فيها'],
  ['في كلمة ألقاها', 'في كلمة ألقتها', 'خلالها'],
  ['خلال ندوة حضرها', 'خلال ندوة حضرتها', 'فيها'],
] as const;

/** A relative clause after a named person: "وجاءت تصريحات X خلال مؤتمر صحفي عقده أمس، قال فيه إن …". */
export function relativeSentence(rng: Rng, o: { person: Person; ref: Ref; date?: string | undefined }): Said {
  const f = o.ref.feminine;
  const [m, fem, object] = rng.pick(EVENTS);
  const eventText = f ? fem : m;
  const when = o.date ? ` ${o.date}` : '';
  const said = say(rng, o.person, f);
  const lead = rng.chance(0.5) ? `وجاءت تصريحات ${o.ref.text}` : `وتحدث ${o.ref.text}`;
  return { text: `${lead} ${eventText}${when}، ${f ? 'قالت' : 'قال'} ${object} إن ${said.text}.`, quotes: said.quotes };
}

/** "من جانبه، قال X إن …", "وبدورها، أكدت X أن …". */
export function switchSentence(rng: Rng, o: { entity: Entity; ref: Ref; date?: string | undefined }): Said {
  const f = o.ref.feminine;
  const lead = rng.pick(
    f ? ['من جانبها،', 'ومن جانبها،', 'بدورها،', 'وبدورها', 'ومن جهتها،'] : ['من جانبه،', 'ومن جانبه،', 'بدوره،', 'وبدوره', 'ومن جهته،'],
  );
  const verb = rng.pick(VERBS.filter((v) => !v.prefixed));
  const complement = complementOf(verb, f);
  const frame = close(insert(rng, `${lead} ${f ? verb.f : verb.m} ${o.ref.text}`, o.date), complement);
  const said = say(rng, o.entity, f, modeOf(complement));
  return { text: `${frame} ${said.text}.`, quotes: said.quotes };
}

/** The second clause of "وقال X إن …، فيما أكد Y أن …" (without the first clause). */
export function secondClause(rng: Rng, o: { entity: Entity; ref: Ref; date?: string | undefined }): Said {
  const verb = rng.pick(VERBS.filter((v) => !v.prefixed && !v.complement.endsWith(':')));
  const lead = rng.pick(['فيما', 'بينما', 'في حين']);
  const frame = insert(rng, `${lead} ${o.ref.feminine ? verb.f : verb.m} ${o.ref.text}`, o.date);
  const said = say(rng, o.entity, o.ref.feminine);
  return { text: `${close(frame, verb.complement)} ${said.text}.`, quotes: said.quotes };
}

/** A fronted phrase, then the verb: "وفي مؤتمر صحفي عقده في بغداد، قال X إن …", "ومساء أمس، أكدت X أن …". */
export function frontedSentence(rng: Rng, o: { entity: Entity; ref: Ref; fronted: string }): Said {
  const verb = rng.pick(VERBS.filter((v) => !v.prefixed));
  const frame = `${o.fronted}، ${o.ref.feminine ? verb.f : verb.m} ${o.ref.text}`;
  const complement = complementOf(verb, o.ref.feminine);
  const said = say(rng, o.entity, o.ref.feminine, modeOf(complement));
  return { text: `${close(frame, complement)} ${said.text}.`, quotes: said.quotes };
}

/** A continuation with no subject of its own: "وأضاف أن …", "وتابع قائلاً: «…»", "كما أضافت أن …". */
export function continuation(rng: Rng, o: { entity: Entity; feminine: boolean; subject?: string | undefined }): Said {
  const f = o.feminine;
  const s = o.subject ? ` ${o.subject}` : '';
  const shape = rng.weighted({ added: 5, addedQuote: 3, went: 2, explained: 2, noted: 2, also: 1 });
  const quoted = say(rng, o.entity, f, 'quoted');
  const reported = say(rng, o.entity, f, 'any');
  switch (shape) {
    case 'added':
      return { text: `${f ? 'وأضافت' : 'وأضاف'}${s} أن ${reported.text}.`, quotes: reported.quotes };
    case 'addedQuote':
      return { text: `${f ? 'وأضافت' : 'وأضاف'}${s}: ${quoted.text}.`, quotes: quoted.quotes };
    case 'went':
      return {
        text: `${rng.pick(f ? ['وتابعت', 'وأردفت'] : ['وتابع', 'وأردف'])}${s} ${f ? 'قائلةً' : 'قائلاً'}: ${quoted.text}.`,
        quotes: quoted.quotes,
      };
    case 'explained':
      return { text: `${rng.pick(f ? ['وأوضحت', 'وبيّنت'] : ['وأوضح', 'وبيّن'])}${s} أن ${reported.text}.`, quotes: reported.quotes };
    case 'noted': {
      const [m, fem, comp] = rng.pick([
        ['وأشار', 'وأشارت', 'إلى أن'],
        ['ولفت', 'ولفتت', 'إلى أن'],
        ['وشدد', 'وشددت', 'على أن'],
      ] as const);
      return { text: `${f ? fem : m}${s} ${comp} ${reported.text}.`, quotes: reported.quotes };
    }
    case 'also':
      return { text: `كما ${f ? 'أضافت' : 'أضاف'}${s} أن ${reported.text}.`, quotes: reported.quotes };
  }
}
