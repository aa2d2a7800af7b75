/**
 * One Node version, written in four places that must agree: `.nvmrc` (for
 * nvm and CI's setup-node), `engines`, the `node` devDependency that the npm
 * scripts run on, and the version the lockfile installs. And `npm ci` stays
 * quiet on an older Node (see .npmrc).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (name: string) => readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json')) as { engines: { node: string }; devDependencies: Record<string, string> };
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string }> };

describe('the pinned Node', () => {
  const pinned = read('.nvmrc').trim();

  it('is one version in .nvmrc, engines and the node devDependency', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/u);
    expect(pkg.engines.node).toBe(`^${pinned}`);
    expect(pkg.devDependencies['node']).toBe(`^${pinned}`);
  });

  it('is what the lockfile installs, in the same major version', () => {
    const installed = lock.packages['node_modules/node']?.version ?? '';
    expect(installed.split('.')[0]).toBe(pinned.split('.')[0]);
    expect(installed.localeCompare(pinned, 'en', { numeric: true })).toBeGreaterThanOrEqual(0);
  });

  it('keeps npm ci to errors, so a machine on an older Node sees no engine warnings', () => {
    const settings = read('.npmrc')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(settings).toContain('loglevel=error');
  });
});
