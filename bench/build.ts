/**
 * Timing full builds against a content directory: wall time and peak memory
 * of `npm run build`, the command a newsroom runs (GNU time's maximum
 * resident set size, the largest process of the build), and the same for a
 * plain Astro project of as many trivial pages, by the same command.
 *
 * The two alternate (site, plain, then plain, site, …), each from a clean
 * output and cache folder, so that a machine busier in one minute than the
 * next weighs on both alike.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
/** Bayan's own build script (package.json), which the plain project is given too. */
const buildScript = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build;

/** What one build cost. */
export interface BuildCost {
  wallMs: number;
  peakMB: number;
}

/** Every build of one project at one size. */
export interface BuildRuns {
  pages: number;
  runs: BuildCost[];
}

/** Run `npm run build` under GNU time in `cwd`, with extra environment; throws with the output when it fails. */
function timedBuild(cwd: string, outDir: string, env: Record<string, string>): BuildCost {
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-v', 'npm', 'run', '--silent', 'build', '--', '--outDir', outDir], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  const wallMs = performance.now() - started;
  if (run.status !== 0) throw new Error(`npm run build failed in ${cwd}:\n${(run.stdout + run.stderr).slice(-4000)}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/u.exec(run.stderr)?.[1] ?? Number.NaN);
  return { wallMs, peakMB: kb / 1024 };
}

/** Count the HTML pages a build wrote. */
export function countPages(dist: string): number {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

/** Build Bayan from `content` into `dist` with an empty cache of its own. */
function buildSite(content: string, dist: string, cache: string): BuildCost {
  rmSync(cache, { recursive: true, force: true });
  return timedBuild(root, dist, { BAYAN_CONTENT_DIR: content, BAYAN_CACHE_DIR: cache });
}

/** Write a bare Astro project of `pages` trivial pages (one dynamic route) in `project`, its cache inside it. */
function writePlainProject(project: string, pages: number): void {
  mkdirSync(join(project, 'src/pages'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ type: 'module', scripts: { build: buildScript } })}\n`);
  writeFileSync(join(project, 'astro.config.mjs'), "export default { cacheDir: './cache', build: { format: 'directory' } };\n");
  writeFileSync(
    join(project, 'src/pages/[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } }));
}
const { n } = Astro.params;
---
<html lang="ar" dir="rtl"><head><meta charset="utf-8" /><title>صفحة {n}</title></head><body><h1>صفحة {n}</h1><p>نص قصير.</p></body></html>
`,
  );
}

/** Build a plain project from a clean cache. */
function buildPlain(project: string): BuildCost {
  rmSync(join(project, 'cache'), { recursive: true, force: true });
  return timedBuild(project, join(project, 'dist'), {});
}

/**
 * Build Bayan from `content` and the plain project of as many pages,
 * alternating, `rounds` times each (site first, since its page count
 * sizes the plain project). Bayan's last build stays in `<work>/dist`.
 */
export function buildBoth(
  content: string,
  work: string,
  rounds: number,
  log: (line: string) => void = () => undefined,
): { site: BuildRuns; plain: BuildRuns; dist: string } {
  const dist = join(work, 'dist');
  const cache = join(work, 'cache');
  const project = join(work, 'plain');
  const site: BuildCost[] = [];
  const plain: BuildCost[] = [];
  let pages = 0;
  const steps = Array.from({ length: rounds }, (_, r) => (r % 2 === 0 ? ['site', 'plain'] : ['plain', 'site'])).flat();
  for (const [i, step] of steps.entries()) {
    log(`build ${i + 1} of ${steps.length}: ${step === 'site' ? 'Bayan' : 'the plain Astro project'}`);
    if (step === 'site') {
      site.push(buildSite(content, dist, cache));
      if (!pages) {
        pages = countPages(dist);
        writePlainProject(project, pages);
      }
    } else plain.push(buildPlain(project));
  }
  if (countPages(join(project, 'dist')) !== pages)
    throw new Error(`the plain project built ${countPages(join(project, 'dist'))} pages, not ${pages}`);
  return { site: { pages, runs: site }, plain: { pages, runs: plain }, dist };
}
