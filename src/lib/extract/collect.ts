/**
 * Collecting the mentions of an article: every attributed sentence (and a «X: …» headline), what
 * its speaker phrase refers to, and which earlier mention an unattributed continuation continues.
 */
import { normalizeArabic, wordKey } from '../arabic/normalize.ts';
import type { BodyBlock } from '../markdown/blocks.ts';
import { bare, DOCUMENTS, isInstitution, isTitleHead } from '../speakers/lexicon.ts';
import { opensWithFirstName } from '../speakers/names.ts';
import { nameKey, type Registry } from '../speakers/registry.ts';
import { findAttribution, headlineAttribution, type Attribution } from './attribution.ts';
import { isPersonEntry, type Mention } from './mention.ts';
import { isPreposition, opensWithRole } from './name-words.ts';
import { GROUP_PLURALS, GROUP_WORDS, ISSUED } from './phrase-shapes.ts';
import { splitClauses, splitSentences, SUBJECT_VERBS } from './sentences.ts';
import { opensWithTitle, resolvePhrase, type Referent } from './speaker.ts';
import { genderOf, reportingVerb, SPEECH_PARTICIPLE, verbStem } from './verbs.ts';
import { occasionWords, ON_THAT_OCCASION, tellsOfOccasion } from './occasion.ts';
import { speaksFor } from './spokespeople.ts';
import { toldBefore, toldFrame } from './told-before.ts';
import { cutOff, TIME_WORD } from './cut-off.ts';

/**
 * A sentence cut where a second speaker begins ("…، فيما أكد Y أن …"). A
 * clause with no attribution of its own ("…، فيما رجح أن …") stays with the
 * one before it, so a statement's text is whole sentences where it can be.
 */
function attributedClauses(sentence: string): string[] {
  const clauses = splitClauses(sentence);
  if (clauses.length === 1) return clauses;
  const out: string[] = [];
  let lastAttributed = false;
  for (const clause of clauses) {
    const attributed = findAttribution(clause) !== undefined;
    // "وفي كانون الثاني 2020، قصفت إيران القاعدة، وقال ترامب آنذاك إن …": a clause with no speaker
    // of its own before the verb is the words' circumstance, and stays with them.
    if (out.length > 0 && (!attributed || !lastAttributed)) {
      out[out.length - 1] = `${out.at(-1)} ${clause}`;
      lastAttributed ||= attributed;
    } else {
      out.push(clause);
      lastAttributed = attributed;
    }
  }
  return out;
}

/**
 * The headline's speaker, as a mention in paragraph 0: a registry speaker, an office or an
 * institution, or a name with a first name (a headline has no room for anything else).
 */
function headlineMention(headline: string | undefined, registry: Registry): Mention | undefined {
  const attribution = headline === undefined ? undefined : headlineAttribution(headline);
  if (!attribution || headline === undefined) return undefined;
  const referent = resolvePhrase(attribution.phrase, registry);
  const known = referent.type === 'office' || ((referent.type === 'person' || referent.type === 'institution') && referent.registry);
  const named = referent.type === 'person' && opensWithFirstName(nameKey(referent.name));
  return known || named ? { paragraph: 0, sentence: headline, attribution, referent } : undefined;
}

/** Who an attribution refers to: someone named earlier in the sentence ("قال فيه"), or its phrase's referent. */
function referentOf(attribution: Attribution, registry: Registry): Referent {
  if (!attribution.relative) return resolvePhrase(attribution.phrase, registry);
  const person = registry
    .findAll(attribution.frame)
    .filter((h) => h.via === 'name' && isPersonEntry(h.speaker))
    .at(-1);
  if (person) return { type: 'person', registry: person.speaker, name: person.speaker.name };
  // "وبحسب بيان صدر عن الخارجية العراقية اليوم، قالت فيه": the statement's issuer, named before its comma.
  // Only a statement the sentence opens with ("وبحسب بيان …", "وفي بيان …"): in "وخلال مؤتمر صحفي
  // عقده عقب بيان صدر عن الخارجية الإيرانية، قال فيه" the «فيه» is the press conference.
  const words = attribution.frame.split(/\s+/u);
  const at = words.findIndex((w) => SAID_IN.test(wordKey(w)));
  if (at < 0 || at > 1 + words.slice(0, at).filter((w) => /^[وف]?(?:بحسب|حسب|وفق|وفقا|في|ففي)$/u.test(wordKey(w))).length)
    return { type: 'none' };
  const issuer = resolvePhrase(words.slice(at).join(' ').split(/[،,:]/u)[0] ?? '', registry);
  return (issuer.type === 'person' || issuer.type === 'institution') && issuer.registry ? issuer : { type: 'none' };
}

/** The nouns a later «قال فيه» refers back to (attribution.ts's STATEMENT_NOUN, a different list, opens «وجاء في …»). */
const SAID_IN = /^[وب]?(?:بيان|بيانا|رساله|تصريح|تصريحا|تغريده)$/u;

/**
 * A sentence's attribution and who it refers to. Where a news agency only reports the words
 * ("وأفادت وكالة مهر، أنه قال الرئيس العراقي …"), the speaker is the one the reported clause names,
 * and the date words of both parts count.
 */
