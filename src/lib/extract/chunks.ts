/**
 * A speaker phrase cut into its comma-separated chunks: the first holds the speaker (an office, a
 * name or both); the ones after it may hold the name in apposition ("رئيس الوزراء، محمد شياع
 * السوداني،"). Each chunk ends where the date words or the addressee ("لكوردستان 24") begin.
 */
import { wordKey } from '../arabic/normalize.ts';
import { WEEKDAY_PATTERN } from '../dates/lexicon.ts';
import { findOutlet } from '../import/outlets.ts';
import { bare, INSTITUTION_HEADS, isDefinite, NON_NAMES, NOT_SPEAKERS, ROLE_HEADS } from '../speakers/lexicon.ts';
import { opensWithFirstName } from '../speakers/names.ts';
import { nameKey, type Registry } from '../speakers/registry.ts';
import { isNameWord, nameStart, nameWord } from './name-words.ts';
import { SPEECH_PARTICIPLE } from './verbs.ts';

const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين']);

/** Words that open the date of a statement, where the speaker phrase ends: every weekday spelling the date reader knows. */
const DATE_WORD = new RegExp(`^(?:اليوم|امس|البارحه|الليله|ليله|ليل|${WEEKDAY_PATTERN}|يوم|بتاريخ|تاريخ)$`, 'u');

/** "آنذاك", "حينها": "at the time". After an office it says whose ("وزير الدفاع آنذاك مارك إسبر"). */
const THEN = /^(?:انذاك|حينذاك|حينها|وقتها|وقتذاك|يومها)$/u;

/**
 * Times of day open a date only before a date word or at the end ("مساء أمس", "صباح الاثنين"):
 * "صباح" and "فجر" are also first names ("صباح النعمان").
 */
const TIME_OF_DAY = /^(?:مساء|صباح|فجر|ظهر)$/u;

const MEDIA = /^(?:صحفيين|صحافه|مراسلين|وكاله|قناه|صحيفه|موقع|تلفزيون|اذاعه|اعلام)/u;

/** "لكوردستان 24", "للصحفيين", "لوكالة": who the words were said to, not who said them. */
function isAddressee(word: string, next: string | undefined): boolean {
  const key = wordKey(word);
  if (word.startsWith('لـ')) return true;
  if (!key.startsWith('ل') || key.length < 3) return false;
  const rest = key.replace(/^لل?/u, '');
  return MEDIA.test(rest) || findOutlet(key.slice(1)) !== undefined || findOutlet(`${key.slice(1)} ${next ?? ''}`.trim()) !== undefined;
}

/**
 * The comma-separated chunks of a phrase, each cut where the date words or the addressee begin: the
 * first chunk with words, and the chunks after it up to the first empty one (one that held only date
 * words, so that in "ووصف الوزير، أمس، مخرجات الحوار بأنها" the object is not read as a name in
 * apposition).
 */
export function firstChunks(phrase: string): [string[], string[][]] {
  const chunks = chunksOf(phrase);
  const at = chunks.findIndex((chunk) => chunk.length > 0);
  if (at < 0) return [[], []];
  const rest: string[][] = [];
  for (const chunk of chunks.slice(at + 1, at + 4)) {
    if (chunk.length === 0) break;
    rest.push(chunk);
  }
  return [chunks[at] ?? [], rest];
}

/**
 * "المبعوث الخاص للرئيس الأميركي، دونالد ترامب، لشؤون العراق، مارك سافايا": the office goes on after
 * chunk `k` («لشؤون …»), so the name in chunk `k` is the one the office mentions (the president's), and
 * the speaker's name follows.
 */
export function officeGoesOn(rest: readonly string[][], k: number): boolean {
  return /^لل?شءون$/u.test(wordKey(rest[k + 1]?.[0] ?? '')) && rest[k + 2] !== undefined;
}

/**
 * The name in apposition after the office: "رئيس الوزراء، محمد شياع السوداني،", "نائب قائد العمليات
 * المشتركة، الفريق أول الركن قيس المحمداوي،", or after a second office: "وزير الاتصال الحكومي،
 * المتحدث الرسمي باسم الحكومة، مهند مبيضين". Ranks before the name are part of the role.
 */
export function appositionName(
  rest: readonly string[][],
  registry: Registry,
  afterOffice = false,
): { name: string[]; role: string[] } | undefined {
  const role: string[] = [];
  // Past an office that went on («…، لشؤون الأمن،»): the next words set off by commas are the name.
  let wentOn = false;
  for (let k = 0; k < rest.length; k++) {
    const chunk = rest[k] ?? [];
    let at = 0;
    while (
      at < chunk.length &&
      // («باسم» opening the chunk is the first name: "، باسم العوادي،".)
      ((ROLE_HEADS.has(bare(wordKey(chunk[at] ?? ''))) && !(at === 0 && wordKey(chunk[at] ?? '') === 'باسم')) ||
        /^(?:اول|الاول|الركن|ركن)$/u.test(wordKey(chunk[at] ?? '')))
    )
      at++;
    const words = chunk.slice(at);
    const start = nameStart(words);
    // A name opens with a first name ("محمد شياع السوداني", "باتريك رايدر"), not "بقيادة الولايات المتحدة".
    // After a rank or an office in the same chunk ("الجنرال جويل فاول"), two or three name words are a name.
    // So are two or three name words set off by commas after an office ("الأمين العام للحلف، ينس ستولتنبرغ،").
    const source = NOT_SPEAKERS.some((re) => re.test(nameKey(words.join(' ')))); // "، مصدر مطلع،"
    // Not an aside between commas: "بحسب مكتبه", "مرارا وتكرارا", "بنبرة حادة".
    const aside = words.some(
      (w, i) =>
        !nameWord(words, i) ||
        SPEECH_PARTICIPLE.test(wordKey(w)) ||
        /[\u064b\u064c]$/u.test(w) ||
        (i > 0 && wordKey(w).startsWith('و')) ||
        (!opensWithFirstName(wordKey(w)) && /^[بكل]\p{L}{3}/u.test(wordKey(w)) && i === 0),
    );
    const afterTitle = (at > 0 || (((afterOffice && role.length === 0) || wentOn) && !aside)) && words.length <= 3 && !source;
    const looksNamed =
      afterTitle || opensWithFirstName(nameKey(words.join(' '))) || registry.findAll(words.join(' ')).some((h) => h.via === 'name');
    const goesOn = officeGoesOn(rest, k);
    if (words.length >= 2 && start === 0 && !isDefinite(wordKey(words[0] ?? '')) && looksNamed && !goesOn)
      return { name: words, role: [...role, ...chunk.slice(0, at)] };
    if (goesOn) {
      role.push(...chunk, ...(rest[k + 1] ?? []));
      k++;
      wentOn = true;
      continue;
    }
    if (at === 0) return undefined; // neither an office nor a name: the verb's object
    role.push(...chunk);
  }
  return undefined;
}

