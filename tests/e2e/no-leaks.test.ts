/**
 * Seed 004 ended with a base64 tracking string that decodes to a reader's IP
 * address. Nothing like it may reach content/ or the published site.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(md|ya?ml|html|json|xml|txt|js|css)$/.test(name)) yield path;
  }
}

const IPV4 = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])/;
const TRACKING = /aXA6I[A-Za-z0-9+/=]*/; // base64 of "ip: "

describe('no tracking data is published', () => {
  it.each(['content', 'dist'])('%s/ holds no IP address and no tracking string', (dir) => {
    const checked = [...files(join(root, dir))];
    expect(checked.length).toBeGreaterThan(5);
    for (const file of checked) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(IPV4);
      expect(text, file).not.toMatch(TRACKING);
    }
  });
});