function attributionOf(sentence: string, registry: Registry): { attribution: Attribution; referent: Referent } | undefined {
  const attribution = findAttribution(sentence);
  if (!attribution) return participleOf(sentence, registry);
  const referent = referentOf(attribution, registry);
  // "… إلى إعلان مسؤوليتها عن العملية، مؤكدة في بيان لها أن": a noun of speech with no speaker of its own.
  if (referent.type === 'none' && attribution.kind === 'nominal') return participleOf(sentence, registry) ?? { attribution, referent };
  const head = attribution.kind === 'verb' ? itsHeadSpeaks(sentence, attribution, referent, registry) : undefined;
  if (head) return head;
  const source = attribution.kind === 'verb' ? sourceAfter(sentence, attribution, referent, registry) : undefined;
  if (source) return source;
  if (referent.type !== 'skip' || attribution.kind !== 'verb') return { attribution, referent };
  const rest = sentence.slice(attribution.frame.length);
  const clause = THAT.exec(rest) ? rest.replace(/^\s*\S+\s+/u, '') : undefined;
  const inner = clause === undefined ? undefined : (reportedSubject(clause) ?? findAttribution(clause));
  // "وأفادت قناة … بأن قائد فيلق القدس إسماعيل قاآني أكد أن …": the subject before the verb, too, when
  // it opens with an office or a name.
  // (Not «بأن المتحدث باسم البنتاغون لم يؤكد …»: a negated verb says nothing was said.)
  const subjectFirst =
    inner?.kind === 'subject-first' && opensWithTitle(inner.phrase) && !/(?:^|\s)(?:لم|لن|لا|ما)$/u.test(inner.phrase.trim());
  if (!inner || (inner.kind !== 'verb' && !subjectFirst) || inner.phrase === '') return { attribution, referent };
  const reported = { ...inner, frame: `${attribution.frame} ${inner.frame}` };
  return { attribution: reported, referent: referentOf(reported, registry) };
}

/** «أن», «إن», «بأن» and their forms with a pronoun: the reported clause begins. */
const THAT = /^\s*(?:أن|ان|إن|أنه|انه|إنه|بأن|بان)\s+/u;

/**
 * "قالت وزارة الخارجية الأمريكية إن الوزير أنتوني بلينكن أدان …", "وأوضحت الوزارة أن روبيو رفض …":
 * an institution reporting what the person at its head or speaking for it said; that person speaks.
 */
function itsHeadSpeaks(
  sentence: string,
  attribution: Attribution,
  referent: Referent,
  registry: Registry,
): { attribution: Attribution; referent: Referent } | undefined {
  if (referent.type !== 'institution' && referent.type !== 'anaphor') return undefined;
  const rest = sentence.slice(attribution.frame.length);
  const opener = THAT.exec(rest);
  if (!opener) return undefined;
  const words = rest.slice(opener[0].length).split(/\s+/u);
  // Up to four words of a name, with its office before it, then a verb of speech.
  const verbAt = words.findIndex((w, i) => i > 0 && i <= 4 && reportingVerb(wordKey(w)) !== undefined);
  if (verbAt < 0) return undefined;
  const hit = registry.findAll(words.slice(0, verbAt).join(' ')).find((h) => h.via === 'name' && isPersonEntry(h.speaker));
  const institution = referent.type === 'institution' ? referent.name : (referent.name ?? referent.noun);
  const sides = { person: hit?.speaker.side, institution: referent.type === 'institution' ? referent.registry?.side : undefined };
  if (!hit || !speaksFor(hit.speaker.role ?? '', institution, sides)) return undefined;
  const phrase = words.slice(0, verbAt).join(' ');
  const frame = `${attribution.frame}${opener[0]}${words.slice(0, verbAt + 1).join(' ')} `;
  return { attribution: { ...attribution, phrase, frame }, referent: { type: 'person', registry: hit.speaker, name: hit.speaker.name } };
}

/** «…، وفق ما ذكره X», «بحسب ما أعلنه X»: the words' source, told after them. */
const SOURCE_AFTER =
  /[،,]\s*(?:وفق|وفقا|وفقاً|بحسب|حسب)\s*(?:ما|لما)\s+(?:ذكره|ذكرته|أعلنه|اعلنه|أعلنته|اعلنته|قاله|قالته|أفاد\s+به|افاد\s+به|صرح\s+به|أكده|اكده)\s+([^،,.]+(?:[،,][^،,.]+){0,2})/u;

/**
 * "أعلنت الحكومة العراقية، يوم الثلاثاء، انتهاء الانسحاب …، وفق ما ذكره المتحدث باسم قيادة العمليات
 * المشتركة تحسين الخفاجي": a person named as the source speaks, on the day the words before give.
 */
function sourceAfter(
  sentence: string,
  attribution: Attribution,
  referent: Referent,
  registry: Registry,
): { attribution: Attribution; referent: Referent } | undefined {
  if (referent.type === 'person') return undefined;
  // The frame of a verb without «أن» runs to the sentence's end: look in the whole sentence.
  const m = SOURCE_AFTER.exec(sentence);
  const named = m?.[1] === undefined ? undefined : resolvePhrase(m[1], registry);
  if (named?.type !== 'person') return undefined;
  return { attribution: { ...attribution, phrase: m?.[1] ?? '' }, referent: named };
}

