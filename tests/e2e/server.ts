/**
 * Vitest global setup for the browser tests: serves the built site (dist/)
 * with `astro preview` on a free local port and hands its address to the
 * tests. Fails at once if there is no build to serve.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startPreview } from '../../scripts/lib/preview.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const root = new URL('../../', import.meta.url).pathname;

export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync(`${root}dist/index.html`)) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  const { baseURL, stop } = await startPreview();
  project.provide('baseURL', baseURL);
  return stop;
}
