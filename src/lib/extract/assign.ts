/**
 * Giving each mention a speaker: registry entries; institutions resolved to the spokesperson who
 * speaks for them; offices to the person the article named with them, else to the holder that
 * day; references back («الوزارة», a surname) to whom they refer; anyone else a provisional
 * speaker, published only when the phrase reads as a name, an office or an institution.
 */
import { normalizeArabic, wordKey } from '../arabic/normalize.ts';
import {
  bare,
  hasHead,
  INSTITUTION_HEADS,
  isDefinite,
  isInstitution,
  isNationality,
  MILITARY_RANKS,
  NON_NAMES,
  RANKS,
  ROLE_HEADS,
} from '../speakers/lexicon.ts';
import { GROUP_WORDS, sidesIn } from './phrase-shapes.ts';
import { weekdayNumber } from '../dates/lexicon.ts';
import { opensWithFirstName } from '../speakers/names.ts';
import { officeKey, type Office } from '../speakers/offices.ts';
import { nameKey, statementSpeaker, type Registry } from '../speakers/registry.ts';
import type { RegistrySpeaker, StatementSpeaker } from '../speakers/types.ts';
import { provisional, type Mention } from './mention.ts';
import { findName, headPhrase, isNameWord, isPreposition, joinsToBody, opensWithRole } from './name-words.ts';
import { firstChunks } from './chunks.ts';
import { opensWithTitle, resolvePhrase } from './speaker.ts';
import { reportingVerb } from './verbs.ts';

/**
 * A speaker the registry does not know is published only when it reads as one: an institution
 * or an office (both open with their head noun), or a person with an office beside the name or
 * a first name opening it. Anything else is a phrase the patterns caught by mistake.
 */
export function looksLikeSpeaker(m: Mention): boolean {
  const r = m.referent;
  // "للقوات المسلحة العراقية", "لقوات البيشمركة": a word with ل on it is some verb's object, never a name's start.
  const opening = wordKey(m.speaker?.name.split(/\s+/u)[0] ?? '');
  if (joinsToBody(opening) || opening === 'لدعم') return false;
  // "ناطق عن تحالف عسكري غربي", "مندوب إحدى الدول": a body described, not named.
  if (describedBody(m.speaker?.name ?? '')) return false;
  if (r.type !== 'person' && r.type !== 'surname') return true;
  // A surname the article gave in full after a rank ("الفريق بيير أولسن") carries that rank.
  const role = r.type === 'person' ? (r.role ?? '') : (m.speaker?.role ?? '');
  return (role !== '' && opensWithTitle(role)) || opensWithFirstName(nameKey(m.speaker?.name ?? ''));
}

/** True for a body's head noun without ال followed by an adjective without it: «تحالف عسكري», «قوة أمنية». */
function describedBody(name: string): boolean {
  const [head = '', next = ''] = name.split(/\s+/u).map(wordKey);
  // "مندوب إحدى الدول الأعضاء", "مندوب دولة عربية": one of several, or a state described, is nobody named.
  if (/^(?:احدي|احد|بعض)$/u.test(head) || (/^(?:دوله|دول)$/u.test(head) && !isDefinite(next) && /^\p{L}{2,}[^ا]يه?$/u.test(next)))
    return true;
  return (
    INSTITUTION_HEADS.has(head) &&
    !INSTITUTION_HEADS.has(next) &&
    !isDefinite(next) &&
    /^\p{L}{2,}[^ا]يه?$/u.test(next) &&
    !isNationality(`ال${next}`)
  );
}

/** Office nouns that describe whoever is speaking rather than name an office: الجنرال، القيادي، النائب. */
const DESCRIPTORS = new Set(['جنرال', 'قيادي', 'ناءب', 'نايب', 'مسءول', 'متحدث', 'ناطق', 'زعيم', 'سياسي', 'دبلوماسي', 'عضو']);

/** Heads of armed groups' names, by which their spokespeople name them ("المتحدث باسم الكتائب"). */
const GROUP_HEADS = new Set(['كتاءب', 'عصاءب', 'سرايا', 'حركه', 'فصيل', 'جماعه', 'تنسيقيه', 'حزب', 'تيار']);

