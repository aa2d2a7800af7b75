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
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { format, resolveConfig } from 'prettier';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_PATH } from './lib/browser.ts';
import { startPreview } from './lib/preview.ts';

const root = new URL('../', import.meta.url).pathname;
const dist = join(root, 'dist');
const OUT = join(root, 'bench', 'lighthouse.json');

/** The four categories of the budget, in table order, with their column headings. */
const CATEGORIES = { performance: 'Perf', accessibility: 'A11y', 'best-practices': 'BP', seo: 'SEO' } as const;
type Category = keyof typeof CATEGORIES;

/** Key metrics shown next to the scores: audit id, heading, unit. */
const METRICS = [
  ['first-contentful-paint', 'FCP', 'ms'],
  ['largest-contentful-paint', 'LCP', 'ms'],
  ['total-blocking-time', 'TBT', 'ms'],
  ['cumulative-layout-shift', 'CLS', ''],
  ['speed-index', 'SI', 'ms'],
] as const;

/** Lighthouse's presets: its default config is mobile; it ships a desktop one. */
const PRESETS: Record<string, Config | undefined> = { mobile: undefined, desktop: desktopConfig };

/** One page audited with one preset: median scores and metrics, and what keeps a score below 100. */
interface Measurement {
  page: string;
  path: string;
  preset: string;
  /** Median score per category, 0–100. */
  scores: Record<Category, number>;
  /** Each run's scores, for seeing the noise. */
  runs: Record<Category, number>[];
  /** The median run's metrics (whole ms, or unitless for CLS), by audit id. */
  metrics: Record<string, number>;
  failing: FailingAudit[];
  /** Lighthouse's measure of this machine's CPU speed in the median run (higher is faster). */
  benchmarkIndex: number;
  /** Lighthouse's warnings about the runs (a busy CPU, a slow page), each once. */
  warnings: string[];
}

/** An audit that counts towards a category below 100 and does not pass. */
interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  score: number;
  displayValue: string;
  /** In how many of the runs it failed. */
  failedRuns: number;
  /** What it found, from its details table: console messages, elements, URLs (a few). */
  items: string[];
}

/** Median of a few numbers (the mean of the middle two for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

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

/** One Lighthouse run in a freshly launched headless Chromium with a fresh profile. */
async function runOnce(url: string, config: Config | undefined): Promise<Result> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', locale: 'en', onlyCategories: Object.keys(CATEGORIES) },
      config,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/** A run's category scores, 0–100 as the report shows them. */
function scoresOf(lhr: Result): Record<Category, number> {
  const entries = Object.keys(CATEGORIES).map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]);
  return Object.fromEntries(entries) as Record<Category, number>;
}

/** A few lines saying what an audit found: a message, an element's selector or a URL per item. */
function detailItems(audit: Result['audits'][string], max = 3): string[] {
  const details = audit.details;
  if (!details || !('items' in details) || !Array.isArray(details.items)) return [];
  return (details.items as Record<string, unknown>[]).slice(0, max).map((item) => {
    const node = item['node'] as { selector?: string; explanation?: string } | undefined;
    const source = item['sourceLocation'] as { url?: string } | undefined;
    const parts = [item['description'], node?.selector, node?.explanation?.split('\n')[1]?.trim(), source?.url ?? item['url']];
    return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' · ');
  });
}

/** The weighted audits of a category that do not pass in at least `minRuns` of the runs. */
function failingIn(runs: Result[], medianRun: Result, category: Category, minRuns: number): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const ref of medianRun.categories[category]?.auditRefs ?? []) {
    if (ref.weight === 0) continue;
    const fails = runs.filter((r) => {
      const score = r.audits[ref.id]?.score;
      return score !== null && score !== undefined && score < 1;
    });
    if (fails.length < minRuns) continue;
    const run = fails.includes(medianRun) ? medianRun : fails[0]!;
    const audit = run.audits[ref.id]!;
    failing.push({
      category,
      id: ref.id,
      title: audit.title,
      score: audit.score ?? 0,
      displayValue: audit.displayValue ?? '',
      failedRuns: fails.length,
      items: detailItems(audit),
    });
  }
  return failing;
}

/**
 * Audits that pull the given categories below 100: those that count (weight
 * above 0) and fail in at least half of the runs, described from the median
 * run when it is one of them; when no audit fails that often, every one that
 * failed at all.
 */
function failingAudits(runs: Result[], medianRun: Result, below: Category[]): FailingAudit[] {
  return below.flatMap((category) => {
    const often = failingIn(runs, medianRun, category, Math.ceil(runs.length / 2));
    return often.length ? often : failingIn(runs, medianRun, category, 1);
  });
}

