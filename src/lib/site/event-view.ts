/**
 * Everything an event page (`/events/<id>/`) shows, computed from its
 * statement, its neighbours and its source, so that the page only draws it:
 * the title and description, the permanent and cited addresses, the facts,
 * the citation, the links to the statements before and after it and to the
 * same speaker's statements nearest in time.
 */
import type { Statement } from '../extract/types.ts';
import { formatArabicDate } from '../dates/format.ts';
import { paths } from '../paths.ts';
import type { EventPage } from './events.ts';
import { citationParts, paragraphPath, quotationJsonLd, type CitationParts, type Source } from './exports.ts';
import { DATE_BASIS, statementCount } from './labels.ts';
import { viaLabel } from './via.ts';
import { wordsLine } from './words.ts';

/** How many characters of the words the page's description carries (a search result shows about this much). */
export const DESCRIPTION_WORDS = 150;
/** How many characters of the words each of the speaker's other statements shows. */
export const OTHERS_WORDS = 120;

/** A link to another statement, with the words that name it. */
export interface StatementLink {
  href: string;
  text: string;
}

/** An event page's content, ready to draw. */
export interface EventView {
  statement: Statement;
  /** The page's own title (the layout adds the site's name): the speaker and the day. */
  title: string;
  /** The speaker, their role, and the words: quoted only when they are a quotation. */
  description: string;
  /** The page's permanent address, absolute (the copy-link button copies it). */
  url: string;
  /** The paragraph the statement starts in, absolute: the quotations' `cite`. */
  citeUrl: string;
  /** The role line: the registry's role, and «عبر مكتبه» when the words came through the speaker's office. */
  role?: string | undefined;
  via?: string | undefined;
  /** The day the article was published, when it is not the statement's day. */
  publishedDay?: string | undefined;
  /** How the date was established, in words. */
  dateBasis: string;
  /** Links to the statement's paragraphs in its article. */
  paragraphs: { number: number; href: string }[];
  citation: CitationParts;
  jsonLd: ReturnType<typeof quotationJsonLd>;
  previous?: StatementLink | undefined;
  next?: StatementLink | undefined;
  /** The same speaker's statements nearest in time, by their day. */
  others: (StatementLink & { words: string })[];
  /** The speaker's page, when the page lists fewer than all their other statements. */
  allByTheSpeaker?: StatementLink | undefined;
}

/** A statement as a neighbour names it: the speaker and the day. */
const named = (s: Statement): StatementLink => ({ href: paths.event(s.id), text: `${s.speaker.name}، ${formatArabicDate(s.date)}` });

/** The event page of `page.statement`, whose source article is `source`, on the site at `site`. */
export function eventView(page: EventPage, source: Source | undefined, site: URL): EventView {
  const { statement: s, previous, next, nearby, speakerTotal } = page;
  const published = source?.published.slice(0, 10);
  const capped = speakerTotal - 1 > nearby.length;
  return {
    statement: s,
    title: `${s.speaker.name}، ${formatArabicDate(s.date)}`,
    description: `${s.speaker.name}${s.speaker.role ? `، ${s.speaker.role}` : ''}: ${wordsLine(s, DESCRIPTION_WORDS)}`,
    url: new URL(paths.event(s.id), site).href,
    citeUrl: new URL(paragraphPath(s), site).href,
    role: s.speaker.role,
    via: viaLabel(s),
    publishedDay: published && published !== s.date ? published : undefined,
    dateBasis: DATE_BASIS[s.dateBasis],
    paragraphs: s.paragraphs.map((number) => ({ number, href: paths.paragraph(s.article, number) })),
    citation: citationParts(s, source, site),
    jsonLd: quotationJsonLd(s, source, site),
    previous: previous && named(previous),
    next: next && named(next),
    others: nearby.map((o) => ({ href: paths.event(o.id), text: formatArabicDate(o.date), words: wordsLine(o, OTHERS_WORDS) })),
    allByTheSpeaker: capped
      ? { href: paths.speaker(s.speaker.id), text: `كل تصريحات ${s.speaker.name} (${statementCount(speakerTotal)})` }
      : undefined,
  };
}
