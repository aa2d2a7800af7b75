/**
 * Date words for generated statements, each with the day it means: every
 * form the extractor reads (ARCHITECTURE.md section 4). The arithmetic is
 * done here in UTC, independently of src/lib/dates, so the ground truth does
 * not borrow the code it checks.
 *
 * Left out on purpose: ambiguous numeric dates (9/10/2021), which the
 * extractor rightly refuses to guess, and month-only dates ("كانون الأول
 * 2021"), which do not name a day.
 */
import { MONTH_NAMES_AR } from '../../src/lib/dates/format.ts';
import { shiftDay, weekdayOf } from '../../src/lib/dates/calendar.ts';
import type { Rng } from './random.ts';

/** How a statement's date is written. */
export type DateForm =
  | 'today'
  | 'today-weekday'
  | 'yesterday'
  | 'yesterday-weekday'
  | 'day-before'
  | 'last-weekday'
  | 'weekday'
  | 'explicit'
  | 'explicit-weekday'
  | 'numeric'
  | 'none';

/** Date words and the day they name. */
export interface DatePhrase {
  text: string;
  date: string;
  form: DateForm;
}

/** Weekday names, Sunday first, with the spellings the press uses. */
const WEEKDAYS: readonly (readonly string[])[] = [
  ['الأحد'],
  ['الإثنين', 'الاثنين', 'الإثنين', 'الاثنين', 'الاتنين'],
  ['الثلاثاء'],
  ['الأربعاء', 'الاربعاء'],
  ['الخميس'],
  ['الجمعة', 'الجمعه'],
  ['السبت'],
];
/** Levantine month names (the Iraqi press), January first: the site's own list. */
const LEVANTINE = MONTH_NAMES_AR;
/** Transliterated Gregorian names, with their Egyptian and hamza-less spellings. */
const GREGORIAN: readonly (readonly string[])[] = [
  ['يناير'],
  ['فبراير'],
  ['مارس'],
  ['أبريل', 'إبريل'],
  ['مايو'],
  ['يونيو', 'يونيه'],
  ['يوليو', 'يوليه'],
  ['أغسطس', 'اغسطس', 'أغسطس', 'اغسطوس'],
  ['سبتمبر'],
  ['أكتوبر'],
  ['نوفمبر'],
  ['ديسمبر'],
];

/** A weekday's name as written in one article. */
export function weekdayName(rng: Rng, iso: string): string {
  return rng.pick(WEEKDAYS[weekdayOf(iso)] ?? ['الأحد']);
}

/** "الماضي" agrees with the weekday: الجمعة is feminine. */
function past(rng: Rng, day: number): string {
  return day === 5 ? rng.pick(['الماضية', 'الفائتة', 'المنصرمة']) : rng.pick(['الماضي', 'الفائت', 'المنصرم']);
}

/** Arabic-Indic digits (٠–٩), as some outlets print dates. */
export function indic(text: string): string {
  return text.replace(/\d/gu, (d) => String.fromCharCode(0x0660 + Number(d)));
}

/** "15 آب 2024", "15 أغسطس 2024", "10 كانون الأول/ديسمبر 2021", "5 من شهر آذار 2023", "15 آب من عام 2024". */
function namedDay(rng: Rng, iso: string): string {
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const lev = LEVANTINE[m - 1] ?? '';
  const greg = rng.pick(GREGORIAN[m - 1] ?? ['']);
  const month = rng.weighted({ lev: 5, greg: 4, both: 1 });
  const name = month === 'lev' ? lev : month === 'greg' ? greg : `${lev}/${greg}`;
  const shape = rng.weighted({ plain: 6, comma: 2, of: 1, year: 1 });
  const text =
    shape === 'plain'
      ? `${d} ${name} ${y}`
      : shape === 'comma'
        ? `${d} ${name}، ${y}`
        : shape === 'of'
          ? `${d} من شهر ${name} ${y}`
          : `${d} ${name} من عام ${y}`;
  return rng.chance(0.15) ? indic(text) : text;
}

