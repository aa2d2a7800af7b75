import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../data/index.ts';
import { eventPath, mainWords } from '../lib/timeline/exports.ts';

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
      .map((s) => ({
        title: `${s.speaker.name}: «${mainWords(s).slice(0, 90)}»`,
        link: eventPath(s.id),
        pubDate: new Date(`${s.date}T00:00:00Z`),
        description: `${mainWords(s)} (${sources.get(s.article)?.outlet ?? ''})`,
      })),
  });
};
