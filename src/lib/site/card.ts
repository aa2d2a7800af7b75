/**
 * The statement card, as the timeline, a speaker's page and the search's
 * results show it: the date and the side, the speaker (a link to their page),
 * their role, the words, the outlet and a link to the statement's page.
 *
 * It is written once, here, as a tree (`html.ts`), from `CardData`: the build
 * makes that from a statement (`card-data.ts`) and writes the tree as HTML
 * (StatementCard.astro); the search makes it from its index (`search/card.ts`)
 * and the browser draws the tree as DOM nodes (`components/search/render.ts`).
 * So a statement's card in the results is the timeline's card, with the
 * words that matched marked.
 */
import type { DatePrecision } from '../dates/explicit.ts';
import { formatArabicDate, formatArabicMonth, formatGregorianDate } from '../dates/format.ts';
import { h, type Child, type Element } from '../html.ts';
import { paths } from '../paths.ts';
import { excerpt, type Segment, type Span } from '../search/highlight.ts';
import type { Side } from '../sides.ts';
import { PRECISION, SIDE_LABELS } from './labels.ts';
import { laneOf } from './order.ts';
import { cutAtWord } from './words.ts';

/** The longest words a card shows; the statement's page has them all. */
const CARD_WORDS = 280;
/** The window of words a search result shows around the first match. */
const MATCH_WINDOW = 240;

/** What a card shows of one statement; names, role and words as segments, the marked ones a search's matches. */
export interface CardData {
  id: string;
  /** ISO day. */
  date: string;
  precision: DatePrecision;
  side: Side;
  /** The side is a guess from the words the article gave with the name (a speaker the registry does not know yet). */
  guess: boolean;
  speakerId: string;
  name: Segment[];
  /** Empty when the speaker has no English name. */
  nameEn: Segment[];
  /** Another spelling of the name, when a search matched it and not the names shown («عبدالمهدي»). */
  alias?: Segment[] | undefined;
  /** Empty when no role is shown. */
  role: Segment[];
  /** The English role, when a search matched it and not the Arabic («Pentagon»). */
  roleEn?: Segment[] | undefined;
  /** «عبر مكتبه» when the words came through the speaker's office (`via.ts`). */
  via?: string | undefined;
  words: Segment[];
  /** The words are the speaker's own, a direct quotation: drawn in «». */
  quoted: boolean;
  outlet?: string | undefined;
}

/**
 * The words a card shows: with matches in the text, a window of it around
 * the first (with the text's own quotation marks); else the first direct
 * quotation (`quoted`), or the attributed text, cut between words
 * (`site/words.ts`: «» only around the speaker's own words).
 */
export function cardWords(text: string, quote: string | undefined, matches: readonly Span[] = []): Pick<CardData, 'words' | 'quoted'> {
  if (matches.length > 0) return { words: excerpt(text, matches, MATCH_WINDOW), quoted: false };
  return { words: [{ text: cutAtWord(quote ?? text, CARD_WORDS), mark: false }], quoted: quote !== undefined };
}

/** Segments as children, the marked ones in <mark>. */
const marked = (segments: readonly Segment[]): Child[] => segments.map((s) => (s.mark ? h('mark', {}, s.text) : s.text));

/** A day in Arabic (Levantine month name), the Gregorian month name in the tooltip, a machine-readable <time>; a month or a year when that is all that is known. */
export function dateText(date: string, precision: DatePrecision = 'day'): Child[] {
  const text = precision === 'day' ? formatArabicDate(date) : precision === 'month' ? formatArabicMonth(date) : date.slice(0, 4);
  const datetime = precision === 'day' ? date : date.slice(0, precision === 'month' ? 7 : 4);
  const time = h('time', { datetime, title: formatGregorianDate(date) }, text);
  return PRECISION[precision] ? [time, h('span', { class: 'precision' }, ` (${PRECISION[precision]})`)] : [time];
}

/**
 * The speaker's side: a symbol, the Arabic name and a colour (the symbol and
 * the words carry it without colour). A side guessed for a speaker the
 * registry does not know yet says so.
 */
export function sideBadge(side: Side | undefined, guess = false): Element {
  const shown = side ?? 'other';
  const guessed = guess && side !== undefined;
  const label = SIDE_LABELS[shown];
  return h(
    'span',
    {
      class: 'badge',
      'data-side': shown,
      'data-guess': guessed ? '' : undefined,
      title: guessed ? `${label.en} (a guess from the title the article gives)` : label.en,
    },
    h('span', { 'aria-hidden': 'true' }, label.symbol),
    ` ${label.ar}`,
    guessed && h('span', { class: 'guess' }, ' (تقدير)'),
  );
}

/** The card, its speaker line a heading of `level`, so that the page's outline stays in order. */
export function statementCard(card: CardData, level: 2 | 3 | 4): Element {
  const hasRole = card.role.length > 0;
  return h(
    'article',
    { class: 'entry', 'data-lane': laneOf(card.side), 'data-side': card.side, 'data-statement-id': card.id },
    h('p', { class: 'entry-meta' }, dateText(card.date, card.precision), sideBadge(card.side, card.guess)),
    h(
      `h${level}`,
      { class: 'entry-speaker' },
      h('a', { href: paths.speaker(card.speakerId) }, marked(card.name)),
      card.nameEn.length > 0 && [' ', h('bdi', { class: 'name-en', lang: 'en' }, marked(card.nameEn))],
      card.alias && [' ', h('span', { class: 'entry-alias' }, '(يُكتب أيضاً ', h('bdi', {}, marked(card.alias)), ')')],
    ),
    (hasRole || card.via || card.roleEn) &&
      h(
        'p',
        { class: 'entry-role' },
        marked(card.role),
        card.via && h('span', { class: 'via' }, `${hasRole ? ' · ' : ''}${card.via}`),
        card.roleEn && [' ', h('bdi', { lang: 'en' }, marked(card.roleEn))],
      ),
    card.quoted
      ? h('blockquote', { class: 'entry-words' }, h('p', {}, '«', marked(card.words), '»'))
      : h('p', { class: 'entry-words' }, marked(card.words)),
    h(
      'p',
      { class: 'entry-source' },
      card.outlet && h('bdi', {}, card.outlet),
      h(
        'a',
        { class: 'entry-link', href: paths.event(card.id) },
        'صفحة التصريح',
        h('span', { class: 'visually-hidden' }, `: ${card.name.map((s) => s.text).join('')}، ${card.date}`),
      ),
    ),
  );
}