/**
 * A first name and one to three more words, in brackets right after the office the phrase opens with,
 * and the subject ending there: not «المتحدث باسم الرئيس (حسن روحاني) علي ربيعي» (the president's
 * name, then the speaker's), «مستشار رئيس الوزراء (مصطفى الكاظمي) للشؤون الأمنية», «حكومة (عادل
 * عبد المهدي)» or «مصادر مقربة من (…)».
 */
function bracketedName(inner: string, before: string, after: string): boolean {
  const words = inner.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4 || /\d/u.test(inner) || !opensWithFirstName(nameKey(inner.trim()))) return false;
  const opener = bare(wordKey(before.trim().split(/\s+/u)[0] ?? ''));
  const last = bare(wordKey(before.trim().split(/\s+/u).at(-1) ?? ''));
  const next = wordKey(after.trim().split(/\s+/u)[0] ?? '');
  return (
    ROLE_HEADS.has(opener) &&
    !INSTITUTION_HEADS.has(last) &&
    !/^(?:لواء|فوج|فرقه|كتيبه)$/u.test(last) &&
    !opensWithFirstName(next) &&
    !/^ل/u.test(next) &&
    !(next !== '' && isNameWord(after.trim().split(/\s+/u)[0] ?? ''))
  );
}

/** The comma-separated chunks of a phrase, each cut where the date words or the addressee begin. */
function chunksOf(phrase: string): string[][] {
  return (
    phrase
      .replace(/#(\S+)/gu, (_, tag: string) => tag.replace(/_/gu, ' ')) // "#مارك_إسبر"
      // "وزير خارجية روسيا (سيرغي ريابكوف)": a person's name in brackets stands in apposition; any
      // other aside ("(البنتاغون)", "(قسد)") is no part of the speaker.
      .replace(/\(([^)]*)\)/gu, (whole: string, inner: string, at: number, all: string) =>
        bracketedName(inner, all.slice(0, at), all.slice(at + whole.length)) ? `، ${inner.trim()}،` : ' ',
      )
      // A bracket the cut left alone: "(وفق السلطات الرسمية) جراء …" ends the phrase where it closes.
      .replace(/\)/gu, '،')
      .replace(/\(/gu, ' ')
      .replace(/[«»"“”]/gu, ' ')
      .split(/[،,:؛]/u)
      .map((chunk) => {
        // A full stop or question mark ends the phrase's last word, not part of a name ("الجيش الأميركي.").
        const all = chunk
          .trim()
          .replace(/[.؟?!]+$/u, '')
          .split(/\s+/u)
          .filter(Boolean);
        const kept: string[] = [];
        for (const [i, word] of all.entries()) {
          const key = wordKey(word);
          // A day number starts a date ("في 29 كانون الثاني، 2026"), whose month would read as a name.
          const next = wordKey(all[i + 1] ?? '');
          // "وحذر المتحدث مرة أخرى": an adverb of time, not part of the name.
          const again = key === 'مره' && /^(?:اخري|ثانيه|جديده)$/u.test(next);
          const dateWord =
            DATE_WORD.test(key) ||
            // ("آمر اللواء 14 أحمد …": a unit's number, not a day.)
            (/^\d/u.test(key) && !/^(?:ال)?(?:لواء|فوج|فرقه|كتيبه|سريه|فيلق)$/u.test(wordKey(all[i - 1] ?? ''))) ||
            (key === 'اول' && next === 'امس') ||
            (TIME_OF_DAY.test(key) && (next === '' || DATE_WORD.test(next))) ||
            // "قبل ساعات", "منذ يومين": a span of time before now.
            (/^(?:قبل|منذ)$/u.test(key) && /^(?:\d|ساع|دقيق|دقاءق|يوم|ايام|اسبوع|اسابيع|شهر|اشهر|سن|عام|اعوام)/u.test(next));
          // "وزير الدفاع الأمريكي آنذاك مارك إسبر": the holder then, named after it; "سلطات الإقليم
          // آنذاك فصائل …": the subject ends there.
          if (THEN.test(key)) {
            if (opensWithFirstName(next)) continue;
            break;
          }
          if (dateWord || again || isAddressee(word, all[i + 1]) || RELATIVE_PRONOUNS.has(key)) break;
          kept.push(word);
        }
        while (kept.length > 0 && NON_NAMES.has(wordKey(kept.at(-1) ?? ''))) kept.pop(); // "… قد دعا"
        return kept;
      })
  );
}
