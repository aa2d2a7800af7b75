/**
 * Quality gate 8, the bad-input corpus, through `astro build`: the cases of
 * tests/fixtures/bad/cases.json marked `build`. Every content case also runs
 * through `extract` (tests/unit/bad-inputs.test.ts), which runs the same
 * check; these builds show that the build runs it too, before it writes
 * anything. Each build gets a temporary copy of content/ with the case's
 * input in place (BAYAN_CONTENT_DIR) and must fail with the input's path and
 * the reason, no stack trace, and no dist/ (not even a partial one).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cases, expectedText, isLoaded, placeInputs, placeOf, STACK } from '../fixtures/bad/cases.ts';
import { buildWith, cleanUp } from './build.ts';

afterAll(cleanUp);

const forBuild = cases.filter((c) => c.tools.includes('build'));
/** The largest page the accepted inputs may make: an article at the size limit, each paragraph with its anchor. */
const MAX_PAGE_BYTES = 2 * 1024 * 1024;
const accepted = forBuild.filter((c) => c.expect === 'accept');

describe('astro build refuses bad content before writing anything', () => {
  it(`builds content/ with the accepted quirks (${accepted.map((c) => c.id).join(', ')}), so the harness works`, () => {
    const { code, output, dir } = buildWith((content) => placeInputs(content, accepted));
    expect(code, output).toBe(0);
    for (const c of accepted.filter((c) => isLoaded(placeOf(c)))) {
      const slug = placeOf(c).replace(/^.*\//u, '').replace(/\.md$/u, '');
      expect(existsSync(join(dir, 'dist/articles', slug, 'index.html')), c.id).toBe(true);
    }
    // Whatever an accepted article holds, no page grows past a size a reader's browser opens at once.
    const dist = join(dir, 'dist');
    const sizes = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ f, bytes: statSync(join(dist, f)).size }))
      .sort((a, b) => b.bytes - a.bytes);
    console.log(
      `largest pages: ${sizes
        .slice(0, 3)
        .map(({ f, bytes }) => `${f} ${Math.round(bytes / 1024)} KB`)
        .join(', ')}`,
    );
    expect(sizes[0]?.bytes ?? 0, sizes[0]?.f).toBeLessThan(MAX_PAGE_BYTES);
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
