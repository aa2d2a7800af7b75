/**
 * Quality gate 8, the bad-input corpus, through `astro build`: the cases of
 * tests/fixtures/bad/cases.json marked `build`. Every content case also runs
 * through `extract` (tests/unit/bad-inputs.test.ts), which runs the same
 * check; these builds show that the build runs it too, before it writes
 * anything. Each build gets a temporary copy of content/ with the case's
 * input in place (BAYAN_CONTENT_DIR) and must fail with the input's path and
 * the reason, no stack trace, and no dist/ (not even a partial one).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cases, expectedText, placeInputs, placeOf, STACK } from '../fixtures/bad/cases.ts';
import { buildWith, cleanUp } from './build.ts';

afterAll(cleanUp);

const forBuild = cases.filter((c) => c.tools.includes('build'));
const accepted = forBuild.filter((c) => c.expect === 'accept');

describe('astro build refuses bad content before writing anything', () => {
  it(`builds content/ with the accepted quirks (${accepted.map((c) => c.id).join(', ')}), so the harness works`, () => {
    const { code, output, dir } = buildWith((content) => placeInputs(content, accepted));
    expect(code, output).toBe(0);
    for (const c of accepted) {
      const slug = placeOf(c).replace(/^.*\//u, '').replace(/\.md$/u, '');
      expect(existsSync(join(dir, 'dist/articles', slug, 'index.html')), c.id).toBe(true);
    }
  });

  for (const c of forBuild.filter((c) => c.expect !== 'accept')) {
    it(`${c.id}: ${c.about}`, () => {
      const { code, output, dir } = buildWith((content) => placeInputs(content, [c]));
      const file = join(dir, 'content', placeOf(c));
      expect(code, output).not.toBe(0);
      expect(output).toContain(expectedText(c, file));
      expect(output).not.toMatch(STACK);
      const dist = join(dir, 'dist');
      expect(existsSync(dist) ? readdirSync(dist) : [], 'no partial dist/').toEqual([]);
    });
  }
});
