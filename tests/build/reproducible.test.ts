/**
 * Quality gate: clean builds of the same content give the same bytes, so a
 * citation's page, the feeds and the search index never change unless the
 * content does. Nothing may depend on the build's time or machine: not on
 * the clock, and not on the locale or the time zone (a build under Czech
 * collation and UTC+14 must match one under C.UTF-8 and UTC). The content
 * holds two articles whose order, and so whose ids, a locale-aware sort would
 * change.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RYDER_TWINS } from '../fixtures/editor.ts';
import { buildWith, cleanUp, differences, tree } from './build.ts';

afterAll(cleanUp);

const PLAIN = { LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TZ: 'UTC' };
/** Czech collation ("ch" after "h"), and the time zone furthest from UTC. Debian's `locales-all` has it (.ci/run installs it). */
const CZECH = { LANG: 'cs_CZ.UTF-8', LC_ALL: 'cs_CZ.UTF-8', TZ: 'Pacific/Kiritimati' };

const withTwins = (content: string) => {
  for (const [slug, text] of Object.entries(RYDER_TWINS)) writeFileSync(join(content, 'articles', `${slug}.md`), text);
};
const built = (env: Record<string, string>) => {
  const build = buildWith(withTwins, env);
  expect(build.code, build.output).toBe(0);
  return tree(join(build.dir, 'dist'));
};

describe('reproducible builds', () => {
  let first: Map<string, Buffer>;

  it('two clean builds of the same content are byte-identical', () => {
    first = built(PLAIN);
    const second = built(PLAIN);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    expect(differences(first, second)).toEqual([]);
    expect(first.size).toBeGreaterThan(30);

    // What usually carries the build time: none of it is there.
    const rss = first.get('rss.xml')?.toString() ?? '';
    expect(rss).not.toMatch(/lastBuildDate/u);
    const sitemap = [...first]
      .filter(([p]) => p.startsWith('sitemap'))
      .map(([, x]) => x.toString())
      .join('');
    expect(sitemap).not.toMatch(/<lastmod>/u);
    expect(first.get('index.html')?.toString()).not.toMatch(/name="generator"/u);
  });

  it('a build under another locale and time zone is byte-identical too', () => {
    // The locale and the zone must be in effect in the build's process, or this test could not tell.
    const probe = spawnSync(
      process.execPath,
      ['-e', 'console.log(["a-ch", "a-d"].sort((a, b) => a.localeCompare(b)).join(), new Date("2024-01-01").getTimezoneOffset())'],
      { encoding: 'utf8', env: { ...process.env, ...CZECH } },
    );
    expect(probe.stdout.trim()).toBe('a-d,a-ch -840');
    const czech = built(CZECH);
    expect(differences(first, czech)).toEqual([]);
    // The twins kept the ids code-point order gives them.
    expect(first.has('events/2024-05-02-patrick-ryder-2/index.html')).toBe(true);
    const timeline = JSON.parse(czech.get('timeline.json')?.toString() ?? '{}') as { statements: { id: string; article: string }[] };
    const twins = timeline.statements.filter((s) => s.article in RYDER_TWINS).map((s) => `${s.article}:${s.id}`);
    expect(twins).toEqual(['2024-05-02-test-a-ch:2024-05-02-patrick-ryder', '2024-05-02-test-a-d:2024-05-02-patrick-ryder-2']);
  });
});