/** Bodies named by a masculine noun ("التحالف … مؤكداً"); the rest (وزارة، كتائب، سرايا، قوات) take the feminine. */
const MASCULINE_BODIES = new Set([
  'تحالف',
  'حشد',
  'جيش',
  'برلمان',
  'مجلس',
  'حزب',
  'تيار',
  'مكتب',
  'اطار',
  'اءتلاف',
  'بيت',
  'فيلق',
  'حرس',
  'تنظيم',
  'فصيل',
  'جهاز',
  'مركز',
  'البنتاغون',
  'بنتاغون',
]);

/**
 * "سارعت جماعة «سرايا أولياء الدم» إلى إعلان مسؤوليتها …، مؤكدة في بيان لها أن …", "ونقل وزير
 * البيشمركة قلق الإقليم …، مؤكداً على ضرورة …": a clause whose verb reports no words, then a participle
 * that does. The first clause's subject speaks, when the registry knows it (clauseSubject).
 */
function participleOf(sentence: string, registry: Registry): { attribution: Attribution; referent: Referent } | undefined {
  const words = sentence.split(/\s+/u);
  const at = words.findIndex((w, i) => i > 2 && /[،,]$/u.test(words[i - 1] ?? '') && SPEECH_PARTICIPLE.test(wordKey(w)));
  if (at < 0) return undefined;
  // "من جانبها، سارعت …": a switch before the clause is no part of it.
  const clause = sentence.replace(/^\s*(?:و?من\s+(?:جانبه|جانبها|جهته|جهتها)|بدوره|بدورها)[،,]\s*/u, '');
  // "استقبل", "سارعت": verbs of six letters too, the participle after them vouching for the clause.
  const subject = clauseSubject(clause, registry, 6);
  if (!subject) return undefined;
  // The participle agrees with the subject: "مؤكدة" after "استقبل السوداني … السفيرة" is the
  // ambassador's, whom the registry may not know; and a relative clause between («الذي وصل …») has
  // its own subject.
  const feminine = wordKey(words[at] ?? '').endsWith('ه');
  const subjectFeminine = subject.type === 'institution' && !MASCULINE_BODIES.has(bare(wordKey(subject.name.split(/\s+/u)[0] ?? '')));
  if (feminine !== subjectFeminine || words.slice(0, at).some((w) => /^(?:الذي|التي|الذين)$/u.test(wordKey(w)))) return undefined;
  const frame = words.slice(0, at + 1).join(' ');
  const attribution: Attribution = { kind: 'verb', phrase: '', relative: false, switches: false, continuation: false, frame };
  return { attribution, referent: subject };
}

/**
 * "وأفادت وكالة تسنيم، مساء أمس، بأن شمخاني، وصف …": in an agency's report, a name or surname, a
 * comma, then a verb of speech: the name is the verb's subject, whatever words it is.
 */
function reportedSubject(clause: string): Attribution | undefined {
  const m = /^((?:\p{L}+\s+){0,3}\p{L}+)[،,]\s+(\S+)/u.exec(clause);
  const verb = m?.[2] === undefined ? undefined : reportingVerb(wordKey(m[2]));
  if (!m?.[1] || !verb) return undefined;
  // "أنه في وقت لاحق، أعلن الجيش الأمريكي …": a fronted time or place, and the verb names its own subject.
  const opening = wordKey(m[1].split(/\s+/u)[0] ?? '');
  if (isPreposition(m[1].split(/\s+/u)[0] ?? '') || TIME_WORD.test(opening)) return undefined;
  const stem = verbStem(verb);
  const gender = genderOf(verb);
  // Read as a verb's subject: the agency's «بأن» already says a speaker follows, so a surname will do.
  return { kind: 'verb', phrase: m[1], stem, relative: false, switches: false, continuation: false, ...gender, frame: `${m[1]}، ${m[2]}` };
}

/** "جاء ذلك", "ويأتي هذا": a sentence that tells when or where the words before were said. */
const CIRCUMSTANCE = /^(?:و|ف)?(?:جاء|جاءت|ياتي|تاتي)\s+(?:ذلك|هذا|هذه)(?![\p{L}])/u;

/**
 * True for a person a masculine verb introduced ("وقال المتحدث العسكري …"). Not the title: Arabic news
 * gives women masculine offices too ("وقالت نائب المتحدث سابرينا سينغ"), so the verb tells.
 */
function isMan(mention: Mention): boolean {
  const { referent, attribution } = mention;
  return referent.type === 'person' && attribution.kind === 'verb' && !attribution.feminine && attribution.stem !== undefined;
}

/**
 * The subject of a sentence's first clause, when a verb (of any kind) opens it and a registry speaker
 * follows: "ونعت «كتائب حزب الله» القياديين" → the Kataib. Nothing when a verb of speech opens it, whose
 * subject the attribution already read. `longest`: the most letters the verb may have (five; longer
 * words are mostly nouns, but six where a participle of speech after the clause vouches for it).
 */