/** Give each mention a speaker: registry entries, institutions resolved to their spokespeople, or provisional ones. */
export function assignSpeakers(mentions: Mention[], registry: Registry, body: string, published: string): void {
  const persons = mentions.flatMap((m) => (m.referent.type === 'person' && m.referent.registry ? [m.referent.registry] : []));
  // The spokesperson of an institution: a person quoted in the article who speaks for it, under any of its
  // names: by the registry's affiliations, or by an office the article gives ("المتحدث باسم القيادة المركزية
  // الأمريكية، ويليام أوربان").
  const spokesperson = (key: string, entity?: RegistrySpeaker): StatementSpeaker | undefined => {
    const names = [key, ...(entity ? [entity.name, ...entity.aliases].map(nameKey) : [])];
    const known = persons.find((p) => p.affiliations.some((a) => names.some((n) => nameKey(a) === n || n.includes(nameKey(a)))));
    if (known) return statementSpeaker(known);
    // "المتحدث باسم الكتائب" speaks for "كتائب سيد الشهداء": an armed group by its head noun alone. Not a
    // ministry or a government: an article names several, and "باسم الوزارة" may be any of them.
    const head = bare(key.split(' ')[0] ?? '');
    const noun = GROUP_HEADS.has(head) ? `باسم ال${head}` : undefined;
    const speaksFor = (role: string) =>
      /(?:^|\s)باسم\s/u.test(role) &&
      (names.some((n) => nameKey(role).endsWith(n)) || (noun !== undefined && nameKey(role).endsWith(noun)));
    const named = mentions.find((e) => e.referent.type === 'person' && !e.referent.registry && speaksFor(e.referent.role ?? ''));
    if (named?.referent.type !== 'person') return undefined;
    const near = registry.nearPerson(named.referent.name);
    return near ? statementSpeaker(near) : provisional(named.referent.name, named.referent.role);
  };
  let text: BodyWords | undefined;
  // The body folded once, when a mention needs it.
  let bodyKey: string | undefined;
  mentions.forEach((m, i) => {
    const r = m.referent;
    switch (r.type) {
      case 'person': {
        // "فأجاب ميلر" after "ماثيو ميلر": the article's own Miller, not the registry's other one.
        const own = r.surname ? fullName(body, r.surname) : undefined;
        // Not when the article writes one of the registry person's full names: «ثابت محمد العباسي» (an
        // alias with the father's name) reads «محمد العباسي» before the surname, and is Thabet.
        const writesFullName = (entry: RegistrySpeaker) =>
          [entry.name, ...entry.aliases].some((n) => n.includes(' ') && (bodyKey ??= nameKey(body)).includes(nameKey(n)));
        const other = own && r.registry && nameKey(own.name) !== nameKey(r.registry.name) && !writesFullName(r.registry) ? own : undefined;
        // "وقال عبد الهادي" after "عدي عبد الهادي": the person named in full before.
        const key = nameKey(r.name);
        const before = r.registry
          ? undefined
          : mentions
              .slice(0, i)
              .reverse()
              .find((e) => e.speaker?.provisional && shorterForm(nameKey(e.speaker.name), key))?.speaker;
        const near = r.registry || before ? undefined : registry.nearPerson(r.name);
        m.speaker =
          other ??
          before ??
          (r.registry ? statementSpeaker(r.registry, r.role) : near ? statementSpeaker(near, r.role) : provisional(r.name, r.role));
        break;
      }
      case 'institution': {
        // "وأضاف وزير الخارجية العراقي" reads as the ministry, but names the minister quoted earlier.
        const holder = r.role ? officeHolder(mentions, r.role) : undefined;
        // "أعلن رئيس المجلس التنفيذي لحركة النجباء ناظم السعيدي …" … "وأضاف رئيس المجلس التنفيذي لحركة
        // النجباء": the person the article named with that office, whom the registry may not know.
        const named =
          r.role && !holder
            ? (namedWithOffice(mentions.slice(0, i), [r.role], []) ??
              leaderNamed(mentions.slice(0, i), registry, r.role, r.registry, m.attribution.phrase))
            : undefined;
        // "وتابع عضو لجنة الخدمات المالية": a member of a body the registry does not know, unnamed,
        // is the person who spoke just before, not the body.
        const member = !r.registry && r.role && describes(r.role) ? personBefore(mentions, i, r.role)?.speaker : undefined;
        m.speaker =
          member ??
          named ??
          (holder ? statementSpeaker(holder) : spokesperson(r.key, r.registry)) ??
          (r.registry ? statementSpeaker(r.registry) : provisional(r.name));
        break;
      }
      case 'office': {
        // "رئيس الوزراء العراقي" with no name: first the person this article named with that office
        // (or with a fuller form of it: "رئيس الوزراء اللبناني نجيب ميقاتي" … "رئيس الحكومة"), then the
        // one in the article holding it that day, then whoever held it that day. Only an office the
        // registry does not date falls back to the registry's role text.
        const day = m.own?.date ?? published;
        const named =
          namedWithOffice(mentions.slice(0, i), [r.phrase, r.role], bareForms(r.phrase, r.office)) ??
          (r.office ? namedInConstruct(registry, body, m.sentence, r.phrase) : undefined) ??
          sameWoman(mentions.slice(0, i), r.phrase, (role) => r.office !== undefined && registry.offices.find(role) === r.office) ??
          (r.office ? undefined : byNationality(mentions.slice(0, i), r.phrase));
        const holding = r.office
          ? mentions.find((o) => o.speaker && registry.offices.heldBy(o.speaker.id, day) === r.office)?.speaker
          : undefined;
        const holderId = r.office ? registry.offices.holder(r.office, day) : undefined;
        const holder = holderId === undefined ? undefined : registry.get(holderId);
        const byRole = r.office ? undefined : (officeHolder(mentions, r.phrase) ?? officeHolder(mentions, r.role));
        const dated = holder ?? byRole;
        // An office the registry does not know: the person the text names with it anywhere ("استقبل …
        // وفداً برئاسة نائبة مساعد وزير الدفاع دانا سترول" … "وقالت نائبة مساعد وزير الدفاع"), else,
        // for a word that only describes ("وأشار النائب الجمهوري"), the person speaking just before.
        text ??= bodyWords(body);
        const inText = r.office ? undefined : namedInBody(text, r.phrase, registry);
        const described = r.office || !describes(r.phrase) ? undefined : personBefore(mentions, i, r.phrase)?.speaker;
        m.speaker = named ?? holding ?? (dated ? statementSpeaker(dated) : (inText ?? described ?? provisional(r.office?.name ?? r.role)));
        break;
      }
      case 'authorities': {
        // "السلطات العراقية": the article's person of that side, or nobody in particular.
        const person = persons.find((p) => p.side === r.side);
        if (person) m.speaker = statementSpeaker(person);
        break;
      }
      case 'anaphor': {
        // "الوزارة", "الوزير": the latest speaker whose name or role holds that noun, else an entity named earlier.
        // An institution noun refers to a name; an office noun ("الوزير") may refer to a role too.
        // An institution that spoke through its spokesperson is still the one "الوزارة" refers to, and
        // "النائب" is the MP whatever office the article wrote before the name.
        // "المتحدث باسم السفارة" … "وأضاف المتحدث": the institution spoke through the office the phrase named.
        const office = (e: Mention) =>
          e.referent.type === 'person'
            ? (e.referent.registry?.role ?? '')
            : e.referent.type === 'institution'
              ? (e.referent.role ?? '')
              : '';
        // For an office noun, the words the earlier mention was written with count too ("متحدث باسم السفارة").
        // Only the subject's own words, up to a preposition: not "السفير" in "خلال لقائه السفير".
        // "هددت جماعة «كتائب حزب الله» …" then "وقالت الجماعة": a group word the earlier subject was
        // written with counts as well, though the group's name does not hold it.
        const written = (e: Mention) =>
          r.institution && !GROUP_WORDS.has(r.noun) ? '' : headPhrase(firstChunks(e.attribution.phrase)[0]).join(' ');
        // "علّقت كتائب حزب الله عملياتها" … "وقالت الجماعة": a group word refers back to an armed group
        // however it was written, the registry's role saying what it is ("فصيل مسلح عراقي").
        // Not when another group was named since ("جماعة الحوثي", "فصيل مسلح آخر"), nor for a name of
        // its own ("الجماعة الإسلامية في لبنان").
        const bareGroupWord = GROUP_WORDS.has(r.noun) && onlyTheNoun(m.attribution.phrase, r.noun);
        const armedGroup = (e: Mention) =>
          bareGroupWord && isArmedGroup(e.speaker?.role) && !namesGroup(between(body, e.sentence, m.sentence), r.noun);
        // "وقال المكتب الإعلامي لرئاسة الوزراء …" (the PM's words) … "وتابع المكتب": the noun the
        // earlier subject opened with.
        const opener = (e: Mention) => bare(wordKey(e.attribution.phrase.trim().split(/\s+/u)[0] ?? '')) === r.noun;
        const holds = (e: Mention) =>
          e.speaker !== undefined &&
          (armedGroup(e) ||
            (r.institution && opener(e)) ||
            nameKey(
              r.institution ? `${e.speaker.name} ${written(e)}` : `${e.speaker.name} ${e.speaker.role ?? ''} ${office(e)} ${written(e)}`,
            ).includes(r.noun) ||
            (r.institution && e.referent.type === 'institution' && nameKey(e.referent.name).includes(r.noun)));
        // "الحكومة الإيرانية" refers back only to Iran's: a mention of another side is someone else.
        const sidesOf = (e: Mention) =>
          e.speaker?.side ? new Set([e.speaker.side]) : sidesIn(`${e.attribution.phrase} ${e.speaker?.name ?? ''}`);
        const sameSide = (e: Mention | undefined) => {
          if (!r.nationality || !e?.speaker) return true;
          const sides = sidesOf(e);
          return sides.size === 0 || sides.has(r.nationality);
        };
        // "وأضاف القائد العسكري": someone named as military before (the word itself, or a rank), not a
        // government spokesman or «قائد الثورة».
        const kindIn = (text: string) =>
          !r.kind ||
          nameKey(text)
            .split(' ')
            .map(bare)
            .some((w) => w === r.kind || (r.kind !== 'امني' && MILITARY_RANKS.test(w)));
        const ofKind = (e: Mention) => kindIn(`${e.attribution.phrase} ${e.speaker?.role ?? ''}`);
        const earlier = mentions
          .slice(0, i)
          .reverse()
          .find((e) => holds(e) && sameSide(e) && ofKind(e));
        const found = mentionedBefore(registry, body, m.sentence, r.noun, m.attribution.phrase);
        const before = found && kindIn(`${found.name} ${found.role ?? ''}`) ? found : undefined;
        const beforeSides = before?.side ? new Set([before.side]) : sidesIn(before?.name ?? '');
        const named = earlier?.speaker ?? (!r.nationality || beforeSides.size === 0 || beforeSides.has(r.nationality) ? before : undefined);
        // "وتابع النائب الإيراني", "وأضاف الجنرال" after a name given under another office: a descriptor
        // carries the speaker on; a specific office ("وأضاف الوزير" after an ambassador) does not.
        const previous = m.continues ?? personBefore(mentions, i, m.attribution.phrase);
        const continued = !r.institution && DESCRIPTORS.has(r.noun) && sameSide(previous) ? previous?.speaker : undefined;
        // "وذكرت المقاومة، في بيان لها، أن «… مجاهدو المقاومة الإسلامية في العراق …»" at the top of a
        // text: nothing named before, so the entity its own words name with that noun.
        // Only a group's word: "وقالت الوزارة إن وزارة الخارجية الأمريكية …" names another ministry.
        const inWords =
          named || continued || !SELF_NAMING.has(r.noun)
            ? undefined
            : registry.findAll(m.sentence).find(
                (h) =>
                  h.via === 'name' &&
                  isInstitution(nameKey(h.speaker.name)) &&
                  nameKey(h.speaker.name).includes(r.noun) &&
                  // "مجاهدو المقاومة الإسلامية": how a group names its own fighters; «إن حركة النجباء
                  // تتحمل …» is about another.
                  /(?:مجاهد|مقاتل|ابطال|رجال)\S*\s+$/u.test(nameKey(m.sentence).slice(0, h.at)),
              );
        // "وأعلن التحالف" with no coalition named before: the noun as written.
        const fallback =
          named ??
          continued ??
          (inWords ? statementSpeaker(inWords.speaker) : undefined) ??
          (r.name
            ? ((alone(m.attribution.phrase) && !otherAlliances(body) ? entityOfAffiliation(registry, r.name) : undefined) ??
              provisional(r.name))
            : undefined);
        if (fallback) m.speaker = fallback;
        break;
      }
      case 'surname': {
        // "وأردف حسين": a speaker already named in full, else the full name the article gives once.
        const word = nameKey(r.word);
        const earlier = mentions
          .slice(0, i)
          .reverse()
          .find((e) => e.speaker && nameKey(e.speaker.name).split(' ').at(-1) === word);
        // The full name may be a registry speaker whose surname alone names nobody ("حسين": فؤاد حسين),
        // or a registry speaker's name misspelt («مايلز كاغنز» for «مايلز كاجينز»), as the article spelt it before.
        const written = fullName(body, r.word);
        const known = written ? registry.findAll(written.name).find((h) => h.via === 'name' && h.key === nameKey(written.name)) : undefined;
        const near = written && !known ? registry.nearPerson(written.name) : undefined;
        // "الأدميرال كوبر" with the name spelt otherwise before («براد كروبر»): a military rank before a
        // surname the registry does not read alone (it is also a word) names the one officer who has it.
        // The rank must be one the registry writes for that person ("الأدميرال براد كوبر"): «العميد رسول» is
        // not «اللواء يحيى رسول», and «الشيخ صالح» no one in particular.
        const rank = bare(wordKey(m.attribution.phrase.trim().split(/\s+/u)[0] ?? ''));
        const officers =
          MILITARY_RANKS.test(rank) && !earlier && !written
            ? registry.speakers.filter(
                (s) =>
                  nameKey(s.name).split(' ').at(-1) === word &&
                  [s.name, ...s.aliases, s.role ?? ''].some((n) =>
                    nameKey(n)
                      .split(' ')
                      .some((w) => bare(w) === rank),
                  ),
              )
            : [];
        const officer = officers.length === 1 && officers[0] ? statementSpeaker(officers[0]) : undefined;
        const full =
          earlier?.speaker ??
          (known ? statementSpeaker(known.speaker) : near ? statementSpeaker(near) : written) ??
          officer ??
          m.continues?.speaker;
        if (full) m.speaker = full;
        break;
      }
      case 'none':
        if (m.continues?.speaker) m.speaker = m.continues.speaker;
        break;
      default:
        break;
    }
  });
  shortForms(mentions);
}

