import type { APIRoute } from 'astro';
import { loadSite } from '../data/index.ts';
import { toCsv } from '../lib/timeline/exports.ts';

/** One row per statement, UTF-8 with a byte-order mark so Excel reads the Arabic. */
export const GET: APIRoute = async ({ site }) => {
  const { statements, sources } = await loadSite();
  return new Response(toCsv(statements, sources, site ?? new URL('http://localhost/')), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
