import type { APIRoute } from 'astro';
import { loadSite } from '../data/index.ts';
import { exportRecord } from '../lib/timeline/exports.ts';

/** Every statement with full provenance (schema in the README). */
export const GET: APIRoute = async ({ site }) => {
  const { statements, sources } = await loadSite();
  const base = site ?? new URL('http://localhost/');
  const body = { statements: statements.map((s) => exportRecord(s, sources.get(s.article), base)) };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