/**
 * "أعلنت المقاومة الإسلامية في العراق …" then "المقاومة الإسلامية، ذكرت …"; "وزارة الدفاع العراقية"
 * then "أعلنت وزارة الدفاع": an institution the registry does not know, written shorter than one the
 * article names in full, is that one.
 */
function shortForms(mentions: Mention[]): void {
  const institutions = [
    ...new Map(
      mentions.flatMap((m) => (m.speaker && isInstitution(nameKey(m.speaker.name)) ? [[m.speaker.id, m.speaker] as const] : [])),
    ).values(),
  ];
  for (const m of mentions) {
    if (!m.speaker?.provisional || !isInstitution(nameKey(m.speaker.name))) continue;
    const short = nameKey(m.speaker.name);
    const longer = institutions.filter((s) => s.id !== m.speaker?.id && nameKey(s.name).startsWith(`${short} `));
    if (longer.length === 1 && longer[0]) m.speaker = longer[0];
  }
}

/** Nouns a group calls itself by in its own statements («مجاهدو المقاومة الإسلامية»، «الكتائب»). */
const SELF_NAMING = new Set(['مقاومه', 'كتاءب', 'حركه', 'تنسيقيه']);

/**
 * True when `key` is a shorter form of the full name `full`: its last words ("عبد الهادي" for "عدي
 * عبد الهادي"), or its first and last word ("بافل طالباني" for "بافل جلال طالباني").
 */