/** Run one page with one preset `runs` times and keep the medians. */
async function measure(page: string, path: string, base: string, preset: string, runs: number): Promise<Measurement> {
  const lhrs: Result[] = [];
  for (let i = 0; i < runs; i++) {
    process.stdout.write(`  ${page} ${preset} run ${i + 1}/${runs}\n`);
    lhrs.push(await runOnce(new URL(path, base).href, PRESETS[preset]));
  }
  const runScores = lhrs.map(scoresOf);
  const keys = Object.keys(CATEGORIES) as Category[];
  const scores = Object.fromEntries(keys.map((c) => [c, median(runScores.map((s) => s[c]))])) as Record<Category, number>;
  const medianRun = computeMedianRun(lhrs);
  const metrics = Object.fromEntries(METRICS.map(([id, , unit]) => [id, roundMetric(medianRun.audits[id]?.numericValue ?? NaN, unit)]));
  const below = keys.filter((c) => scores[c] < 100);
  return {
    page,
    path,
    preset,
    scores,
    runs: runScores,
    metrics,
    failing: failingAudits(lhrs, medianRun, below),
    benchmarkIndex: medianRun.environment.benchmarkIndex,
    warnings: [...new Set(lhrs.flatMap((r) => r.runWarnings))],
  };
}

/** A metric rounded as the table shows it: whole milliseconds, or three decimals for CLS. */
function roundMetric(value: number, unit: string): number {
  return unit === 'ms' ? Math.round(value) : Math.round(value * 1000) / 1000;
}

/** A metric for the table: whole milliseconds, or three decimals for CLS. */
function formatMetric(value: number, unit: string): string {
  return unit === 'ms' ? String(Math.round(value)) : value.toFixed(3);
}

/** The results as an aligned plain-text table. */
function table(results: Measurement[]): string {
  const head = ['page', 'preset', ...Object.values(CATEGORIES), ...METRICS.map(([, h, u]) => (u ? `${h} ${u}` : h))];
  const rows = results.map((m) => [
    m.page,
    m.preset,
    ...(Object.keys(CATEGORIES) as Category[]).map((c) => String(m.scores[c])),
    ...METRICS.map(([id, , unit]) => formatMetric(m.metrics[id] ?? NaN, unit)),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Every audit that keeps a score below 100, one line each. */
function failures(results: Measurement[]): string {
  const lines = results.flatMap((m) =>
    m.failing.map(
      (a) =>
        `${m.page} ${m.preset} · ${CATEGORIES[a.category]} · ${a.id}: ${a.title}` +
        `${a.displayValue ? ` (${a.displayValue})` : ''} [failed ${a.failedRuns}/${m.runs.length} runs]` +
        a.items.map((item) => `\n    ${item}`).join(''),
    ),
  );
  return lines.length ? `Audits keeping a score below 100:\n${lines.join('\n')}` : 'Every category scores 100.';
}

/** The installed Lighthouse's version. */
function lighthouseVersion(): string {
  return (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;
}

/** The Chromium's own version line, e.g. `Chromium 156.0.8078.79 …`. */
function chromiumVersion(): string {
  return spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout.trim();
}

/** Lighthouse's run warnings, by page and preset; they say when a score may be the machine's doing. */
function warnings(results: Measurement[]): string {
  const lines = results.flatMap((m) => m.warnings.map((w) => `${m.page} ${m.preset}: ${w}`));
  return lines.length ? `\n\nLighthouse warnings:\n${lines.join('\n')}` : '';
}

/** Parse the flags, build, serve, measure, report; the exit code carries the budget. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'no-budget': { type: 'boolean' }, runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive whole number');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is missing at ${CHROMIUM_PATH} (see npm run test:e2e, or set CHROMIUM_PATH)`);
  ensureBuild();
  const { baseURL: base, stop } = await startPreview();
  const results: Measurement[] = [];
  try {
    for (const [page, path] of Object.entries(pages())) {
      for (const preset of Object.keys(PRESETS)) results.push(await measure(page, path, base, preset, runs));
    }
  } finally {
    stop();
  }
  const about = { lighthouse: lighthouseVersion(), chromium: chromiumVersion(), runs };
  mkdirSync(join(root, 'bench'), { recursive: true });
  // Formatted as `npm run lint` wants it, since the file is committed.
  writeFileSync(OUT, await format(JSON.stringify({ ...about, results }), { ...(await resolveConfig(OUT)), filepath: OUT }));
  process.stdout.write(`\n${table(results)}\n\n${failures(results)}${warnings(results)}\n\nWrote ${OUT.slice(root.length)}\n`);
  const missed = results.some((m) => Object.values(m.scores).some((s) => s < 100));
  if (missed && !values['no-budget']) {
    process.stderr.write('Lighthouse budget missed: 100 in every category on every page and preset.\n');
    process.exitCode = 1;
  }
}

await main();
