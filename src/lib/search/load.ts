/**
 * Where the index files stand under `/search/`, and how the engine reads
 * them: with `fetch` in the browser, from memory in Node (`files.ts`).
 *
 * The head keeps its name, `head.json`, and is revalidated on every use; the
 * word shards and text files carry the index's digest in their names
 * (`words/<name>.<digest>.json`), which the head gives, so a name never
 * stands for two contents and a host may cache them for good (README,
 * "Deploy"; public/_headers).
 */
import { shardName } from './words.ts';

/** Reads one index file by its path under `/search/` and gives its parsed JSON. */
export type Loader = (path: string) => Promise<unknown>;

/** The head's path. */
export const HEAD_PATH = 'head.json';
/** The name (no extension) of the word shard with this key, in the index with this digest. */
export const shardFile = (key: string, digest: string): string => `${shardName(key)}.${digest}`;
/** The name (no extension) of the text file with this name (`texts.ts`), in the index with this digest. */
export const textFile = (name: string, digest: string): string => `${name}.${digest}`;
/** The path of a word shard. */
export const shardPath = (key: string, digest: string): string => `words/${shardFile(key, digest)}.json`;
/** The path of a text file. */
export const textPath = (name: string, digest: string): string => `text/${textFile(name, digest)}.json`;

/** A loader that fetches from `base` (`/search/`), for the browser. */
export function fetchLoader(base: string): Loader {
  return async (path) => {
    const response = await fetch(`${base}${path}`);
    if (!response.ok) throw new Error(`${base}${path}: HTTP ${response.status}`);
    return response.json();
  };
}

/** A loader that reads a built site's `/search/` files from disk (`dist/search/`), for tests and benchmarks in Node. */
export function diskLoader(dir: string, read: (path: string) => string): Loader {
  return (path) => Promise.resolve(JSON.parse(read(`${dir}/${path}`)) as unknown);
}
