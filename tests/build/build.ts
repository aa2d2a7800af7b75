/** Building the site from a temporary copy of content/, for the build tests. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('../../', import.meta.url).pathname;
const temps: string[] = [];

/** Remove every temporary directory made so far (call from afterAll). */
export function cleanUp(): void {
  temps.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
}

/**
 * Copy content/, let `mutate` change it, and build it with a cache of its own
 * into `<dir>/dist`; returns the exit code, all output and the directory.
 */
export function buildWith(mutate: (content: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'bayan-build-'));
  temps.push(dir);
  const content = join(dir, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  mutate(content);
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', join(dir, 'dist')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BAYAN_CONTENT_DIR: content, BAYAN_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}`, dir };
}
