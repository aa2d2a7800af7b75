import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '@/data/index.ts';
import { FEED_TITLE, TAGLINE } from '@/lib/brand.ts';
import { paths } from '@/lib/paths.ts';
import { rssItem } from '@/lib/site/exports.ts';

/** The latest statements, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const { statements, sources } = await loadSite();
  return rss({
    title: FEED_TITLE,
    description: TAGLINE,
    // The channel's link is the timeline's home, under the base; items' links are resolved against it.
    site: new URL(paths.home, site ?? 'http://localhost/').href,
    customData: '<language>ar</language>',
    items: [...statements]
      .reverse()
      .slice(0, 50)
      .map((s) => rssItem(s, sources.get(s.article))),
  });
};
