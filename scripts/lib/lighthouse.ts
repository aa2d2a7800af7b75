/**
 * Lighthouse runs for the site's pages, shared by `npm run lighthouse` (the
 * seed build) and the bench (the 10,000-statement build): each page audited
 * in a freshly launched headless Chromium with a fresh profile, with
 * Lighthouse's mobile and desktop presets, a few times, keeping the
 * medians; a table of the four category scores and the key metrics, and
 * every audit that keeps a category below 100.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_PATH } from './browser.ts';

/** The four categories of the budget, in table order, with their column headings. */
export const CATEGORIES = { performance: 'Perf', accessibility: 'A11y', 'best-practices': 'BP', seo: 'SEO' } as const;
export type Category = keyof typeof CATEGORIES;

/** Key metrics shown next to the scores: audit id, heading, unit. */
const METRICS = [
  ['first-contentful-paint', 'FCP', 'ms'],
  ['largest-contentful-paint', 'LCP', 'ms'],
  ['total-blocking-time', 'TBT', 'ms'],
  ['cumulative-layout-shift', 'CLS', ''],
  ['speed-index', 'SI', 'ms'],
] as const;

/** Lighthouse's presets: its default config is mobile; it ships a desktop one. */
export const PRESETS: Record<string, Config | undefined> = { mobile: undefined, desktop: desktopConfig };

/** One page audited with one preset: median scores and metrics, and what keeps a score below 100. */
export interface Measurement {
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

/** Run one page with one preset `runs` times and keep the medians; `log` hears of each run. */
export async function auditPage(
  page: string,
  path: string,
  base: string,
  preset: string,
  runs: number,
  log: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<Measurement> {
  const lhrs: Result[] = [];
  for (let i = 0; i < runs; i++) {
    log(`  ${page} ${preset} run ${i + 1}/${runs}`);
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
export function lighthouseTable(results: Measurement[]): string {
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
export function lighthouseFailures(results: Measurement[]): string {
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
export function lighthouseVersion(): string {
  return (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;
}

/** The Chromium's own version line, e.g. `Chromium 156.0.8078.79 …`. */
export function chromiumVersion(): string {
  return spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout.trim();
}

/** Lighthouse's run warnings, by page and preset; they say when a score may be the machine's doing. */
export function lighthouseWarnings(results: Measurement[]): string {
  const lines = results.flatMap((m) => m.warnings.map((w) => `${m.page} ${m.preset}: ${w}`));
  return lines.length ? `\n\nLighthouse warnings:\n${lines.join('\n')}` : '';
}

/** Audit each page (name → path under `base`) with each preset, `runs` times. */
export async function auditPages(
  pages: Record<string, string>,
  base: string,
  runs: number,
  log?: (line: string) => void,
): Promise<Measurement[]> {
  const results: Measurement[] = [];
  for (const [page, path] of Object.entries(pages)) {
    for (const preset of Object.keys(PRESETS)) results.push(await auditPage(page, path, base, preset, runs, log));
  }
  return results;
}

/** True when any page and preset scores below 100 in any category. */
export function budgetMissed(results: readonly Measurement[]): boolean {
  return results.some((m) => Object.values(m.scores).some((s) => s < 100));
}
