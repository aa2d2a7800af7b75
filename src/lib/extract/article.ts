/**
 * One article → its statements. The steps run in order: body → paragraphs →
 * sentences → attributions → speakers → dates → merged statements. Pure: the
 * registry and the article come in as plain data.
 */
import { articleToday, BASIS_STRENGTH, resolveDate, toldAsEarlier, type ResolvedDate } from '../dates/relative.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import { parseBlocks, type BodyBlock } from '../markdown/blocks.ts';
import { nameKey, statementSpeaker, type Registry } from '../speakers/registry.ts';
import { assignSpeakers, looksLikeSpeaker } from './assign.ts';
import { collectMentions } from './collect.ts';
import type { Mention } from './mention.ts';
import { findQuotes, splitSentences } from './sentences.ts';
import { findAttribution } from './attribution.ts';
import { isPresentForm, reportingVerb } from './verbs.ts';
import { shiftDay } from '../dates/calendar.ts';
import { occasionDate, occasionOf, ON_THAT_OCCASION, opensWithOccasion } from './occasion.ts';
import { foldIntoSpokespeople } from './spokespeople.ts';
import type { ExtractionWarning, Statement } from './types.ts';

/** What the extractor needs to know about an article. */
export interface ArticleInput {
  slug: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`. */
  published: string;
  body: string;
  /** The page's own headline, read for a statement of the form «X: …» (paragraph 0). */
  headline?: string | undefined;
  /**
   * The body's blocks, when the caller has parsed them already (the content
   * check does): the body is then not parsed a second time.
   */
  blocks?: readonly BodyBlock[] | undefined;
}

/** A statement before it has its id. */
export type Draft = Omit<Statement, 'id'>;

/**
 * Date each mention: its own date words; else the statement it continues;
 * else the speaker's earlier date in the article; else the date of the
 * paragraph's previous statement; else the speaker's later date; else the
 * day of the speaker's earlier words told as «في وقت سابق»; else the story's
 * day (`storyDay`, the lede's); else the publication day.
 */
function assignDates(mentions: Mention[], today: string, storyDay?: ResolvedDate): void {
  const writing: ResolvedDate = { date: today, precision: 'day', basis: 'published', evidence: '' };
  // Read once per mention: each is asked about again for every other mention of the article.
  const background = new Map(mentions.map((m) => [m, pluperfect(m.attribution.frame)]));
  const earlierWords = new Map(mentions.map((m) => [m, toldAsEarlier(m.attribution.frame)]));
  const todaysWords = mentions.findIndex((o) => o.own?.date === today && o.own.basis !== 'published');
  mentions.forEach((m, i) => {
    const same = (o: Mention) => o.speaker?.id === m.speaker?.id;
    const earlier = mentions.slice(0, i);
    const dated = (o: Mention) => o.date !== undefined && o.date.basis !== 'published';
    const speakersEarlier = earlier.filter((o) => same(o) && dated(o)).at(-1)?.date;
    // "وفي وقت سابق من يوم الخميس، وصف رسول …": a later mention told as earlier is another occasion,
    // not the day of the words before it.
    // "وكانت القيادة أعلنت، مساء أمس الأول، أن …" tells of an earlier occasion too; but a headline
    // sums up the story, whose lede may well be told that way.
    const speakersLater = mentions
      .slice(i + 1)
      .find((o) => same(o) && o.own && !o.own.vague && !earlierWords.get(o) && !(m.paragraph !== 0 && background.get(o)))?.own;
    // «في وقت سابق»: no day of its own, and not the day of whatever the paragraph said before it;
    // the speaker's dated mention, else the publication day, the evidence saying why.
    if (m.own?.vague) {
      m.date = speakersEarlier ?? speakersLater ?? m.own;
      return;
    }
    // The story's day is for the story's own words: not words told as background («وكان ترامب قد
    // هدد»), not a view in the present tense («ويرى المحلل»), not another matter («وفي سياق آخر»),
    // and not after the article has come to today's words («… اليوم الأحد»).
    const ofTheStory = () =>
      storyDay !== undefined &&
      (todaysWords < 0 || todaysWords >= i) &&
      !background.get(m) &&
      !isPresentForm(m.attribution.stem ?? '') &&
      !ANOTHER_MATTER.test(normalizeArabic(m.sentence));
    // "وفي اليوم نفسه، رفضت طهران القصف الذي وقع فجر الأحد …": the day of the statement told just
    // before, whatever date the sentence gives the event; «وفي اليوم التالي», the day after it.
    const after = DAY_OF_THE_LAST.exec(normalizeArabic(m.sentence));
    // (Not «اليوم التالي للهجوم», «اليوم نفسه الذي …»: an event of their own; and only after a day, not a month.)
    const last = after ? earlier.filter(dated).at(-1)?.date : undefined;
    const told =
      last && after && last.precision === 'day'
        ? {
            ...last,
            date: after[1] === 'التالي' ? shiftDay(last.date, 1) : last.date,
            evidence: after[0].trim(),
            basis: 'relative' as const,
          }
        : undefined;
    m.date =
      told ??
      m.own ??
      m.continues?.date ??
      speakersEarlier ??
      // The speaker's own dated words later on come before someone else's day in the same paragraph.
      speakersLater ??
      earlier.filter((o) => o.paragraph === m.paragraph && dated(o)).at(-1)?.date ??
      // "وأعلنت السفارة، في وقت سابق، …" then "وقالت السفارة في بيان …": the same words, undated.
      earlier.filter((o) => same(o) && o.own?.vague).at(-1)?.date ??
      (ofTheStory() ? storyDay : undefined) ??
      writing;
  });
}

/**
 * "والسبت، أجرى الرئيس الإيراني إبراهيم رئيسي محادثات … . وقال رئيسي إن …": undated words right after
 * a sentence that opens with a dated occasion of the speaker's (talks, a meeting, a visit, a speech),
 * in the week before the day of writing, were said on that occasion. Not a sentence told as background
 * ("وكان رئيسي قد زار"), of something else he did ("تسلم منصبه"), planned ("سيزور") or since when
 * ("منذ"); not a speaker the sentence names only in passing; not a view in the present tense, nor a
 * verb that goes on with words already dated ("وأضاف").
 */
function settingDay(m: Mention, registry: Registry, today: string, published: string): void {
  if (m.attribution.continuation || isPresentForm(m.attribution.frame.trim().split(/\s+/u)[0] ?? '')) return;
  const setting = m.setting ?? '';
  const words = normalizeArabic(setting).split(/\s+/u);
  if (!opensWithOccasion(setting) || words.includes('منذ') || pluperfect(setting) || toldAsEarlier(setting)) return;
  // "وقال خلال اللقاء، منتصف نيسان الماضي، …": words on an occasion named again that give their own day keep it.
  const ownDay = ON_THAT_OCCASION.test(normalizeArabic(m.sentence)) ? resolveDate(m.sentence, today, published) : undefined;
  if (ownDay && ownDay.basis !== 'published') return;
  // The speaker by the registry, or by the full name the article gave a provisional one.
  const id = m.speaker?.id;
  const named = m.speaker?.provisional
    ? nameKey(setting).includes(nameKey(m.speaker.name))
    : registry.findAll(setting).some((h) => h.speaker.id === id && h.via === 'name');
  if (!named) return;
  // Only a day in the week before the day of writing tells anything: «اليوم» or a dateline is what
  // undated words default to anyway, and would only hide the speaker's own dated words.
  const day = resolveDate(setting, today, published);
  if (day && day.precision === 'day' && !day.vague && day.date < today && day.date >= shiftDay(today, -6)) m.own = day;
}

/**
 * "وكان X قد أعلن", "وكانت الوزارة أكدت", "وسبق أن أعلنت": what the speaker had said before the story.
 * Not "وكانت الكتائب قد أعلنت ذلك في بيان مساء أمس": «ذلك» right after the verb is the same words,
 * told again with their day («قبل ذلك», «بعد ذلك بساعات» are other times).
 */
function pluperfect(frame: string): boolean {
  // Its first words tell: the rest of a long lede need not be read.
  const words = normalizeArabic(frame.split(/\s+/u, 10).join(' ')).split(/\s+/u);
  if (/^[وف]?سبق$/u.test(words[0] ?? '') && words[1] === 'ان') return true;
  const had = /^[وف]?كان(?:ت)?$/u.test(words[0] ?? '') || (/^[وف]?كما$/u.test(words[0] ?? '') && /^كان(?:ت)?$/u.test(words[1] ?? ''));
  return had && !words.slice(1, 9).some((w, k) => w === 'ذلك' && reportingVerb(words[k] ?? '') !== undefined);
}

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
    } else if (BASIS_STRENGTH[m.date.basis] > BASIS_STRENGTH[draft.dateBasis]) {
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
  const office = registry.offices.heldBy(entry.id, draft.date);
  if (office) return { ...draft, speaker: statementSpeaker(entry, office.name) };
  // Out of every office the registry gives them (Kadhimi in 2024): no role, rather than a stale one.
  if (registry.offices.holds(entry.id)) {
    const speaker = statementSpeaker(entry);
    delete speaker.role;
    return { ...draft, speaker };
  }
  return { ...draft, speaker: statementSpeaker(entry) };
}

/** The body's text before a statement's first words: the paragraphs before its first, and that one up to them. */
function textBefore(blocks: readonly BodyBlock[], draft: Draft): string {
  const first = draft.paragraphs[0] ?? 0;
  const texts = blocks.flatMap((b) => (b.type === 'paragraph' && b.index <= first ? [b] : []));
  const own = texts.at(-1)?.index === first ? (texts.pop()?.text ?? '') : '';
  const at = own.indexOf(draft.text.slice(0, 20));
  return [...texts.map((b) => b.text), at < 0 ? own : own.slice(0, at)].join('\n');
}

/**
 * The day the story's lede tells of («ندد العراق، الجمعة، بالهجمات …», «أعلنت فصائل عراقية الخميس
 * أنها …»), when it is one of the two days before the day of writing: the day of the article's undated
 * words, which belong to the same story. The lede is the first paragraph of six words or more
 * (shorter ones are a site's furniture: a weather strip's «الخميس»); its date words are those before
 * the words it reports, or its first twelve. Not a lede that tells of an event it comes after
 * («بعد يومين من الهجوم الذي استهدف، الأحد، …», «غداة …»), nor one told as background.
 */
function ledeDay(blocks: readonly BodyBlock[], mentions: readonly Mention[], today: string, published: string): ResolvedDate | undefined {
  const first = blocks.find((b) => b.type === 'paragraph' && b.text.split(/\s+/u).length >= 6);
  if (first?.type !== 'paragraph') return undefined;
  // Usually a mention's sentence, whose words and day are read already.
  const said = mentions.find((m) => m.paragraph === first.index && first.text.startsWith(m.sentence));
  const sentence = said?.sentence ?? splitSentences(first.text)[0]?.text ?? '';
  const frame = said?.attribution.frame ?? findAttribution(sentence)?.frame ?? sentence.split(/\s+/u).slice(0, 12).join(' ');
  if (pluperfect(sentence) || AFTER_AN_EVENT.test(normalizeArabic(frame))) return undefined;
  const day = said ? said.own : resolveDate(frame, today, published);
  // The day of writing itself ("اليوم") changes nothing: undated words fall on it anyway.
  if (!day || day.vague || day.basis === 'published' || day.date >= today || day.date < shiftDay(today, -2)) return undefined;
  return day;
}

/** "وفي سياق آخر", "من جهة أخرى": the article turns to another matter, whose day the lede does not tell. */
// ("وفي سياق متصل" is the same matter.)
/** «وفي اليوم نفسه / ذاته / التالي»، «وفي نفس اليوم» at a sentence's start (folded). */
const DAY_OF_THE_LAST =
  /^\s*و?(?:في\s+)?(?:اليوم\s+(نفسه|ذاته|عينه|التالي)|نفس\s+اليوم|ذات\s+اليوم)(?![\p{L}])(?![\s،,]*(?:ل\p{L}|الذي|التي))/u;

const ANOTHER_MATTER = /^[وف]?(?:في|من|علي)\s+(?:سياق|جهه|صعيد|ناحيه)\s+(?:اخر|اخري|منفصل)/u;

/** "بعد يومين من", "قبل", "غداة", "منذ", "عقب", "إثر", "لليوم الثاني": a time told from an event, not the story's own. */
// ("من قبل" is "by", no time.)
const AFTER_AN_EVENT = /(?<![\p{L}])[وف]?(?:بعد|غداه|منذ|عقب|اثر|اعقاب|لليوم|(?<!من\s)قبل)(?![\p{L}])/u;

/** Extract the statements of one article, and the warnings an editor should see. */
export function extractArticle(article: ArticleInput, registry: Registry): { statements: Draft[]; warnings: ExtractionWarning[] } {
  const published = article.published.slice(0, 10);
  const today = articleToday(published, article.body);
  const blocks = article.blocks ?? parseBlocks(article.body);
  const mentions = collectMentions(blocks, registry, article.headline);
  const warnings: ExtractionWarning[] = [];
  for (const m of mentions) {
    const occasion =
      m.occasion ?? (m.attribution.frame === m.sentence ? undefined : occasionOf(m.sentence.slice(m.attribution.frame.length)));
    const own = resolveDate(m.attribution.frame, today, published) ?? (occasion ? occasionDate(occasion, today, published) : undefined);
    if (own) m.own = own;
    if (own?.warning) warnings.push({ article: article.slug, paragraph: m.paragraph, message: own.warning });
  }
  assignSpeakers(mentions, registry, article.body, published);
  for (const m of mentions) if (!m.own && !m.continues && m.speaker && m.setting) settingDay(m, registry, today, published);
  const dropped = new Set<Mention>();
  // A provisional speaker is published when some mention that names them reads as a speaker
  // ("الفريق ديرك أولسن" after a bare "ديرك أولسن"); refused, they are refused wherever the article
  // continues them too ("وأشار البيان" after it).
  const names = (m: Mention) => m.referent.type === 'person' || m.referent.type === 'surname';
  const accepted = new Set(mentions.flatMap((m) => (m.speaker?.provisional && names(m) && looksLikeSpeaker(m) ? [m.speaker.id] : [])));
  const refused = new Set(mentions.flatMap((m) => (m.speaker?.provisional && names(m) && !looksLikeSpeaker(m) ? [m.speaker.id] : [])));
  for (const m of mentions) {
    if (m.speaker?.provisional && !accepted.has(m.speaker.id) && (refused.has(m.speaker.id) || !looksLikeSpeaker(m))) {
      dropped.add(m);
      warnings.push({
        article: article.slug,
        paragraph: m.paragraph,
        message: `«${m.speaker.name}» is not published as a speaker: it is not a name, an office or an institution the extractor knows (if it is one, add it to content/speakers.yaml or with an override)`,
      });
      delete m.speaker;
    }
  }
  // Undated words default to the day the lede tells of, else the day the article was written, which a
  // story stamped just after midnight that says "اليوم (الأربعاء)" gives as the day before its publication.
  assignDates(mentions, today, ledeDay(blocks, mentions, today, published));
  for (const m of mentions) {
    if (!m.speaker && !dropped.has(m))
      warnings.push({ article: article.slug, paragraph: m.paragraph, message: `no speaker found for «${m.attribution.phrase}»` });
  }
  return {
    statements: foldIntoSpokespeople(merge(mentions, article.slug), {
      aliases: (id) => registry.get(id)?.aliases ?? [],
      roles: (d) => [d.speaker.role ?? '', withRegistryRole(d, registry).speaker.role ?? ''],
      textBefore: (d) => textBefore(blocks, d),
    }).map((d) => withRegistryRole(d, registry)),
    warnings,
  };
}
