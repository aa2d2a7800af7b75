/**
 * When was something said? Resolving the date words of a sentence against
 * the day the article was written: اليوم, أمس / البارحة / الليلة الماضية, أول
 * أمس / أمس الأول, weekday + الماضي (1–7 days back), a bare weekday (0–6 days
 * back), and explicit dates in either month system. The arithmetic is date-fns
 * (through `calendar.ts`); the Arabic is ours.
 */
import { normalizeArabic, normalizeWithOffsets } from '../arabic/normalize.ts';
import { daysBackTo, shiftDay, shiftMonth, weekdayOf, type IsoDay } from './calendar.ts';
import { findExplicitDates, weekdayContradicts, type DatePrecision } from './explicit.ts';
import { MONTH_PATTERN, monthNumber, ORDINAL_PATTERN, ordinalDay, WEEKDAY_PATTERN, weekdayNumber } from './lexicon.ts';
import { isoDay } from './calendar.ts';
import { findTodayMentions } from './today.ts';

/** How a statement's date was established (ARCHITECTURE.md section 3). */
export type DateBasis = 'explicit' | 'relative' | 'published';

/** How firmly each basis knows the day: a statement merged from several mentions keeps the firmest. */
export const BASIS_STRENGTH: Readonly<Record<DateBasis, number>> = { explicit: 2, relative: 1, published: 0 };

/** A resolved date with the words that fixed it. */
export interface ResolvedDate {
  date: IsoDay;
  precision: DatePrecision;
  basis: DateBasis;
  evidence: string;
  /** Set when a weekday in the words disagrees with the date they give. */
  warning?: string;
  /** «في وقت سابق», «مؤخراً»: the words say the statement came earlier, but not on which day. */
  vague?: boolean;
}

/** Words that place a statement before the article without giving its day. */
// Not «سابقاً»: after an office it means "formerly" («وزير الخارجية سابقاً»), not "earlier".
const EARLIER = /(?<![\p{L}])و?(?:في وقت سابق|في وقت سابق من|مءخرا|قبل ايام|قبل فتره|في وقت مبكر)(?![\p{L}])/u;

/** True when `text` opens by placing what it tells before the story («وفي وقت سابق»، «مؤخراً»), with or without a day. */
export function toldAsEarlier(text: string): boolean {
  // At the clause's start only: "مع الوزير الذي تسلم منصبه مؤخراً" tells of someone else.
  const m = EARLIER.exec(normalizeArabic(text));
  return m !== null && m.index <= 3;
}

/**
 * The day the article was written. Usually its publication day; but a story
 * stamped just after midnight ("9/10/2021 00:00") that says "اليوم (الخميس)"
 * was written on the Thursday before, and its "today" is that Thursday.
 */
export function articleToday(published: IsoDay, body: string): IsoDay {
  const mentions = findTodayMentions(body);
  const dayBefore = shiftDay(published, -1);
  if (mentions.some((m) => m.day === published || m.weekday === weekdayOf(published))) return published;
  if (mentions.some((m) => m.day === dayBefore || m.weekday === weekdayOf(dayBefore))) return dayBefore;
  return published;
}

const W = `(?<weekday>${WEEKDAY_PATTERN})`;
/** Nouns for events that a weekday can name: هجوم الأحد, اجتماع الخميس, غارة الجمعة. */
const EVENT_NOUNS = '(?:هجوم|هجمات|اجتماع|لقاء|ضربه|ضربات|قصف|غاره|غارات|تفجير|انفجار|جلسه|زياره|مظاهرات|احتجاجات|انتخابات|اتصال|عمليه)';
/** The events above at which words are said, not about which. */
const NOT_MEETINGS = '(?:هجوم|هجمات|ضربه|ضربات|قصف|غاره|غارات|تفجير|انفجار|جلسه|زياره|مظاهرات|احتجاجات|انتخابات|عمليه)';
/** A word's start, allowing the conjunctions و and ف written onto it ("والسبت", "وأمس"). */
const NOT_LETTER = '(?<![\\p{L}])(?:[وف](?=\\p{L}{3}))?';
/** Relative expressions, most specific first. `back` is days before today, or a function of the weekday. */
/** Counted days and weeks back: "قبل يومين", "قبل خمسة أيام", "قبل 3 أيام", "قبل أسبوع". */
const COUNT: Readonly<Record<string, number>> = { ثلاثه: 3, اربعه: 4, خمسه: 5, سته: 6, سبعه: 7, ثمانيه: 8, تسعه: 9, عشره: 10 };
const COUNTED = new RegExp(
  `${NOT_LETTER}قبل\\s+(?:(?<two>يومين)|(?<one>يوم)(?!\\s+ال)|(?<week>اسبوع)|(?<weeks>اسبوعين)|(?:(?<n>\\d{1,2}|${Object.keys(COUNT).join('|')})\\s+ايام))(?![\\p{L}])(?!\\s+من\\s)`,
  'u',
);

