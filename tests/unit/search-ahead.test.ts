import { describe, expect, it } from 'vitest';
import { SearchAhead } from '../../src/components/search/ahead.ts';
import type { SearchEngine, SearchResponse } from '../../src/lib/search/engine.ts';
import type { SearchState } from '../../src/lib/search/state.ts';

/** An engine that counts what it is asked and answers at once (or fails, when told). */
function engine(fail = false) {
  const asked: string[] = [];
  const fake = {
    find: (state: SearchState, limit: number): Promise<SearchResponse> => {
      asked.push(`find ${state.q} ${limit}`);
      return fail ? Promise.reject(new Error('HTTP 503')) : Promise.resolve({ query: { terms: [state.q] }, total: 0, hits: [] });
    },
    withWords: (r: SearchResponse): Promise<SearchResponse> => {
      asked.push(`words ${r.query.terms.join(' ')}`);
      return Promise.resolve(r);
    },
  };
  return { asked, engine: fake as unknown as SearchEngine };
}

describe('SearchAhead', () => {
  it('begins a search once: the one drawn after the pause is the one begun as the query was typed', async () => {
    const { asked, engine: e } = engine();
    const ahead = new SearchAhead(e);
    const typed = ahead.begin({ q: 'انسحاب' }, 'q=انسحاب', 20);
    expect(ahead.begin({ q: 'انسحاب' }, 'q=انسحاب', 20)).toBe(typed);
    await typed.words;
    expect(asked).toEqual(['find انسحاب 20', 'words انسحاب']);
    expect(typed.ready).toBeGreaterThanOrEqual(typed.at);
  });
  it('begins anew for another query, or for more hits of the same one', () => {
    const { asked, engine: e } = engine();
    const ahead = new SearchAhead(e);
    const first = ahead.begin({ q: 'انسحاب' }, 'q=انسحاب', 20);
    expect(ahead.begin({ q: 'انسحاب القوات' }, 'q=انسحاب+القوات', 20)).not.toBe(first);
    expect(ahead.begin({ q: 'انسحاب القوات' }, 'q=انسحاب+القوات', 40)).not.toBe(first);
    expect(asked.filter((a) => a.startsWith('find'))).toEqual(['find انسحاب 20', 'find انسحاب القوات 20', 'find انسحاب القوات 40']);
  });
  it('after a failure, forget() lets the same search fetch again; the failure reaches whoever draws it, and no one else', async () => {
    const { asked, engine: e } = engine(true);
    const ahead = new SearchAhead(e);
    const failed = ahead.begin({ q: 'باتيل' }, 'q=باتيل', 20);
    await expect(failed.found).rejects.toThrow('HTTP 503');
    await expect(failed.words).rejects.toThrow('HTTP 503');
    expect(failed.ready).toBeUndefined();
    ahead.forget();
    // Begun as typed and never drawn (the reader typed on): its failure must not surface as an unhandled rejection.
    ahead.begin({ q: 'باتيل' }, 'q=باتيل', 20);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked).toEqual(['find باتيل 20', 'find باتيل 20']);
  });
});
