/**
 * Lighthouse on a large build (the bench's 10,000 statements), not only on
 * the five seed articles: the timeline, the largest year page (or month of
 * one), an event and the speaker with the most statements, with the mobile
 * and desktop presets, served gzipped by the bench's static server.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { auditPages, type Measurement } from '../scripts/lib/lighthouse.ts';
import { serveApart } from './static-apart.ts';

/** The HTML pages under a section of dist/, as addresses, in name order. */
function pagesUnder(dist: string, section: string): string[] {
  return readdirSync(join(dist, section), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .sort()
    .map((f) => `/${section}/${f.replace(/index\.html$/u, '')}`);
}

/** The largest of some pages, by the size of their HTML. */
const largest = (dist: string, pages: string[]): string =>
  pages.reduce((a, b) => (statSync(join(dist, b, 'index.html')).size > statSync(join(dist, a, 'index.html')).size ? b : a));

/** The four pages the bench audits in a build. */
export function lighthousePages(dist: string): Record<string, string> {
  const events = pagesUnder(dist, 'events');
  return {
    timeline: '/',
    'large year': largest(dist, pagesUnder(dist, 'years')),
    event: events[0] ?? '/events/',
    speaker: largest(
      dist,
      pagesUnder(dist, 'speakers').filter((p) => p !== '/speakers/'),
    ),
  };
}

/** Audit the four pages of a built site, `runs` times per preset. */
export async function lighthouseOn(
  dist: string,
  runs: number,
  log: (line: string) => void,
): Promise<{ pages: Record<string, string>; runs: number; results: Measurement[] }> {
  const pages = lighthousePages(dist);
  // Compressed as a host sends it: Lighthouse's simulated mobile network counts the bytes on the wire.
  const server = await serveApart(dist, true);
  try {
    return { pages, runs, results: await auditPages(pages, server.baseURL, runs, log) };
  } finally {
    await server.close();
  }
}