function clauseSubject(sentence: string, registry: Registry, longest = 5): Referent | undefined {
  const [first = '', ...rest] = (sentence.split(/[،,]/u)[0] ?? '').trim().split(/\s+/u);
  // «وصل», «فاز»: a و or ف that leaves two letters is the verb's own.
  const stripped = wordKey(first).replace(/^[وف]/u, '');
  const verb = stripped.length < 3 ? wordKey(first) : stripped;
  // A verb of three to five letters, not a preposition or adverb ("وعقب لقائه …", "وبعد …").
  if (
    rest.length === 0 ||
    reportingVerb(wordKey(first)) ||
    !/^\p{L}+$/u.test(verb) ||
    verb.length < 3 ||
    verb.length > longest ||
    NOT_VERBS.test(verb)
  )
    return undefined;
  // The registry speaker must stand right after the verb: "وقصفت طائرات أمريكية مواقع لكتائب حزب الله"
  // names the Kataib as the object.
  // ("وبحث رئيس الوزراء محمد شياع السوداني مع …": an office before the registry name is the subject's too.)
  // ("سارعت جماعة «سرايا أولياء الدم»": a group word before the registry name is the group's.)
  const grouped = GROUP_WORDS.has(bare(wordKey(rest[0] ?? '')));
  if (!registry.findAll(rest.join(' ')).some((h) => h.at === 0) && !opensWithTitle(rest.join(' ')) && !grouped) return undefined;
  // "واستقبل رئيس الجمهورية وزير الخارجية الإيراني …": an office the registry knows opens the clause and
  // is its subject; the person named after it is the guest (not its holder's name: «رئيس الوزراء محمد …»).
  for (let k = Math.min(rest.length - 1, 6); k >= 2; k--) {
    const words = rest.slice(0, k).join(' ');
    const office = registry.offices.find(words);
    if (
      office &&
      !opensWithFirstName(nameKey(rest[k] ?? '')) &&
      !registry.findAll(words).some((h) => h.via === 'name' && !isInstitution(nameKey(h.speaker.name)))
    )
      return { type: 'office', role: words, key: nameKey(words), phrase: words, office };
  }
  const r = resolvePhrase(rest.join(' '), registry);
  // "قدّم عضو مجلس النواب، علي حسن، …": one of a body's people, whose name follows the comma, is not the body.
  if (r.type === 'institution' && r.role !== undefined && opensWithRole(r.role.split(/\s+/u))) return undefined;
  // An office the registry knows speaks through its holder of the day ("استقبل المرشد الأعلى الإيراني … ثم قال").
  return ((r.type === 'person' || r.type === 'institution') && r.registry) || (r.type === 'office' && r.office) ? r : undefined;
}

/**
 * "زار وزير الدفاع لويد أوستن أربيل اليوم. وغرد على منصة إكس: …": with no one speaking yet,
 * a verb without a subject goes on with the subject of the sentence just before (same paragraph or
 * the one before), when a verb opens that sentence and a registry speaker follows it.
 */
function previousSubject(before: { sentence: string; paragraph: number } | undefined, paragraph: number, registry: Registry) {
  if (!before || before.paragraph < paragraph - 1) return undefined;
  // "على وقع التوتر في المنطقة، خرج زعيم التيار مقتدى الصدر": the main clause may follow a circumstance
  // set off by a comma; the first clause that opens with a verb and a registry speaker says who.
  const clauses = before.sentence.split(/[،,]/u);
  for (let i = 0; i < clauses.length; i++) {
    const subject = clauseSubject(clauses.slice(i).join('،'), registry);
    if (subject) return subject;
  }
  return undefined;
}

/** True when `sentence` tells that a statement was issued and `frame` speaks «في البيان» (in it). */
function issuedIn(sentence: string, frame: string): boolean {
  return (
    /(?:^|\s)في\s+(?:البيان|بيانها|بيانه)(?:\s|[،,:]|$)/u.test(normalizeArabic(frame)) &&
    /(?:^|\s)[وف]?اصدر(?:ت)?\s(?:\S+\s+){1,8}(?:بيانا|البيان)(?:\s|[،,.]|$)/u.test(normalizeArabic(sentence))
  );
}

/**
 * `subject` when the verb agrees with it: in the singular, and not feminine for a man ("وقالت" after
 * "التقى السوداني السفيرة …" is hers, "وأكدوا" theirs).
 */
function agreeing(attribution: Attribution, subject: Referent | undefined): Referent | undefined {
  // The verb: the frame's last verb of speech (the frame runs from the sentence's start).
  const verb =
    attribution.frame
      .trim()
      .split(/\s+/u)
      .map(wordKey)
      .findLast((w) => reportingVerb(w) !== undefined) ?? '';
  if (!subject || /وا$/u.test(verb)) return undefined;
  const feminine = attribution.feminine === true || /ت$/u.test(verb);
  return subject.type === 'person' && feminine ? undefined : subject;
}

/** True when `phrase` names a registry speaker or holds an office's word: a subject of its own. */
function namesSomeone(phrase: string, registry: Registry): boolean {
  return registry.findAll(phrase).length > 0 || phrase.split(/\s+/u).some((w) => opensWithRole([w]));
}

/** Words that open a sentence as verbs do, but are prepositions, adverbs or particles. */
const NOT_VERBS =
  /^(?:بحضور|برعايه|بمشاركه|بدعوه|عقب|بعد|قبل|قبيل|خلال|اثر|منذ|رغم|حول|لدي|عند|بين|مع|ذلك|كذلك|ايضا|هذا|هذه|لكن|غير|حيث|كما|فيما|بينما|اما|اذا|لان|ثم)$/u;

