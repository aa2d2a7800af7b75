/**
 * Timing a full site build against a content directory: wall time and peak
 * memory of `npm run build`, the command a newsroom runs (GNU time's maximum
 * resident set size, the largest process of the build), and the same for a
 * plain Astro project of as many trivial pages, built in the same run by the
 * same command, so the cost per page can be stated as a ratio.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
/** Bayan's own build script (package.json), which the plain project is given too. */
const buildScript = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build;

/** What one build cost. */
export interface BuildCost {
  pages: number;
  wallMs: number;
  peakMB: number;
}

/** Run `npm run build` under GNU time in `cwd`, with extra environment; throws with the output when it fails. */
function timedBuild(cwd: string, outDir: string, env: Record<string, string>): { wallMs: number; peakMB: number } {
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

/** Build Bayan from `content` into `<work>/dist`, with a cache of its own. */
export function buildSite(content: string, work: string): BuildCost & { dist: string } {
  const dist = join(work, 'dist');
  const cost = timedBuild(root, dist, { BAYAN_CONTENT_DIR: content, BAYAN_CACHE_DIR: join(work, 'cache') });
  return { ...cost, pages: countPages(dist), dist };
}

/** Build a bare Astro project of `pages` trivial pages (one dynamic route), for comparison. */
export function buildPlain(pages: number, work: string): BuildCost {
  const project = join(work, 'plain');
  mkdirSync(join(project, 'src/pages'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ type: 'module', scripts: { build: buildScript } })}\n`);
  writeFileSync(join(project, 'astro.config.mjs'), "export default { build: { format: 'directory' } };\n");
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
  const dist = join(project, 'dist');
  return { ...timedBuild(project, dist, {}), pages: countPages(dist) };
}