function shorterForm(full: string, key: string): boolean {
  if (full.endsWith(` ${key}`)) return true;
  const [first, last, ...more] = key.split(' ');
  const words = full.split(' ');
  return more.length === 0 && last !== undefined && words.length > 2 && words[0] === first && words.at(-1) === last;
}

/**
 * The registry person quoted in this article whose registry role is the office a phrase names: "رئيس
 * الوزراء" or "رئيس الوزراء العراقي" for the holder of "رئيس الوزراء العراقي"; "القيادي في التيار الصدري
 * في تصريح" for "القيادي في التيار الصدري". Offices of one word ("الوزير") are anaphors, not offices.
 */
function officeHolder(mentions: readonly Mention[], role: string): RegistrySpeaker | undefined {
  const key = nameKey(role);
  if (!key.includes(' ')) return undefined;
  const holds = (r: string | undefined) => {
    const office = r === undefined ? '' : nameKey(r);
    return office.includes(' ') && (office === key || office.startsWith(`${key} `) || key.startsWith(`${office} `));
  };
  for (const m of mentions) {
    const r = m.referent;
    if (r.type === 'person' && r.registry && holds(r.registry.role)) return r.registry;
  }
  return undefined;
}

/**
 * The person an earlier mention named with this office: "مستشار رئيس الوزراء العراقي حسين علاوي" …
 * "وأوضح مستشار رئيس الوزراء العراقي" is Hussein Allawi, whether or not the registry knows him.
 */
function namedWithOffice(earlier: readonly Mention[], phrases: readonly string[], bare: readonly string[]): StatementSpeaker | undefined {
  const keys = [...new Set([...phrases, ...bare].map(officeKey).filter((k) => k.includes(' ')))];
  // The same office, or a fuller form of it: the article's own "رئيس الوزراء" is the one it named.
  const same = (role: string) => keys.some((k) => role === k || role.startsWith(`${k} `));
  return earlier.findLast(
    (e) => e.speaker && e.referent.type === 'person' && e.referent.role !== undefined && same(officeKey(e.referent.role)),
  )?.speaker;
}

/** Words for the one who leads a body: its head, leader, commander or secretary. */
const LEADERS = /^(?:رءيس|رءيسه|زعيم|زعيمه|قاءد|امين)$/u;

/**
 * The body a leader's office names right after its head word: «رئيس الحشد الشعبي», «الأمين العام
 * لحلف الناتو» («العام» and the لـ set aside). Undefined for any other office, or when more stands
 * between («رئيس لجنة الأمن في البرلمان» leads a committee, not the parliament).
 */
