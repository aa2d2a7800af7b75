/**
 * One article → its statements. The steps run in order: body → paragraphs →
 * sentences → attributions → speakers → dates → merged statements. Pure: the
 * registry and the article come in as plain data.
 */
import { parseBlocks } from '../markdown/blocks.ts';
import { articleToday, resolveDate, type ResolvedDate } from '../dates/relative.ts';
import { nameKey, statementSpeaker, type Registry } from '../speakers/registry.ts';
import { officeKey } from '../speakers/offices.ts';
import { isInstitution } from '../speakers/lexicon.ts';
import type { RegistrySpeaker, StatementSpeaker } from '../speakers/types.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import { findAttribution, headlineAttribution, type Attribution } from './attribution.ts';
import { findQuotes, splitClauses, splitSentences } from './sentences.ts';
import { isNameWord, opensWithTitle, provisionalId, resolvePhrase, type Referent } from './speaker.ts';
import type { ExtractionWarning, Statement } from './types.ts';
import { opensWithFirstName } from '../speakers/names.ts';
import { reportingVerb } from './verbs.ts';

/** What the extractor needs to know about an article. */
export interface ArticleInput {
  slug: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`. */
  published: string;
  body: string;
  /** The page's own headline, read for a statement of the form «X: …» (paragraph 0). */
  headline?: string | undefined;
}

/** A statement before it has its id. */
export type Draft = Omit<Statement, 'id'>;

interface Mention {
  paragraph: number;
  sentence: string;
  attribution: Attribution;
  referent: Referent;
  own?: ResolvedDate;
  speaker?: StatementSpeaker;
  date?: ResolvedDate;
  /** For a continuation: the mention it continues. */
  continues?: Mention;
}

/**
 * A speaker the registry does not know is published only when it reads as one: an institution
 * or an office (both open with their head noun), or a person with an office beside the name or
 * a first name opening it. Anything else is a phrase the patterns caught by mistake.
 */
function looksLikeSpeaker(m: Mention): boolean {
  const r = m.referent;
  if (r.type !== 'person' && r.type !== 'surname') return true;
  const role = r.type === 'person' ? (r.role ?? '') : '';
  return (role !== '' && opensWithTitle(role)) || opensWithFirstName(nameKey(m.speaker?.name ?? ''));
}

const isPersonEntry = (s: RegistrySpeaker) => !isInstitution(nameKey(s.name));

function provisional(name: string, role?: string): StatementSpeaker {
  return { id: provisionalId(name), name, ...(role && role !== name ? { role } : {}), provisional: true };
}

/**
 * A sentence cut where a second speaker begins ("…، فيما أكد Y أن …"). A
 * clause with no attribution of its own ("…، فيما رجح أن …") stays with the
 * one before it, so a statement's text is whole sentences where it can be.
 */
function attributedClauses(sentence: string): string[] {
  const out: string[] = [];
  for (const clause of splitClauses(sentence)) {
    const last = out.length - 1;
    if (last >= 0 && !findAttribution(clause)) out[last] = `${out[last]} ${clause}`;
    else out.push(clause);
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
  return person ? { type: 'person', registry: person.speaker, name: person.speaker.name } : { type: 'none' };
}

/**
 * A sentence's attribution and who it refers to. Where a news agency only reports the words
 * ("وأفادت وكالة مهر، أنه قال الرئيس العراقي …"), the speaker is the one the reported clause names,
 * and the date words of both parts count.
 */
function attributionOf(sentence: string, registry: Registry): { attribution: Attribution; referent: Referent } | undefined {
  const attribution = findAttribution(sentence);
  if (!attribution) return undefined;
  const referent = referentOf(attribution, registry);
  if (referent.type !== 'skip' || attribution.kind !== 'verb') return { attribution, referent };
  const rest = sentence.slice(attribution.frame.length);
  const inner = /^\s*(?:أن|ان|إن|أنه|انه|إنه|بأن|بان)\s+/u.exec(rest) ? findAttribution(rest.replace(/^\s*\S+\s+/u, '')) : undefined;
  if (!inner || inner.kind !== 'verb' || inner.phrase === '') return { attribution, referent };
  const reported = { ...inner, frame: `${attribution.frame} ${inner.frame}` };
  return { attribution: reported, referent: referentOf(reported, registry) };
}

/** Walk the sentences and collect every attributed one, with who it refers to. */
function collectMentions(body: string, registry: Registry, headline?: string): Mention[] {
  const first = headlineMention(headline, registry);
  const mentions: Mention[] = first ? [first] : [];
  let current: Mention | 'skip' | undefined;
  for (const block of parseBlocks(body)) {
    if (block.type !== 'paragraph') continue;
    for (const sentence of splitSentences(block.text).flatMap((s) => attributedClauses(s.text))) {
      const found = attributionOf(sentence, registry);
      if (!found) continue;
      const { attribution, referent } = found;
      // A subject before the verb must be a registry name or open with an office or institution;
      // otherwise the verb is inside some other clause ("لدرجة أنها أشارت").
      if (attribution.kind === 'subject-first') {
        const named = (referent.type === 'person' || referent.type === 'institution') && referent.registry !== undefined;
        // "حسين العامري، عضو لجنة الأمن والدفاع …، قال": a name with its office after it.
        const person = referent.type === 'person' && referent.role !== undefined && opensWithFirstName(nameKey(referent.name));
        if (!named && !person && !opensWithTitle(attribution.phrase)) continue;
      }
      if (referent.type === 'skip') {
        current = 'skip';
        continue;
      }
      const mention: Mention = { paragraph: block.index, sentence, attribution, referent };
      if (referent.type === 'surname' && attribution.continuation && current !== undefined && current !== 'skip') {
        mention.continues = current; // "وجددت التأكيد": if no one bears that name, it is the current speaker's object
      }
      if (referent.type === 'none') {
        // No subject of its own: it continues the current speaker, if there is one. A subject the
        // extractor cannot read ("ووصف وجود تلك القوات") continues only after a continuation verb.
        const unreadSubject = attribution.phrase.trim() !== '' && !attribution.continuation;
        // "فأجاب:" after a journalist's question answers for whoever was asked, not for the last speaker.
        if (attribution.stem === 'اجاب') continue;
        if (current === undefined || current === 'skip' || unreadSubject) continue;
        mention.continues = current;
      }
      mentions.push(mention);
      current = mention;
    }
  }
  return mentions;
}

/** Give each mention a speaker: registry entries, institutions resolved to their spokespeople, or provisional ones. */
function assignSpeakers(mentions: Mention[], registry: Registry, body: string, published: string): void {
  const persons = mentions.flatMap((m) => (m.referent.type === 'person' && m.referent.registry ? [m.referent.registry] : []));
  // The spokesperson of an institution: a person quoted in the article who speaks for it, under any of its
  // names: by the registry's affiliations, or by an office the article gives ("المتحدث باسم القيادة المركزية
  // الأمريكية، ويليام أوربان").
  const spokesperson = (key: string, entity?: RegistrySpeaker): StatementSpeaker | undefined => {
    const names = [key, ...(entity ? [entity.name, ...entity.aliases].map(nameKey) : [])];
    const known = persons.find((p) => p.affiliations.some((a) => names.some((n) => nameKey(a) === n || n.includes(nameKey(a)))));
    if (known) return statementSpeaker(known);
    const speaksFor = (role: string) => /(?:^|\s)باسم\s/u.test(role) && names.some((n) => nameKey(role).endsWith(n));
    const named = mentions.find((e) => e.referent.type === 'person' && !e.referent.registry && speaksFor(e.referent.role ?? ''));
    return named?.referent.type === 'person' ? provisional(named.referent.name, named.referent.role) : undefined;
  };
  mentions.forEach((m, i) => {
    const r = m.referent;
    switch (r.type) {
      case 'person': {
        // "فأجاب ميلر" after "ماثيو ميلر": the article's own Miller, not the registry's other one.
        const own = r.surname ? fullName(body, r.surname) : undefined;
        const other = own && r.registry && nameKey(own.name) !== nameKey(r.registry.name) ? own : undefined;
        // "وقال عبد الهادي" after "عدي عبد الهادي": the person named in full before.
        const key = nameKey(r.name);
        const before = r.registry
          ? undefined
          : mentions
              .slice(0, i)
              .reverse()
              .find((e) => e.speaker?.provisional && nameKey(e.speaker.name).endsWith(` ${key}`))?.speaker;
        m.speaker = other ?? before ?? (r.registry ? statementSpeaker(r.registry, r.role) : provisional(r.name, r.role));
        break;
      }
      case 'institution': {
        // "وأضاف وزير الخارجية العراقي" reads as the ministry, but names the minister quoted earlier.
        const holder = r.role ? officeHolder(mentions, r.role) : undefined;
        m.speaker =
          (holder ? statementSpeaker(holder) : spokesperson(r.key, r.registry)) ??
          (r.registry ? statementSpeaker(r.registry) : provisional(r.name));
        break;
      }
      case 'office': {
        // "رئيس الوزراء العراقي" with no name: the person in this article who holds that office.
        // "رئيس الوزراء العراقي" with no name: first the person in this article who holds that office
        // (named with it, or holding it in the registry on that day), else whoever held it that day.
        const day = m.own?.date ?? published;
        const named = namedWithOffice(mentions.slice(0, i), r.phrase, r.role);
        const holding = r.office
          ? mentions.find((o) => o.speaker && registry.offices.heldBy(o.speaker.id, day) === r.office)?.speaker
          : undefined;
        const holderId = r.office ? registry.offices.holder(r.office, day) : undefined;
        const holder = holderId === undefined ? undefined : registry.get(holderId);
        const person = officeHolder(mentions, r.phrase) ?? officeHolder(mentions, r.role);
        m.speaker =
          named ??
          holding ??
          (person ? statementSpeaker(person) : holder ? statementSpeaker(holder) : provisional(r.office?.name ?? r.role));
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
        const office = (e: Mention) => (e.referent.type === 'person' ? (e.referent.registry?.role ?? '') : '');
        const holds = (e: Mention) =>
          e.speaker !== undefined &&
          (nameKey(r.institution ? e.speaker.name : `${e.speaker.name} ${e.speaker.role ?? ''} ${office(e)}`).includes(r.noun) ||
            (r.institution && e.referent.type === 'institution' && nameKey(e.referent.name).includes(r.noun)));
        const earlier = mentions
          .slice(0, i)
          .reverse()
          .find((e) => holds(e));
        const named = earlier?.speaker ?? mentionedBefore(registry, body, m.sentence, r.noun);
        if (named) m.speaker = named;
        break;
      }
      case 'surname': {
        // "وأردف حسين": a speaker already named in full, else the full name the article gives once.
        const word = nameKey(r.word);
        const earlier = mentions
          .slice(0, i)
          .reverse()
          .find((e) => e.speaker && nameKey(e.speaker.name).split(' ').at(-1) === word);
        // The full name may be a registry speaker whose surname alone names nobody ("حسين": فؤاد حسين).
        const written = fullName(body, r.word);
        const known = written ? registry.findAll(written.name).find((h) => h.via === 'name' && h.key === nameKey(written.name)) : undefined;
        const full = earlier?.speaker ?? (known ? statementSpeaker(known.speaker) : written) ?? m.continues?.speaker;
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
function namedWithOffice(earlier: readonly Mention[], ...phrases: string[]): StatementSpeaker | undefined {
  const keys = new Set(phrases.map(officeKey).filter((k) => k.includes(' ')));
  return earlier.findLast(
    (e) => e.speaker && e.referent.type === 'person' && e.referent.role !== undefined && keys.has(officeKey(e.referent.role)),
  )?.speaker;
}

/** "ميلر" → "ماثيو ميلر": the first place the article writes the surname after a first name. */
function fullName(body: string, surname: string): StatementSpeaker | undefined {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const m = new RegExp(`(?<![\\p{L}])(\\p{L}{2,})\\s+${escaped}(?![\\p{L}])`, 'u').exec(body);
  const firstName = m?.[1];
  if (!firstName || !isNameWord(firstName) || reportingVerb(normalizeArabic(firstName))) return undefined;
  return provisional(`${firstName} ${surname}`);
}

/** "القيادة": the last registry entity named earlier in the article whose name holds that noun. */
function mentionedBefore(registry: Registry, body: string, sentence: string, noun: string): StatementSpeaker | undefined {
  const before = body.slice(0, Math.max(0, body.indexOf(sentence)));
  const hit = registry
    .findAll(before)
    .filter((h) => h.via === 'name' && nameKey(h.speaker.name).includes(noun))
    .at(-1);
  return hit ? statementSpeaker(hit.speaker) : undefined;
}

/**
 * Date each mention: its own date words; else the statement it continues;
 * else the speaker's earlier date in the article; else the date of the
 * paragraph's previous statement; else the speaker's later date; else the
 * publication day.
 */
function assignDates(mentions: Mention[], published: string): void {
  const fallback: ResolvedDate = { date: published, precision: 'day', basis: 'published', evidence: '' };
  mentions.forEach((m, i) => {
    const same = (o: Mention) => o.speaker?.id === m.speaker?.id;
    const earlier = mentions.slice(0, i);
    const dated = (o: Mention) => o.date !== undefined && o.date.basis !== 'published';
    const own = m.own?.vague ? undefined : m.own;
    const speakers =
      earlier.filter((o) => same(o) && dated(o)).at(-1)?.date ?? mentions.slice(i + 1).find((o) => same(o) && o.own && !o.own.vague)?.own;
    // «في وقت سابق»: no day of its own, and not the day of whatever the paragraph said before it;
    // the speaker's dated mention, else the publication day, the evidence saying why.
    if (m.own?.vague) {
      m.date = speakers ?? m.own;
      return;
    }
    m.date =
      own ??
      m.continues?.date ??
      earlier.filter((o) => same(o) && dated(o)).at(-1)?.date ??
      earlier.filter((o) => o.paragraph === m.paragraph && dated(o)).at(-1)?.date ??
      mentions.slice(i + 1).find((o) => same(o) && o.own && !o.own.vague)?.own ??
      fallback;
  });
}

const STRENGTH = { explicit: 2, relative: 1, published: 0 } as const;

/** Merge mentions: one speaker, one date, one article is one statement. */
function merge(mentions: readonly Mention[], slug: string): Draft[] {
  const drafts = new Map<string, Draft>();
  const headlines = new Map<Draft, string>();
  for (const m of mentions) {
    if (!m.speaker || !m.date) continue;
    const key = `${m.speaker.id}|${m.date.date}`;
    let draft = drafts.get(key);
    if (!draft) {
      draft = {
        article: slug,
        speaker: m.speaker,
        date: m.date.date,
        datePrecision: m.date.precision,
        dateBasis: m.date.basis,
        dateEvidence: m.date.evidence,
        quotes: [],
        text: '',
        paragraphs: [],
      };
      drafts.set(key, draft);
    } else if (STRENGTH[m.date.basis] > STRENGTH[draft.dateBasis]) {
      Object.assign(draft, { datePrecision: m.date.precision, dateBasis: m.date.basis, dateEvidence: m.date.evidence });
    }
    if (!draft.speaker.role && m.speaker.role) draft.speaker = { ...draft.speaker, role: m.speaker.role };
    for (const q of findQuotes(m.sentence)) if (!draft.quotes.includes(q)) draft.quotes.push(q);
    // A headline's words stand in the text only when the body says nothing more: the text starts with
    // the words of the first paragraph the statement links to.
    if (m.paragraph === 0) headlines.set(draft, m.sentence);
    else if (!draft.text.includes(m.sentence)) draft.text = draft.text ? `${draft.text} ${m.sentence}` : m.sentence;
    if (m.paragraph > 0 && !draft.paragraphs.includes(m.paragraph)) draft.paragraphs.push(m.paragraph);
  }
  return [...drafts.values()].map((d) => ({
    ...d,
    text: d.text || (headlines.get(d) ?? ''),
    paragraphs: [...d.paragraphs].sort((a, b) => a - b),
  }));
}

/**
 * A registry speaker's role is the office the registry says they held that day, else their
 * registry role: never the article's wording ("مكتب", "الجنرال", "رئيس الوزراء المستقيل").
 */
function withRegistryRole(draft: Draft, registry: Registry): Draft {
  const entry = draft.speaker.provisional ? undefined : registry.get(draft.speaker.id);
  if (!entry) return draft;
  return { ...draft, speaker: statementSpeaker(entry, registry.offices.heldBy(entry.id, draft.date)?.name) };
}

/** Extract the statements of one article, and the warnings an editor should see. */
export function extractArticle(article: ArticleInput, registry: Registry): { statements: Draft[]; warnings: ExtractionWarning[] } {
  const published = article.published.slice(0, 10);
  const today = articleToday(published, article.body);
  const mentions = collectMentions(article.body, registry, article.headline);
  const warnings: ExtractionWarning[] = [];
  for (const m of mentions) {
    const own = resolveDate(m.attribution.frame, today, published);
    if (own) m.own = own;
    if (own?.warning) warnings.push({ article: article.slug, paragraph: m.paragraph, message: own.warning });
  }
  assignSpeakers(mentions, registry, article.body, published);
  const dropped = new Set<Mention>();
  const accepted = new Set<string>();
  for (const m of mentions) {
    if (m.speaker?.provisional && !accepted.has(m.speaker.id) && !looksLikeSpeaker(m)) {
      dropped.add(m);
      warnings.push({
        article: article.slug,
        paragraph: m.paragraph,
        message: `«${m.speaker.name}» is not published as a speaker: it is not a name, an office or an institution the extractor knows (if it is one, add it to content/speakers.yaml or with an override)`,
      });
      delete m.speaker;
    }
    if (m.speaker) accepted.add(m.speaker.id);
  }
  // Undated words default to the day the article was written, which a story stamped just after
  // midnight that says "اليوم (الأربعاء)" gives as the day before its publication.
  assignDates(mentions, today);
  for (const m of mentions) {
    if (!m.speaker && !dropped.has(m))
      warnings.push({ article: article.slug, paragraph: m.paragraph, message: `no speaker found for «${m.attribution.phrase}»` });
  }
  return { statements: merge(mentions, article.slug).map((d) => withRegistryRole(d, registry)), warnings };
}
