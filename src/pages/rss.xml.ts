import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../data/index.ts';
import { rssItem } from '../lib/timeline/exports.ts';

/** The latest statements, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const { statements, sources } = await loadSite();
  return rss({
    title: 'بيان: أحدث التصريحات',
    description: 'من قال ماذا ومتى عن انسحاب التحالف الدولي من العراق',
    site: site ?? 'http://localhost/',
    customData: '<language>ar</language>',
    items: [...statements]
      .reverse()
      .slice(0, 50)
      .map((s) => rssItem(s, sources.get(s.article))),
  });
};
