/**
 * Drawing search results. Everything from the data goes in as text nodes,
 * never as HTML, so a quotation or a name that carries markup shows as
 * written and runs nothing.
 */
import { formatArabicDate } from '../../lib/dates/format.ts';
import type { SearchHit, SearchResponse } from '../../lib/search/engine.ts';
import type { Segment } from '../../lib/search/highlight.ts';
import { SIDES, statementCount } from '../../lib/timeline/labels.ts';
import { laneOf } from '../../lib/timeline/order.ts';

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

/** One result: a link to the statement's page with its date, side, speaker and words. */
function item(hit: SearchHit): HTMLLIElement {
  const { doc, speaker } = hit;
  const side = SIDES[speaker.side];
  const time = el('time', '', formatArabicDate(doc.date));
  time.setAttribute('datetime', doc.date);
  const badge = el('span', 'badge', `${side.symbol} ${side.ar}`);
  badge.dataset['side'] = speaker.side;
  const who = el('span', 'hit-speaker', ...marked(hit.name));
  if (speaker.nameEn) {
    const en = el('bdi', 'name-en', ...marked(hit.nameEn));
    en.lang = 'en';
    who.append(' ', en);
  }
  const link = el('a', 'hit', el('span', 'hit-meta', time, ' ', badge), who, el('span', 'hit-words', ...marked(hit.words)));
  link.setAttribute('href', `/events/${doc.id}/`);
  link.dataset['lane'] = laneOf(speaker.side);
  const li = document.createElement('li');
  li.append(link);
  return li;
}

/** Replace the list's results with these, best first. */
export function renderResults(list: HTMLElement, hits: readonly SearchHit[]): void {
  list.replaceChildren(...hits.map(item));
}

/** What the live region says: how many statements, in which dates, and how many are shown. */
export function statusText({ total, hits, query }: SearchResponse): string {
  if (total === 0) return 'لا تصريحات تطابق البحث';
  const range = query.range;
  const dates = range
    ? range.from === range.to
      ? ` في ${formatArabicDate(range.from)}`
      : ` بين ${formatArabicDate(range.from)} و${formatArabicDate(range.to)}`
    : '';
  const shown = hits.length < total ? `، تُعرض أول ${hits.length}` : '';
  return `${statementCount(total)}${dates}${shown}`;
}
