// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// The public address, used for canonical URLs; override with SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://bayan.example.org';

export default defineConfig({
  site,
  // Tests build broken copies of content/ with their own cache, so the real one is never polluted.
  ...(process.env.BAYAN_CACHE_DIR ? { cacheDir: process.env.BAYAN_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap()],
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
