import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const seed = (name: string) => join(root, 'tests/fixtures/seeds', name);

/** Run the importer the way an editor does, with the project's Node. */
function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/import.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run import', () => {
  it('exits non-zero with a one-line request for --published when the text has no date (seed 000)', () => {
    const out = mkdtempSync(join(tmpdir(), 'bayan-import-'));
    const { code, stdout, stderr } = runImport(seed('000_4ee691c74b9c8436.txt'), '--out', out);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/000_4ee691c74b9c8436\.txt: .*--published/);
  });

  it('writes seed 001 with its date-time and prints the path', () => {
    const out = mkdtempSync(join(tmpdir(), 'bayan-import-'));
    const { code, stdout } = runImport(seed('001_60e51586141a30cf.txt'), '--out', out, '--url', 'https://example.org/a');
    expect(code).toBe(0);
    const written = readFileSync(resolve(root, stdout.trim()), 'utf8');
    expect(written).toContain('published: 2021-12-10T13:45\n');
    expect(written).toContain('url: https://example.org/a\n');
  });

  it('never overwrites without --force, and overwrites with it', () => {
    const out = mkdtempSync(join(tmpdir(), 'bayan-import-'));
    const first = runImport(seed('002_eadaa2cb6013dbb6.txt'), '--out', out);
    const path = resolve(root, first.stdout.trim());
    writeFileSync(path, 'edited by hand');
    const second = runImport(seed('002_eadaa2cb6013dbb6.txt'), '--out', out);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/already exists; pass --force/);
    expect(readFileSync(path, 'utf8')).toBe('edited by hand');
    expect(runImport(seed('002_eadaa2cb6013dbb6.txt'), '--out', out, '--force').code).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('outlet: رووداو');
  });

  it('rejects bad usage with exit code 2', () => {
    expect(runImport().code).toBe(2);
    expect(runImport(seed('001_60e51586141a30cf.txt'), '--bogus').code).toBe(2);
    expect(runImport(seed('001_60e51586141a30cf.txt'), '--outlet', '  ').stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads paths from where the editor typed the command, and explains a bad --out in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bayan-cwd-'));
    writeFileSync(join(dir, 'raw.txt'), readFileSync(seed('001_60e51586141a30cf.txt')));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/import.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir } });
    const ok = run('raw.txt', '--out', 'out');
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim()).toMatch(/^out\/2021-12-10-iq-news-/);
    const bad = run('raw.txt', '--out', 'raw.txt');
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/cannot write .*is --out a folder/);
  });

  it('reports a missing outlet and a missing date together', () => {
    const { code, stderr } = runImport(seed('000_4ee691c74b9c8436.txt').replace('000_4ee691c74b9c8436', '004_0d4a704cb29f1de7'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/no outlet.*--outlet.*; no publication date.*--published/);
  });

  it('names the file it cannot read', () => {
    const { code, stderr } = runImport('no/such/file.txt');
    expect(code).toBe(1);
    expect(stderr).toMatch(/no\/such\/file\.txt: cannot read/);
  });
});
