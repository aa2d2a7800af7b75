/**
 * The article a page describes in its JSON-LD: the first node typed
 * `NewsArticle`, `Article`, `ReportageNewsArticle` (or another news or blog
 * article type), found in any `application/ld+json` script, inside arrays and
 * `@graph` (as Yoast writes it on WordPress sites). `@id` references, such as
 * Yoast's `"publisher": {"@id": "…#organization"}`, are followed.
 */

/** A JSON-LD node: an object with string keys. */
type Node = Record<string, unknown>;

/** What Bayan reads from an article node; every field as the page wrote it. */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  publisher?: string;
  url?: string;
}

const ARTICLE_TYPE = /^(?:Article|\w*NewsArticle|BlogPosting|Report)$/u;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every node in a parsed JSON-LD value, arrays and `@graph` flattened. */
function nodesOf(value: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(value)) for (const v of value) nodesOf(v, out);
  else if (isNode(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) nodesOf(value['@graph'], out);
  }
  return out;
}

/** The node's types, a string or a list of them. */
const typesOf = (node: Node): string[] => [node['@type']].flat().filter((t): t is string => typeof t === 'string');

/** The first string among `values` (a value may be a list). */
function firstString(...values: unknown[]): string | undefined {
  for (const v of values.flat()) if (typeof v === 'string' && v.trim() !== '') return v;
  return undefined;
}

/** What a page's JSON-LD says: every type it names, and the article's facts if it describes one. */
export interface JsonLd {
  types: string[];
  article?: JsonLdArticle;
}

/** Read the texts of a page's `application/ld+json` scripts; broken JSON is passed over. */
export function readJsonLd(scripts: readonly string[]): JsonLd {
  const nodes = scripts.flatMap((text) => {
    try {
      return nodesOf(JSON.parse(text));
    } catch {
      return []; // a site's broken JSON-LD says nothing; the page's other facts still count
    }
  });
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const deref = (value: unknown): unknown => {
    const one = Array.isArray(value) ? value[0] : value;
    return isNode(one) && typeof one['@id'] === 'string' && Object.keys(one).length === 1 ? (byId.get(one['@id']) ?? one) : one;
  };
  const types = nodes.flatMap(typesOf);
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)));
  if (!article) return { types };
  const publisher = deref(article['publisher']);
  const page = deref(article['mainEntityOfPage']);
  const out: JsonLdArticle = {};
  const headline = firstString(article['headline'], article['name']);
  const datePublished = firstString(article['datePublished']);
  const publisherName = isNode(publisher) ? firstString(publisher['name']) : undefined;
  const url = firstString(article['url'], isNode(page) ? [page['url'], page['@id']] : page);
  if (headline) out.headline = headline;
  if (datePublished) out.datePublished = datePublished;
  if (publisherName) out.publisher = publisherName;
  if (url) out.url = url;
  return { types, article: out };
}
