/**
 * The search index can be cached: its word shards and text files carry the
 * index's digest in their names, so a name never stands for two contents
 * across builds, and the headers the build ships (dist/_headers) cache them
 * for a year, while the head, which names them, is revalidated. Two builds:
 * the seeds, and the seeds with two articles more.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RYDER_TWINS } from '../fixtures/editor.ts';
import { headerRules, headersFor } from '../headers.ts';
import { buildWith, cleanUp, tree } from './build.ts';

afterAll(cleanUp);

const YEAR = 'public, max-age=31536000, immutable';

/** A build's files, and its search index's digest. */
function built(mutate: (content: string) => void) {
  const build = buildWith(mutate);
  expect(build.code, build.output).toBe(0);
  const files = tree(join(build.dir, 'dist'));
  const head = JSON.parse(files.get('search/head.json')?.toString() ?? '{}') as { digest?: string; shards?: string[] };
  return { files, digest: head.digest ?? '', shards: head.shards ?? [] };
}

/** The index's files other than the head. */
const indexFiles = (files: ReadonlyMap<string, Buffer>) => [...files.keys()].filter((p) => /^search\/(?:words|text)\//u.test(p));

describe('the search index, cached', () => {
  let seeds: ReturnType<typeof built>;
  let more: ReturnType<typeof built>;

  beforeAll(() => {
    seeds = built(() => undefined);
    more = built((content) => {
      for (const [slug, text] of Object.entries(RYDER_TWINS)) writeFileSync(join(content, 'articles', `${slug}.md`), text);
    });
  });

  it('names every shard and text file with the digest the head gives', () => {
    for (const { files, digest, shards } of [seeds, more]) {
      expect(digest).toMatch(/^[0-9a-f]{12}$/u);
      const names = indexFiles(files);
      expect(names.filter((p) => p.startsWith('search/words/'))).toHaveLength(shards.length);
      expect(names.filter((p) => !new RegExp(`^search/(?:words|text)/[^/.]+\\.${digest}\\.json$`, 'u').test(p))).toEqual([]);
    }
  });

  it('gives other content other names, so no name stands for two contents', () => {
    expect(more.digest).not.toBe(seeds.digest);
    expect(indexFiles(more.files).filter((p) => seeds.files.has(p))).toEqual([]);
  });

  it('ships headers that cache the shards, the text files and the scripts for a year, and nothing else', () => {
    const rules = headerRules(seeds.files.get('_headers')?.toString() ?? '');
    const cacheOf = (path: string) => headersFor(rules, `/${path}`).get('cache-control');
    const paths = [...seeds.files.keys()];
    const long = paths.filter((p) => /max-age=[1-9]/u.test(cacheOf(p) ?? ''));
    const hashed = paths.filter((p) => p.startsWith('_astro/') || /^search\/(?:words|text)\//u.test(p));
    expect(hashed.length).toBeGreaterThan(indexFiles(seeds.files).length);
    expect(long.sort()).toEqual(hashed.sort());
    for (const path of hashed) expect(cacheOf(path), path).toBe(YEAR);
    expect(cacheOf('search/head.json')).toBe('no-cache');
  });
});
