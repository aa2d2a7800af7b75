/**
 * "قالت وزارة الخارجية الأمريكية اليوم إن … . وقالت المتحدثة باسم الخارجية مورغان أورتاغوس إن …":
 * an institution and its spokesperson, or the minister at its head (or a committee's member), on the same day are one
 * statement for an editor: the person's, who said the institution's words.
 */
import { nameKey } from '../speakers/registry.ts';
import { BASIS_STRENGTH } from '../dates/relative.ts';
import { bare, isInstitution } from '../speakers/lexicon.ts';
import type { Draft } from './article.ts';

/** Words of an institution's name that say nothing of which one it is. */
const GENERIC = new Set(['وزاره', 'مكتب', 'رءاسه', 'دايره', 'داءره', 'مجلس', 'حكومه', 'في', 'باسم']);
/** Nationality adjectives, and the country each names («الأميركية» and «الأمريكية» alike). */
const NATIONS: readonly [RegExp, string][] = [
  [/^(?:ال)?عراقي(?:ه)?$/u, 'iq'],
  [/^(?:ال)?(?:امريكي|اميركي)(?:ه)?$/u, 'us'],
  [/^(?:ال)?ايراني(?:ه)?$/u, 'ir'],
  [/^(?:ال)?(?:كردستان|كوردستان|كردستاني|كردي)(?:ه)?$/u, 'krg'],
  [/^(?:ال)?بريطاني(?:ه)?$/u, 'gb'],
  [/^(?:ال)?فرنسي(?:ه)?$/u, 'fr'],
  [/^(?:ال)?الماني(?:ه)?$/u, 'de'],
  [/^(?:ال)?تركي(?:ه)?$/u, 'tr'],
  [/^(?:ال)?روسي(?:ه)?$/u, 'ru'],
  [/^(?:ال)?سوري(?:ه)?$/u, 'sy'],
];
const nationOf = (word: string) => NATIONS.find(([re]) => re.test(word))?.[1];
/** Words that say where, not which: «الاتحادية», «إقليم». */
const PLACE = /^(?:ال)?(?:اتحادي|اتحاديه|اقليم)$/u;
/** Roles that speak for an institution, and roles that head one. */
const SPOKESPERSON = /(?:^|\s)(?:ال)?(?:متحدث|متحدثه|ناطق|ناطقه)(?:\s|$)/u;
const HEAD = /(?:^|\s)(?:ال)?(?:وزير|وزيره|رءيس|مرشد|سفير|سفيره|قاءم)(?:\s|$)/u;

/** The words that tell which institution a name is («خارجيه» for «وزارة الخارجية الأمريكية»). */
function distinctive(name: string): string[] {
  return nameKey(name)
    .split(' ')
    .map((w) => bare(w))
    .filter((w) => w.length > 1 && !GENERIC.has(w) && !nationOf(w) && !PLACE.test(w));
}

/** The countries a phrase's adjectives name. */
function nations(phrase: string): Set<string> {
  return new Set(
    nameKey(phrase)
      .split(' ')
      .flatMap((w) => nationOf(w) ?? []),
  );
}

/**
 * True when `role` is the spokesperson or head of the institution called `institution`: the
 * institution's own words are in the role («المتحدثة باسم الخارجية» for «وزارة الخارجية
 * الأمريكية»), and no country the role names differs from the institution's (the Turkish
 * ministry's spokesman is not the Iraqi ministry's). `sides` are the person's and the
 * institution's country when the role names none, and must then agree.
 */
export function speaksFor(
  role: string,
  institution: string,
  sides?: { person?: string | undefined; institution?: string | undefined },
): boolean {
  const words = distinctive(institution);
  const key = nameKey(role);
  const roleWords = new Set(key.split(' ').map((w) => bare(w.replace(/^(?:ب|ل)(?=ال)/u, ''))));
  // "الحكومة العراقية" has no distinctive word: the role must name it whole ("المتحدث باسم الحكومة العراقية").
  const named = words.length > 0 ? words.every((w) => roleWords.has(w)) : key.includes(nameKey(institution));
  if (!(SPOKESPERSON.test(key) || HEAD.test(key)) || !named) return false;
  const [ofRole, ofInstitution] = [nations(role), nations(institution)];
  if (ofInstitution.size === 0) return true;
  if (ofRole.size > 0) return [...ofRole].every((n) => ofInstitution.has(n));
  // A person whose side nobody knows (a name the registry lacks) is taken at the role's word.
  return sides === undefined || sides.person === undefined || sides.institution === undefined || sides.person === sides.institution;
}

