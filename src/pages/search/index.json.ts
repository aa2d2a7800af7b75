import type { APIRoute } from 'astro';
import { loadSite } from '../../data/index.ts';
import { buildSearchIndex } from '../../lib/search/documents.ts';

/** The search index the browser fetches on first use (see src/lib/search/documents.ts). */
export const GET: APIRoute = async () => {
  const { statements, sources, speakers } = await loadSite();
  return new Response(JSON.stringify(buildSearchIndex(statements, sources, speakers)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
