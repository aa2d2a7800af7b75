import type { APIRoute } from 'astro';
import { loadSite } from '../data/index.ts';
import { toTimelineJs } from '../lib/timeline/exports.ts';

/** The statements in TimelineJS3's format, for newsrooms to embed. */
export const GET: APIRoute = async ({ site }) => {
  const { statements, sources } = await loadSite();
  const body = toTimelineJs(statements, sources, site ?? new URL('http://localhost/'));
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
