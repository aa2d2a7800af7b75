/**
 * `npx node bench/index-size.ts <dist> [runs]`: what the search index costs
 * a reader, from a built site's `/search/` files. Prints the head, the word
 * shards and the text buckets (raw and gzip), and for a fixed set of queries
 * the gzip bytes a first query fetches (head, shards, the buckets of the
 * first 20 hits) and the Node latency over `runs` runs: cold (a fresh engine
 * whose head is loaded, so the query pays for its shards and buckets, read
 * from disk and parsed, as the browser's first query does) and warm (the
 * same engine again). CPU time is printed beside wall time: the machine is
 * shared, and CPU time is what the query itself costs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SearchEngine } from '../src/lib/search/engine.ts';
import { diskLoader } from '../src/lib/search/load.ts';
import { QUERIES } from './index-queries.ts';

const [dist = 'dist', runsArg = '20'] = process.argv.slice(2);
const runs = Number(runsArg);
const root = join(dist, 'search');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const at = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

/** Raw and gzip bytes of every file, by path under /search/. */
const bytes = new Map<string, { raw: number; gz: number }>();
for (const dir of ['', 'words/', 'text/']) {
  for (const name of readdirSync(join(root, dir)).filter((f) => f.endsWith('.json'))) {
    const data = readFileSync(join(root, dir, name));
    bytes.set(`${dir}${name}`, { raw: data.length, gz: gzipSync(data).length });
  }
}
function summary(label: string, prefix: string): void {
  const files = [...bytes].filter(([p]) => p.startsWith(prefix)).map(([, b]) => b);
  const raw = sorted(files.map((b) => b.raw));
  const gz = sorted(files.map((b) => b.gz));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  console.log(
    `${label}\t${files.length} files\ttotal ${kb(sum(raw))} raw, ${kb(sum(gz))} gz\tmedian ${kb(at(raw, 0.5))} raw, ${kb(at(gz, 0.5))} gz\tmax ${kb(raw.at(-1) ?? 0)} raw, ${kb(gz.at(-1) ?? 0)} gz`,
  );
}
summary('head', 'head.json');
summary('word shards', 'words/');
summary('text buckets', 'text/');

/** An engine reading from dist, and the paths it read. */
function engine(): { engine: SearchEngine; read: string[] } {
  const read: string[] = [];
  const fromDisk = diskLoader(root, (path) => readFileSync(path, 'utf8'));
  const load = (path: string) => (read.push(path), fromDisk(path));
  return { engine: new SearchEngine(load), read };
}

/** Wall and CPU milliseconds of one call. */
async function time(run: () => Promise<unknown>): Promise<[number, number]> {
  const started = performance.now();
  const used = process.cpuUsage();
  await run();
  const { user, system } = process.cpuUsage(used);
  return [performance.now() - started, (user + system) / 1000];
}

const first = engine();
const [loadWall, loadCpu] = await time(() => first.engine.ready());
console.log(`head load (read + parse + prepare)\t${loadWall.toFixed(0)} ms wall, ${loadCpu.toFixed(0)} ms CPU`);

console.log(
  'query\tkind\ttotal\tfiles\tfirst query fetches (gz)\tcold wall p50/p95 ms\tcold CPU p50/p95\twarm wall p50/p95\twarm CPU p50/p95',
);
for (const { kind, q } of QUERIES) {
  const cold: [number, number][] = [];
  const warm: [number, number][] = [];
  let total = 0;
  let read: string[] = [];
  for (let i = 0; i < runs; i++) {
    const fresh = engine();
    await fresh.engine.ready();
    cold.push(await time(async () => (total = (await fresh.engine.search({ q })).total)));
    warm.push(await time(() => fresh.engine.search({ q })));
    read = fresh.read;
  }
  const fetched = read.reduce((n, p) => n + (bytes.get(p)?.gz ?? 0), 0);
  const fmt = (xs: [number, number][], k: 0 | 1) => {
    const s = sorted(xs.map((x) => x[k]));
    return `${at(s, 0.5).toFixed(1)} / ${at(s, 0.95).toFixed(1)}`;
  };
  console.log(
    `${q}\t${kind}\t${total}\t${read.length}\t${kb(fetched)}\t${fmt(cold, 0)}\t${fmt(cold, 1)}\t${fmt(warm, 0)}\t${fmt(warm, 1)}`,
  );
}
