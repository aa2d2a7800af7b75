/**
 * `npm run lighthouse [-- --no-budget] [--runs=N]`: Lighthouse on the built
 * site, in Debian's Chromium, with its mobile (default) and desktop presets.
 *
 * Builds the site when dist/ is missing or older than its sources, serves it
 * with `astro preview`, and audits four pages found in dist/: the timeline,
 * an event, a speaker and an article. Each page is run three times per preset
 * and the median kept. Prints a table of the four category scores and the key
 * metrics, lists every audit that keeps a category below 100, writes the
 * results to bench/lighthouse.json, and exits 1 when the budget (100 in
 * Performance, Accessibility, Best Practices and SEO on every page and
 * preset) is missed, unless run with --no-budget.
 *
 * Not part of `npm test`: performance timings are noisy.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { CHROMIUM_PATH } from './lib/browser.ts';
import {
  auditPages,
  budgetMissed,
  chromiumVersion,
  lighthouseFailures,
  lighthouseTable,
  lighthouseVersion,
  lighthouseWarnings,
} from './lib/lighthouse.ts';
import { startPreview } from './lib/preview.ts';

const root = new URL('../', import.meta.url).pathname;
const dist = join(root, 'dist');
const OUT = join(root, 'bench', 'lighthouse.json');

/**
 * Newest modification time (ms) under the given paths, counting folders too:
 * a folder's time changes when a file in it is added, renamed or removed.
 */
function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    newest = Math.max(newest, statSync(path).mtimeMs);
    if (!statSync(path).isDirectory()) continue;
    for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** Build the site unless dist/ exists and is newer than everything it is built from. */
function ensureBuild(): void {
  const index = join(dist, 'index.html');
  const sources = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'].map((p) => join(root, p));
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(sources)) return;
  process.stdout.write('dist/ is missing or stale: building…\n');
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const build = spawnSync(process.execPath, [astro, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('astro build failed');
}

/** The first (by name) page built under a dist/ section such as `events`. */
function firstPage(section: string): string {
  const dirs = readdirSync(join(dist, section), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dist, section, e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
  if (!dirs[0]) throw new Error(`no page under dist/${section}/`);
  return `/${section}/${dirs[0]}/`;
}

/** The pages to audit, found in the build rather than named by id. */
function pages(): Record<string, string> {
  return { timeline: '/', event: firstPage('events'), speaker: firstPage('speakers'), article: firstPage('articles') };
}

/** Parse the flags, build, serve, measure, report; the exit code carries the budget. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'no-budget': { type: 'boolean' }, runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive whole number');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is missing at ${CHROMIUM_PATH} (see npm run test:e2e, or set CHROMIUM_PATH)`);
  ensureBuild();
  const { baseURL: base, stop } = await startPreview();
  let results;
  try {
    results = await auditPages(pages(), base, runs);
  } finally {
    stop();
  }
  const about = { lighthouse: lighthouseVersion(), chromium: chromiumVersion(), runs };
  mkdirSync(join(root, 'bench'), { recursive: true });
  // Formatted as `npm run lint` wants it, since the file is committed.
  writeFileSync(OUT, await format(JSON.stringify({ ...about, results }), { ...(await resolveConfig(OUT)), filepath: OUT }));
  process.stdout.write(
    `\n${lighthouseTable(results)}\n\n${lighthouseFailures(results)}${lighthouseWarnings(results)}\n\nWrote ${OUT.slice(root.length)}\n`,
  );
  if (budgetMissed(results) && !values['no-budget']) {
    process.stderr.write('Lighthouse budget missed: 100 in every category on every page and preset.\n');
    process.exitCode = 1;
  }
}

await main();