/**
 * Words ending in ة that name men, whom a masculine verb has as its subject: plurals of the قادة
 * shape ("وأكد القادة العرب") and titles ("العلامة").
 */
const MEN_IN_H = new Set(['الله', 'القاده', 'الساسه', 'القضاه', 'الطلبه', 'الدعاه', 'الرعاه', 'الولاه', 'البغاه', 'العلامه', 'الخليفه']);

/** "الفصائل", "القوات", "السلطات": plurals of things, which take a feminine verb as subjects. */
const THING_PLURALS = new Set([...GROUP_PLURALS, 'القوات', 'السلطات', 'الدول', 'الاحزاب', 'الكتل']);

/**
 * "ودعا الفصائل المسلحة إلى الاتحاد", "وطالب الحكومة بـ": a masculine verb before a feminine noun or a
 * plural of things has that noun as its object (a subject would take «دعت»); the subject, left unsaid,
 * is whoever spoke before. A person the phrase resolves to, or a noun for men ending in ة («القادة»),
 * keeps the phrase.
 */
function objectAfterVerb(attribution: Attribution, referent: Referent): boolean {
  if (attribution.kind !== 'verb' || !attribution.masculine || referent.type === 'person' || referent.type === 'surname') return false;
  // "وقال السفيرة", "وذكر الوزارة في بيان": after a verb of saying the noun is its subject, the verb's
  // gender a slip; only verbs that take a person or a body as object («دعا», «طالب», «حذر») have one.
  if (SUBJECT_VERBS.has(attribution.stem ?? '')) return false;
  const [first = '', second = ''] = attribution.phrase.trim().split(/\s+/u).map(wordKey);
  // "ودعا القادة السياسيين إلى": men too, but the adjective's -ين marks them as the object.
  const men = MEN_IN_H.has(first) && !/^ال\p{L}{2,}ين$/u.test(second);
  return (/^ال\p{L}{2,}ه$/u.test(first) && !men) || THING_PLURALS.has(first);
}

/** A sentence's words, each in its lookup form, space-separated. */
const wordKeys = (sentence: string): string => sentence.split(/\s+/u).map(wordKey).join(' ');

