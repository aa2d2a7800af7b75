import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '@/data/index.ts';
import { searchFiles } from '@/lib/search/files.ts';
import { textFile } from '@/lib/search/load.ts';

/** One file of statement texts, fetched when a search shows one of its statements (see src/lib/search/texts.ts); its name carries the index's digest (load.ts). */
export const getStaticPaths = (async () => {
  const { head, texts } = searchFiles(await loadSite());
  return [...texts].map(([name, entries]) => ({ params: { name: textFile(name, head.digest) }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props['entries']);
