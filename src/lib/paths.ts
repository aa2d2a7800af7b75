/**
 * Every address of the site, in one place. The site may be deployed at the
 * root of a domain (`/`) or under a path (`https://user.github.io/bayan/`),
 * so no page, component, export or script writes `/events/…` itself: each
 * asks this module, which puts Astro's `base` in front.
 *
 * `sitePaths(base)` is pure (the unit tests give it any base); `paths` is the
 * site's own, built on the base of this build: Vite writes
 * `import.meta.env.BASE_URL` into every module it bundles, for the pages and
 * for the browser's search code alike. Outside Vite (the command-line tools,
 * run by Node) there is no `import.meta.env`, and the base is `/`.
 */

/** The site's addresses under one base path. All end in `/` but the files. */
export interface SitePaths {
  /** The base itself, with a slash at each end: `/` or `/bayan/`. */
  base: string;
  /** The timeline's home page, newest first. */
  home: string;
  /** The timeline from its other end, oldest first. */
  chronological: string;
  /** A statement's permanent page. */
  event(id: string): string;
  speakers: string;
  speaker(id: string): string;
  /** The sources list. */
  articles: string;
  article(slug: string): string;
  /** A paragraph of an article (`#p-N`), or the article itself when there is no paragraph (a statement its headline makes). */
  paragraph(slug: string, paragraph?: number): string;
  /** Where the timeline's year pages live (`<years><yyyy>/`). */
  years: string;
  /** Where the sources list's year pages live (two segments, so never an article's page). */
  articleYears: string;
  /** The no-JavaScript search page, which is also the folder of the search index's files. */
  search: string;
  /** The exports linked from every page's footer. */
  json: string;
  csv: string;
  timelineJs: string;
  rss: string;
  sitemap: string;
}

/** A base path with one slash at each end: `bayan`, `/bayan` and `/bayan/` are all `/bayan/`; empty is `/`. */
export function normalizeBase(base: string): string {
  const inner = base.trim().replace(/^\/+|\/+$/gu, '');
  return inner ? `/${inner}/` : '/';
}

/** The site's addresses under `base`. */
export function sitePaths(base = '/'): SitePaths {
  const root = normalizeBase(base);
  const article = (slug: string): string => `${root}articles/${slug}/`;
  return {
    base: root,
    home: root,
    chronological: `${root}chronological/`,
    event: (id) => `${root}events/${id}/`,
    speakers: `${root}speakers/`,
    speaker: (id) => `${root}speakers/${id}/`,
    articles: `${root}articles/`,
    article,
    paragraph: (slug, paragraph) => (paragraph === undefined ? article(slug) : `${article(slug)}#p-${paragraph}`),
    years: `${root}years/`,
    articleYears: `${root}articles/years/`,
    search: `${root}search/`,
    json: `${root}timeline.json`,
    csv: `${root}timeline.csv`,
    timelineJs: `${root}timelinejs.json`,
    rss: `${root}rss.xml`,
    sitemap: `${root}sitemap-index.xml`,
  };
}

/** This build's base: Vite's `BASE_URL` (the `base` of astro.config.mjs), or `/` where no bundler ran. */
function buildBase(): string {
  // `import.meta.env` exists only in code Vite has processed; Node running a script directly has none.
  const env = (import.meta as { env?: { BASE_URL?: string } }).env;
  return env?.BASE_URL ?? '/';
}

/** The site's own addresses, under the base this build was made for. */
export const paths: SitePaths = sitePaths(buildBase());
