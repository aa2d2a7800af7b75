/**
 * Fetching a page for `npm run import -- https://…`: http and https only, at
 * most 5 redirects (each checked), a timeout over the whole exchange, the body
 * read as a stream and cut off past 5 MB (a gzip bomb too: the cap counts
 * decoded bytes), and only HTML accepted. Every failure is one line that
 * says what happened, without a stack.
 */
import { ImportError } from './article.ts';
import { mimeOf } from './html/decode.ts';

/** The largest page fetched or read: news pages run to a few hundred KB, with their inline scripts a few MB. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** How long a page may take, from the first request to the last byte. */
export const DEFAULT_TIMEOUT_MS = 20_000;
const MAX_REDIRECTS = 5;
/** Names Bayan to the sites it reads, as a well-behaved client does. */
export const USER_AGENT = 'Bayan/0.1 (news article importer for a research timeline of statements)';
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** A fetched page: its bytes, its charset as the server named it, and its address after redirects. */
export interface Downloaded {
  bytes: Uint8Array;
  charset?: string;
  url: string;
}

/** The one-line reason for a failed connection, from the network error's code. */
export function networkReason(error: unknown, host: string): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  const code = cause?.code ?? (error as { code?: string }).code ?? '';
  if (code === 'ENOTFOUND') return `no such host: ${host} (DNS found no address for it)`;
  if (code === 'EAI_AGAIN') return `cannot look up ${host}: the DNS did not answer (offline?)`;
  if (code === 'ECONNREFUSED') return `${host} refused the connection`;
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH' || code === 'ENETDOWN') return `no network route to ${host}: offline?`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `${host} closed the connection before the page was sent`;
  if (/CERT|SSL|TLS/u.test(code)) return `the secure connection to ${host} failed (${code})`;
  return `cannot fetch from ${host} (${code || (error as Error).message})`;
}

/** Read a body as a stream, refusing it past `limit` bytes. */
async function readCapped(body: ReadableStream<Uint8Array>, limit: number, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > limit) throw new ImportError(`the page at ${url} is over ${limit / 1024 / 1024} MB: not one article`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Fetch `address`. Throws `ImportError` with one line for any failure. */
export async function download(address: string, timeoutMs = DEFAULT_TIMEOUT_MS, limit = MAX_PAGE_BYTES): Promise<Downloaded> {
  const signal = AbortSignal.timeout(timeoutMs);
  let url = address;
  try {
    for (let hops = 0; ; hops++) {
      const { protocol, host } = new URL(url);
      if (protocol !== 'http:' && protocol !== 'https:') throw new ImportError(`${url}: only http and https addresses are fetched`);
      let answer: Response;
      try {
        answer = await fetch(url, {
          redirect: 'manual',
          signal,
          headers: {
            'user-agent': USER_AGENT,
            accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
            'accept-language': 'ar,en;q=0.5',
          },
        });
      } catch (error) {
        if (signal.aborted) throw error;
        throw new ImportError(networkReason(error, host));
      }
      const location = answer.headers.get('location');
      if (answer.status >= 300 && answer.status < 400 && location) {
        await answer.body?.cancel();
        if (hops >= MAX_REDIRECTS) throw new ImportError(`${address} redirects more than ${MAX_REDIRECTS} times`);
        url = new URL(location, url).href;
        continue;
      }
      if (!answer.ok) {
        await answer.body?.cancel();
        throw new ImportError(`${url} answered ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}`);
      }
      const type = mimeOf(answer.headers.get('content-type') ?? undefined);
      if (!type || !HTML_TYPES.has(type.essence)) {
        await answer.body?.cancel();
        throw new ImportError(`${url} is ${type?.essence ?? 'of no stated type'}, not an HTML page`);
      }
      const declared = Number(answer.headers.get('content-length') ?? 0);
      if (declared > limit) {
        await answer.body?.cancel();
        throw new ImportError(
          `the page at ${url} is ${(declared / 1024 / 1024).toFixed(1)} MB, over the ${limit / 1024 / 1024} MB limit: not one article`,
        );
      }
      const bytes = answer.body ? await readCapped(answer.body, limit, url) : new Uint8Array();
      const charset = type.params.get('charset') ?? undefined;
      return { bytes, url, ...(charset ? { charset } : {}) };
    }
  } catch (error) {
    if (signal.aborted && !(error instanceof ImportError))
      throw new ImportError(`${url} did not answer in full within ${timeoutMs / 1000} s (timeout)`);
    throw error;
  }
}
