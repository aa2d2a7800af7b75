/**
 * What the search box loads on first use stays the search's own: its code
 * never imports the extractor (its lexicons of offices, places and first
 * names were 3.7 KB gz of every reader's first search), and the name words
 * it needs come chosen in the head, the same as the lexicons choose them.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHead } from '../../src/lib/search/catalog.ts';
import { nameWords } from '../../src/lib/search/name-words.ts';
import { seedIndex } from './search-helpers.ts';

const src = new URL('../../src/', import.meta.url).pathname;

/** The modules a module loads, by its static imports (type-only imports load nothing), followed through `@/` and relative paths. */
function moduleGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec = ''] of code.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gmu)) {
      if (spec.startsWith('@/')) visit(join(src, spec.slice(2)));
      else if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
    }
  };
  visit(entry);
  return seen;
}

describe('the search code a reader loads', () => {
  const graph = [...moduleGraph(join(src, 'components/search/ui.ts'))].map((f) => f.slice(src.length));

  it('is found by following the imports', () => {
    expect(graph).toContain('lib/search/engine.ts');
    expect(graph).toContain('lib/search/names.ts');
  });

  it('never loads the extractor or its lexicons', () => {
    expect(graph.filter((f) => /^lib\/(speakers|extract)\//u.test(f))).toEqual([]);
  });

  it('reads from the head the same name words the lexicons choose', () => {
    const { files } = seedIndex();
    const catalog = readHead(JSON.parse(JSON.stringify(files.head)));
    expect(catalog.names).toEqual(nameWords(files.head.speakers));
    expect(catalog.names.flat().length).toBeGreaterThan(20);
    // An office is never a name word: "وزير" is in roles, not in the words that name anyone.
    expect(catalog.names.flat()).not.toContain('وزير');
  });
});
