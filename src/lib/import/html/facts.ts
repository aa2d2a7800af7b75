/**
 * What a page says about itself, read before the reader view discards the
 * head: the headline, the outlet, the publication time and the page's own
 * address, each with where it came from. In order of trust: the JSON-LD
 * article; OpenGraph and article meta tags; then `<link rel=canonical>` and
 * `<time datetime>` (the reader view's title and the byline's date come
 * after them: page.ts). `dateModified` and times marked as updates are never
 * the publication.
 */
import type { FactSource } from '../fact-sources.ts';
import { readJsonLd } from './json-ld.ts';
import { localPublished } from './when.ts';

export type { FactSource };

/** One fact and its source. */
export interface Fact {
  value: string;
  from: FactSource;
}

/** The facts a page states, each the most trusted one found. */
export interface PageFacts {
  title?: Fact;
  outlet?: Fact;
  /** Local publication (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`). */
  published?: Fact;
  url?: Fact;
  /**
   * What the page calls itself: an article (a JSON-LD article, `og:type` "article"), something else
   * (a JSON-LD collection or list, another `og:type`: a section front), or nothing.
   */
  kind: 'article' | 'other' | 'unsaid';
  /** Notes for the editor (a UTC time that moved the day). */
  notes: string[];
}

/** The text of an HTML fragment, without what a browser would not show. */
function textOf(doc: Document, html: string): string {
  const holder = doc.createElement('div');
  holder.innerHTML = html;
  for (const el of holder.querySelectorAll('script, style, template, noscript')) el.remove();
  return holder.textContent ?? '';
}

/**
 * Text from a JSON or attribute value: tags dropped, entities decoded, white space folded. Sites
 * often escape their JSON-LD twice (`&lt;b&gt;`), so what still reads as markup is read once more.
 */
export function plainText(doc: Document, value: string): string {
  const once = textOf(doc, value);
  return (/<[a-z!/]|&#?\w+;/iu.test(once) ? textOf(doc, once) : once).replace(/\s+/gu, ' ').trim();
}

/** The content of the first `<meta>` whose property, name or itemprop is one of `keys`. */
function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys)
    for (const attr of ['property', 'name', 'itemprop']) {
      const content = doc.querySelector(`meta[${attr}="${key}" i]`)?.getAttribute('content')?.trim();
      if (content) return content;
    }
  return undefined;
}

/** An absolute http(s) address, resolved against `base`; not the site's front page, which a misconfigured canonical names. */
export function pageAddress(value: string | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    if (!/^https?:$/u.test(url.protocol) || url.username || url.password) return undefined;
    if (url.pathname === '/' && url.search === '') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** Marked as an update, not the publication: «آخر تحديث», class="updated", itemprop="dateModified". */
const UPDATE = /modif|updat|تحديث|تعديل/iu;

/** The first `<time datetime>` of the article's own (not in a menu, a sidebar, a footer or a list of other articles). */
function articleTime(doc: Document): string | undefined {
  for (const time of doc.querySelectorAll('time[datetime]')) {
    if (time.closest('nav, aside, footer, li, [class*="related" i]')) continue;
    const context = `${time.getAttribute('class') ?? ''} ${time.getAttribute('itemprop') ?? ''} ${time.parentElement?.textContent ?? ''}`;
    if (UPDATE.test(context)) continue;
    return time.getAttribute('datetime') ?? undefined;
  }
  return undefined;
}

/** JSON-LD types of a page that lists others: a section front, a tag page, search results. */
const LISTING = /^(?:CollectionPage|ItemList|SearchResultsPage|ProfilePage)$/u;

/** The first candidate with a value, as a fact. */
function first(...candidates: [string | undefined, FactSource][]): Fact | undefined {
  const found = candidates.find(([value]) => value !== undefined && value !== '');
  return found ? { value: found[0] as string, from: found[1] } : undefined;
}

/** Read the facts of a parsed page; `base` is the address it was fetched from, for relative links. */
export function readFacts(doc: Document, base?: string): PageFacts {
  const scripts = [...doc.querySelectorAll('script[type^="application/ld+json" i]')].map((s) => s.textContent ?? '');
  const { types, article: ld } = readJsonLd(scripts);
  const ogType = meta(doc, 'og:type');
  const text = (value: string | undefined) => (value === undefined ? undefined : plainText(doc, value) || undefined);
  const other = (ogType !== undefined && ogType !== 'article') || types.some((t) => LISTING.test(t));
  const facts: PageFacts = { kind: ld !== undefined || ogType === 'article' ? 'article' : other ? 'other' : 'unsaid', notes: [] };
  const title = first([text(ld?.headline), 'json-ld'], [text(meta(doc, 'og:title')), 'opengraph']);
  const outlet = first([text(ld?.publisher), 'json-ld'], [text(meta(doc, 'og:site_name')), 'opengraph']);
  const dates: [string | undefined, FactSource][] = [
    [ld?.datePublished, 'json-ld'],
    [meta(doc, 'article:published_time'), 'opengraph'],
    [meta(doc, 'datePublished'), 'meta'],
    [articleTime(doc), 'time'],
  ];
  for (const [value, from] of dates) {
    const time = value === undefined ? undefined : localPublished(value);
    if (!time) continue;
    if (time.note) facts.notes.push(time.note);
    facts.published = { value: time.published, from };
    break;
  }
  const url = first(
    [pageAddress(ld?.url, base), 'json-ld'],
    [pageAddress(meta(doc, 'og:url'), base), 'opengraph'],
    [pageAddress(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? undefined, base), 'canonical'],
  );
  if (title) facts.title = title;
  if (outlet) facts.outlet = outlet;
  if (url) facts.url = url;
  return facts;
}
