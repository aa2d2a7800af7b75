/** The shape of bench/results.json, and the figures derived across sizes (the build's cost per page beyond its fixed start). */
import type { Measurement } from '../scripts/lib/lighthouse.ts';
import type { PagefindSite } from './anchors/pagefind.ts';
import type { TimelineJsWeight } from './anchors/timelinejs.ts';
import type { BuildRuns } from './build.ts';
import type { BenchQuery } from './index-queries.ts';
import type { OutputSizes, FileSet } from './output.ts';
import type { EngineReport } from './report.ts';
import type { NodeSearch } from './search-node.ts';
import { median, round } from './stats.ts';
import type { Weight } from './weigh.ts';

/** Pagefind's figures at one size. */
export interface PagefindRun extends Omit<PagefindSite, 'root'> {
  files: { code: FileSet; index: FileSet };
  browser: EngineReport;
  /** Per query, in the order of the set: how far its first 20 hits agree with Bayan's (undefined: neither found any). */
  overlap: (number | undefined)[];
}

/** Every figure for one corpus size. */
export interface BenchRun {
  statements: number;
  articles: number;
  accuracy: { precision: number; recall: number };
  extraction: { medianMs: number; p95Ms: number };
  build: { site: BuildRuns; plain: BuildRuns };
  sizes: OutputSizes;
  /** The timeline page before the first search, as Chromium fetched it. */
  firstLoad: Record<'html' | 'css' | 'js' | 'other', Weight>;
  search: { queries: BenchQuery[]; node: NodeSearch; browser: EngineReport };
  anchors?: { pagefind: PagefindRun };
  lighthouse?: { pages: Record<string, string>; runs: number; results: Measurement[] };
}

/** A whole run of the bench. */
export interface BenchResults {
  machine: Record<string, unknown>;
  /** How the run was made: sizes, passes over the query set, builds per project, anchors. */
  plan: { sizes: number[]; repeats: number; rates: number[]; buildRounds: number; anchors: boolean };
  runs: BenchRun[];
  /** The build's cost per page beyond its fixed start, Bayan and the plain project, from the smallest to the largest size. */
  slope?: { siteMs: number; plainMs: number };
  timelinejs?: TimelineJsWeight;
}

/** The median wall time of a project's builds at one size. */
export const medianWallMs = (builds: BuildRuns): number => median(builds.runs.map((r) => r.wallMs));
/** The largest peak memory of a project's builds at one size. */
export const peakMB = (builds: BuildRuns): number => Math.max(...builds.runs.map((r) => r.peakMB));

/** Build cost per page beyond a fixed start: the slope of median wall time between the smallest and the largest run. */
export function buildSlope(runs: readonly BenchRun[]): BenchResults['slope'] {
  const [first, last] = [runs[0], runs.at(-1)];
  if (!first || !last || first === last) return undefined;
  const slope = (pick: (r: BenchRun) => BuildRuns) =>
    round((medianWallMs(pick(last)) - medianWallMs(pick(first))) / (pick(last).pages - pick(first).pages), 3);
  return { siteMs: slope((r) => r.build.site), plainMs: slope((r) => r.build.plain) };
}
