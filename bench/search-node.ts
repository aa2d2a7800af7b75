/**
 * Bayan's search in Node, through `SearchEngine` over a built site's index
 * files read from disk: each query in a fresh engine whose head is loaded,
 * so that it pays for reading and parsing its word shards and text files,
 * as the browser's first query does (without the network). Also what each
 * query finds, which the browser's page does not say at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SearchEngine } from '../src/lib/search/engine.ts';
import { diskLoader } from '../src/lib/search/load.ts';
import type { BenchQuery } from './index-queries.ts';
import { latency, percentile, round, type Latency } from './stats.ts';

/** What the Node runs measured. */
export interface NodeSearch {
  /** Loading the head (read, parse, prepare), median ms. */
  prepareMs: number;
  /** Every query's search in a fresh engine, over all rounds. */
  latency: Latency;
  /** How many statements each query finds, in the order of the set. */
  found: number[];
}

/** An engine over a built site's index files, read from disk. */
const engineOn = (dist: string) => new SearchEngine(diskLoader(join(dist, 'search'), (path) => readFileSync(path, 'utf8')));

/** Time the query set in Node, `rounds` times each, every query in a fresh engine. */
export async function searchInNode(dist: string, queries: readonly BenchQuery[], rounds = 5): Promise<NodeSearch> {
  const prepare: number[] = [];
  const times: number[] = [];
  const found: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const [i, { q }] of queries.entries()) {
      const engine = engineOn(dist);
      let t = performance.now();
      await engine.ready();
      prepare.push(performance.now() - t);
      t = performance.now();
      const answer = await engine.search({ q });
      times.push(performance.now() - t);
      found[i] = answer.total;
    }
  }
  return { prepareMs: round(percentile(prepare, 50), 1), latency: latency(times), found };
}
