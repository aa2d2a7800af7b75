// @ts-check
import { defineConfig } from 'astro/config';

// The public address, used for canonical URLs; override with SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://bayan.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
});
