/**
 * Where the index files stand under `/search/`, and how the engine reads
 * them: with `fetch` in the browser, from memory in Node (`files.ts`).
 */
import { shardName } from './words.ts';

/** Reads one index file by its path under `/search/` and gives its parsed JSON. */
export type Loader = (path: string) => Promise<unknown>;

/** The head's path. */
export const HEAD_PATH = 'head.json';
/** The path of the word shard with this key. */
export const shardPath = (key: string): string => `words/${shardName(key)}.json`;
/** The path of the text file with this name (`texts.ts`). */
export const textPath = (name: string): string => `text/${name}.json`;

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
