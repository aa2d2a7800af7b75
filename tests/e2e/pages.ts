/**
 * The links-and-HTML gate's rules, on any built site: the committed build
 * (links.test.ts) and the build tests' temporary ones (a redirect page must
 * pass them too). Each returns the problems found, empty when there are none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';

/** A built page: its site path and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** Every HTML page under `dist`. */
export function readPages(dist: string): BuiltPage[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ path: `/${f.replace(/index\.html$/u, '')}`, html: readFileSync(join(dist, f), 'utf8') }));
}

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]));

/** Every internal href/src that does not resolve to a file in `dist`, or whose #fragment names no id on its page. */
export function brokenLinks(dist: string, pages: readonly BuiltPage[]): string[] {
  const fileOf = (path: string) => {
    const clean = decodeURIComponent(path.split(/[?#]/u)[0] ?? '');
    return clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
  };
  const broken: string[] = [];
  for (const page of pages) {
    for (const [, url] of page.html.matchAll(/\s(?:href|src)="([^"]+)"/gu)) {
      if (!url || /^(?:[a-z]+:|\/\/)/iu.test(url)) continue; // external, mailto:, data:
      const target = new URL(url.replaceAll('&amp;', '&'), `http://site${page.path}`);
      const file = fileOf(target.pathname);
      if (!existsSync(file)) {
        broken.push(`${page.path} → ${url} (no ${relative(dist, file)})`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file.endsWith('.html') && !ids(readFileSync(file, 'utf8')).has(fragment))
        broken.push(`${page.path} → ${url} (no id "${fragment}")`);
    }
  }
  return broken;
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