/** Days back a counted expression gives, or undefined. */
function countedBack(m: RegExpExecArray): number | undefined {
  const g = m.groups ?? {};
  if (g['one']) return 1;
  if (g['two']) return 2;
  if (g['week']) return 7;
  if (g['weeks']) return 14;
  const n = g['n'] ?? '';
  return /^\d+$/u.test(n) ? Number(n) : COUNT[n];
}

/** Months back, "قبل شهرين": only the month is known. */
const MONTHS_BACK = new RegExp(
  `${NOT_LETTER}قبل\\s+(?:(?<two>شهرين)|(?<one>شهر)|(?<n>\\d{1,2}|${Object.keys(COUNT).join('|')})\\s+اشهر)(?![\\p{L}])(?!\\s+(?:من|رمضان|محرم|صفر|ربيع|جمادي|رجب|شعبان|شوال|ذي)(?![\\p{L}]))`,
  'u',
);

/** "مساء", "فجر", "يوم" … before أمس: the part of the day, which never changes the day. */
const TIME_OF_DAY = '(?:(?:يوم|مساء|صباح|ليله|ليل|فجر|ظهر|عصر)\\s+)';

const RELATIVE: readonly { re: RegExp; back: (weekday: number | undefined, today: IsoDay) => number | undefined }[] = [
  // "مساء أمس الأول": the time of day belongs to the day before yesterday, not to «أمس». "أول من أمس"
  // is the same day (London Arabic papers write it so). Whole words: not «أمسك», «أمسية».
  {
    re: new RegExp(`${NOT_LETTER}${TIME_OF_DAY}?(?:اول\\s+(?:من\\s+)?امس|امس\\s+الاول)(?![\\p{L}])(?:\\s*\\(?\\s*${W}\\s*\\)?)?`, 'u'),
    back: () => 2,
  },
  { re: new RegExp(`${NOT_LETTER}${TIME_OF_DAY}?(?:امس|البارحه)(?![\\p{L}])(?:\\s*\\(?\\s*${W}\\s*\\)?)?`, 'u'), back: () => 1 },
  { re: new RegExp(`${NOT_LETTER}الليله\\s+الماضيه`, 'u'), back: () => 1 },
  {
    re: new RegExp(`${NOT_LETTER}(?:يوم\\s+)?${W}\\s+(?:الماضيه|الماضي|الفاءته|الفاءت|المنصرمه|المنصرم)`, 'u'),
    back: (w, t) => (w === undefined ? undefined : daysBackTo(t, w) || 7),
  },
  // Not «اليوم التالي» (the day after), «اليوم نفسه» (that same day) or «ذلك اليوم»: some other day, told of before.
  {
    re: new RegExp(
      `${NOT_LETTER}(?<!ذلك\\s+)(?:مساء|صباح|ظهر)?\\s*اليوم(?!\\s+(?:التالي|السابق|نفسه|ذاته|الذي|عينه))(?:\\s*[،,]?\\s*\\(?\\s*${W}\\s*\\)?)?`,
      'u',
    ),
    back: () => 0,
  },
  // A bare weekday is this week's, 0–6 days back, unless it looks forward (المقبل, القادم)
  // or names an event ("تعليقاً على هجوم الأحد": the attack was on Sunday, not the words), unless
  // the words were said at it: a meeting or a call ("في اجتماع الثلاثاء", "خلال لقاء الأحد"), not
  // an attack they were said about ("في أول تعليق على مقتل الجنود في هجوم الأحد").
  {
    re: new RegExp(
      `${NOT_LETTER}(?<!(?<!(?:في|خلال|اثناء)\\s+)${EVENT_NOUNS}\\s+)(?<!(?:في|خلال|اثناء)\\s+${NOT_MEETINGS}\\s+)(?:(?:يوم|مساء|صباح|فجر)\\s+)?${W}(?!\\s+(?:المقبل|القادم|المقبله|القادمه))`,
      'u',
    ),
    back: (w, t) => (w === undefined ? undefined : daysBackTo(t, w)),
  },
];

/**
 * A day and month without a year: "في 20 مارس (آذار) الجاري", "يوم 5 يناير". The year is the
 * publication's, or the one before when that day is still to come.
 */
