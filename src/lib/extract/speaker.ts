/**
 * Who a speaker phrase names. "المتحدث باسم التحالف الدولي مايلز مايلز كاجينز
 * لكوردستان 24" is Myles Caggins with the role "المتحدث باسم التحالف الدولي";
 * "القيادة" is an institution named earlier; "مصادر مطلعة" is nobody. Phrases
 * the registry does not know still give a provisional speaker: a personal
 * name is read from the end of the phrase, where Arabic news puts it, after
 * the office, rank and institution.
 */
import slugify from '@sindresorhus/slugify';
import { normalizeArabic, wordKey } from '../arabic/normalize.ts';
import { findOutlet } from '../import/outlets.ts';
import {
  bare,
  DOCUMENTS,
  hasHead,
  INSTITUTION_HEADS,
  isDefinite,
  NON_NAMES,
  isInstitution,
  isTitleHead,
  NOT_SPEAKERS,
  OTHER_NATIONS,
  PLACES,
  ROLE_HEADS,
  titleBeforeSurname,
} from '../speakers/lexicon.ts';
import { nameKey, type Registry, type RegistryHit } from '../speakers/registry.ts';
import type { Office } from '../speakers/offices.ts';
import { opensWithFirstName } from '../speakers/names.ts';
import type { RegistrySpeaker, Side } from '../speakers/types.ts';
import { appositionName, firstChunks, officeGoesOn } from './chunks.ts';
import { findName, headPhrase, isNameWord, isPreposition, leadingName, nameStart, nameWord, opensWithRole } from './name-words.ts';
import {
  GROUP_PLURALS,
  GROUP_WORDS,
  institutionName,
  ISSUED,
  JOINT,
  jointStatement,
  groupName,
  NATIONALITY,
  sideOf,
  qualified,
  sameName,
  STATEMENT_OF,
  subjectOf,
} from './phrase-shapes.ts';

/** What a phrase refers to. */
export type Referent =
  | { type: 'person'; registry?: RegistrySpeaker; name: string; role?: string; surname?: string }
  | { type: 'institution'; registry?: RegistrySpeaker; name: string; key: string; role?: string }
  | { type: 'office'; role: string; key: string; phrase: string; office?: Office }
  | { type: 'surname'; word: string }
  | { type: 'anaphor'; noun: string; institution: boolean; name?: string; nationality?: Side; kind?: string }
  | { type: 'authorities'; side: Side; name: string }
  | { type: 'none' }
  | { type: 'skip'; reason: string };

/** True when a phrase opens with an office or an institution: the kind of subject that may stand before its verb. */
export function opensWithTitle(phrase: string): boolean {
  return isTitleHead(wordKey(phrase.trim().split(/\s+/u)[0] ?? ''));
}

/** Offices that serve someone: an adviser, an assistant, a spokesperson, an envoy, a representative, a secretary. */
const SERVES = /^(?:ال)?(?:مستشار|مستشاره|مساعد|مساعده|متحدث|متحدثه|ناطق|ناطقه|مبعوث|مبعوثه|ممثل|ممثله|سكرتير|سكرتيره)$/u;

/**
 * Verbal nouns of the derived shapes (folded): إفعال «اطلاق»، افتعال «انتقاد»، استفعال «استهداف»،
 * تفعيل «تصعيد»، مفاعلة «مطالبه». A name seldom has them; after a name they open the verb's object.
 */
const VERBAL_NOUN = /^(?:ا\p{L}{2}ا\p{L}|ا\p{L}ت\p{L}ا\p{L}|است\p{L}{2}ا\p{L}|ت\p{L}{2}ي\p{L}|م\p{L}ا\p{L}{2}ه)$/u;

/**
 * True when the phrase opens with one name word no lexicon knows (no first name, office or body), and
 * the words after it read as the verb's object: a verbal noun («استعداد», «انسحاب»), or a noun with a
 * possessive ending («بعثته», «بلاده»; not «الله», which ends names).
 */
function loneSurnameThenObject(first: readonly string[]): boolean {
  const key = wordKey(first[0] ?? '');
  if (first.length < 2 || isDefinite(key) || opensWithFirstName(key) || isTitleHead(key) || !nameWord(first, 0)) return false;
  const possessive = (w: string | undefined) => {
    const plain = (w ?? '').replace(/[^\p{L}]/gu, '');
    return plain.length >= 4 && /(?:ه|ها|هم|هما)$/u.test(plain) && !plain.endsWith('الله');
  };
  const next = wordKey(first[1] ?? '');
  return VERBAL_NOUN.test(next) || /^ا\p{L}{3}ا\p{L}$/u.test(next) || possessive(first[1]) || possessive(first[2]);
}

/** True for a registry person whose office serves someone (an envoy, a spokesperson): «المبعوث الخاص …». */
const servesSomeone = (speaker: RegistrySpeaker): boolean => SERVES.test(wordKey(speaker.role?.split(/\s+/u)[0] ?? ''));

/** Plurals of bodies, definite: the armed groups' («الفصائل», «الجماعات»), «القوى», «الأطراف», «الكتل», «الأحزاب». */
const VAGUE_PLURALS: ReadonlySet<string> = new Set([...GROUP_PLURALS, 'القوي', 'الاطراف', 'الكتل', 'الاحزاب']);

