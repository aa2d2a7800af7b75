/**
 * The static server for the browser benchmarks, on a thread of its own. In
 * the benchmark's own thread it would share an event loop with Playwright's
 * traffic to Chromium, and every index file fetched would wait on it (3–13 ms
 * per file at 10k statements, more than the search itself); a real static
 * host answers from a process of its own.
 */
import { once } from 'node:events';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { serveStatic } from '../scripts/lib/static-server.ts';

/** Serve `dir` from a worker thread; resolves to its base URL and a function that stops it. */
export async function serveApart(dir: string): Promise<{ baseURL: string; close: () => Promise<void> }> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { dir } });
  const [baseURL] = (await once(worker, 'message')) as [string];
  return { baseURL, close: async () => void (await worker.terminate()) };
}

if (!isMainThread && parentPort) {
  const site = await serveStatic((workerData as { dir: string }).dir);
  parentPort.postMessage(site.baseURL);
}