function ledBody(registry: Registry, role: string): RegistrySpeaker | undefined {
  const [head = '', ...rest] = role.trim().split(/\s+/u);
  if (!LEADERS.test(bare(wordKey(head)))) return undefined;
  const words = /^(?:ال)?عام$/u.test(wordKey(rest[0] ?? '')) ? rest.slice(1) : rest;
  const body = normalizeArabic(
    words
      .join(' ')
      .replace(/^لل/u, 'ال')
      .replace(/^لـ?\s*/u, ''),
  );
  // The body's name is all there is: «قائد الحشد الشعبي في البصرة» leads a province's units, not the body.
  const all = nameKey(body);
  return registry.findAll(body).find((h) => h.at === 0 && h.key === all && isInstitution(nameKey(h.speaker.name)))?.speaker;
}

/**
 * "وقال أمين حلف الناتو" after "الأمين العام لحلف شمال الأطلنطي ينس ستولتنبرغ", "رئيس الحشد الشعبي"
 * after "رئيس هيئة الحشد الشعبي فالح الفياض": the body's leader the article named, under another
 * form of the office. Not the body itself, which did not speak.
 */
function leaderNamed(
  earlier: readonly Mention[],
  registry: Registry,
  role: string,
  body: RegistrySpeaker | undefined,
  written: string,
): StatementSpeaker | undefined {
  const led = body && ledBody(registry, role);
  if (!led || led.id !== body.id) return undefined;
  // "قائد الحشد الشعبي في البصرة": a place after the office makes it a local leader's.
  const after = nameKey(written).split(nameKey(role))[1]?.trim() ?? '';
  if (/^(?:في|ب|لدي|داخل)(?:\s|$)|^ب\p{L}/u.test(after)) return undefined;
  return earlier.findLast((e) => e.speaker && e.referent.type === 'person' && ledBody(registry, e.referent.role ?? '')?.id === body.id)
    ?.speaker;
}

/**
 * "المتحدثة باسم البنتاغون" after "المتحدثة باسم وزارة الدفاع الأمريكية، سابرينا سينغ": an office written in
 * the feminine is the woman the article named with it (the same body's words, or the same registry
 * office), not the office's usual (male) holder.
 */
function sameWoman(earlier: readonly Mention[], phrase: string, sameOffice: (role: string) => boolean): StatementSpeaker | undefined {
  const [first = '', ...rest] = phrase.trim().split(/\s+/u);
  const head = wordKey(first);
  if (!/^ال\p{L}+ه$/u.test(head) || !hasHead(ROLE_HEADS, head)) return undefined;
  // Of the same body: "المتحدثة باسم البنتاغون" is not "المتحدثة باسم البيت الأبيض".
  const body = new Set(rest.map(wordKey).filter((w) => w.length > 3 && w !== 'باسم' && sidesIn(w).size === 0));
  return earlier.findLast((e) => {
    if (!e.speaker || e.referent.type !== 'person') return false;
    const role = e.referent.role ?? '';
    const [own = '', ...words] = role.split(/\s+/u);
    return wordKey(own) === head && (words.some((w) => body.has(wordKey(w))) || sameOffice(role));
  })?.speaker;
}

/**
 * "وتابع الوزير الإيطالي" after "وزير الدفاع الإيطالي غويدو كروسيتو", "رئيسة الوزراء الدنماركية" after
 * "رئيسة وزراء الدنمارك ميت فريدريكسن": an office noun and a nationality, shorter than the office the
 * article named someone with, is that person. The nationality may be the country's name in the
 * earlier office; every other word of the phrase must be there too.
 */
function byNationality(earlier: readonly Mention[], phrase: string): StatementSpeaker | undefined {
  const words = phrase
    .trim()
    .split(/\s+/u)
    .map((w) => bare(wordKey(w)));
  const [head = '', ...middle] = words;
  const adjective = middle.pop() ?? '';
  const stem = adjective.replace(/يه?$/u, '');
  if (!ROLE_HEADS.has(head) || stem === adjective || stem.length < 3) return undefined;
  // «الرئيس الإيطالي» is not «رئيس الوزراء الإيطالي»: a head, deputy or assistant is told apart by its field.
  if (middle.length === 0 && /^(?:رءيس|رءيسه|ناءب|ناءبه|مساعد|مساعده)$/u.test(head)) return undefined;
  return earlier.findLast((e) => {
    // (The earlier office may have found its holder's name further on: "وزير الدفاع الإيطالي، X بقرار …".)
    const role = e.referent.type === 'person' || e.referent.type === 'office' ? e.referent.role : undefined;
    if (!e.speaker || !role || e.speaker.name === role) return false;
    const [own = '', ...rest] = role.split(/\s+/u).map((w) => bare(wordKey(w)));
    return own === head && rest.some((w) => w.startsWith(stem)) && middle.every((w) => rest.includes(w));
  })?.speaker;
}

/**
 * "زار رئيس حكومة إقليم كوردستان مسرور بارزاني …" … "وقال رئيس الحكومة إن …": a bare office of two words
 * («رئيس الحكومة») after a registry person named before it whose own office opens with the same words
 * in construct («رئيس حكومة …») is that person, not the federal office's holder of the day.
 */
function namedInConstruct(registry: Registry, body: string, sentence: string, phrase: string): StatementSpeaker | undefined {
  const [head = '', second = '', ...more] = nameKey(phrase).split(' ');
  if (more.length > 0 || !second.startsWith('ال')) return undefined;
  const construct = `${head} ${second.slice(2)} `;
  const at = body.indexOf(sentence);
  // The last such head named before decides: "… واستقبل رئيس الوزراء محمد شياع السوداني …" comes between.
  const hit = registry
    .findAll(body.slice(0, Math.max(0, at)))
    .findLast((h) => h.via === 'name' && nameKey(h.speaker.role ?? '').startsWith(`${head} `));
  return hit && nameKey(hit.speaker.role ?? '').startsWith(construct) ? statementSpeaker(hit.speaker) : undefined;
}

