/**
 * `astro preview` of the built site on a free local port, for the browser
 * tests and the Lighthouse script. Astro allows one preview server per
 * project, so a second one (say `npm start` still running) fails with a
 * clear message rather than hanging.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const root = new URL('../../', import.meta.url).pathname;

/** A TCP port nobody is listening on. */
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

/** Serve dist/ and resolve once it answers, with its address and a function that stops it. */
export async function startPreview(): Promise<{ baseURL: string; stop: () => void }> {
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
    server.on('exit', () =>
      reject(new Error(`astro preview exited before serving (is another preview of this project running?):\n${output}`)),
    ),
  );
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([waitFor(`${baseURL}/`, 30_000), exited]);
  } catch (error) {
    server.kill();
    throw error;
  }
  return { baseURL, stop: () => server.kill() };
}