/** An unambiguous numeric date: day-first with a day above 12, or year-first. */
function numericDay(rng: Rng, iso: string): string | undefined {
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const text =
    d > 12 && rng.chance(0.6)
      ? `${d}/${m}/${y}`
      : rng.chance(0.5)
        ? iso
        : `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`;
  return rng.chance(0.2) ? indic(text) : text;
}

/**
 * Date words of a given form for a statement made `back` days before the
 * article's "today" (explicit forms ignore the weekday rules). `today` is the
 * day the article was written; explicit dates never pass `published`.
 */
export function datePhrase(rng: Rng, form: DateForm, today: string, back = 0): DatePhrase | undefined {
  const day = shiftDay(today, -back);
  const wd = (iso: string) => weekdayName(rng, iso);
  switch (form) {
    case 'today':
      return { form, date: today, text: rng.pick(['اليوم', 'اليوم', 'مساء اليوم', 'صباح اليوم']) };
    case 'today-weekday': {
      const name = wd(today);
      return { form, date: today, text: rng.pick([`اليوم ${name}`, `اليوم (${name})`, `اليوم، ${name}`, `مساء اليوم ${name}`]) };
    }
    case 'yesterday':
      return {
        form,
        date: shiftDay(today, -1),
        text: rng.pick(['أمس', 'أمس', 'يوم أمس', 'مساء أمس', 'البارحة', 'الليلة الماضية', 'ليل أمس']),
      };
    case 'yesterday-weekday': {
      const name = wd(shiftDay(today, -1));
      return { form, date: shiftDay(today, -1), text: rng.pick([`أمس ${name}`, `مساء أمس ${name}`, `يوم أمس ${name}`]) };
    }
    case 'day-before':
      return { form, date: shiftDay(today, -2), text: rng.pick(['أول أمس', 'أول أمس', 'أمس الأول']) };
    case 'last-weekday': {
      // weekday + الماضي: 1–7 days back, never today.
      const n = rng.int(1, 7);
      const iso = shiftDay(today, -n);
      const name = wd(iso);
      return { form, date: iso, text: `${rng.chance(0.3) ? 'يوم ' : ''}${name} ${past(rng, weekdayOf(iso))}` };
    }
    case 'weekday': {
      // A bare weekday: 0–6 days back.
      const n = rng.int(0, 6);
      const iso = shiftDay(today, -n);
      return { form, date: iso, text: `${rng.pick(['', '', 'يوم ', 'مساء ', 'صباح ', 'فجر '])}${wd(iso)}` };
    }
    case 'explicit':
      return { form, date: day, text: `${rng.chance(0.5) ? 'في ' : ''}${namedDay(rng, day)}` };
    case 'explicit-weekday': {
      const name = wd(day);
      const inner = namedDay(rng, day);
      return { form, date: day, text: rng.pick([`يوم ${name} (${inner})`, `${name} (${inner})`, `${name} ${inner}`]) };
    }
    case 'numeric': {
      const text = numericDay(rng, day);
      return text === undefined ? undefined : { form, date: day, text: `${rng.pick(['بتاريخ ', 'في ', ''])}${text}` };
    }
    case 'none':
      return undefined;
  }
}

/**
 * Date words moved to the front of a sentence ("ومساء أمس، قال …"). A و
 * never touches the date word itself ("وأمس" is not read as أمس): a
 * preposition or a noun stands between.
 */
export function frontedDate(rng: Rng, phrase: DatePhrase): string {
  const t = phrase.text;
  if (/^(?:في|بتاريخ|يوم|مساء|صباح|ليل) /u.test(t)) return `و${t}`;
  if (/^[\d\u0660-\u0669]/u.test(t)) return `وفي ${t}`;
  if (t.startsWith('اليوم')) return `وفي وقت سابق من ${t}`;
  if (t.startsWith('الليلة')) return `وفي ${t}`;
  if (t.startsWith('البارحة')) return `ومساء ${t}`;
  if (/^(?:أمس|أول أمس)/u.test(t)) return `${rng.pick(['ويوم', 'ومساء'])} ${t}`.replace('ومساء أول', 'ويوم أول');
  return `ويوم ${t}`; // a weekday: "ويوم الأحد الماضي"
}