/** Walk the body's sentences and collect every attributed one, with who it refers to. */
export function collectMentions(blocks: readonly BodyBlock[], registry: Registry, headline?: string): Mention[] {
  const first = headlineMention(headline, registry);
  const mentions: Mention[] = first ? [first] : [];
  let current: Mention | 'skip' | undefined;
  let previous: { sentence: string; paragraph: number } | undefined;
  let occasion: { sentence: string; paragraph: number } | undefined; // the last sentence that told of a meeting, a call, a visit
  let recent: string[] = [];
  const last = blocks.filter((b) => b.type === 'paragraph').at(-1);
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    const sentences = splitSentences(block.text).flatMap((s) => attributedClauses(s.text));
    for (const sentence of sentences) {
      const before = previous;
      previous = { sentence, paragraph: block.index };
      if (tellsOfOccasion(sentence)) occasion = previous;
      const told = before ? toldBy(sentence, before, mentions, registry) : undefined;
      if (told) {
        mentions.push(told);
        current = told;
      }
      const pair = bothSides(sentence, block.index, recent, registry);
      recent = [...recent.slice(-2), sentence];
      if (pair) {
        mentions.push(...pair);
        current = 'skip';
        continue;
      }
      const found = attributionOf(sentence, registry);
      if (!found) continue;
      for (const party of coSpeakers(found, sentence, registry)) {
        const { attribution } = party;
        const object = objectAfterVerb(attribution, party.referent);
        // "ونعت «كتائب حزب الله» القياديين، وقالت إن …": with no one speaking yet, the subject of the
        // sentence's first clause.
        // ("وغرد على منصة إكس: …", "وقالت في بيان إن …": what follows the verb opens with a preposition.)
        const after = attribution.phrase.trim().split(/\s+/u)[0] ?? '';
        // Not when a subject follows the adverbial ("وقال في مؤتمر صحفي وزير الخارجية فؤاد حسين").
        const adverbial = isPreposition(after) || TIME_WORD.test(wordKey(after));
        // "وحذر الحكومة والبرلمان": a masculine verb's object after it leaves its subject unsaid too.
        const subjectless =
          object || (party.referent.type === 'none' && (after === '' || (adverbial && !namesSomeone(attribution.phrase, registry))));
        // "وحمّل وزير الدفاع لويد أوستن …، وقال إن …": the subject of the sentence's first clause, whoever
        // spoke in an earlier paragraph; with no one speaking yet, else the subject of the sentence before.
        // Not in the paragraph where someone is speaking: "وقال الخزعلي … . وخص أوستن بالنقد، وقال" is still his.
        const speaking = current !== undefined && current !== 'skip' && current.paragraph === block.index;
        // (The verb of speech after the comma vouches for a first verb of six letters, «استقبل», as a participle does.)
        const own = subjectless && !speaking ? agreeing(attribution, clauseSubject(sentence, registry, 6)) : undefined;
        // "وأصدرت القيادة، أمس، بياناً بشأن …" then "وقالت في البيان: …": the statement the sentence before
        // told of is its issuer's, whoever spoke before that.
        const inThatStatement = subjectless && before !== undefined && issuedIn(before.sentence, attribution.frame);
        const opening =
          own ??
          (subjectless && (current === undefined || inThatStatement)
            ? agreeing(attribution, previousSubject(before, block.index, registry))
            : undefined);
        const referent: Referent = opening ?? (object ? { type: 'none' } : party.referent);
        // "وتبنى مجلس النواب قرارا": adopting a resolution or a bill is an act, not words; «تبنت الجماعة
        // الهجوم» (claimed it) is words.
        if (
          attribution.stem === 'تبني' &&
          /(?:^|\s)(?:قرار|قرارا|مشروع|مقترح|قانون|قانونا|موقف|موقفا)(?:\s|$)/u.test(
            wordKeys(attribution.phrase.split(/\s+/u).slice(0, 6).join(' ')),
          )
        )
          continue;
        // "جاء ذلك خلال لقاء …، حسب ما نشرته الوزارة": the circumstance of the words before, and its source.
        if (attribution.kind === 'according-to' && CIRCUMSTANCE.test(normalizeArabic(sentence))) continue;
        // A text cut off mid-sentence ("وقال البيت ال"): the words never came, so there is no statement.
        if (block === last && sentence === sentences.at(-1) && cutOff(sentence, attribution, registry)) continue;
        // A subject before the verb must be a registry name or open with an office or institution;
        // otherwise the verb is inside some other clause ("لدرجة أنها أشارت").
        if (attribution.kind === 'subject-first' || attribution.kind === 'nominal') {
          const named = (referent.type === 'person' || referent.type === 'institution') && referent.registry !== undefined;
          // "حسين العامري، عضو لجنة الأمن والدفاع …، قال": a name with its office after it.
          const person = referent.type === 'person' && referent.role !== undefined && opensWithFirstName(nameKey(referent.name));
          // "لكن بياناً ثانياً من قوة مكافحة الإرهاب قال إن …": a statement of someone's, its subject.
          const issued = ISSUED.test(normalizeArabic(attribution.phrase)) && referent.type !== 'none';
          if (!named && !person && !issued && !opensWithTitle(attribution.phrase)) continue;
        }
        if (referent.type === 'skip') {
          current = 'skip';
          continue;
        }
        const mention: Mention = { paragraph: block.index, sentence, attribution, referent };
        if (before && before.paragraph >= block.index - 1 && mentions.at(-1)?.sentence !== before.sentence)
          mention.setting = before.sentence;
        // "تلقى رئيس الوزراء … ليلة أمس اتصالاً … . وأكد رئيس الوزراء، خلال الاتصال، …": words said on the
        // occasion the article told of some sentences before are set on it (article.ts reads its day).
        if (occasion && occasion.sentence !== sentence && ON_THAT_OCCASION.test(normalizeArabic(attribution.frame || sentence)))
          mention.setting = occasion.sentence;
        // "وتابع النائب الإيراني", "وأضاف الجنرال" after a name: an office noun the article never wrote
        // before may still be the speaker (assign.ts decides).
        const continuing = referent.type === 'surname' || (referent.type === 'anaphor' && !referent.institution);
        if (continuing && attribution.continuation && current !== undefined && current !== 'skip') {
          mention.continues = current; // "وجددت التأكيد": if no one bears that name, it is the current speaker's object
        }
        if (referent.type === 'none') {
          // No subject of its own: it continues the current speaker, if there is one. A subject the
          // extractor cannot read ("ووصف وجود تلك القوات") continues only after a continuation verb.
          // "ودعت في بيان أمس الثلاثاء إلى …": words after the verb that open with a preposition or a
          // time are no subject.
          const firstWord = attribution.phrase.trim().split(/\s+/u)[0] ?? '';
          const adjunct = isPreposition(firstWord) || TIME_WORD.test(wordKey(firstWord));
          const unreadSubject = attribution.phrase.trim() !== '' && !adjunct && !attribution.continuation && !object;
          // "فأجاب:" after a journalist's question answers for whoever was asked, not for the last speaker.
          if (attribution.stem === 'اجاب') continue;
          if (current === undefined || current === 'skip' || unreadSubject) continue;
          // "وأعلنت" cannot carry on the words of "المتحدث": its subject is someone else, left unsaid.
          // A document subject ("وأضافت الرسالة") is feminine itself, and continues its writer.
          const document = DOCUMENTS.has(wordKey(attribution.phrase.trim().split(/\s+/u)[0] ?? ''));
          if (attribution.feminine && !document && isMan(current.continues ?? current)) continue;
          mention.continues = current;
        }
        mentions.push(mention);
        current = mention;
      }
    }
  }
  return mentions;
}

/** «وأكد الجانبان», «وشدد الطرفان على …»: both sides of a meeting speak. */
const BOTH_SIDES = /^[وف]?(?:اكد|اكدا|شدد|شددا|جدد|جددا|دعا|دعوا|اعرب|اعربا|اتفق|اتفقا)\s+(?:ال)?(?:جانبان|طرفان|جانبين|طرفين)(?:\s|$)/u;
/** A sentence that tells of a meeting: who met whom. */
const MEETING = /(?:^|\s)[وف]?(?:بحث|بحثت|التقي|التقت|استقبل|استقبلت|اجتمع|اجتمعت|ناقش|ناقشت)(?:\s|$)/u;

