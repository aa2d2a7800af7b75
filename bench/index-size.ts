/**
 * `npx node bench/index-size.ts <dist> [runs]`: what the search index costs
 * a reader, from a built site. Prints the index file's size (raw and gzip)
 * and, for a fixed set of queries, the gzip bytes a first query fetches and
 * the Node latency (p50/p95 over `runs` runs). This version measures the
 * one-file design (`/search/index.json`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SearchIndex } from '../src/lib/search/documents.ts';
import { SearchEngine } from '../src/lib/search/engine.ts';

/** Queries a reader types, one of each kind (the names are the synthetic corpus's speakers). */
export const QUERIES: readonly [kind: string, q: string][] = [
  ['full name', 'ويليام هنتر'],
  ['surname', 'هنتر'],
  ['English name', 'Hunter'],
  ['year', '2019'],
  ['month (Arabic)', 'كانون الأول 2021'],
  ['month (English)', 'December 2021'],
  ['common word', 'القوات'],
  ['word from a statement', 'الاستخبارات'],
  ['two words', 'انسحاب القوات'],
  ['name + year', 'هنتر 2020'],
  ['misspelt name', 'ساندرس'],
];

const [dist = 'dist', runsArg = '20'] = process.argv.slice(2);
const runs = Number(runsArg);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;

const raw = readFileSync(join(dist, 'search', 'index.json'));
const gz = gzipSync(raw).length;
console.log(`index.json\t${kb(raw.length)} raw\t${kb(gz)} gz`);

let started = performance.now();
const engine = new SearchEngine(JSON.parse(raw.toString()) as SearchIndex);
console.log(`load (parse + prepare)\t${(performance.now() - started).toFixed(0)} ms`);

// CPU time as well as wall time: the machine is shared, and CPU time is what the query itself costs.
console.log('query\tkind\ttotal\tfirst query fetches (gz)\twall p50/p95 ms\tCPU p50/p95 ms');
for (const [kind, q] of QUERIES) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    const used = process.cpuUsage();
    total = engine.search({ q }, 20).total;
    const { user, system } = process.cpuUsage(used);
    wall.push(performance.now() - started);
    cpu.push((user + system) / 1000);
  }
  const fmt = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `${pct(s, 0.5).toFixed(1)} / ${pct(s, 0.95).toFixed(1)}`;
  };
  console.log(`${q}\t${kind}\t${total}\t${kb(gz)}\t${fmt(wall)}\t${fmt(cpu)}`);
}
