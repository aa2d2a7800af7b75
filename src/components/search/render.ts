/**
 * Drawing search results: each hit as the statement's card, the same card
 * the timeline shows (`site/card.ts`), drawn as DOM nodes. Everything from
 * the data goes in as text nodes, never as HTML, so a quotation or a name
 * that carries markup shows as written and runs nothing.
 */
import { toDom } from '@/lib/html.ts';
import { hitCard } from '@/lib/search/card.ts';
import type { SearchHit, SearchResponse } from '@/lib/search/engine.ts';
import { formatArabicDate } from '@/lib/dates/format.ts';
import { statementCard } from '@/lib/site/card.ts';
import { statementCount } from '@/lib/site/labels.ts';

/** The results' cards' speaker lines are headings below the page's title. */
const HEADING_LEVEL = 2;

/** The link to each result's statement: what the arrow keys move through (keys.ts). */
export const RESULT_LINK = 'a.entry-link';

/**
 * Replace the list's results with these, best first. Drawn again once their
 * words have loaded, the focus stays on the link it was on.
 */
export function renderResults(list: HTMLElement, hits: readonly SearchHit[]): void {
  const links = () => [...list.querySelectorAll('a')];
  const focused = links().indexOf(document.activeElement as HTMLAnchorElement);
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = document.createElement('li');
      item.append(toDom(statementCard(hitCard(hit), HEADING_LEVEL), document));
      return item;
    }),
  );
  if (focused >= 0) links()[focused]?.focus();
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