/**
 * "بحث قائد التحالف ماثيو مكفارلان مع رئيس الإقليم نيجيرفان بارزاني، الأحد، …" then "وأكد
 * الجانبان على …": the two people the meeting names (the registry knows both) each said it, on the
 * meeting's day.
 */
function bothSides(sentence: string, paragraph: number, recent: readonly string[], registry: Registry): Mention[] | undefined {
  // The verb and «الجانبان» open the sentence: fold those words only.
  if (!BOTH_SIDES.test(normalizeArabic(sentence.trim().split(/\s+/u, 3).join(' ')))) return undefined;
  const meeting = [...recent].reverse().find((s) => MEETING.test(normalizeArabic(s)));
  if (!meeting) return undefined;
  // "تصريحات ماركو روبيو": someone the meeting talked about is not a side of it.
  const hay = nameKey(meeting);
  // "بتوجيه من رئيس الوزراء …": whose instructions they met on is no side either.
  const talkedAbout = (at: number) =>
    /(?:تصريحات|تصريح|بيان|كلام|دعوه|موقف|قرار|رساله|تهديدات)\s+$|(?:بتوجيه|بتكليف|بامر)\s+من\s+(?:\S+\s+){0,3}$|نيابه\s+عن\s+(?:\S+\s+){0,3}$/u.test(
      hay.slice(0, at),
    );
  const people = [
    ...new Map(
      registry
        .findAll(meeting)
        .flatMap((h) => (h.via === 'name' && isPersonEntry(h.speaker) && !talkedAbout(h.at) ? [[h.speaker.id, h.speaker] as const] : [])),
    ).values(),
  ];
  // "اجتمع مسرور بارزاني … مع عضو الكونغرس ماريو دياز بالارت": one side the registry knows, the
  // other named with a first name after «مع».
  const guest = people.length === 1 ? guestOf(meeting, registry) : undefined;
  const sides: Referent[] = people.map((person) => ({ type: 'person', registry: person, name: person.name }));
  if (people.length !== 2 && !guest) return undefined;
  // A guest whose name the words do not give whole ("ماريو دياز بالارت" read as "ماريو دياز") is a side
  // of the meeting, but not published under half a name.
  if (guest?.type === 'person') sides.push(guest);
  const frame = sentence.split(/\s+/u).slice(0, 2).join(' ');
  return sides.map((referent) => ({
    paragraph,
    sentence,
    attribution: {
      kind: 'verb',
      phrase: referent.type === 'person' ? referent.name : '',
      stem: 'اكد',
      relative: false,
      switches: false,
      continuation: false,
      frame,
    },
    referent,
    occasion: occasionWords(meeting.split(/\s+/u).slice(0, 20).join(' ')),
  }));
}

/**
 * The person a meeting was «مع» (with), whom the registry does not know: an office or a first name
 * opens the words after «مع». A person referent when the name, opening with a first name, ends those
 * words; `{ type: 'none' }` for someone whose name cannot be read whole.
 */
function guestOf(meeting: string, registry: Registry): Referent | undefined {
  const words = meeting.split(/\s+/u);
  const at = words.findIndex((w) => wordKey(w) === 'مع');
  if (at < 0) return undefined;
  const phrase = (
    words
      .slice(at + 1, at + 12)
      .join(' ')
      .split(/[،,.؛]/u)[0] ?? ''
  ).trim();
  const r = resolvePhrase(phrase, registry);
  // "مع نظيره الإسباني خوسيه …": a counterpart is an office too.
  const office = opensWithRole(phrase.split(/\s+/u)) || /^نظير(?:ه|ها|يه)?$/u.test(wordKey(phrase.split(/\s+/u)[0] ?? ''));
  if (r.type !== 'person' || r.registry || !(office || opensWithFirstName(nameKey(phrase)))) return undefined;
  return opensWithFirstName(nameKey(r.name)) && nameKey(phrase).endsWith(nameKey(r.name)) ? r : { type: 'none' };
}

/**
 * True when «تصريحات X» names who spoke in `held`: the same registry entry, the same family name
 * («الكاظمي», «حسين» for «فؤاد حسين»), or an office noun held's phrase has («الوزير»).
 */
function sameSpeaker(x: Referent, held: Mention): boolean {
  const b = held.referent;
  const entry = (r: Referent) => (r.type === 'person' || r.type === 'institution' ? r.registry?.id : undefined);
  if (entry(x) !== undefined) return entry(x) === entry(b);
  const name = b.type === 'person' ? (b.registry?.name ?? b.name) : b.type === 'surname' ? b.word : '';
  if (x.type === 'surname' || (x.type === 'person' && !x.registry)) {
    const word = x.type === 'surname' ? x.word : x.name;
    return name !== '' && nameKey(name).split(' ').at(-1) === nameKey(word).split(' ').at(-1);
  }
  return x.type === 'anaphor' && !x.institution && wordKeys(held.attribution.phrase).split(' ').map(bare).includes(x.noun);
}