/**
 * When a phrase names an office in a bare form ("رئيس الحكومة", no nationality), the office's other
 * bare forms: an article that named "رئيس الوزراء اللبناني X" means X by "رئيس الحكومة". A phrase with
 * its nationality ("رئيس الوزراء العراقي") has none: it never means another country's office.
 */
function bareForms(phrase: string, office: Office | undefined): string[] {
  const nationality = (key: string) => /ي$/u.test(key.split(' ').at(-1) ?? '');
  if (!office || nationality(officeKey(phrase))) return [];
  return [office.name, ...office.aliases].filter((a) => !nationality(officeKey(a)));
}

/** "ميلر" → "ماثيو ميلر": the first place the article writes the surname after a first name. */
function fullName(body: string, surname: string): StatementSpeaker | undefined {
  // Each place the surname stands as a word, then the word before it (found by indexOf: a regular
  // expression with a look-behind over the whole text, once per mention, is slow on long articles).
  // "#فؤاد_حسين": a hashtag joins the name with an underscore.
  const letter = /\p{L}/u;
  let m: { index: number; first: string } | undefined;
  for (let at = body.indexOf(surname); at >= 0 && !m; at = body.indexOf(surname, at + 1)) {
    if (letter.test(body.charAt(at + surname.length))) continue;
    const before = /(?<![\p{L}])(\p{L}{2,})[\s_]+$/u.exec(body.slice(Math.max(0, at - 40), at));
    if (before?.[1]) m = { index: at - before[0].length, first: before[1] };
  }
  const firstName = m?.first;
  if (!m || !firstName || !isNameWord(firstName) || reportingVerb(normalizeArabic(firstName))) return undefined;
  // "الفريق بيير أولسن": a rank right before the name is theirs. Not an office: in "واستقبل الوزير ديرك
  // أولسن" the minister is someone else.
  const title = /(\p{L}+)\s+$/u.exec(body.slice(Math.max(0, m.index - 30), m.index))?.[1];
  return provisional(`${firstName} ${surname}`, title && RANKS.test(bare(wordKey(title))) ? title : undefined);
}

/** An article's words, their lookup keys, and where each key stands: read once per article. */
interface BodyWords {
  words: string[];
  keys: string[];
  at: Map<string, number[]>;
}

const cleanKey = (w: string) => wordKey(w.replace(/^[«"“(]+|[»"”),،.:]+$/gu, ''));

function bodyWords(body: string): BodyWords {
  const words = body.split(/\s+/u).filter(Boolean);
  const keys = words.map(cleanKey);
  const at = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const list = at.get(k);
    if (list) list.push(i);
    else at.set(k, [i]);
  });
  return { words, keys, at };
}

/**
 * The person a text names right after an office, anywhere in it: the office's words in a row, then
 * within eight words a name that opens with a first name ("نائبة مساعد وزير الدفاع لشؤون الشرق
 * الأوسط دانا سترول"). The registry's entry when it knows the name.
 */
function namedInBody(text: BodyWords, phrase: string, registry: Registry): StatementSpeaker | undefined {
  const office = phrase.trim().split(/\s+/u).map(cleanKey);
  if (office.length < 2) return undefined;
  const { words, keys, at: where } = text;
  // Look up the office's rarest word after the first (which may carry و or ل), then check the rest.
  const [j0, positions] = office
    .slice(1)
    .map((k, j) => [j + 1, where.get(k) ?? []] as const)
    .reduce((a, b) => (b[1].length < a[1].length ? b : a));
  const opening = office[0] ?? '';
  for (const p of positions) {
    const i = p - j0;
    const head = keys[i] ?? '';
    if (!(head === opening || head === `و${opening}` || head === `ل${opening}`) || !office.every((k, j) => j === 0 || keys[i + j] === k))
      continue;
    // Between the office and the name only its own words may stand: a nationality, its field or body
    // («لشؤون الشرق الأوسط»، «بمجلس الأمن القومي الأمريكي في البيت الأبيض») and honorifics («آية الله»).
    // Another title ends the search: "استقبل مساعد الوزير رئيس البرلمان X" names the one received.
    let k = i + office.length;
    const ownWord = (key: string) =>
      !hasHead(ROLE_HEADS, key) &&
      (isDefinite(key) || /^(?:في|لدي|لشءون|ايه)$/u.test(key) || /^(?:بال|لل|بم)\p{L}{3,}/u.test(key) || RANKS.test(bare(key)));
    for (let skipped = 0; k < keys.length && skipped < 8 && ownWord(keys[k] ?? '') && !/[.:]$/u.test(words[k - 1] ?? ''); k++) skipped++;
    if (/[.؟!:]$/u.test(words[k - 1] ?? '')) continue;
    // After a comma the name stands in apposition, and must read as one from its first word ("محافظ
    // الأنبار، بحسب مكتبه، إن" has none).
    const apposed = k === i + office.length && /[،,]$/u.test(words[k - 1] ?? '');
    const span: string[] = [];
    for (; k < words.length && span.length < 4; k++) {
      const w = words[k] ?? '';
      if (isDefinite(keys[k] ?? '') && span.length === 0) break;
      span.push(w.replace(/[،,.:]+$/u, ''));
      if (/[،,.:؟!]$/u.test(w)) break;
    }
    const found = findName(span);
    // "وكان مندوب الصين لدى المنظمة نفى ليل الأحد …": the office's own verb, no name.
    if (reportingVerb(wordKey(span[0] ?? '')) !== undefined) continue;
    const reads = !apposed || opensWithFirstName(wordKey(span[0] ?? '')) || RANKS.test(bare(wordKey(span[0] ?? '')));
    const name = found?.start === 0 && reads ? found : undefined;
    if (!name) continue;
    const written = span.slice(name.start, name.end).join(' ');
    const known = registry.findAll(written).find((h) => h.via === 'name' && h.at === 0);
    return known ? statementSpeaker(known.speaker, phrase) : provisional(written, phrase);
  }
  return undefined;
}

