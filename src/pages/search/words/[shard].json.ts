import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '@/data/index.ts';
import { searchFiles } from '@/lib/search/files.ts';
import { shardName } from '@/lib/search/words.ts';

/** One shard of the inverted index, fetched when a query word falls in it (see src/lib/search/postings.ts). */
export const getStaticPaths = (async () =>
  [...searchFiles(await loadSite()).shards.keys()].map((key) => ({
    params: { shard: shardName(key) },
    props: { key },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => Response.json(searchFiles(await loadSite()).shards.get(String(props['key'])));
