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
});