const YEARLESS = new RegExp(
  `(?<![\\p{L}\\d])(?:ال)?(?<day>\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?(?<month>${MONTH_PATTERN})(?:\\s*[/(]\\s*(?:${MONTH_PATTERN})\\s*\\)?)?(?![\\p{L}])(?!\\s*[،,]?\\s*(?:(?:من\\s+)?(?:عام|سنه)\\s+)?\\d)`,
  'u',
);

const ORDINAL_DATE = new RegExp(
  `(?<![\\p{L}])(?<ordinal>${ORDINAL_PATTERN})\\s+من\\s+(?:شهر\\s+)?(?<month>${MONTH_PATTERN})(?![\\p{L}])(?!\\s*[،,]?\\s*(?:(?:من\\s+)?(?:عام|سنه)\\s+)?\\d)`,
  'u',
);

/** The day a yearless date names, at most a year before publication. */
function yearless(folded: string, published: IsoDay): { date: IsoDay; at: number; length: number } | undefined {
  const ordinal = ORDINAL_DATE.exec(folded);
  const m = YEARLESS.exec(folded) ?? ordinal;
  const month = monthNumber(m?.groups?.['month'] ?? '');
  if (!m || month === undefined) return undefined;
  const year = Number(published.slice(0, 4));
  const day = m.groups?.['ordinal'] ? ordinalDay(m.groups['ordinal']) : Number(m.groups?.['day']);
  // "من العام الماضي" names the year; "المقبل" / "القادم" a date still to come.
  const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 30);
  if (/^\s*[،,]?\s*(?:المقبل|القادم)/u.test(after)) return undefined;
  if (/^\s*[،,]?\s*(?:من\s+)?(?:العام|السنه)\s+(?:الماضي|المنصرم|الفاءت)/u.test(after)) {
    const last = isoDay(year - 1, month, day);
    return last === undefined ? undefined : { date: last, at: m.index, length: m[0].trimEnd().length };
  }
  const same = isoDay(year, month, day);
  // A day still to come this year is a plan ("يلتقي … في 20 آب"), unless the year has just turned
  // and it is last December's ("في 28 كانون الأول", published in January).
  const turned = Number(published.slice(5, 7)) <= 2 && month >= 11;
  const date = same !== undefined && same <= published ? same : turned ? isoDay(year - 1, month, day) : undefined;
  return date === undefined ? undefined : { date, at: m.index, length: m[0].trimEnd().length };
}

/** "في تموز/يوليو الماضي", "الشهر الماضي": a month before the article's, with no day. */
const PAST_MONTH = new RegExp(
  `${NOT_LETTER}(?:(?<last>الشهر)|(?:شهر\\s+)?(?<month>${MONTH_PATTERN})(?:\\s*/\\s*(?:${MONTH_PATTERN}))?)\\s+(?:الماضي|المنصرم|الفاءت)(?![\\p{L}])`,
  'u',
);

/**
 * The month a statement was made in, when the words give only that: an explicit month and year
 * ("في تموز 2021"), or a past month ("في يوليو الماضي": the latest July before the article's month;
 * "الشهر الماضي"). The date is the month's first day, with month precision.
 */
function monthOnly(text: string, folded: string, published: IsoDay, words: (from: number, to: number) => string): ResolvedDate | undefined {
  // "الذي تسلم منصبه في تشرين الأول 2022", "على هجوم شباط الماضي": the month of something else. (A
  // relative clause a comma closed is over: "أن التحالف، الذي يضم عشرات الدول، أعلن في كانون الأول 2021".)
  const elsewhere = (at: number) => {
    const before = folded.slice(0, at);
    const relative = [...before.matchAll(/(?:^|\s)(?:الذي|التي|الذين|اللذين|اللتين)\s/gu)].at(-1);
    return (
      (relative !== undefined && !/[،,.:؛]/u.test(before.slice(relative.index))) ||
      /(?:^|\s)(?:هجوم|الهجوم|قصف|القصف|ضربه|الضربه|غاره|الغاره|اغتيال|زياره|الزياره|اتفاق|الاتفاق)\s+(?:في\s+)?$/u.test(before)
    );
  };
  const found = PAST_MONTH.exec(folded);
  const past = found && !elsewhere(found.index) ? found : null;
  if (!past) {
    if (found) return undefined;
    const explicit = findExplicitDates(text).find(
      (d) =>
        d.precision === 'month' &&
        d.candidates.length === 1 &&
        (d.candidates[0] ?? '') <= published &&
        !elsewhere(folded.indexOf(normalizeArabic(d.evidence).trim())),
    );
    return explicit?.candidates[0]
      ? { date: explicit.candidates[0], precision: 'month', basis: 'explicit', evidence: explicit.evidence }
      : undefined;
  }
  const [year, current] = [Number(published.slice(0, 4)), Number(published.slice(5, 7))];
  const month = monthNumber(past.groups?.['month'] ?? '') ?? (current === 1 ? 12 : current - 1);
  const date = isoDay(month < current ? year : year - 1, month, 1);
  const from = past.index + (past[0].length - past[0].trimStart().length);
  return date ? { date, precision: 'month', basis: 'relative', evidence: words(from, past.index + past[0].length) } : undefined;
}

