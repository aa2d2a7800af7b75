/**
 * The fresh pages' samples summed up for the table and results.json: per
 * CPU rate, the search's readying, first query, reader's wait and warm
 * query (p50, p95 and the sample count); per query, what its first search
 * fetched (search code included) and its first 20 hits; per kind, the
 * bytes of its queries. And how far two engines' first 20 hits agree.
 */
import type { Sample } from './fresh-pages.ts';
import { KINDS, type BenchQuery, type QueryKind } from './index-queries.ts';
import { latency, percentile, round, type Latency } from './stats.ts';
import { sumWeights, type FolderWeights, type Weight } from './weigh.ts';

/** The latencies at one CPU rate. */
export interface RateReport {
  rate: number;
  /** From the reader's first step (focus) to the search ready. */
  load: Latency;
  /** The first query of a fresh page. */
  first: Latency;
  /** The reader's wait after the typing pause (Bayan only). */
  wait?: Latency;
  /** The same query again, its files in memory. */
  again: Latency;
}

/** One query's first search. */
export interface QueryReport extends BenchQuery {
  /** The first query's latency at each rate, in the order of `rates`. */
  first: Latency[];
  /** Everything fetched from the readying to the first query's answer, at 1×. */
  bytes: Weight;
  files: number;
  /** The first 20 hits, as event ids. */
  top: string[];
  /** How many it found, when the page says. */
  found?: number;
}

/** Bytes of a kind's first queries: the median and the largest query. */
export interface KindBytes {
  kind: QueryKind;
  median: Weight;
  max: Weight;
}

/** An engine's fresh-page figures. */
export interface EngineReport {
  rates: RateReport[];
  queries: QueryReport[];
  kinds: KindBytes[];
  /** The largest first query of the set, and the median one. */
  bytes: { median: Weight; max: Weight };
  /** The search's code among the files of a first query (scripts and WebAssembly). */
  code: Weight;
  /** What the page fetched before the search was readied (its first load), by file. */
  firstLoad: { files: string[]; weight: Weight };
}

const byGzip = (ws: readonly Weight[]) => [...ws].sort((a, b) => a.gzip - b.gzip);
/** The median and the largest of some weights, ordered by their gzip bytes. */
function spread(ws: readonly Weight[]): { median: Weight; max: Weight } {
  const sorted = byGzip(ws);
  const none = { raw: 0, gzip: 0, brotli: 0 };
  return { median: sorted[Math.ceil(sorted.length / 2) - 1] ?? none, max: sorted.at(-1) ?? none };
}

/** Sum up an engine's samples; `weights` weighs the files its server served. */
export function reportSamples(samples: readonly Sample[], queries: readonly BenchQuery[], weights: FolderWeights): EngineReport {
  const rates = [...new Set(samples.map((s) => s.rate))];
  const at = (rate: number) => samples.filter((s) => s.rate === rate);
  const rateReports = rates.map((rate): RateReport => {
    const these = at(rate);
    const waits = these.flatMap((s) => (s.waitMs === undefined ? [] : [s.waitMs]));
    return {
      rate,
      load: latency(these.map((s) => s.loadMs)),
      first: latency(these.map((s) => s.firstMs)),
      ...(waits.length ? { wait: latency(waits) } : {}),
      again: latency(these.map((s) => s.againMs)),
    };
  });
  // Bytes and hits from the first pass at the first rate: the files are the same in every pass.
  const base = samples.filter((s) => s.rate === rates[0] && s.repeat === 0);
  const queryReports = queries.map((query): QueryReport => {
    const sample = base.find((s) => s.q === query.q && s.kind === query.kind);
    if (!sample) throw new Error(`no sample for ${query.q}`);
    return {
      ...query,
      first: rates.map((rate) =>
        latency(
          at(rate)
            .filter((s) => s.q === query.q)
            .map((s) => s.firstMs),
        ),
      ),
      bytes: weights.sum(sample.searchFiles),
      files: sample.searchFiles.length,
      top: sample.top,
      ...(sample.total === undefined ? {} : { found: sample.total }),
    };
  });
  const kinds = KINDS.filter((kind) => queries.some((q) => q.kind === kind)).map((kind) => ({
    kind,
    ...spread(queryReports.filter((q) => q.kind === kind).map((q) => q.bytes)),
  }));
  const firstLoadFiles = base[0]?.firstLoadFiles ?? [];
  return {
    rates: rateReports,
    queries: queryReports,
    kinds,
    bytes: spread(queryReports.map((q) => q.bytes)),
    code: weights.sum((base[0]?.searchFiles ?? []).filter((f) => /\.(js|pagefind)$/u.test(f))),
    firstLoad: { files: firstLoadFiles, weight: weights.sum(firstLoadFiles) },
  };
}

/** A page's first load by kind of file: its HTML, CSS, JavaScript and anything else (the favicon). */
export function firstLoadByType(files: readonly string[], weights: FolderWeights): Record<'html' | 'css' | 'js' | 'other', Weight> {
  const of = (test: (f: string) => boolean) => sumWeights(files.filter(test).map((f) => weights.of(f)));
  const typed = (f: string) => /\.(html|css|js)$/u.test(f);
  return {
    html: of((f) => f.endsWith('.html')),
    css: of((f) => f.endsWith('.css')),
    js: of((f) => f.endsWith('.js')),
    other: of((f) => !typed(f)),
  };
}

/**
 * How far two first pages of hits agree: the hits both show, over the
 * longer list (1 when both show the same statements, in any order);
 * undefined when neither finds anything.
 */
export function overlap(ours: readonly string[], theirs: readonly string[]): number | undefined {
  const longer = Math.max(ours.length, theirs.length);
  if (longer === 0) return undefined;
  const mine = new Set(ours);
  return round(theirs.filter((id) => mine.has(id)).length / longer, 2);
}

/** The median of the defined values, or undefined. */
export function medianOf(values: readonly (number | undefined)[]): number | undefined {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length ? percentile(defined, 50) : undefined;
}
