/**
 * The built site's HTML pages read from a dist/ directory, and the links-and-
 * HTML gate's rules over them: links that lead nowhere, pages no chain of
 * links reaches from the home page, the page shell, and html-validate. Shared
 * by the gate on the real build (links.test.ts) and the build tests on sites
 * built from other content (a redirect page, a split year must pass too).
 * Each check returns the problems found, empty when there are none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';

/** A built page: its site path (`/years/2021/`) and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** Every .html file under `dist`, as site paths under `base` (the site's base path, `/` or `/bayan/`). */
export function readPages(dist: string, base = '/'): BuiltPage[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ path: `${base}${f.replace(/index\.html$/u, '')}`, html: readFileSync(join(dist, f), 'utf8') }));
}

/** Internal addresses a page points to (links, sources, form actions), resolved against the page; outside ones left out. */
function targets(page: BuiltPage): { raw: string; url: URL }[] {
  return [...page.html.matchAll(/\s(?:href|src|action)="([^"]+)"/gu)]
    .map((m) => m[1] ?? '')
    .filter((raw) => raw && !/^(?:[a-z]+:|\/\/)/iu.test(raw)) // external, mailto:, data:
    .map((raw) => ({ raw, url: new URL(raw.replaceAll('&amp;', '&'), `http://site${page.path}`) }));
}

/** The file a site path is served from; a path outside the base is served from nowhere (`undefined`). */
function fileOf(dist: string, path: string, base: string): string | undefined {
  const clean = decodeURIComponent(path);
  if (!clean.startsWith(base)) return undefined;
  const inside = clean.slice(base.length - 1);
  return inside.endsWith('/') ? join(dist, inside, 'index.html') : join(dist, inside);
}

/**
 * Links and sources whose file is missing, or whose #fragment names no id on its page: one line each.
 * The site is served under `base`: a link that leaves it is broken, as it would be on a host that serves it there.
 */
export function brokenLinks(dist: string, pages: readonly BuiltPage[], base = '/'): string[] {
  const byFile = new Map(pages.map((p) => [fileOf(dist, p.path, base), p.html]));
  const ids = new Map<string, Set<string | undefined>>();
  const idsOf = (file: string, html: string) => {
    let found = ids.get(file);
    if (!found) ids.set(file, (found = new Set([...html.matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]))));
    return found;
  };
  const broken: string[] = [];
  for (const page of pages) {
    for (const { raw, url } of targets(page)) {
      const file = fileOf(dist, url.pathname, base);
      if (file === undefined) {
        broken.push(`${page.path} → ${raw} (outside the base ${base})`);
        continue;
      }
      if (!existsSync(file)) {
        broken.push(`${page.path} → ${raw} (no ${relative(dist, file)})`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      const html = byFile.get(file);
      if (fragment && html !== undefined && !idsOf(file, html).has(fragment)) broken.push(`${page.path} → ${raw} (no id "${fragment}")`);
    }
  }
  return broken;
}

/** Pages that no chain of links from `start` leads to; the 404 page and redirects (noindex) are reached by address, not links. */
export function unreachable(pages: readonly BuiltPage[], start = '/'): string[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const seen = new Set([start]);
  const queue = [start];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const page = byPath.get(path);
    for (const { url } of page ? targets(page) : []) {
      const next = decodeURIComponent(url.pathname);
      if (byPath.has(next) && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return pages
    .filter((p) => !seen.has(p.path) && !p.path.endsWith('/404.html') && !/<meta name="robots" content="noindex"/u.test(p.html))
    .map((p) => p.path);
}

/** Pages without exactly one <h1>, a <title>, lang="ar" dir="rtl" or an absolute canonical link. */
export function shellProblems(pages: readonly BuiltPage[]): string[] {
  return pages.flatMap(({ path, html }) => [
    ...(html.match(/<h1[\s>]/gu)?.length === 1 ? [] : [`${path}: not exactly one <h1>`]),
    ...(/<title>[^<]+<\/title>/u.test(html) ? [] : [`${path}: no <title>`]),
    ...(/<html lang="ar" dir="rtl"/u.test(html) ? [] : [`${path}: no lang="ar" dir="rtl"`]),
    ...(/<link rel="canonical" href="https?:\/\/[^"]+"/u.test(html) ? [] : [`${path}: no absolute canonical link`]),
  ]);
}

/** html-validate's recommended rules, as `path:line:column rule: message`. */
export async function htmlErrors(pages: readonly BuiltPage[]): Promise<string[]> {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // An article page's title is the outlet's headline, kept whole so that it can be cited and found.
      'long-title': 'off',
    },
  });
  const errors: string[] = [];
  for (const { path, html } of pages) {
    const report = await validator.validateString(html, path);
    for (const r of report.results) for (const m of r.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  return errors;
}
