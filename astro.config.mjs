// @ts-check
import { readFileSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// The public address, used for canonical URLs; override with SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://bayan.example.org';

/** Where the build writes (`--outDir` included), known once the config is settled. */
let outDir = new URL('./dist/', import.meta.url);
/** A page that asks not to be indexed (a retired event URL's redirect) stays out of the sitemap. */
const indexable = (/** @type {string} */ page) => {
  try {
    const html = readFileSync(new URL(`.${new URL(page).pathname}index.html`, outDir), 'utf8');
    return !/<meta name="robots" content="noindex"/u.test(html);
  } catch {
    return true;
  }
};

export default defineConfig({
  site,
  // Two routes may never build one page (a retired id's redirect over a statement, say).
  prerenderConflictBehavior: 'error',
  // Tests build broken copies of content/ with their own cache, so the real one is never polluted.
  ...(process.env.BAYAN_CACHE_DIR ? { cacheDir: process.env.BAYAN_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Pages render while the previous ones are written: with one at a time the build waits on the disk for ~40% of its run.
  build: { format: 'directory', concurrency: 4 },
  integrations: [
    { name: 'bayan-out-dir', hooks: { 'astro:config:done': ({ config }) => void (outDir = config.outDir) } },
    sitemap({ filter: indexable }),
  ],
  // Articles hold no code; Shiki's inline styles would also clash with the CSP below.
  markdown: { syntaxHighlight: false },
  // A strict Content-Security-Policy as a <meta> tag on every page. Astro hashes
  // its own bundled scripts and styles into script-src/style-src; everything else
  // is same-origin only, and Trusted Types forbid HTML sinks such as innerHTML.
  // (frame-ancestors cannot be set from a meta tag: it belongs to the host's headers.)
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
