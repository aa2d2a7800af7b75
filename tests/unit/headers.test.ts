/**
 * public/_headers, the response headers for hosts that read one. The pages'
 * own policy is a <meta> tag with this build's hashes; the header may only add
 * to it what needs no hash, or it would block the site's own scripts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerRules, headersFor } from '../headers.ts';

const headers = headerRules(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));

describe('public/_headers', () => {
  it('forbids framing on every page, which a <meta> policy cannot', () => {
    const csp = headers.get('/*')?.get('content-security-policy') ?? '';
    expect(csp.split(';').map((d) => d.trim())).toContain("frame-ancestors 'none'");
  });

  it('names no directive that would need the hashes of the scripts and styles', () => {
    const csp = headers.get('/*')?.get('content-security-policy') ?? '';
    const names = csp.split(';').map((d) => d.trim().split(/\s+/u)[0]);
    expect(names.filter((n) => /^(?:default|script|style)-src/u.test(n ?? ''))).toEqual([]);
  });

  it('caches what has a digest in its name for a year: the scripts and styles, the search’s shards and text files', () => {
    const year = 'public, max-age=31536000, immutable';
    for (const path of ['/_astro/ui.TU8tlf7k.js', '/search/words/ab.0123456789ab.json', '/search/text/t0.0123456789ab.json'])
      expect(headersFor(headers, path).get('cache-control'), path).toBe(year);
    const long = [...headers].filter(([, h]) => /max-age=[1-9]/u.test(h.get('cache-control') ?? '')).map(([path]) => path);
    expect(long.sort()).toEqual(['/_astro/*', '/search/text/*', '/search/words/*']);
  });

  it('has the search index’s head, which names the other files, revalidated', () => {
    expect(headersFor(headers, '/search/head.json').get('cache-control')).toBe('no-cache');
    expect(headersFor(headers, '/search/').get('cache-control')).toBeUndefined();
  });
});
