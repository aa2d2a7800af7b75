/**
 * What files weigh as a static host serves them: each file compressed on
 * its own, with gzip (zlib's default level 6) and with brotli (quality 11,
 * as a host that stores compressed copies serves them). Compressing files
 * joined together would count once what every file repeats (the JSON
 * keys of 1,600 index files), which no reader ever receives that way. A file
 * that does not shrink (Pagefind compresses its own index files) is served
 * as it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes on disk, and on the wire with gzip and with brotli. */
export interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Nothing at all. */
export const NOTHING: Weight = { raw: 0, gzip: 0, brotli: 0 };

/** The weight of one file's contents. */
export function weigh(data: Buffer | string): Weight {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  return {
    raw: bytes.length,
    gzip: Math.min(bytes.length, gzipSync(bytes, { level: 6 }).length),
    brotli: Math.min(bytes.length, brotli.length),
  };
}

/** The sum of weights: what a set of files costs, one request each. */
export function sumWeights(weights: Iterable<Weight>): Weight {
  const total = { ...NOTHING };
  for (const w of weights) {
    total.raw += w.raw;
    total.gzip += w.gzip;
    total.brotli += w.brotli;
  }
  return total;
}

/** Weighs the files of one folder by their path in it, each once (the bench asks for the same files many times). */
export class FolderWeights {
  readonly #root: string;
  readonly #known = new Map<string, Weight>();

  constructor(root: string) {
    this.#root = root;
  }

  /** The weight of the file at `path` (`/search/head.json`) under the folder. */
  of(path: string): Weight {
    let weight = this.#known.get(path);
    if (!weight) {
      weight = weigh(readFileSync(join(this.#root, path)));
      this.#known.set(path, weight);
    }
    return weight;
  }

  /** The summed weight of these files. */
  sum(paths: Iterable<string>): Weight {
    return sumWeights([...paths].map((p) => this.of(p)));
  }
}
