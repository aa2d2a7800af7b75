/**
 * Quality gate 8, the bad-input corpus (tests/fixtures/bad/cases.json),
 * through the command-line tools as editors run them. `extract` runs the
 * build's own check of the content folder (src/lib/content/folder.ts, which
 * the build's loaders call first), so every content case runs here, fast;
 * tests/build/bad-inputs.test.ts runs a subset through `astro build`.
 *
 * A refusal must: exit 1, print nothing on stdout, print one line on stderr
 * that holds the input's path and the expected reason and no stack trace, and
 * write nothing (the importer's --out stays empty, or as it was).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cases,
  cleanUp,
  contentWith,
  expectedText,
  filesDir,
  placeOf,
  rawInput,
  root,
  run,
  shown,
  someArticle,
  STACK,
  tempDir,
  type BadCase,
  type Tool,
} from '../fixtures/bad/cases.ts';
import type { Statement } from '../../src/lib/extract/types.ts';

afterAll(cleanUp);

const TIMEOUT = 180_000;
const refused = (c: BadCase) => c.expect !== 'accept';
const forTool = (tool: Tool) => cases.filter((c) => c.tools.includes(tool));

/** The files in a folder and their bytes ({} when it does not exist). */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'base64')]));
}

/** The case's tool run, killed when it runs three times past its bound; the time it ran is checked against the bound. */
async function timed(c: BadCase, args: readonly string[], env: NodeJS.ProcessEnv) {
  const result = await run(args, { env, ...(c.seconds ? { timeout: c.seconds * 3000 } : {}) });
  if (c.seconds) expect(result.ms, `done within ${c.seconds} s`).toBeLessThan(c.seconds * 1000);
  return result;
}

/** What every refusal must look like. */
function expectRefusal(c: BadCase, result: { code: number | null; stdout: string; stderr: string }, path: string, out = '') {
  const said = result.stderr.trim();
  expect(result.code, said).toBe(1);
  expect(result.stdout).toBe('');
  expect(said.split('\n'), 'one line on stderr').toHaveLength(1);
  expect(said).toContain(shown(path));
  expect(said).toContain(expectedText(c, path, out));
  expect(said).not.toMatch(STACK);
}

describe('the bad-input corpus', () => {
  it('has at least 20 refusals, unique ids, and a reason for each', () => {
    expect(cases.filter(refused).length).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) {
      expect(c.tools.length, c.id).toBeGreaterThan(0);
      if (refused(c)) expect(c.error, c.id).toMatch(/\{(?:file|out)\}/);
    }
  });
  it('uses every committed input, and commits every input it does not generate', () => {
    const made = (c: BadCase) => c.link !== undefined || c.fifo === true || c.input !== undefined;
    const used = new Set(cases.flatMap((c) => (c.generate ? [c.generate.template] : made(c) ? [] : [c.file])));
    expect(readdirSync(filesDir).sort()).toEqual([...used].sort());
    for (const c of cases.filter((c) => c.generate || made(c))) expect(existsSync(join(filesDir, c.file)), c.id).toBe(false);
  });
});

describe.concurrent('npm run extract refuses a content folder the build would refuse', () => {
  for (const c of forTool('extract')) {
    it(`${c.id}: ${c.about}`, { timeout: TIMEOUT }, async () => {
      const content = contentWith(tempDir('bayan-bad-'), [c]);
      const placed = join(content, placeOf(c));
      // A registry, ledger or hidden file: extract reads it, or passes it by, while extracting an ordinary article.
      const own = placeOf(c).startsWith('articles/') && !basename(placed).startsWith('.');
      const target = own ? placed : someArticle(content);
      const result = await timed(c, ['scripts/extract.ts', '--json', target], { ...process.env, BAYAN_CONTENT_DIR: content });
      if (refused(c)) return expectRefusal(c, result, placed);
      expect(result.code, result.stderr).toBe(0);
      const [only, ...more] = JSON.parse(result.stdout) as { file: string; published: string; statements: Statement[] }[];
      expect(more).toEqual([]);
      expect(only?.file).toBe(target);
      expect(only?.statements.length).toBeGreaterThan(0);
      if (c.published) expect(only?.published).toBe(c.published);
      if (c.speakers) {
        expect([...new Set(only?.statements.map((s) => s.speaker.id))].sort()).toEqual([...c.speakers].sort());
        expect(only?.statements.filter((s) => s.speaker.provisional)).toEqual([]);
      }
    });
  }
});

describe.concurrent('npm run import refuses raw text it cannot turn into an article', () => {
  for (const c of forTool('import')) {
    it(`${c.id}: ${c.about}`, { timeout: TIMEOUT }, async () => {
      const dir = tempDir('bayan-bad-import-');
      const out = join(dir, 'out');
      const input = rawInput(c, dir);
      const args = ['scripts/import.ts', input, '--out', out, ...(c.args ?? [])];
      // The editor's working directory is the repository, so the input's path reads as they typed it.
      const env = { ...process.env, INIT_CWD: root };
      if (c.twice) expect((await run(args, { env })).code).toBe(0);
      const before = snapshot(out);
      const result = await timed(c, args, env);
      if (refused(c)) {
        expectRefusal(c, result, c.twice ? out : input, out);
        expect(snapshot(out), 'nothing written or overwritten').toEqual(before);
        return;
      }
      expect(result.code, result.stderr).toBe(0);
      const written = result.stdout.trim();
      expect(written.startsWith(out)).toBe(true);
      const article = readFileSync(written, 'utf8');
      expect(article).toMatch(/^---\ntitle: /u);
      for (const text of c.absent ?? []) expect(article, `no ${JSON.stringify(text)}`).not.toContain(text);
    });
  }
});