/**
 * "بالهجوم الذي وقع الاثنين", "الطائرة التي سقطت أمس": a relative clause that tells when an event happened,
 * up to a comma or the occasion of the words ("… الذي سقط قرب المطار في بيان أصدرته أمس"). Its day is the
 * event's, never the words'; unless the event is a meeting, where words are said ("خلال الاجتماع
 * الذي جرى أمس").
 */
const EVENT_CLAUSE =
  /(?<!(?:الاجتماع|اللقاء|الاتصال|المؤتمر|المحادثات|المباحثات|الجلسة|الجلسه|القمة|القمه)\s+)(?<![\p{L}])(?:الذي|التي|والذي|والتي)\s+(?:وقع|وقعت|حدث|حدثت|جرى|جرت|استهدف|استهدفت|شن|شنت|شنته|شنتها|نفذ|نفذت|نفذته|نفذتها|تعرض|تعرضت|تعرضت\s+له|أسفر|أسفرت|اسفر|اسفرت|سقط|سقطت|تحطم|تحطمت|انفجر|انفجرت|طال|طالت|أطلق|أطلقت|اطلق|اطلقت|أصاب|أصابت|اصاب|اصابت|اغتيل|اغتيلت|قتل|قتلت)(?![\p{L}])(?:(?!\s(?:في|خلال|عبر|أثناء|اثناء)\s+(?:ال)?(?:بيان|مؤتمر|تصريح|كلمة|مقابلة|حديث|إيجاز|ايجاز|إفادة|افادة))[^،,.])*/gu;

/**
 * "وقال الوزير، الذي خدم في العراق منذ 20 آذار 2003، إن": a date inside a
 * relative clause (no comma between the pronoun and the date) tells when the one it describes did
 * something else, not when he spoke. Not the day of an occasion of speech named just before the
 * pronoun ("خلال المؤتمر الصحفي الذي عقده في 5 آذار", "في كلمته التي ألقاها …", "منتدى دافوس الذي …").
 */
function ofAnotherDeed(text: string, evidence: string): boolean {
  const folded = normalizeArabic(text);
  const at = folded.indexOf(normalizeArabic(evidence).trim());
  const before = folded.slice(0, Math.max(0, at));
  const relative = [...before.matchAll(/(?:^|\s)(?:الذي|التي|والذي|والتي)\s/gu)].at(-1);
  if (!relative || /[،,.:؛]/u.test(before.slice(relative.index))) return false;
  const nouns = before.slice(0, relative.index).trim().split(/\s+/u).slice(-3);
  return !nouns.some((w) => OCCASION_NOUN.test(w.replace(/[،,]$/u, '')));
}

/** Nouns of occasions of speech (folded, with ال or a possessive), whose relative clause dates the words said at them. */
const OCCASION_NOUN =
  /^(?:ال)?(?:اجتماع|لقاء|اتصال|مءتمر|محادثات|مباحثات|جلسه|قمه|بيان|تصريح|تصريحات|حديث|كلمه|كلمت|خطاب|مقابله|مقابلت|رساله|رسالت|تغريده|تغريدت|منشور|زياره|زيارت|منتدي|ملتقي|ندوه|حوار|ايجاز|افاده)(?:ه|ها|هم)?$/u;

/** `text` with its event clauses blanked out, letter for letter, so that offsets into it still hold. */
function withoutEventClauses(text: string): string {
  return text.normalize('NFC').replace(EVENT_CLAUSE, (clause) => ' '.repeat(clause.length));
}

/** Words that look forward: a bare weekday in such a sentence is a plan, not the day of speaking. */
const FUTURE = /(?<![\p{L}])(?:سوف|المقبل|المقبله|القادم|القادمه)(?![\p{L}])/u;

/**
 * Resolve the date words in `text` (the part of a sentence that introduces a
 * statement). Returns `undefined` when the words give no date: the caller
 * then carries a date over or falls back to the publication day.
 */
