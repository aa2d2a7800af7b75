/**
 * Drawing search results. Everything from the data goes in as text nodes,
 * never as HTML, so a quotation or a name that carries markup shows as
 * written and runs nothing.
 */
import { formatArabicDate } from '@/lib/dates/format.ts';
import type { SearchHit, SearchResponse } from '@/lib/search/engine.ts';
import type { Segment } from '@/lib/search/highlight.ts';
import { SIDE_LABELS, statementCount } from '@/lib/site/labels.ts';
import { laneOf } from '@/lib/site/order.ts';
import { paths } from '@/lib/paths.ts';

/** An element with a class and children (strings become text nodes). */
function el(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** Segments as nodes, the marked ones in <mark>. */
function marked(segments: readonly Segment[]): (Node | string)[] {
  return segments.map((s) => (s.mark ? el('mark', '', s.text) : s.text));
}

/**
 * One result as a card: date and side, then the speaker as the link to the
 * statement's page (its box stretched over the card, so the whole card is a
 * target without the words becoming one long link name), then the words.
 */
function item(hit: SearchHit): HTMLLIElement {
  const { doc, speaker } = hit;
  const side = SIDE_LABELS[speaker.side];
  const time = el('time', '', formatArabicDate(doc.date));
  time.setAttribute('datetime', doc.date);
  const symbol = el('span', '', side.symbol);
  symbol.setAttribute('aria-hidden', 'true');
  const badge = el('span', 'badge', symbol, ` ${side.ar}`);
  badge.dataset['side'] = speaker.side;
  const link = el('a', 'hit-speaker', ...marked(hit.name));
  if (speaker.nameEn) {
    const en = el('bdi', 'name-en', ...marked(hit.nameEn));
    en.lang = 'en';
    link.append(' ', en);
  }
  link.append(el('span', 'visually-hidden', `، ${formatArabicDate(doc.date)}`));
  link.setAttribute('href', paths.event(doc.id));
  // Found by the speaker: the spelling that matched, when the name shown is another, and the role that matched.
  const who = el('p', 'hit-who', link);
  if (hit.alias) who.append(' ', el('span', 'hit-alias', '(يُكتب أيضاً ', el('bdi', '', ...marked(hit.alias)), ')'));
  const role = hit.role ? [el('p', 'hit-role', el('bdi', '', ...marked(hit.role)))] : [];
  const card = el('li', 'hit', el('p', 'hit-meta', time, ' ', badge), who, ...role, el('p', 'hit-words', ...marked(hit.words)));
  card.dataset['lane'] = laneOf(speaker.side);
  return card as HTMLLIElement;
}

/** Replace the list's results with these, best first (their words may follow: `fillWords`). */
export function renderResults(list: HTMLElement, hits: readonly SearchHit[]): void {
  list.replaceChildren(...hits.map(item));
}

/** Put each drawn card's words in, once they have loaded (the same hits, in the same order). */
export function fillWords(list: HTMLElement, hits: readonly SearchHit[]): void {
  list.querySelectorAll('.hit-words').forEach((p, k) => p.replaceChildren(...marked(hits[k]?.words ?? [])));
}

/** What the live region says: how many statements, in which dates, and how many are shown. */
export function statusText({ total, hits, range }: SearchResponse): string {
  if (total === 0) return 'لا تصريحات تطابق البحث';
  const day = (iso: string | undefined) => formatArabicDate(iso ?? '');
  let dates = '';
  if (range?.from && range.from === range.to) dates = ` في ${day(range.from)}`;
  else if (range?.from && range.to) dates = ` بين ${day(range.from)} و${day(range.to)}`;
  else if (range?.from) dates = ` منذ ${day(range.from)}`;
  else if (range?.to) dates = ` حتى ${day(range.to)}`;
  const shown = hits.length < total ? `، تُعرض أول ${hits.length}` : '';
  return `${statementCount(total)}${dates}${shown}`;
}
