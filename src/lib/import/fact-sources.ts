/**
 * Where an imported page's facts can come from, as frontmatter records them
 * (`publishedFrom: json-ld`). One list for the importer that writes them and
 * the schema that checks them.
 */
export const FACT_SOURCES = [
  'json-ld', // the page's JSON-LD article (NewsArticle, Article …)
  'opengraph', // og:title, og:site_name, og:url, article:published_time
  'meta', // other meta tags (itemprop="datePublished")
  'canonical', // <link rel="canonical">
  'time', // <time datetime>
  'title', // the reader view's title (the page's <title> or <h1>)
  'byline', // a date line or byline above the text
  'text', // the article's own words («اليوم الخميس (15 آب 2024)»), or an outlet it names
  'host', // the host name of the page's address
  'fetched', // the address the page was fetched from, after redirects
  'flag', // the editor's --published, --outlet or --url
] as const;

/** Where a fact came from. */
export type FactSource = (typeof FACT_SOURCES)[number];
