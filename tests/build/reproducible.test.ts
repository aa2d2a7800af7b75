/**
 * Quality gate: two clean builds of the same content give the same bytes,
 * so a citation's page, the feeds and the search index never change unless
 * the content does. Nothing may depend on the build's time or machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWith, cleanUp } from './build.ts';

afterAll(cleanUp);

/** Every file under `dir`, relative path → bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]));
}

describe('reproducible builds', () => {
  it('two clean builds of the same content are byte-identical', () => {
    const first = buildWith(() => {});
    const second = buildWith(() => {});
    expect(first.code, first.output).toBe(0);
    expect(second.code, second.output).toBe(0);
    const a = tree(join(first.dir, 'dist'));
    const b = tree(join(second.dir, 'dist'));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differ = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path) ?? Buffer.alloc(0))).map(([path]) => path);
    expect(differ).toEqual([]);
    expect(a.size).toBeGreaterThan(30);

    // What usually carries the build time: none of it is there.
    const rss = a.get('rss.xml')?.toString() ?? '';
    expect(rss).not.toMatch(/lastBuildDate/u);
    const sitemap = [...a]
      .filter(([p]) => p.startsWith('sitemap'))
      .map(([, x]) => x.toString())
      .join('');
    expect(sitemap).not.toMatch(/<lastmod>/u);
    expect(a.get('index.html')?.toString()).not.toMatch(/name="generator"/u);
  });
});
