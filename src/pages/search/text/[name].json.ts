import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '@/data/index.ts';
import { searchFiles } from '@/lib/search/files.ts';

/** One file of statement texts, fetched when a search shows one of its statements (see src/lib/search/texts.ts). */
export const getStaticPaths = (async () =>
  [...searchFiles(await loadSite()).texts].map(([name, entries]) => ({ params: { name }, props: { entries } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props['entries']);