export function resolveDate(written: string, today: IsoDay, published: IsoDay): ResolvedDate | undefined {
  const text = withoutEventClauses(written);
  const explicit = findExplicitDates(text).find(
    (d) => d.precision === 'day' && d.candidates.length === 1 && (d.candidates[0] ?? '') <= published && !ofAnotherDeed(text, d.evidence),
  );
  if (explicit?.candidates[0]) {
    const resolved: ResolvedDate = { date: explicit.candidates[0], precision: 'day', basis: 'explicit', evidence: explicit.evidence };
    if (weekdayContradicts(explicit))
      resolved.warning = `the weekday in «${explicit.evidence}» does not fall on ${resolved.date}; the date is kept`;
    return resolved;
  }
  const source = text.normalize('NFC');
  const { text: folded, offsets } = normalizeWithOffsets(source);
  /** The original words behind the folded span [from, to): what the evidence quotes. */
  const words = (from: number, to: number): string => source.slice(offsets[from] ?? 0, (offsets[to - 1] ?? 0) + 1);
  const dayMonth = yearless(folded, published);
  if (dayMonth) {
    const evidence = words(dayMonth.at, dayMonth.at + dayMonth.length);
    return { date: dayMonth.date, precision: 'day', basis: 'explicit', evidence };
  }
  const counted = COUNTED.exec(folded);
  const days = counted ? countedBack(counted) : undefined;
  if (counted && days !== undefined) {
    const evidence = words(counted.index, counted.index + counted[0].length);
    return { date: shiftDay(today, -days), precision: 'day', basis: 'relative', evidence };
  }
  const monthsBack = MONTHS_BACK.exec(folded);
  if (monthsBack) {
    const g = monthsBack.groups ?? {};
    const n = g['one'] ? 1 : g['two'] ? 2 : /^\d+$/u.test(g['n'] ?? '') ? Number(g['n']) : (COUNT[g['n'] ?? ''] ?? 1);
    const evidence = words(monthsBack.index, monthsBack.index + monthsBack[0].length);
    return { date: shiftMonth(today, -n), precision: 'month', basis: 'relative', evidence };
  }
  // Of several date words, the first after the verb dates the words: in "أعلنت X، اليوم الثلاثاء،
  // مسؤوليتها عن الهجوم الذي وقع مساء أمس الإثنين" the later one is the event's. At one place, the
  // most specific pattern ("أمس الأول" over "أمس").
  let first: { from: number; resolved: ResolvedDate } | undefined;
  for (const { re, back } of RELATIVE) {
    const m = re.exec(folded);
    if (!m) continue;
    const name = m.groups?.['weekday'];
    const weekday = name ? weekdayNumber(name) : undefined;
    // "أعلنت الحكومة، الأربعاء، تمديد مهمتها حتى أكتوبر المقبل": a weekday set off by commas after the
    // subject is the day of speaking, whatever the words then plan.
    const setOff =
      /[،,]\s*$/u.test(folded.slice(0, m.index + (m[0].length - m[0].trimStart().length))) &&
      /^\s*[،,]/u.test(folded.slice(m.index + m[0].length));
    if (re === RELATIVE.at(-1)?.re && FUTURE.test(folded) && !setOff) continue;
    const days = back(weekday, today);
    if (days === undefined) continue;
    const date = shiftDay(today, -days);
    const from = m.index + (m[0].length - m[0].trimStart().length);
    if (first && first.from <= from) continue;
    const evidence = words(from, m.index + m[0].trimEnd().length);
    const resolved: ResolvedDate = { date, precision: 'day', basis: 'relative', evidence };
    // "أمس الثلاثاء": the date word decides; the weekday only checks it.
    if (weekday !== undefined && weekdayOf(date) !== weekday) {
      resolved.warning = `«${evidence}» names a weekday that does not fall on ${date}; the date word is kept`;
    }
    first = { from, resolved };
  }
  if (first) return first.resolved;
  const month = monthOnly(text, folded, published, words);
  if (month) return month;
  const earlier = EARLIER.exec(folded);
  if (earlier) {
    const evidence = words(earlier.index, earlier.index + earlier[0].length);
    // «قبل أيام», «قبل فترة»: not today, whatever day it was; the day before is the latest it can be.
    if (/^قبل/u.test(earlier[0])) return { date: shiftDay(today, -1), precision: 'day', basis: 'relative', evidence, vague: true };
    return { date: published, precision: 'day', basis: 'published', evidence, vague: true };
  }
  return undefined;
}
