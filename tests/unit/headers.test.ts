/**
 * public/_headers, the response headers for hosts that read one. The pages'
 * own policy is a <meta> tag with this build's hashes; the header may only add
 * to it what needs no hash, or it would block the site's own scripts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The rules of a _headers file: a path, then its indented `Name: value` lines; `#` lines are comments. */
function rules(text: string): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/u.test(line)) found.set(line.trim(), (current = new Map()));
    else {
      const [name, ...value] = line.trim().split(':');
      if (!current || !name || value.length === 0) throw new Error(`a header outside a rule, or without a value: ${line}`);
      current.set(name.toLowerCase(), value.join(':').trim());
    }
  }
  return found;
}

const headers = rules(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));

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

  it('caches the hashed assets for a year, and nothing else for long', () => {
    expect(headers.get('/_astro/*')?.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const long = [...headers].filter(([path, h]) => path !== '/_astro/*' && /max-age=[1-9]/u.test(h.get('cache-control') ?? ''));
    expect(long).toEqual([]);
  });
});
