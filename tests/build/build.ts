/** Building the site from a temporary copy of content/, for the build tests. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const root = new URL('../../', import.meta.url).pathname;
const temps: string[] = [];

/** Remove every temporary directory made so far (call from afterAll). */
export function cleanUp(): void {
  temps.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
}

/**
 * Build the content folder `content` into `dist` with the cache folder
 * `cache`, as `npm run build` would (the environment may add or override
 * variables: a locale, a time zone); returns the exit code and all output.
 */
export function buildContent(content: string, dist: string, cache: string, env: Record<string, string> = {}) {
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  // Vitest puts its own BASE_URL ('/') in the environment, and Vite would take it over the config's base.
  const inherited = { ...process.env };
  delete inherited['BASE_URL'];
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', dist], {
    cwd: root,
    encoding: 'utf8',
    env: { ...inherited, BAYAN_CONTENT_DIR: content, BAYAN_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Copy content/, let `mutate` change it, and build it with a cache of its own
 * into `<dir>/dist`; returns the exit code, all output and the directory.
 */
export function buildWith(mutate: (content: string) => void, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bayan-build-'));
  temps.push(dir);
  const content = join(dir, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  mutate(content);
  return { ...buildContent(content, join(dir, 'dist'), join(dir, 'cache'), env), dir };
}

/** Every file under `dir`, relative path → bytes. */
export function tree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]));
}

/** The paths whose bytes differ between two trees, or that only one has. */
export function differences(a: ReadonlyMap<string, Buffer>, b: ReadonlyMap<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => !(a.get(path)?.equals(b.get(path) ?? Buffer.alloc(0)) ?? false)).sort();
}
