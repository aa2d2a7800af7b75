/**
 * The static server for the browser benchmarks, on a thread of its own. In
 * the benchmark's own thread it would share an event loop with Playwright's
 * traffic to Chromium, and every index file fetched would wait on it (3–13 ms
 * per file at 10k statements, more than the search itself); a real static
 * host answers from a process of its own. It keeps a log of the files it
 * served, so that the bench weighs what a page really fetched.
 */
import { once } from 'node:events';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { serveStatic } from '../scripts/lib/static-server.ts';

/** A static server running apart. */
export interface ServerApart {
  baseURL: string;
  /** The paths (under the served folder) of the files served since the last call, in order. */
  take: () => Promise<string[]>;
  close: () => Promise<void>;
}

/** Serve `dir` from a worker thread; `gzip`: send text gzipped, as a static host does. */
export async function serveApart(dir: string, gzip = false): Promise<ServerApart> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { dir, gzip } });
  const [baseURL] = (await once(worker, 'message')) as [string];
  return {
    baseURL,
    // Asked of the worker itself, so every response it has begun is in the answer.
    take: async () => {
      worker.postMessage('take');
      const [served] = (await once(worker, 'message')) as [string[]];
      return served;
    },
    close: async () => void (await worker.terminate()),
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  let served: string[] = [];
  const { dir, gzip } = workerData as { dir: string; gzip: boolean };
  const site = await serveStatic(dir, '/', { gzip, onServe: (file) => served.push(file) });
  port.on('message', () => {
    port.postMessage(served);
    served = [];
  });
  port.postMessage(site.baseURL);
}
