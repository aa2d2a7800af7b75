/**
 * One built page of each template, found in dist/ rather than named by hand,
 * so the gates that visit "every template" follow the content.
 */
import { readdirSync } from 'node:fs';

const dist = new URL('../../dist/', import.meta.url).pathname;

/** The first page built under `dir` (e.g. `events`), as a site path; `/articles/years/` holds year pages, not an article. */
function first(dir: string): string {
  const name = readdirSync(`${dist}${dir}`, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !(dir === 'articles' && d.name === 'years'))
    .map((d) => d.name)
    .sort()[0];
  if (!name) throw new Error(`dist/${dir}/ has no pages: build the site first`);
  return `/${dir}/${name}/`;
}

/** A month page (`/<dir>/<yyyy>/<mm>/`), if some year is large enough to have them; the seeds' years are not. */
function monthPage(dir: string): string | undefined {
  for (const year of readdirSync(`${dist}${dir}`).sort()) {
    const month = readdirSync(`${dist}${dir}/${year}`, { withFileTypes: true }).find((d) => d.isDirectory());
    if (month) return `/${dir}/${year}/${month.name}/`;
  }
  return undefined;
}

/** A query that finds statements on the seeds and on any corpus about the coalition. */
export const SAMPLE_QUERY = 'التحالف';

/** Template name → site path, one page each. */
export function templatePages(): Record<string, string> {
  const month = monthPage('years');
  const articleMonth = monthPage('articles/years');
  return {
    timeline: '/',
    'timeline, active search': `/?q=${encodeURIComponent(SAMPLE_QUERY)}`,
    chronological: '/chronological/',
    year: first('years'),
    ...(month ? { month } : {}),
    event: first('events'),
    'speaker list': '/speakers/',
    speaker: first('speakers'),
    'article list': '/articles/',
    'article list, year': first('articles/years'),
    ...(articleMonth ? { 'article list, month': articleMonth } : {}),
    article: first('articles'),
    'search page (no JavaScript)': '/search/',
    404: '/no-such-page/',
  };
}
