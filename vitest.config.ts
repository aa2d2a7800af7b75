import { defineConfig } from 'vitest/config';

/**
 * Three suites: `unit` (pure code, fast), `build` (runs `astro build` on
 * broken copies of content/ and expects it to fail) and `e2e` (Chromium
 * against the built site, served by `astro preview`).
 */
/** The `@/` of tsconfig.json, for the browser code some unit tests import (src/lib itself imports relatively, so that Node runs it as it is). */
const resolve = { alias: { '@/': new URL('./src/', import.meta.url).pathname } };

export default defineConfig({
  test: {
    projects: [
      // Some unit tests run the CLIs as editors do (a Node process each): allow for a busy machine.
      { resolve, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      { resolve, test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 } },
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/server.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
