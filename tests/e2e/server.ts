/**
 * Vitest global setup for the browser tests: serves the built site (dist/)
 * with `astro preview` on a free local port and hands its address to the
 * tests. Fails at once if there is no build to serve.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const root = new URL('../../', import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview did not answer at ${url}`);
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync(`${root}dist/index.html`)) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  const port = await freePort();
  const astro = `${root}node_modules/astro/bin/astro.mjs`;
  const server = spawn(process.execPath, [astro, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<never>((_, reject) =>
    // Astro allows one preview server per project: say so if one is already running (npm start).
    server.on('exit', () => reject(new Error(`astro preview exited before serving:\n${output}`))),
  );
  const baseURL = `http://127.0.0.1:${port}`;
  await Promise.race([waitFor(`${baseURL}/`, 30_000), exited]);
  project.provide('baseURL', baseURL);
  return () => server.kill();
}
