import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/index.ts';
import { searchFiles } from '../../../lib/search/files.ts';

/** One bucket of statement texts, fetched when a search shows one of its statements (see src/lib/search/texts.ts). */
export const getStaticPaths = (async () =>
  searchFiles(await loadSite()).texts.map((bucket, n) => ({ params: { bucket: String(n) }, props: { bucket } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props['bucket']);