/** Resolve a speaker phrase against the registry and the lexicons. */
export function resolvePhrase(written: string, registry: Registry): Referent {
  // "لويد ج. أوستن": a middle initial is no part of how the registry or a reader knows the name.
  // "المتحدث ذاته", "الوزير نفسه": the same one as before, an anaphor like "المتحدث".
  // "… تلقت (رووداو) نسخة منه": who received the statement is no part of whose it is.
  const phrase = written
    .replace(/(^|\s)\p{L}\.(?=\s)/gu, '$1')
    .replace(/\s+(?:ذاته|ذاتها|نفسه|نفسها)(?=[\s،,]*$)/u, '')
    .replace(/\s+(?:تلقت|تلقى|تلقّت|تلقّى)\s.*$/u, '')
    // "أما النائب X، …، فقال": «أما» (as for) sets the subject apart, and is no part of it.
    .replace(/^\s*و?أما\s+/u, '')
    // "السيد رئيس مجلس الوزراء", "فخامة رئيس الجمهورية": an honorific before an office is no part of it.
    .replace(
      /^\s*(?:ال)?(?:سيد|سيدة|سيده|فخامة|فخامه|معالي|سعادة|سعاده|دولة|دوله|سيادة|سياده)\s+(?=(?:ال)?(?:رئيس|رئيسة|وزير|وزيرة|سفير|سفيرة|نائب|الأمين|الامين|القائد|المتحدث)(?:\s|$))/u,
      '',
    );
  const folded = normalizeArabic(phrase.trim());
  const sent = sentTo(phrase, registry);
  if (sent) return sent;
  const joint = jointStatement(folded);
  if (joint) {
    const known = registry.findAll(joint).find((h) => h.via === 'name' && h.at === 0);
    return { type: 'institution', ...(known ? { registry: known.speaker } : {}), name: known?.speaker.name ?? joint, key: nameKey(joint) };
  }
  if (JOINT.test(folded) && !ISSUED.test(folded)) return { type: 'skip', reason: 'a joint statement' };
  const issued = ISSUED.exec(folded);
  if (issued) {
    const rest = phrase.trim().split(/\s+/u).slice(issued[0].trim().split(' ').length).join(' ');
    return /^ال?حكومتين|^الجانبين|^البلدين/u.test(normalizeArabic(rest))
      ? { type: 'skip', reason: 'a joint statement' }
      : resolvePhrase(rest, registry);
  }
  if (STATEMENT_OF.test(folded)) {
    const rest = phrase.trim().split(/\s+/u).slice(1).join(' ');
    return resolvePhrase(
      rest
        .replace(/^باسم\s+/u, '')
        .replace(/^لـ?\s*(?=["«“])|^لـ?\s+/u, '')
        .replace(/^لل/u, 'ال')
        .replace(/^ل/u, '')
        // "بيان للقيادة نشرته على موقعها": the issuer ends where the verb that put it out begins.
        .replace(/\s+(?:نشرته|نشره|نشرها|أصدرته|أصدره|أصدرها|اصدرته|اصدره|اصدرها|بثته|بثه|وزعته|وزعه|تلقته|تلقاه)(?:\s.*)?$/u, ''),
      registry,
    );
  }
  // "المكتب الإعلامي لرئيس الوزراء", "المكتب الإعلامي في رئاسة الجمهورية", "الدائرة الإعلامية لمجلس النواب":
  // an office speaks through its media office.
  const mediaOffice = /^(?:(?:ال)?مكتب\s+(?:ال)?اعلامي|(?:ال)?داءره\s+(?:ال)?اعلاميه)\s+(?:في\s+|لـ?\s*(?=\p{L}{3}))/u.exec(folded);
  if (mediaOffice) {
    const words = phrase.trim().split(/\s+/u);
    // "في X", "لX", "للX", "لـX" or "لـ X": the owner's words after the preposition.
    const glued = (words[2] ?? '').replace(/^لل/u, 'ال').replace(/^لـ?/u, '');
    const after = mediaOffice[0].trim().endsWith('في') || glued === '' ? words.slice(3) : [glued, ...words.slice(3)];
    const owner = resolvePhrase(after.join(' '), registry);
    // ("المكتب الإعلامي للنجيفي": a family name, the person the article named in full.)
    if (['person', 'office', 'institution', 'anaphor', 'surname'].includes(owner.type)) return owner;
  }
  // "مكتب رئيس حكومة إقليم كوردستان", "مكتب السيستاني": an office or a person speaks through their office.
  if (/^مكتب\s+\S/u.test(folded) && !mediaOffice) {
    const owner = resolvePhrase(phrase.trim().split(/\s+/u).slice(1).join(' '), registry);
    // A person the registry knows or who bears a first name, or an office it knows; not «مكتب حقوق الإنسان».
    const named = owner.type === 'person' && (owner.registry !== undefined || opensWithFirstName(nameKey(owner.name)));
    if (named || (owner.type === 'office' && owner.office)) return owner;
  }
  // "«المقاومة الإسلامية – سرايا أولياء الدم»": an umbrella's name, a dash (or a slash), then the one group within
  // it that spoke, by name. Not a dash that opens an aside ("خلية الإعلام الأمني – التابعة لقيادة
  // العمليات المشتركة –", "أبو آلاء الولائي - الأمين العام لكتائب …"): the subject is before it.
  const dashed = /[-–—/]/u.test(phrase) ? /^(\S.*?)\s*[-–—/]\s*(\S.*)$/u.exec(phrase.trim().replace(/^["«“]|["»”]$/gu, '')) : null;
  if (dashed?.[1] && dashed[2] && /^(?:ال)?مقاومه(?:\s|$)/u.test(normalizeArabic(dashed[1]))) {
    const group = registry.findAll(dashed[2]).find((h) => h.at === 0 && h.via === 'name' && isInstitution(nameKey(h.speaker.name)));
    if (group) return { type: 'institution', registry: group.speaker, name: group.speaker.name, key: nameKey(group.speaker.name) };
  }
  // "وأكد الجانبان / الوزيران أهمية بعثة الناتو": two unnamed sides speak; what follows is the object.
  const opener = phrase.trim().split(/\s+/u, 1)[0] ?? '';
  if (/(?:ان|ين)$/u.test(opener) && /^[وف]?ال(?:جانب|طرف|وزير|بلد|رءيس|زعيم|قاءد|مسءول)(?:ان|ين)$/u.test(wordKey(opener)))
    return { type: 'skip', reason: 'both sides, unnamed' };
  const [chunk, rest] = firstChunks(phrase);
  const first = subjectOf(chunk);
  const second = rest[0];
  if (first.length === 0) return { type: 'none' };
  const head = headPhrase(first);
  const core = (head.length > 0 ? head : first).join(' ');
  const key = nameKey(core);
  const firstKey = wordKey(first[0] ?? '');

  // "مسؤول المكتب الأمني في الكتائب، أبو علي العسكري": an official with a name is no anonymous source.
  // Not sources: "وقالت المصادر الأنباء … عن مغادرة السفير، ماثيو تولر، …" names the one they speak of.
  const sources = /^(?:ال)?مصادر(?:\s|$)|^المصدر(?:\s|$)/u.test(key);
  // Not an office the registry knows by these words: «مسؤول السياسة الخارجية في الاتحاد الأوروبي».
  // (With its holder's name after it: the longest opening words that name the office.)
  const knownOffice = () => first.some((_, k) => k >= 1 && registry.offices.find(first.slice(0, k + 1).join(' ')) !== undefined);
  // "مسؤول إعلام قضاء هيت سعد خليل": an official of some body, then his name, is named.
  // So is an officer ("ضابط الاستخبارات الأمريكي السابق سكوت ريتر").
  const official = /^(?:مسءول(?:ه)?|ضابط)\s/u.test(key) ? findName(first) : undefined;
  const namedOfficial = official !== undefined && official.start >= 2 && opensWithFirstName(nameKey(first[official.start] ?? ''));
  if (NOT_SPEAKERS.some((re) => re.test(key)) && (sources || !appositionName(rest, registry)) && !knownOffice() && !namedOfficial)
    return { type: 'skip', reason: 'anonymous or media source' };
  // "وأضاف المسؤول العسكري": whoever the article called «المسؤول» before; an anonymous official is nobody.
  const ofInstitution = first.some((w, i) => i > 0 && hasHead(INSTITUTION_HEADS, wordKey(w))) || registry.findAll(core).length > 0;
  if (/^ال(?:مسءول|مسءوله)(?:\s|$)/u.test(key) && !ofInstitution && !findName(first) && !appositionName(rest, registry))
    return { type: 'anaphor', noun: 'مسءول', institution: false };
  // "فصائل عراقية مسلحة موالية لطهران", "جماعة مسلحة": a group described, not named, is nobody in particular.
  const described = /^(?:\p{L}+[هي]|مسلح)$/u.test(wordKey(first[1] ?? '')) && !isDefinite(wordKey(first[1] ?? ''));
  const known = groupName(folded);
  // "قوة أمنية عراقية": a force described, not named, is nobody in particular too.
  const force = firstKey === 'قوه' && /^\p{L}+[^ا]يه?$/u.test(wordKey(first[1] ?? '')) && !isDefinite(wordKey(first[1] ?? ''));
  if (((GROUP_WORDS.has(firstKey) && described) || force) && !known) return { type: 'skip', reason: 'an unnamed group' };
  // "وكررت الفصائل المسلحة العراقية دعوتها", "واستنكرت الفصائل العراقية المختلفة", "ونددت القوى العراقية بـ": many bodies, described by
  // adjectives and named by none, are nobody in particular (not «الفصائل «كتائب حزب الله»», which names one).
  if (VAGUE_PLURALS.has(firstKey) && !known && registry.findAll(head.join(' ')).length === 0) {
    // "الفصائل المنضوية في تنسيقية المقاومة", "…، في بيان صادر عن تنسيقية المقاومة،": the body named after
    // them speaks for them.
    const words = phrase.trim().replace(/[،,]/gu, ' ').split(/\s+/u);
    const cue = words.findIndex((w, i) => i > 0 && /^(?:المنضويه|المنضوين|صادر|الصادر)$/u.test(wordKey(w)));
    const after = cue < 0 ? [] : words.slice(cue + 1);
    while (after.length > 0 && /^(?:في|تحت|عن|مسمي|اسم|راي?ه|لواء)$/u.test(wordKey(after[0] ?? ''))) after.shift();
    const named = after.length > 0 ? resolvePhrase(after.join(' '), registry) : undefined;
    if (named?.type === 'institution') return named;
    return { type: 'skip', reason: 'an unnamed collective' };
  }
  // "الميليشيات … التي تطلق على نفسها «المقاومة الإسلامية في العراق»": the name it gives itself.
  if (known) {
    // The name as written: the folded phrase has the same words as the original, so count them; a
    // name glued to «بـ» ("بـ«سرايا …»") starts inside its word, whose first letters are dropped.
    const words = folded.slice(0, known.start).split(/\s+/u);
    const partial = words.at(-1) ?? '';
    const original = phrase.trim().split(/\s+/u);
    const named = resolvePhrase(
      [(original[words.length - 1] ?? '').replace(partial === '' ? '' : /^بـ?["«“]?/u, ''), ...original.slice(words.length)]
        .join(' ')
        .trim(),
      registry,
    );
    // A group's name, however much it reads like a person's ("سرايا أولياء الدم").
    return named.type === 'person' && !named.registry ? { type: 'institution', name: named.name, key: nameKey(named.name) } : named;
  }
  // "دانا نيوز", "بغداد اليوم برس": a name that ends as outlets' names do is an outlet's.
  if (findOutlet(core) || /(?:^|\s)(?:نيوز|برس|بوست|تايمز|ميديا)$/u.test(normalizeArabic(headPhrase(first).join(' '))))
    return { type: 'skip', reason: 'a news outlet' };
  // ("أعلن إقليم كوردستان": the region, as vague as a country; its government or presidency speaks.)
  if (PLACES.has(key) || PLACES.has(firstKey) || /^اقليم\s+(?:كردستان|كوردستان)(?:\s+العراق)?$/u.test(key))
    return { type: 'skip', reason: 'a country or capital' };
  // "وطالب البيان الرئيس الأميركي بعدم …": the document is the subject, the definite noun after it
  // its object (not «بيان الرئيس», the president's statement). Its author speaks, as for «البيان» alone.
  // An office or a body after it ("البيان الرئيس", "الرسالة الحكومة"), not an adjective or a participle
  // ("التقرير السنوي", "البيان الصادر عن …").
  const objectAfter = isDefinite(wordKey(first[1] ?? '')) && isTitleHead(wordKey(first[1] ?? ''));
  if (DOCUMENTS.has(key) || (DOCUMENTS.has(firstKey) && objectAfter)) return { type: 'none' };

  // "ورحب وزير الخارجية الأمريكي بدعوة رئيس الوزراء السوداني": an office the registry knows, then its
  // object (بـ/لـ …): the office speaks, whoever the object names.
  // Not when a name stands in apposition after it ("…البنتاغون، ليلى هاينز،").
  const prefix = appositionName(rest, registry) || abroad(chunk) ? undefined : officeBeforeObject(chunk, registry);
  if (prefix)
    return {
      type: 'office',
      role: prefix.words.join(' '),
      key: nameKey(prefix.words.join(' ')),
      phrase: prefix.words.join(' '),
      office: prefix.office,
    };
  // "مجلس النواب الأمريكي" is not Iraq's «مجلس النواب»: a nationality after a name of one side's body.
  const hits = registry.findAll(first.join(' ')).filter((h) => !ofAnotherSide(h, nameKey(first.join(' '))));
  const person = hits.find((h) => h.via === 'name' && !isInstitution(nameKey(h.speaker.name)));
  // A registry surname alone ("الخفاجي") must not take over another person with that surname ("حسن الخفاجي").
  const full = findName(first);
  const fullName = full ? first.slice(full.start, full.end).join(' ') : '';
  const namesOf = (p: RegistrySpeaker) => [p.name, ...p.aliases].map(nameKey);
  // "جان بيير دوبوا": a registry family name of two words («جان بيير») that the written name goes on
  // past is the start of someone else's.
  const fullKey = nameKey(fullName);
  // Not when what follows is a verbal noun, the verb's object ("واعتبر عبد المهدي إطلاق القذائف عملاً …").
  const goesOnPast = (key: string) => {
    const at = ` ${fullKey} `.indexOf(` ${key} `);
    const next =
      fullKey
        .slice(at + key.length)
        .trim()
        .split(' ')[0] ?? '';
    return at >= 0 && at + key.length < fullKey.length && !VERBAL_NOUN.test(next);
  };
  const otherPerson =
    person &&
    full &&
    ((!person.key.includes(' ') &&
      fullKey.endsWith(person.key) &&
      !namesOf(person.speaker).some((n) => n.includes(' ') && sameName(fullKey, n))) ||
      (person.key.includes(' ') &&
        goesOnPast(person.key) &&
        // Only a family name of two words: after a full name («عادل عبد المهدي استلامه …») come its object's words.
        namesOf(person.speaker).some((n) => n.endsWith(` ${person.key}`)) &&
        !namesOf(person.speaker).includes(fullKey)));
  // "فرهاد علاء الدين المستشار السياسي لرئيس الوزراء محمد شياع السوداني": the name that opens the phrase
  // speaks; the registry person named inside the office after it is whom he advises.
  const lead = leadingName(first);
  const inRole = person && lead && wordsBefore(first, person.key) >= lead.end;
  const entity = (h: RegistryHit) => h.via === 'affiliation' || isInstitution(nameKey(h.speaker.name));
  // "حركة «كتائب حزب الله» الموالية للمرشد علي خامنئي": a group word, then the group's registry name; the
  // person named in what describes it does not speak.
  const quotedGroup = hits.find(
    (h) => entity(h) && h.at > 0 && h.at <= nameKey(first[0] ?? '').length + 2 && INSTITUTION_HEADS.has(bare(firstKey)),
  );
  if (quotedGroup && (!person || person.at > quotedGroup.at)) {
    // "وذكرت قوات التحالف" after "قوات التحالف الدولي": a head noun on a word that is only some
    // spokesperson's affiliation refers back like the word alone ("وأعلن التحالف", below).
    const lone =
      quotedGroup.via === 'affiliation' && !quotedGroup.key.includes(' ') && key === `${nameKey(first[0] ?? '')} ${quotedGroup.key}`;
    // Forces are a military coalition's: not «تحالف الفتح», a bloc in parliament.
    if (lone) return { type: 'anaphor', noun: bare(quotedGroup.key), institution: true, name: core, kind: 'دولي' };
    return institutionOf(quotedGroup, core);
  }
  // "مستشار الرئيس الأمريكي دونالد ترامب غابرييل صوما": a personal name after the registry person closes
  // the office, and is its holder.
  const afterPerson = person ? first.slice(wordsBefore(first, person.key) + person.key.split(' ').length) : [];
  // Only an office that serves someone (adviser, spokesperson, envoy): in "وأبلغ وزير الخارجية أنتوني
  // بلينكن فؤاد حسين أن …" the minister is Blinken and the name after him the one told.
  const serves = SERVES.test(firstKey);
  const holder =
    person &&
    serves &&
    afterPerson.length >= 2 &&
    opensWithFirstName(nameKey(afterPerson[0] ?? '')) &&
    nameStart(afterPerson) === 0 &&
    registry.findAll(afterPerson.join(' ')).length === 0
      ? afterPerson.join(' ')
      : undefined;
  if (holder) return { type: 'person', name: holder, role: first.slice(0, first.length - afterPerson.length).join(' ') };
  // "المبعوث الخاص للرئيس الأمريكي دونالد ترامب، مارك سافايا،": the holder after a comma.
  const besides = person && serves && afterPerson.length === 0 && second ? appositionName(rest, registry, true) : undefined;
  // Not the one told («وأبلغ مبعوث … ترامب، محمد شياع السوداني، بأن …»): a registry person after the comma
  // holds an office that serves too.
  const told = besides && registry.findAll(besides.name.join(' ')).find((h) => h.via === 'name' && !isInstitution(nameKey(h.speaker.name)));
  if (besides && (!told || servesSomeone(told.speaker))) return personInApposition(first, besides, registry);
  // "حكومة السوداني", "إدارة بايدن": the government a person heads, the registry's of his side.
  const ruled =
    person && /^(?:حكومه|اداره)$/u.test(bare(firstKey)) && wordsBefore(first, person.key) === 1
      ? governmentOf(registry, bare(firstKey), person.speaker)
      : undefined;
  if (ruled) return { type: 'institution', registry: ruled, name: ruled.name, key: nameKey(ruled.name) };
  // "أشادت الحكومة العراقية بمواقف مبعوث ترامب": a phrase that opens with a registry body is that body;
  // a person named after it, past a word with بـ on it, is the verb's object.
  const body = hits[0];
  const past =
    person && body && body !== person && body.at === 0 && entity(body)
      ? first.slice(body.key.split(' ').length, wordsBefore(first, person.key))
      : [];
  if (body && past.some((w) => /^ب\p{L}{3,}/u.test(wordKey(w)) && !/^بال/u.test(wordKey(w)))) return institutionOf(body, core);
  // "مبعوث ترامب إلى العراق", "متحدث عسكري باسم رئيس الوزراء محمد شياع السوداني": with no holder named,
  // the registry person is the one served; an office the registry knows speaks, through its holder of the day.
  // (Not the spokesperson or envoy himself: "المتحدث باسم الكتائب محمد محيي", whose registry role is one.)
  const himself = person !== undefined && servesSomeone(person.speaker);
  // An office the registry does not know speaks for the one it serves: «المتحدث باسم الرئيس العراقي برهم
  // صالح» is the president's words.
  const servedBy =
    person && serves && !himself && !otherPerson && !inRole && afterPerson.every((w) => !isNameWord(w))
      ? (registry.offices.find(first.join(' ')) ?? registry.offices.find(first.slice(0, wordsBefore(first, person.key)).join(' ')))
      : undefined;
  if (servedBy) return { type: 'office', role: core, key, phrase: first.join(' '), office: servedBy };
  if (person && !otherPerson && !inRole) {
    const role = first.slice(0, wordsBefore(first, person.key)).join(' ');
    // Found by the surname alone: the article may name someone else of that surname (article.ts).
    const bySurname = !person.key.includes(' ') && !namesOf(person.speaker).includes(person.key);
    return {
      type: 'person',
      registry: person.speaker,
      name: person.speaker.name,
      ...(role ? { role } : {}),
      ...(bySurname ? { surname: first.find((w) => nameKey(w) === person.key) ?? person.key } : {}),
    };
  }

  // A phrase that opens with a registry entity is that entity: what follows is its object or its words
  // ("ووصفت الوزارة مخرجات الحوار بأنها", "دعا التيار الصدري إلى ضبط النفس"), never a person's name.
  const opening = hits[0];
  // "وأعلن التحالف": one noun that is only some spokesperson's affiliation refers back to the entity
  // the article named in full ("التحالف الدولي"); see the anaphors below.
  const loneNoun = head.length === 1 && opening?.via === 'affiliation' && isDefinite(firstKey) && INSTITUTION_HEADS.has(bare(firstKey));
  if (opening && opening.at === 0 && entity(opening) && !loneNoun) return institutionOf(opening, core);
  if (loneNoun) return { type: 'anaphor', noun: bare(firstKey), institution: true, name: core };
  // "رئاسة الجمهورية" with no country: the presidency the article named ("الرئاسة العراقية"), else itself.
  if (key === 'رءاسه الجمهوريه') return { type: 'anaphor', noun: 'رءاسه', institution: true, name: core };
  // "رئيس الوزراء العراقي، محمد شياع السوداني، إن": a registry person in apposition, after a comma. This
  // comes before reading a name off the first chunk, whose words may only look like one ("لحلف شمال الأطلسي").
  // "المستشار الخاص لرئيس الوزراء، محمد شياع السوداني، لشؤون الأمن، فرهاد علاء الدين": the office goes
  // on after the first name, and the speaker's name follows.
  const later = second && officeGoesOn(rest, 0) ? appositionName(rest, registry, true) : undefined;
  if (later) return personInApposition(first, later, registry);
  const appositive = second && !officeGoesOn(rest, 0) ? registryPerson(registry, second) : undefined;
  if (appositive) return { type: 'person', registry: appositive, name: appositive.name, role: first.join(' ') };
  // "أفاد متحدث باسم قوات الحشد الشعبي بمقتل …": a spokesperson of an entity the registry knows; the
  // words after its name are the verb's object, however much they look like a name, unless they open
  // with a first name ("متحدث باسم الحشد الشعبي مهند العقابي").
  const entityHit = aSpokespersonOf(first)
    ? hits.find((h) => entity(h) && h.at === nameKey(first.slice(0, 2).join(' ')).length + 1)
    : undefined;
  const nameAfter = entityHit && opensWithFirstName(nameKey(first[2 + entityHit.key.split(' ').length] ?? ''));
  if (entityHit && !nameAfter) return institutionOf(entityHit, core);
  // "الأمين العام لحلف شمال الأطلسي": an office the registry knows by these very words is that office,
  // though its last words read like a name ("شمال الأطلسي").
  // Not when a name or an office follows after a comma ("…، الضابطة، جيسيكا ماكنولتي").
  const whole =
    !opensWithRole(first) || rest.some((c) => opensWithRole(c) || opensWithFirstName(nameKey(c[0] ?? '')))
      ? undefined
      : registry.offices.find(first.join(' '));
  if (whole && !aSpokespersonOf(first)) return { type: 'office', role: core, key, phrase: first.join(' '), office: whole };
  // "وأكد إيانوتشي استعداد بعثته …": a lone family name, then the verb's object (a verbal noun, or a
  // noun with a possessive ending): the person the article named before.
  if (loneSurnameThenObject(chunk)) return { type: 'surname', word: first[0] ?? '' };
  const found = findName(first);
  // "زعيم ميليشيات «عصائب أهل الحق»": the name after a group word is the group's, never a person's.
  const groupAt = found && found.start > 0 && GROUP_WORDS.has(bare(wordKey(first[found.start - 1] ?? ''))) ? found.start - 1 : -1;
  // "وزير الدفاع بجهود القوات في تأمين الزيارة", "اللواء هنتزي عن تطور العلاقة": words right after a
  // preposition are its object, never the speaker's name.
  const afterPreposition =
    found !== undefined &&
    found.start > 0 &&
    isPreposition(first[found.start - 1] ?? '') &&
    wordKey(first[found.start - 1] ?? '') !== 'باسم';
  const name = groupAt < 0 && !afterPreposition ? found : undefined;
  // "رئيس الوزراء العراقي", "القائد العام للقوات المسلحة", "رئاسة الوزراء": an office the registry
  // knows, named without its holder. Who held it is settled with the statement's day (article.ts).
  // "متحدث باسم وزارة الدفاع" is a spokesperson, not the spokesperson: the ministry speaks, not the office's holder.
  const aSpokesperson = aSpokespersonOf(first);
  const office =
    name || aSpokesperson || appositionName(rest, registry) || abroad(first)
      ? undefined
      : (registry.offices.find(first.join(' ')) ?? registry.offices.find(core));
  if (office) return { type: 'office', role: core, key, phrase: first.join(' '), office };
  // The words of a registry entity's name ("التحالف الدولي ضد داعش", "ائتلاف دولة القانون") are not a person's.
  // "خلية الإعلام الأمني العراقي لاحقا استهداف …": an institution speaks; words after its name are the
  // verb's object, never a person, unless an office stands between ("وزارة الدفاع، المتحدث باسمها …").
  const own = name && institutionName(first, name);
  if (own) return { type: 'institution', name: own, key: nameKey(own) };
  if (name && !hits.some((h) => entity(h) && overlaps(first.slice(name.start, name.end), h.key))) {
    const person = personFrom(first, name);
    // "أدريان واتسون، المتحدثة باسم مجلس الأمن القومي، إن": the office follows the name, after a comma.
    const after = rest[0];
    if (person.type === 'person' && !person.role && name.start === 0 && after && opensWithRole(after))
      return { ...person, role: after.join(' ') };
    return person;
  }
  // "رئيس الوزراء العراقي، محمد شياع السوداني، إن": the name stands in apposition after a comma.
  const apposition = appositionName(rest, registry, opensWithRole(first));
  if (apposition) return personInApposition(first, apposition, registry);

  if (groupAt >= 0 && found) {
    const group = first.slice(groupAt, found.end).join(' ');
    return { type: 'institution', name: group, key: nameKey(group) };
  }

  // "المسؤولة في البنتاغون": an unnamed official of an institution speaks as the institution.
  const of =
    head.length === 1 && /^(?:في|باسم|لدي)$/u.test(wordKey(first[1] ?? '')) ? registry.findAll(first.slice(2).join(' ')).at(0) : undefined;
  // "ضابط في وزارة الدفاع", "قيادي في الحشد": one of its people, unnamed, is an anonymous source, not
  // the body; a spokesperson ("متحدث باسم …") and "المسؤولة في البنتاغون" (the one named before) speak for it.
  if (of && !isDefinite(firstKey) && !/^(?:متحدث|متحدثه|ناطق|ناطقه)$/u.test(bare(firstKey)))
    return { type: 'skip', reason: 'anonymous or media source' };
  if (of) {
    return {
      type: 'institution',
      ...(of.via === 'name' ? { registry: of.speaker } : {}),
      name: first.slice(2).join(' '),
      key: of.key,
      role: first.join(' '),
    };
  }
  // "وذكر الفصيل العراقي": a group word with an adjective refers back to the group named before.
  // So does one with what it is loyal to ("وتبنت الجماعة المدعومة من طهران").
  const loyal =
    head.length === 3 && /^ال(?:مواليه|مدعومه|مقربه)$/u.test(wordKey(head[1] ?? '')) && /^ل\p{L}{3,}/u.test(wordKey(head[2] ?? ''));
  const describedGroup =
    (head.length === 2 || loyal) &&
    isDefinite(firstKey) &&
    GROUP_WORDS.has(bare(firstKey)) &&
    isDefinite(wordKey(head[1] ?? '')) &&
    hits.length === 0;
  // "وتابع النائب الإيراني", "وأوضحت الوزارة الأميركية": an office or institution noun with only a
  // nationality after it refers back to the one the article named.
  // Only one of that nationality: "الحكومة الإيرانية" never refers back to "الحكومة العراقية".
  const nationality =
    head.length === 2 && isDefinite(firstKey) && bare(firstKey) !== 'سلطات' && !GROUP_WORDS.has(bare(firstKey)) && hits.length === 0
      ? sideOf(head[1] ?? '')
      : undefined;
  // "وأضاف القائد العسكري" after "قائد الوحدة الإيطالية، العقيد …": an office noun with an adjective that
  // says only what kind (military, security) refers back like the noun alone.
  const ofAKind =
    head.length === 2 && ROLE_HEADS.has(bare(firstKey)) && hits.length === 0 && /^ال(?:عسكري|امني|ميداني)$/u.test(wordKey(head[1] ?? ''));
  if (
    (head.length === 1 || describedGroup || nationality !== undefined || ofAKind) &&
    isDefinite(firstKey) &&
    (INSTITUTION_HEADS.has(bare(firstKey)) || ROLE_HEADS.has(bare(firstKey)))
  ) {
    const institution = INSTITUTION_HEADS.has(bare(firstKey));
    // With none of that nationality named before, "الرئاسة العراقية", "السفير الأمريكي" are themselves.
    const name = nationality || ofAKind ? { name: core } : {};
    const kind = ofAKind ? { kind: bare(wordKey(head[1] ?? '')) } : {};
    return { type: 'anaphor', noun: bare(firstKey), institution, ...(nationality ? { nationality } : {}), ...name, ...kind };
  }
  const authorities = /^السلطات(?:\s+(\S+))?/u.exec(key);
  if (authorities) {
    const side = NATIONALITY[authorities[1] ?? ''];
    // "السلطات العسكرية": too vague to attribute unless a nationality names whose.
    return side ? { type: 'authorities', side, name: core } : { type: 'skip', reason: 'unnamed authorities' };
  }

  const headWord = bare(firstKey);
  // "اللجنة العسكرية العليا لإنهاء مهمة التحالف الدولي": an institution of its own, whatever registry
  // entity its name mentions.
  // "جماعة المقاومة الإسلامية في العراق", "فصائل المقاومة": a generic word before a registry entity is that entity.
  const named = hits.find((h) => h.via === 'name' && h.at === (first[0] ?? '').length + 1 && GROUP_WORDS.has(headWord));
  if (named) return institutionOf(named, core);
  if (INSTITUTION_HEADS.has(headWord) && !ROLE_HEADS.has(headWord) && hits.every((h) => h.at > 0)) {
    // "القيادة العسكرية الأمريكية الوسطى «سنتكوم»": a long name the registry does not have, then the
    // one-word name it does, which the outlet added to say which.
    const subjectKey = nameKey(first.join(' '));
    const tail = hits.find(
      (h) =>
        h.via === 'name' && !h.key.includes(' ') && h.at + h.key.length === subjectKey.length && isInstitution(nameKey(h.speaker.name)),
    );
    if (tail) return institutionOf(tail, core);
    const ends = bodyNameEnd(head, registry);
    const whole = ends > 0 ? head.slice(0, ends).join(' ') : qualified(first, head);
    return { type: 'institution', name: whole, key: nameKey(whole) };
  }
  // "وفقا للظروف على الأرض والمشاورات بين العراق والتحالف": a common noun opens it; no one speaks.
  if (NON_NAMES.has(firstKey) || NON_NAMES.has(headWord)) return { type: 'none' };
  // Past a preposition, only an office reaches its institution ("المتحدث باسم …", "القيادي في …"); after a
  // lone name the words are the verb's ("وأكد الحكيم على أهمية إنهاء ملف التحالف الدولي").
  // "كما دعا الحميداوي الحكومة العراقية إلى": a lone family name, then the verb's object.
  if (hits[0] && hits[0].at > 0 && entity(hits[0]) && (surnameAlone(first, registry) || personSurname(first, registry)))
    return { type: 'surname', word: first[0] ?? '' };
  // "الرئيس بارزاني", "اللواء هنتزي عن تطور العلاقة مع الحكومة العراقية": a title before a lone family
  // name is that person, named in the article; what follows the preposition is the verb's.
  // Not an adjective: «الرئيس اللبناني»، «الوزير السابق» are offices.
  const afterTitle = wordKey(head[1] ?? '');
  // (A nisba that is no nationality is a family name: «الرئيس الحلبوسي».)
  const adjective =
    sideOf(afterTitle) !== undefined ||
    OTHER_NATIONS.test(afterTitle) ||
    /^ال(?:سابق|جديد|مكلف|منتخب|راحل|مخلوع|مختص|حالي|اسبق|سوري|يمني|ليبي|تونسي|جزاءري|مغربي|عماني|بحريني|قطري|ياباني|هندي|باكستاني|افغاني|اوكراني|ايطالي|اسباني|هولندي|كندي|استرالي)(?:ه)?$/u.test(
      afterTitle,
    );
  if (head.length === 2 && titleBeforeSurname(firstKey) && nameWord(head, 1) && !adjective) return { type: 'surname', word: head[1] ?? '' };
  // An office reaches into its body's name, not past it into the verb's object ("قائد الشرطة الاتحادية
  // جهود قوات البيشمركة").
  // (Counted from the body's first word: what follows the office word itself is read elsewhere.)
  const bodyEnd = opensWithRole(first) ? bodyNameEnd(first.slice(1), registry) + 1 : -1;
  const reach = opensWithRole(first)
    ? bodyEnd > 0
      ? nameKey(first.slice(0, bodyEnd).join(' ')).length
      : Infinity
    : nameKey(head.join(' ')).length;
  const institution = hits.find((h) => h.via === 'name' && h.at < reach) ?? hits.find((h) => h.via === 'affiliation' && h.at < reach);
  // "وطالب حسين مؤنس الحكومة العراقية بـ…": a first name, a family name the lexicon lacks, then the
  // institution the verb addresses. The person speaks.
  const beforeIt = institution ? nameKey(first.join(' ')).slice(0, institution.at).trim().split(' ').filter(Boolean) : [];
  if (
    institution &&
    institution.at > 0 &&
    beforeIt.length >= 2 &&
    beforeIt.length <= 3 &&
    opensWithFirstName(firstKey) &&
    !ROLE_HEADS.has(firstKey)
  ) {
    return { type: 'person', name: first.slice(0, beforeIt.length).join(' ') };
  }
  if (institution) return institutionOf(institution, core);
  // "كشف نائب", "قال قيادي في الحشد": an indefinite office with no name is an anonymous source.
  // "عضو بالحزب الديمقراطي", "مستشار حكومي": an office of something, or of some kind, with no name.
  const ofSomething =
    head.length === 1 ||
    /^(?:[بل]ال|لل)/u.test(wordKey(head[1] ?? '')) ||
    (head.length === 2 && /^(?!ال)\p{L}{3,}(?:ي|يه)$/u.test(wordKey(head[1] ?? '')));
  if (ofSomething && !isDefinite(firstKey) && hasHead(ROLE_HEADS, firstKey)) {
    return { type: 'skip', reason: 'an unnamed official' };
  }
  if (ROLE_HEADS.has(firstKey) || ROLE_HEADS.has(headWord)) {
    // An unnamed official of a named institution speaks as the institution ("المتحدث باسم وزارة الخارجية الإيرانية").
    // Not the field of a minister ("نائبة مساعد وزير الدفاع"): that is an office, not the ministry.
    // The office and its body, without the verb's object after them.
    const own = bodyEnd > 0 && bodyEnd < head.length ? head.slice(0, bodyEnd) : head;
    const role = own.join(' ');
    const at = own.findIndex((w, i) => i > 0 && INSTITUTION_HEADS.has(bare(wordKey(w))) && !/^وزير/u.test(wordKey(own[i - 1] ?? '')));
    if (at > 0) {
      const institution = own.slice(at).join(' ');
      // "متحدث باسم السفارة": the institution the article named before, by its head noun.
      const noun = bare(wordKey(own[at] ?? ''));
      if (at === own.length - 1 && isDefinite(wordKey(own[at] ?? ''))) return { type: 'anaphor', noun, institution: true };
      return { type: 'institution', name: institution, key: nameKey(institution), role };
    }
    if (own === head) return { type: 'office', role: core, key, phrase: first.join(' ') };
    const known = registry.offices.find(role);
    return { type: 'office', role, key: nameKey(role), phrase: role, ...(known ? { office: known } : {}) };
  }

  // A lone name word, with or without ال ("ميلر", "العوادي"): a surname, resolved against the article.
  if (head.length === 1 && nameWord(head, 0)) return { type: 'surname', word: head[0] ?? '' };
  return { type: 'none' };
}

/**
 * "مبعوث الرئيس الأمريكي، دونالد ترامب، لدى بغداد، مارك سافايا": an office that serves someone, the one
 * it serves, where it is sent («إلى العراق», «لدى بغداد», «لشؤون …»), then its holder's name. The holder
 * speaks, never the one served.
 */
function sentTo(phrase: string, registry: Registry): Referent | undefined {
  if (!SERVES.test(wordKey(phrase.trim().split(/\s+/u)[0] ?? ''))) return undefined;
  const words = phrase.replace(/[،,]/gu, ' ').trim().split(/\s+/u);
  const keys = words.map(wordKey);
  const to = keys.findIndex((k, i) => i >= 2 && /^(?:الي|لدي|لل?شءون)$/u.test(k));
  if (to < 0) return undefined;
  // The one served stands before the destination, named: "الرئيس الأمريكي ترامب (الخاص)".
  const served = registry.findAll(words.slice(0, to).join(' ')).find((h) => h.via === 'name' && !isInstitution(nameKey(h.speaker.name)));
  if (!served || servesSomeone(served.speaker)) return undefined;
  let k = to + 2;
  if (keys[k] === 'الخاص') k++;
  const rest = words.slice(k, k + 4);
  const known = registry.findAll(rest.join(' ')).find((h) => h.via === 'name' && h.at === 0 && !isInstitution(nameKey(h.speaker.name)));
  const role = words.slice(0, k).join(' ');
  if (known) return { type: 'person', registry: known.speaker, name: known.speaker.name, role };
  const name = findName(rest);
  if (!name || name.start !== 0 || !opensWithFirstName(nameKey(rest[0] ?? ''))) return undefined;
  return { type: 'person', name: rest.slice(name.start, name.end).join(' '), role };
}

/**
 * Where a body's name ends and the verb's object begins: "أعلن الجيش الأمريكي انسحابه", "ثمّن قائد
 * القيادة المركزية جهود الجيش العراقي". After the definite words of the name («الجيش الأمريكي»,
 * «وزارة الدفاع»), an indefinite word is no longer the name's, unless it is a genitive with لـ («لدول
 * الخليج»), a first name («كتائب الإمام علي») or a name the registry knows in apposition («المقاومة
 * الإسلامية كتائب سيد الشهداء»). -1 when the name runs to the end.
 */
function bodyNameEnd(words: readonly string[], registry: Registry): number {
  return words.findIndex((w, k) => {
    const key = wordKey(w);
    if (k === 0 || !isDefinite(wordKey(words[k - 1] ?? '')) || isDefinite(key)) return false;
    if (/^ل\p{L}{3,}/u.test(key) || opensWithFirstName(key) || GROUP_WORDS.has(key)) return false;
    return !registry.findAll(words.slice(k).join(' ')).some((h) => h.at === 0);
  });
}

/** The longest opening run of words that is an office the registry knows, when a ب/ل object follows it. */
function officeBeforeObject(words: readonly string[], registry: Registry): { words: string[]; office: Office } | undefined {
  for (let k = Math.min(words.length - 1, 7); k >= 2; k--) {
    const next = wordKey(words[k] ?? '');
    // "بدعوة رئيس الوزراء", or an object with a word no name has ("التزام بلاده بدعم …").
    // A rank or office after it ("… اللواء يحيى رسول") introduces the holder's name: no object.
    const objectWord = (j: number) => !nameWord(words, j) && !hasHead(ROLE_HEADS, wordKey(words[j] ?? ''));
    const object = /^[بل]\p{L}{3}/u.test(next) || [k, k + 1, k + 2].some((j) => j < words.length && objectWord(j));
    if (!object || opensWithFirstName(next) || hasHead(ROLE_HEADS, next)) continue;
    // "المتحدث باسم القائد العام للقوات المسلحة صباح النعمان": the office's name goes on, then its
    // holder's name, with no other office between ("بدعوة رئيس الوزراء مصطفى الكاظمي" names another's).
    const rest = words.slice(k);
    // Nor a name past a preposition ("خلال استقباله السوداني"): whom the office met.
    const cut = rest.findIndex((w) => isPreposition(w) || hasHead(ROLE_HEADS, wordKey(w)));
    const upTo = cut < 0 ? rest : rest.slice(0, cut);
    if (
      upTo.some((w) => opensWithFirstName(wordKey(w))) ||
      registry.findAll(upTo.join(' ')).some((h) => !isInstitution(nameKey(h.speaker.name)))
    )
      continue;
    const office = registry.offices.find(words.slice(0, k).join(' '));
    if (office) return { words: words.slice(0, k), office };
  }
  return undefined;
}

/**
 * True when the phrase opens with a family name of the nisba shape (الحميداوي, الكعبي) standing alone:
 * no first name before it, no nationality, and the next word no part of a name.
 */
function surnameAlone(words: readonly string[], registry: Registry): boolean {
  const key = wordKey(words[0] ?? '');
  if (!/^ال\p{L}{3,}ي$/u.test(key) || NATIONALITY[key] !== undefined || !nameWord(words, 0)) return false;
  // "الحميداوي الأمين العام لكتائب حزب الله": an office after the name is its apposition, not an object.
  const next = wordKey(words[1] ?? '');
  return registry.findAll(words[0] ?? '').length === 0 && isDefinite(next) && !nameWord(words, 1) && !hasHead(ROLE_HEADS, next);
}

/**
 * "وصف رسول قوات التحالف بأنها": a registry person's family name that is also an ordinary word
 * («رسول», «صالح»), alone before a registry entity: the person the article named with it, whose
 * words are about the entity (article.ts settles whom it means, or no one).
 */
function personSurname(words: readonly string[], registry: Registry): boolean {
  const key = nameKey(words[0] ?? '');
  if (key.length < 3 || isDefinite(key) || nameWord(words, 1)) return false;
  return registry.speakers.some((s) => {
    const parts = nameKey(s.name).split(' ');
    return parts.length > 1 && parts.at(-1) === key && !isInstitution(nameKey(s.name));
  });
}

/** The person named in apposition after an office, with the office as their role. */
function personInApposition(first: readonly string[], apposition: { name: string[]; role: string[] }, registry: Registry): Referent {
  const inner = registry.findAll(apposition.name.join(' ')).find((h) => h.via === 'name');
  const role = [...first, ...apposition.role].join(' ');
  if (inner) return { type: 'person', registry: inner.speaker, name: inner.speaker.name, role };
  return { type: 'person', name: apposition.name.join(' '), role };
}

/** Iraq's own places: an office «في» one of them is still Iraq's. */
const IRAQI_PLACES = /^(?:العراق|بغداد|اربيل|كردستان|كوردستان|الموصل|البصره|الانبار|نينوي)$/u;

/** "رئيس الحكومة المعترف بها دولياً في اليمن": an office «في» another country is that country's, no registry office. */
function abroad(words: readonly string[]): boolean {
  return words.some(
    (w, k) => wordKey(w) === 'في' && PLACES.has(wordKey(words[k + 1] ?? '')) && !IRAQI_PLACES.test(wordKey(words[k + 1] ?? '')),
  );
}

/** "متحدث باسم …", "مسؤول في …": an indefinite office of something, not the office's holder. */
function aSpokespersonOf(words: readonly string[]): boolean {
  const key = wordKey(words[0] ?? '');
  return !isDefinite(key) && hasHead(ROLE_HEADS, key) && /^(?:باسم|في)$/u.test(wordKey(words[1] ?? ''));
}

/** True when a side's registry body is followed by another side's nationality ("مجلس النواب الأمريكي"). */
function ofAnotherSide(hit: RegistryHit, folded: string): boolean {
  const next =
    folded
      .slice(hit.at + hit.key.length)
      .trim()
      .split(' ')[0] ?? '';
  const side = sideOf(next) ?? (OTHER_NATIONS.test(next) ? 'other' : undefined);
  return side !== undefined && side !== hit.speaker.side;
}

/** An institution found in the registry: its own entry, or (through an affiliation) the phrase as written. */
function institutionOf(hit: RegistryHit, core: string): Referent {
  const own = hit.via === 'name';
  return { type: 'institution', ...(own ? { registry: hit.speaker } : {}), name: own ? hit.speaker.name : core, key: hit.key, role: core };
}

/** The registry person a chunk names: it ends with their name, and only titles and ranks stand before it. */
function registryPerson(registry: Registry, chunk: readonly string[]): RegistrySpeaker | undefined {
  // "…، ماريا زاخاروفا خلال مؤتمرها:": the name ends where a preposition opens the occasion.
  const head = headPhrase(chunk);
  const words = head.length >= 2 ? head : chunk;
  const hit = registry.findAll(words.join(' ')).find((h) => h.via === 'name' && !isInstitution(nameKey(h.speaker.name)));
  if (!hit || !nameKey(words.join(' ')).endsWith(hit.key)) return undefined;
  const before = words.slice(0, wordsBefore(words, hit.key));
  // "…، في اتصال مع السوداني،": the object of a preposition is whom the speaker talked to.
  return before.every((w, i) => !nameWord(before, i) && !isPreposition(w)) ? hit.speaker : undefined;
}

/** True when some of `words` (a clitic و/ب/ل/ف aside) are words of the registry key `key`. */
function overlaps(words: readonly string[], key: string): boolean {
  const inKey = new Set(key.split(' '));
  return words.some((w) => inKey.has(nameKey(w)) || inKey.has(nameKey(w).replace(/^[وبلف]/u, '')));
}

function personFrom(words: readonly string[], { start, end }: { start: number; end: number }): Referent {
  // The office before the name, or, for a name that opens the phrase, the office after it; both
  // around a name after a rank ("العقيد جون سميث المتحدث باسم التحالف").
  const after = opensWithRole(words.slice(end)) ? headPhrase(words.slice(end)) : [];
  const role = [...words.slice(0, start), ...after].join(' ');
  return { type: 'person', name: words.slice(start, end).join(' '), ...(role ? { role } : {}) };
}

/** How many words of `words` come before the normalized `key`, for cutting the role off a name. */
function wordsBefore(words: readonly string[], key: string): number {
  const keyWords = key.split(' ');
  const folded = words.map((w) => nameKey(w));
  const at = folded.findIndex((_, i) => keyWords.every((k, j) => (folded[i + j] ?? '').endsWith(k)));
  return Math.max(0, at);
}

/** A Latin id for a speaker the registry does not know, from the Arabic name. */
export function provisionalId(name: string): string {
  return slugify(name) || 'unknown-speaker';
}

/**
 * The registry institution of `side` whose name opens with `head` («الحكومة العراقية» for حكومة and
 * Iraq); of several, the one the person's role names («رئيس حكومة إقليم كوردستان»).
 */
function governmentOf(registry: Registry, head: string, person: RegistrySpeaker): RegistrySpeaker | undefined {
  const found = registry.speakers.filter((s) => s.side === person.side && bare(nameKey(s.name).split(' ')[0] ?? '') === head);
  if (found.length <= 1) return found[0];
  const plain = (w: string) => bare(w).replace(/ه$/u, '');
  const role = new Set(
    nameKey(person.role ?? '')
      .split(' ')
      .map(plain),
  );
  const named = found.filter((s) =>
    nameKey(s.name)
      .split(' ')
      .slice(1)
      .every((w) => role.has(plain(w))),
  );
  return named.length === 1 ? named[0] : undefined;
}
