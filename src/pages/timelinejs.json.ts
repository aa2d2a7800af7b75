import type { APIRoute } from 'astro';
import { loadSite } from '@/data/index.ts';
import { timelineJsParts } from '@/lib/site/exports.ts';
import { streamedResponse } from '@/lib/site/stream.ts';

/** The statements in TimelineJS3's format, for newsrooms to embed; streamed. */
export const GET: APIRoute = async ({ site }) => {
  const { statements, sources } = await loadSite();
  return streamedResponse(timelineJsParts(statements, sources, site ?? new URL('http://localhost/')), 'application/json; charset=utf-8');
};
