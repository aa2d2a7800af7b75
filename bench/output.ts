/**
 * What a build weighs on disk and as served: dist/ in total, the largest
 * HTML page, the search index file by file (the head, the word shards, the
 * text files), and `/timelinejs.json`, the file TimelineJS would load. What
 * the timeline page costs a reader before the first search is measured in
 * Chromium (search-browser.ts), from the files it really fetched.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FolderWeights, type Weight } from './weigh.ts';

/** A set of files and what they weigh together, one request each. */
export interface FileSet {
  files: number;
  weight: Weight;
  /** The largest file's weight. */
  largest: Weight;
}

/** The sizes the bench reports for one built site. */
export interface OutputSizes {
  totalMB: number;
  largestPage: { path: string } & Weight;
  searchIndex: { all: FileSet; head: FileSet; shards: FileSet; texts: FileSet };
  timelinejs: Weight;
}

/** The files of a set, weighed one by one. */
export function fileSet(weights: FolderWeights, paths: readonly string[]): FileSet {
  const each = paths.map((p) => weights.of(p));
  const largest = each.reduce((a, b) => (b.gzip > a.gzip ? b : a), { raw: 0, gzip: 0, brotli: 0 });
  return { files: paths.length, weight: weights.sum(paths), largest };
}

/** Every file under `dir` of `root`, as a path from the root (`/search/head.json`), in a fixed order. */
export function filesUnder(root: string, dir: string, suffix: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(suffix))
    .map((f) => `/${join(dir, f)}`)
    .sort();
}

/** Weigh one built site. */
export function outputSizes(dist: string, weights = new FolderWeights(dist)): OutputSizes {
  let total = 0;
  let largest = { file: '', size: 0 };
  for (const f of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dist, f));
    if (!stat.isFile()) continue;
    total += stat.size;
    if (f.endsWith('.html') && stat.size > largest.size) largest = { file: f, size: stat.size };
  }
  const index = filesUnder(dist, 'search', '.json');
  const under = (prefix: string) => index.filter((p) => p.startsWith(prefix));
  return {
    totalMB: total / 2 ** 20,
    largestPage: { path: `/${largest.file.replace(/index\.html$/u, '')}`, ...weights.of(`/${largest.file}`) },
    searchIndex: {
      all: fileSet(weights, index),
      head: fileSet(weights, under('/search/head.json')),
      shards: fileSet(weights, under('/search/words/')),
      texts: fileSet(weights, under('/search/text/')),
    },
    timelinejs: weights.of('/timelinejs.json'),
  };
}
