import type { APIRoute } from 'astro';
import { loadSite } from '@/data/index.ts';
import { csvParts } from '@/lib/site/exports.ts';
import { streamedResponse } from '@/lib/site/stream.ts';

/** One row per statement, UTF-8 with a byte-order mark so Excel reads the Arabic; streamed. */
export const GET: APIRoute = async ({ site }) => {
  const { statements, sources } = await loadSite();
  return streamedResponse(csvParts(statements, sources, site ?? new URL('http://localhost/')), 'text/csv; charset=utf-8');
};