/**
 * The person who spoke just before, whom a phrase that only describes («وأشار النائب الجمهوري»، «وتابع
 * عضو لجنة … في مجلس النواب الأمريكي»، «واعتبر الجنرال الإيراني») refers to: a speaker some mention
 * names as a person. Only when the phrase gives that person's side, or follows a continuation verb
 * without a side; never a spokesperson («باسم …»), never after «من جهته» or «في المقابل» (someone
 * else speaks), at most one paragraph back (two when the side agrees).
 */
function personBefore(mentions: readonly Mention[], i: number, phrase: string): Mention | undefined {
  const m = mentions[i];
  const prev = mentions.slice(0, i).findLast((e) => e.speaker !== undefined);
  if (!m || !prev?.speaker || m.attribution.switches || /^\s*و?في\s+المقابل/u.test(m.sentence) || /(?:^|\s)باسم\s/u.test(phrase))
    return undefined;
  const sides = sidesIn(phrase);
  const side = prev.speaker.side;
  if (sides.size === 0 ? !m.attribution.continuation : side === undefined || !sides.has(side)) return undefined;
  if (prev.paragraph < m.paragraph - (sides.size > 0 ? 2 : 1)) return undefined;
  const id = prev.speaker.id;
  const asPerson = (e: Mention) => e.speaker?.id === id && ['person', 'surname', 'office'].includes(e.referent.type);
  return mentions.slice(0, i).some(asPerson) ? prev : undefined;
}

/** True when a phrase opens with a word that only describes its speaker (النائب، العضو، الجنرال). */
const describes = (phrase: string): boolean => DESCRIPTORS.has(bare(wordKey(phrase.trim().split(/\s+/u)[0] ?? '')));

/**
 * "القيادة": the last registry entity named earlier in the article whose name holds that noun, the
 * sentence's own words before the phrase included ("علّقت كتائب حزب الله عملياتها، بحسب بيان صادر عن الجماعة").
 */
function mentionedBefore(registry: Registry, body: string, sentence: string, noun: string, phrase: string): StatementSpeaker | undefined {
  const at = body.indexOf(sentence);
  const before = body.slice(0, Math.max(0, at)) + (at < 0 ? '' : sentence.slice(0, Math.max(0, sentence.indexOf(phrase))));
  const hit = registry
    .findAll(before)
    // The name as the text wrote it: "الهيئة" after "الهيئة التنسيقية للمقاومة" is that committee, which
    // the registry calls «تنسيقية المقاومة العراقية».
    .filter(
      (h) =>
        h.via === 'name' &&
        (nameKey(h.speaker.name).includes(noun) ||
          h.key.includes(noun) ||
          // "… بحث مع نظيره العراقي ثابت العباسي" … "وأوضح الوزير العراقي": a person the registry knows in that office.
          (ROLE_HEADS.has(noun) &&
            nameKey(h.speaker.role ?? '')
              .split(' ')
              .map(bare)
              .includes(noun) &&
            // The nearest one so named wins: not when another of that office («نظيره التركي …») comes after him.
            !nameKey(before)
              .slice(h.at + h.key.length)
              .split(' ')
              .some((w) => bare(w) === noun || /^نظير/u.test(w))) ||
          (GROUP_WORDS.has(noun) &&
            onlyTheNoun(phrase, noun) &&
            isArmedGroup(h.speaker.role) &&
            !namesGroup(nameKey(before).slice(h.at + h.key.length), noun))),
    )
    .at(-1);
  if (hit) return statementSpeaker(hit.speaker);
  const holder = ROLE_HEADS.has(noun) ? officeWithHolder(before, noun, registry) : undefined;
  if (holder) return holder;
  // "السفير الأمريكي" written before is an office someone holds; "المسؤول الأمريكي" an anonymous
  // official, nobody's name.
  return noun === 'مسءول' ? undefined : namedInText(before, noun);
}

/**
 * "هاجم المتحدث الأمني باسم الكتائب، أبو علي العسكري، الحكومة" … "وأكد المتحدث": the office written
 * with its holder's name in a sentence that quoted nobody, read as a speaker phrase is. Only a name:
 * the office alone is not yet anyone.
 */
function officeWithHolder(before: string, noun: string, registry: Registry): StatementSpeaker | undefined {
  const tokens = before.split(/\s+/u);
  const at = tokens.findLastIndex((t) => isDefinite(wordKey(t)) && bare(wordKey(t.replace(/^[وف]/u, ''))) === noun);
  if (at < 0) return undefined;
  // Up to the end of its sentence.
  const words = tokens.slice(at, at + 12);
  const end = words.findIndex((w) => /[.؟?!]$/u.test(w));
  const r = resolvePhrase(words.slice(0, end < 0 ? undefined : end + 1).join(' '), registry);
  // One office, its holder's: a second office word before the name ("هاجم المتحدث باسم الكتائب وزير
  // الخارجية فؤاد حسين") opens the verb's object, someone else.
  const offices =
    r.type === 'person'
      ? (r.role ?? '').split(/\s+/u).filter((w) => opensWithRole([w]) && !/^(?:باسم|ال)?(?:عام|اول|ركن|متقاعد)?$/u.test(wordKey(w))).length
      : 0;
  if (r.type !== 'person' || offices > 1) return undefined;
  if (r.registry) return statementSpeaker(r.registry, r.role);
  return opensWithFirstName(nameKey(r.name)) ? provisional(r.name, r.role) : undefined;
}

