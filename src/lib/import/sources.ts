/**
 * Choosing each fact of an imported article among the places that state it,
 * in order of trust: the editor's flags, then what an HTML page states about
 * itself (html/facts.ts), then the page's address, then the text. Each
 * choice says where it came from, for the frontmatter (`publishedFrom:
 * json-ld`), and a date the sources disagree on by more than a day is told
 * to the editor.
 */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Fact, FactSource, PageFacts } from './html/facts.ts';
import { findOutlet, OUTLETS, outletFromUrl, resolveOutlet, type Outlet } from './outlets.ts';
import type { Publication } from './published.ts';

/** The outlet and where it came from. */
export interface OutletChoice {
  outlet: Outlet;
  from: FactSource;
}

/**
 * The outlet: `--outlet`; else the publisher the page names when Bayan knows it by that name;
 * else a known outlet the page's address is on (a site's own spelling, "Rudaw.net", is that
 * outlet); else the publisher as the page names it; else the address's host; else the text's.
 */
export function chooseOutlet(flag: string | undefined, page: PageFacts | undefined, url: string | undefined, text: Outlet | undefined) {
  if (flag) return { outlet: resolveOutlet(flag), from: 'flag' } satisfies OutletChoice;
  const named = page?.outlet;
  const known = named ? findOutlet(named.value) : undefined;
  if (named && known) return { outlet: known, from: named.from } satisfies OutletChoice;
  const host = url ? outletFromUrl(url) : undefined;
  if (host && OUTLETS.includes(host)) return { outlet: host, from: 'host' } satisfies OutletChoice;
  if (named) return { outlet: resolveOutlet(named.value), from: named.from } satisfies OutletChoice;
  if (host) return { outlet: host, from: 'host' } satisfies OutletChoice;
  return text ? ({ outlet: text, from: 'text' } satisfies OutletChoice) : undefined;
}

/** A date as the editor reads it in a note. */
const shown = (fact: Fact) => `${fact.value} (${fact.from})`;

/**
 * Notes for the dates that disagree with the one chosen by more than a day: a page dated a year
 * off (a template's date, a re-published story) shows here before it misdates every statement.
 */
export function dateDisagreements(chosen: Fact, others: readonly (Fact | undefined)[]): string[] {
  const day = parseISO(chosen.value.slice(0, 10));
  return others
    .filter((o): o is Fact => o !== undefined && Math.abs(differenceInCalendarDays(parseISO(o.value.slice(0, 10)), day)) > 1)
    .map(
      (o) =>
        `the dates disagree: ${shown(chosen)} is used, but the ${o.from === 'text' || o.from === 'byline' ? 'text' : 'page'} says ${shown(o)}; check it`,
    );
}

/** The text's own date as a fact: from the header lines (a byline's date) or from the body. */
export const textFact = (p: Publication): Fact => ({ value: p.published, from: p.fromHeader ? 'byline' : 'text' });