/** Heads of bodies whose members speak for them: committees, and parties, movements and alliances. */
const BODIES = new Set(['لجنه', 'حركه', 'تحالف', 'حزب', 'تيار', 'اءتلاف', 'ايتلاف', 'كتاءب', 'عصاءب', 'سرايا', 'منظمه', 'جماعه', 'كتله']);
/** A member or leader of a body: «عضو اللجنة», «عضو المكتب السياسي لحركة …», «نائب الأمين العام لـ…». */
const MEMBER = /^(?:عضو|(?:نايب|ناءب)\s+(?:ال)?امين\s+(?:ال)?عام|(?:ال)?امين\s+(?:ال)?عام)(?:\s|$)/u;

/**
 * "كشفت لجنة الأمن والدفاع النيابية … . وقال عضو اللجنة X …", "أكد تحالف الفتح … . وقال عضو
 * التحالف X …": a body's words in the lede are its member's (or its secretary general's, or his
 * deputy's), who alone spoke for it that day: a role naming the body («عضو لجنة …», «نائب الأمين العام
 * لحركة النجباء»), or «عضو اللجنة» / «عضو التحالف» when the last body of that kind the text named
 * before him (`before`) is it, not «اللجنة المالية» in between.
 */
export function memberOf(role: string, institution: string, before = ''): boolean {
  const key = nameKey(role);
  const head = bare(nameKey(institution).split(' ')[0] ?? '');
  if (!BODIES.has(head) || !MEMBER.test(key)) return false;
  const words = distinctive(institution);
  const has = (text: string) => {
    const found = new Set(
      nameKey(text)
        .split(/[^\p{L}]+/u)
        // «لحركة النجباء»: the body's name after لـ.
        .flatMap((w) => [bare(w), bare(w.replace(/^ل(?=\p{L}{3})/u, ''))]),
    );
    return words.every((w) => found.has(w));
  };
  const anaphor = new RegExp(`^عضو (?:ال)?${head}$`, 'u');
  // The international coalition has countries, not members who speak for it: «عضو التحالف» is a bloc's.
  if (/(?:^|\s)(?:ال)?دولي(?:\s|$)/u.test(nameKey(institution))) return false;
  if (!anaphor.test(key)) return has(role);
  const last = [...nameKey(before).matchAll(new RegExp(`(?:^|\\s)(?:ال)?${head}(?:\\s+\\S+){1,6}`, 'gu'))].at(-1)?.[0] ?? '';
  return last === '' || has(last);
}

/** True when someone else spoke of the committee that day: its chair beside the member ("رئيس اللجنة"). */
function otherVoices(member: Draft, sameDay: readonly Draft[], institution: string): boolean {
  const head = bare(nameKey(institution).split(' ')[0] ?? '');
  return sameDay.some(
    (p) =>
      p !== member &&
      new RegExp(`(?:^|\\s)(?:ال|لل|ل)?${head}(?:\\s|$)`, 'u').test(nameKey(p.speaker.role ?? '')) &&
      memberOrHead(p, institution),
  );
}

const memberOrHead = (p: Draft, institution: string) => {
  const role = nameKey(p.speaker.role ?? '');
  const head = bare(nameKey(institution).split(' ')[0] ?? '');
  return role.startsWith(`رءيس ال${head}`) || role.startsWith(`عضو ال${head}`) || distinctive(institution).every((w) => role.includes(w));
};

/**
 * "وكان الأمين العام للحركة قد قال الأسبوع الماضي …": words told as said before, on a day the text does
 * not pin, are no part of the body's statement that day.
 */
function flashback(text: string): boolean {
  const key = nameKey(text.split(/\s+/u, 8).join(' '));
  return /^(?:[وف]?كان(?:ت)?|[وف]?سبق)\s/u.test(key) || /(?:في وقت سابق|الاسبوع الماضي|الشهر الماضي|قبل ايام)/u.test(nameKey(text));
}

/** "في المقابل، قال عضو اللجنة …": a member who answers the committee does not speak for it. */
function dissents(text: string): boolean {
  const key = nameKey(text.trim());
  // «وفي شأن منفصل، قال …», «على صعيد آخر»: another matter, not the body's statement.
  return (
    /^(?:[وف]?(?:في\s+|ب)المقابل|[وف]?لكن|غير ان|الا ان|في حين|بينما)(?:\s|[،,])/u.test(key) ||
    /^[وف]?(?:في\s+(?:شان|سياق)\s+(?:منفصل|اخر)|من\s+جهه\s+اخري|علي\s+صعيد\s+اخر)/u.test(key)
  );
}