/**
 * "الجماعة", "الفصيل العراقي", "الجماعة الموالية لإيران", "بيان صادر عن الجماعة": the group word alone, or with what it is;
 * not a name of its own ("الجماعة الإسلامية في لبنان").
 */
function onlyTheNoun(phrase: string, noun: string): boolean {
  const words = (firstChunks(phrase)[0] ?? []).map((w) => nameKey(w));
  const at = words.findIndex((w) => bare(w) === noun);
  const next = words[at + 1];
  return (
    at >= 0 &&
    (next === undefined || /^ال(?:عراقي|مسلح|موالي|مدعوم|مقرب)ه?$/u.test(next) || NON_NAMES.has(bare(next)) || isPreposition(next))
  );
}

/**
 * True when `text` has the group word `noun` as a word of its own: another group named there
 * ("جماعة الحوثي", "فصيل مسلح آخر"). Not the word with the article alone ("ثم أعلنت المليشيا …"),
 * which refers back to the same group.
 */
function namesGroup(text: string, noun: string): boolean {
  const words = nameKey(text)
    .split(' ')
    .map((w) => (bare(w) === noun ? w : w.replace(/^[وبلف]/u, '')));
  return words.some((w, i) => {
    if (bare(w) !== noun) return false;
    if (!w.startsWith('ال')) return true;
    // «الجماعة الإسلامية في لبنان», «الجماعة المسلحة الأخرى»: the article and a name or adjective after it.
    const next = words[i + 1] ?? '';
    const plain = /^ال(?:عراقيه|مسلحه)$/u.test(next) && !isDefinite(words[i + 2] ?? '');
    return isDefinite(next) && !plain;
  });
}

/** The body's text between the end of one sentence and the start of another (empty if out of order). */
function between(body: string, from: string, to: string): string {
  const start = body.indexOf(from);
  const end = body.indexOf(to);
  return start < 0 || end < 0 || end < start + from.length ? '' : body.slice(start + from.length, end);
}

/** True for a registry role that says its holder is an armed group ("فصيل مسلح عراقي"). */
function isArmedGroup(role: string | undefined): boolean {
  const words = nameKey(role ?? '').split(' ');
  return [...GROUP_WORDS].some((g) => words.includes(g));
}

/**
 * The institution the text named with this head noun, the registry not knowing it: "تبنت ما تسمى
 * بـ«الهيئة التنسيقية للمقاومة العراقية»" … "وقالت الهيئة". The head noun with ال, then the definite
 * words that follow it up to a comma or a closing quote; the last such phrase before the sentence.
 */
function namedInText(before: string, noun: string): StatementSpeaker | undefined {
  const tokens = before.split(/\s+/u).filter(Boolean);
  // A word without the punctuation that closes it ("الجماعة،", "العراقية»").
  const stripped = (token: string) => token.replace(/["»”،,.:؛]+$/u, '');
  for (let i = tokens.length - 2; i >= 0; i--) {
    const head = (tokens[i] ?? '').replace(/^[وفبل]?ـ?["«“]*/u, '');
    const word = stripped(head);
    if (bare(wordKey(word)) !== noun || !isDefinite(wordKey(word))) continue;
    // "بحسب بيان صادر عن الجماعة، الثلاثاء": the noun alone, and what follows the comma is not its name.
    if (word !== head) continue;
    const name = [word];
    for (let j = i + 1; j < tokens.length && name.length < 6; j++) {
      const token = tokens[j] ?? '';
      if (token.startsWith('(')) break; // "المقاومة (المليشيات المسلحة)": an aside, not the name
      const clean = stripped(token);
      if (!isDefinite(wordKey(clean)) || weekdayNumber(wordKey(clean)) !== undefined) break;
      name.push(clean);
      if (clean !== token) break;
    }
    if (name.length > 1) return provisional(name.join(' ').replace(/["«“»”]/gu, ''));
  }
  return undefined;
}

/** True when a speaker phrase is its noun alone ("التحالف،", not "التحالف بقيادة السعودية"). */
const alone = (phrase: string): boolean => headPhrase(firstChunks(phrase)[0] ?? []).length === 1;

/** True when a text names an alliance or bloc other than the international coalition («تحالف الفتح», «الإطار التنسيقي»), or tells of Yemen's war, where «التحالف» is the Saudi-led one. */
const otherAlliances = (text: string): boolean =>
  /(?:^|\s)(?:[وبلف]?تحالف\s+\S|[وبلف]?(?:ال)?(?:ايتلاف|اءتلاف|كتله|تيار|اطار)\s|[وبلف]?التحالف\s+(?:العربي|بقياده|الذي\s+تقوده\s+السعوديه)|الحوثي|الحوثيين|الحوثيون|اليمن|صنعاء|السعوديه)/u.test(
    nameKey(text),
  );

/**
 * "يقول التحالف إنه …" with no coalition named before: the one institution the registry knows under
 * a fuller name among the affiliations of the spokespeople this short name («التحالف») is given for.
 */
function entityOfAffiliation(registry: Registry, name: string): StatementSpeaker | undefined {
  const key = nameKey(name);
  const entities = new Map<string, RegistrySpeaker>();
  for (const hit of registry.findAll(name)) {
    if (hit.via !== 'affiliation' || hit.at !== 0 || hit.key !== key) continue;
    for (const affiliation of hit.speaker.affiliations ?? []) {
      const entity = registry
        .findAll(affiliation)
        .find((h) => h.via === 'name' && h.at === 0 && h.key === nameKey(affiliation) && isInstitution(nameKey(h.speaker.name)));
      if (entity) entities.set(entity.speaker.id, entity.speaker);
    }
  }
  const [only] = entities.values();
  return entities.size === 1 && only ? statementSpeaker(only) : undefined;
}