/**
 * "أعلن العراق، أمس، انسحاب القوات. جاء ذلك في تصريح لنائب قائد العمليات المشتركة، قيس المحمداوي":
 * the words before are the owner's, on the day they give. A mention of them is returned when no
 * mention holds them yet; a mention that does, with a speaker the registry does not know or none,
 * takes the owner. A speaker the registry knows keeps them ("قال السوداني … . جاء ذلك في بيان
 * لمكتبه").
 */
function toldBy(
  sentence: string,
  before: { sentence: string; paragraph: number },
  mentions: Mention[],
  registry: Registry,
): Mention | undefined {
  const told = toldBefore(sentence);
  if (told === undefined) return undefined;
  const held = mentions.at(-1)?.sentence === before.sentence ? mentions.at(-1) : undefined;
  // "جاء ذلك خلال مؤتمر صحفي عقده أمس": the occasion alone dates the words before. «وجاءت تصريحات X
  // خلال …» only when X is who spoke them ("الكاظمي", "الوزير"), not someone introduced by it.
  const theirs = told.of === undefined || (held !== undefined && sameSpeaker(resolvePhrase(told.of, registry), held));
  if (held && theirs) held.occasion ??= told.occasion;
  const { phrase } = told;
  if (phrase === undefined) return undefined;
  const referent = resolvePhrase(phrase, registry);
  const speaks =
    referent.type === 'office' ||
    ((referent.type === 'person' || referent.type === 'institution') && (referent.registry || referent.type === 'person'));
  if (!speaks) return undefined;
  if (held) {
    const known = (held.referent.type === 'person' || held.referent.type === 'institution') && held.referent.registry !== undefined;
    if (!known && held.referent.type !== 'office') {
      held.referent = referent;
      held.attribution = { ...held.attribution, phrase };
    }
    return undefined;
  }
  const attribution: Attribution = {
    kind: 'verb',
    phrase,
    stem: 'جاء',
    relative: false,
    switches: false,
    continuation: false,
    frame: toldFrame(before.sentence),
  };
  return { paragraph: before.paragraph, sentence: before.sentence, attribution, referent, occasion: told.occasion };
}

/**
 * "أعلن رئيس الإقليم X، والقائد العام لقوات التحالف Y، أنهما …", "أعلن X ورئيس الوزراء Y اتفاقهما":
 * two speakers joined by و, then the dual, each said it. Anything else is one speaker, however many
 * و its phrase holds.
 */
function coSpeakers(found: { attribution: Attribution; referent: Referent }, sentence: string, registry: Registry) {
  const { attribution } = found;
  // "أعلن كل من العراق والتحالف الدولي": each of them.
  const each = /^كل\s+من\s+/u.exec(attribution.phrase);
  if (each) {
    const parties = splitParties(attribution.phrase.slice(each[0].length).split(/\s+/u));
    if (parties.length > 1)
      return parties.map((phrase) => ({ attribution: { ...attribution, phrase }, referent: resolvePhrase(phrase, registry) }));
  }
  // The dual: "أنهما …" after the speakers, or a word with the dual pronoun in the phrase ("اتفاقهما على").
  const dual =
    /^\s*ب?[اأإ]نهما/u.test(sentence.slice(attribution.frame.length)) ||
    /(?:^|\s)\p{L}{3,}هما(?=$|[\s،,.])/u.test(
      attribution.phrase
        .split(/\s+/u)
        .slice(0, 16)
        // "داعيا إياهما": the pronoun of the ones spoken to, never of the ones speaking.
        .filter((w) => !/^[اأإ]ياهما/u.test(w))
        .join(' '),
    );
  // "وشدد رئيس الوزراء X ورئيس إقليم كردستان Y، خلال اتصال هاتفي، على": without the dual, two
  // registry people, each with an office before the name, both speak. The second is joined by a real
  // «و» before an office ("ورئيس"), not by an office that starts with و ("مع وزير").
  if (!dual && (attribution.kind !== 'verb' || !/\sو/u.test(attribution.phrase))) return [found];
  const parties = splitParties(attribution.phrase.split(/\s+/u));
  if (parties.length < 2) return [found];
  const joined = parties.length === 2 && isTitleHead(wordKey((parties[1] ?? '').split(/\s+/u)[0] ?? ''));
  if (!dual && !joined) return [found];
  const resolved = parties.map((phrase) => ({ attribution: { ...attribution, phrase }, referent: resolvePhrase(phrase, registry) }));
  // (One of them may be a name the registry spells otherwise: «أنيجريت كرامب-كارنباور».)
  const people =
    resolved.every((p) => p.referent.type === 'person' && p.referent.role !== undefined) &&
    resolved.some((p) => p.referent.type === 'person' && p.referent.registry !== undefined);
  return dual || people ? resolved : [found];
}

/**
 * The parties of "X، والقائد العام … Y" or "كل من العراق والتحالف": cut before a و written onto an office,
 * an institution, a definite noun or «نظيره», never inside a name ("وليد").
 */
function splitParties(words: readonly string[]): string[] {
  const parts: string[][] = [[]];
  words.forEach((w, i) => {
    const key = wordKey(w);
    const party = i > 0 && key.startsWith('و') && (isTitleHead(key) || /^و(?:ال|نظير)/u.test(key));
    if (party) parts.push([w.slice(1)]);
    else parts.at(-1)?.push(w);
  });
  return parts.map((p) => p.join(' ').replace(/[،,]$/u, '')).filter((p) => p !== '');
}