/** True for a role that heads an institution rather than speaking for it. */
const heads = (role: string) => HEAD.test(nameKey(role)) && !SPOKESPERSON.test(nameKey(role));

/** What folding needs to know besides the drafts. */
export interface FoldContext {
  /** The other names the registry knows an institution by: «المتحدث باسم البنتاغون» speaks for «وزارة الدفاع الأمريكية». */
  aliases?: (id: string) => readonly string[];
  /** A person's roles: as the article wrote it («المتحدث باسم البيت الأبيض جون كيربي») and the registry's office that day. */
  roles?: (d: Draft) => readonly string[];
  /** The article's text before a statement's first words: which committee «عضو اللجنة» is of. */
  textBefore?: (d: Draft) => string;
}

/**
 * Fold each institution's statement into the statement of the one person who spoke for it that
 * day in the same article (same side, or a side unknown); with two such people, or none, it stays.
 */
export function foldIntoSpokespeople(drafts: readonly Draft[], context: FoldContext = {}): Draft[] {
  const { aliases = () => [], roles = (d: Draft) => [d.speaker.role ?? ''], textBefore = () => '' } = context;
  const gone = new Set<Draft>();
  const out = drafts.map((d) => ({ ...d }));
  for (const institution of out) {
    if (!isInstitution(nameKey(institution.speaker.name))) continue;
    // An alias is read with the institution's own country («البرلمان» is the Iraqi one), and must be
    // written with its own if it has one («حزب الله العراقي», not Lebanon's «حزب الله»).
    const canonical = institution.speaker.name;
    const byName = (role: string, name: string) => {
      if (name === canonical) return true;
      if (nations(name).size > 0) return [...nations(name)].every((n) => nations(role).has(n));
      return nations(canonical).size === 0 || [...nations(role)].every((n) => nations(canonical).has(n));
    };
    const names = [canonical, ...aliases(institution.speaker.id)];
    const sameDay = out.filter(
      (p) => p !== institution && !gone.has(p) && p.date === institution.date && !isInstitution(nameKey(p.speaker.name)),
    );
    const people = sameDay.filter((p) =>
      // A former spokesman ("المتحدث السابق باسم الخارجية") speaks for it no more.
      roles(p)
        .filter((role) => !/(?:^|\s)(?:ال)?(?:سابق|اسبق)(?:\s|$)/u.test(nameKey(role)))
        .some(
          (role) =>
            names.some(
              (name) =>
                (speaksFor(role, name, { person: p.speaker.side, institution: institution.speaker.side }) && byName(role, name)) ||
                (memberOf(role, name, textBefore(p)) &&
                  byName(role, name) &&
                  !otherVoices(p, sameDay, institution.speaker.name) &&
                  !dissents(p.text) &&
                  !flashback(p.text)),
            ) &&
            // A minister or a president speaks for his ministry only in its statement about him: "وفي
            // نيويورك، قال وزير الخارجية …" the same day is another occasion.
            // A headline («البنتاغون: قصفنا …») sums up the lede, where the minister speaks.
            (!heads(role) || namesThem(institution.text, p.speaker.name) || institution.paragraphs.every((x) => x === 0)),
        ),
    );
    const [person] = people;
    if (!person || people.length > 1) continue;
    // In the article's order: the institution's words first when they come first.
    const first = (institution.paragraphs[0] ?? 0) < (person.paragraphs[0] ?? 0);
    if (!person.text.includes(institution.text))
      person.text = first ? `${institution.text} ${person.text}` : `${person.text} ${institution.text}`;
    person.paragraphs = [...new Set([...institution.paragraphs, ...person.paragraphs])].sort((a, b) => a - b);
    person.quotes = first
      ? [...new Set([...institution.quotes, ...person.quotes])]
      : [...new Set([...person.quotes, ...institution.quotes])];
    if (BASIS_STRENGTH[institution.dateBasis] > BASIS_STRENGTH[person.dateBasis]) {
      Object.assign(person, {
        datePrecision: institution.datePrecision,
        dateBasis: institution.dateBasis,
        dateEvidence: institution.dateEvidence,
      });
    }
    gone.add(institution);
  }
  return out.filter((d) => !gone.has(d));
}

/** True when `text` names the person called `name` (by the last word of the name). */
function namesThem(text: string, name: string): boolean {
  const surname = nameKey(name).split(' ').at(-1) ?? '';
  return (
    surname.length > 2 &&
    nameKey(text)
      .split(/[^\p{L}]+/u)
      .some((w) => w === surname || w.endsWith(surname))
  );
}
