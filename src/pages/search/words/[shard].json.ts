import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '@/data/index.ts';
import { searchFiles } from '@/lib/search/files.ts';
import { shardFile } from '@/lib/search/load.ts';

/** One shard of the inverted index, fetched when a query word falls in it (see src/lib/search/postings.ts); its name carries the index's digest (load.ts). */
export const getStaticPaths = (async () => {
  const { head, shards } = searchFiles(await loadSite());
  return [...shards.keys()].map((key) => ({ params: { shard: shardFile(key, head.digest) }, props: { key } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => Response.json(searchFiles(await loadSite()).shards.get(String(props['key'])));
