// @ts-check
import { Buffer } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/**
 * Where the site is published (README, "Deploy"). SITE_URL is its public
 * address, for canonical links, citations, the feed, the sitemap and the
 * exports; its path, or BASE_PATH when set, is the base every page's links
 * start with (`https://user.github.io/bayan/` → `/bayan/`). `astro build
 * --base /bayan/` overrides both. Empty variables count as unset.
 */
const siteUrl = new URL(process.env['SITE_URL'] || 'https://bayan.example.org/');
const site = siteUrl.origin;
const base = process.env['BASE_PATH'] || siteUrl.pathname;
/** The base as the build settles it (`--base` included), with a slash at each end. */
let builtBase = '/';

/** Where the build writes (`--outDir` included), known once the config is settled. */
let outDir = new URL('./dist/', import.meta.url);
/** Enough of a page to hold its head's first tags: the robots tag comes third, after the charset and the refresh. */
const HEAD_BYTES = 1024;
const head = Buffer.alloc(HEAD_BYTES);
/**
 * A page that asks not to be indexed (a retired event URL's redirect) stays
 * out of the sitemap. Only the start of each page is read, as Latin-1 (the
 * tag is ASCII): reading 40,000 whole pages at the end of a large build was
 * its peak of memory.
 */
const indexable = (/** @type {string} */ page) => {
  let fd;
  try {
    // The sitemap lists pages under the base; dist/ holds them without it.
    const path = new URL(page).pathname.slice(builtBase.length);
    fd = openSync(new URL(`./${path}index.html`, outDir), 'r');
    const start = head.toString('latin1', 0, readSync(fd, head, 0, HEAD_BYTES, 0));
    return !/<meta name="robots" content="noindex"/u.test(start);
  } catch {
    return true;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
};

export default defineConfig({
  site,
  base,
  // Two routes may never build one page (a retired id's redirect over a statement, say).
  prerenderConflictBehavior: 'error',
  // Tests build broken copies of content/ with their own cache, so the real one is never polluted.
  ...(process.env.BAYAN_CACHE_DIR ? { cacheDir: process.env.BAYAN_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Pages render while the previous ones are written: with one at a time the build waits on the disk for ~40% of its run.
  // Stylesheets are always files (long-cached under _astro/, allowed by style-src 'self'): inlined, each
  // component's small one would be a <style> on every page and a hash in its policy, and Astro orders
  // those hashes by the build machine's locale, so the pages would differ from machine to machine.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  integrations: [
    {
      name: 'bayan-out-dir',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = config.outDir;
          builtBase = `/${config.base.replace(/^\/+|\/+$/gu, '')}/`.replace('//', '/');
        },
      },
    },
    sitemap({ filter: indexable }),
  ],
  // Articles hold no code; Shiki's inline styles would also clash with the CSP below.
  markdown: { syntaxHighlight: false },
  // A strict Content-Security-Policy as a <meta> tag on every page. Astro hashes
  // its own bundled scripts and styles into script-src/style-src; everything else
  // is same-origin only, and Trusted Types forbid HTML sinks such as innerHTML.
  // (frame-ancestors cannot be set from a meta tag: it belongs to the host's headers, see
  // public/_headers and the README's "Deploy".)
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
        "require-trusted-types-for 'script'",
        'trusted-types',
      ],
    },
  },
});
