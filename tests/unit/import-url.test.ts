/**
 * Importing a URL (src/lib/import/download.ts and scripts/import.ts) against a local HTTP server
 * the test starts on 127.0.0.1, serving the page fixtures: redirects, a 404, a timeout, an oversized
 * body, a type that is not HTML, a charset given only by the Content-Type header; each failure one
 * line that says what happened, and nothing written.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../src/lib/import/article.ts';
import { download, networkReason } from '../../src/lib/import/download.ts';
import { importPage } from '../../src/lib/import/html/page.ts';

const root = new URL('../../', import.meta.url).pathname;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url));
/** The Windows-1256 page without its <meta> declaration: only the HTTP header can say how to read it. */
const cp1256 = Buffer.from(
  fixture('windows-1256-byline.html')
    .toString('latin1')
    .replace(/<meta http-equiv[^>]*>/u, ''),
  'latin1',
);

let server: Server;
let base = '';
const seen: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    const path = req.url ?? '/';
    const hop = /^\/hop\/(\d+)$/u.exec(path);
    if (hop) {
      const left = Number(hop[1]);
      res.writeHead(left % 2 ? 301 : 302, { location: left > 1 ? `/hop/${left - 1}` : '/plain' }).end();
    } else if (path === '/r1') res.writeHead(301, { location: `${base}/r2` }).end();
    else if (path === '/r2') res.writeHead(307, { location: 'plain' }).end();
    else if (path === '/plain') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fixture('plain.html'));
    else if (path === '/cp1256') res.writeHead(200, { 'content-type': 'text/html; charset=windows-1256' }).end(cp1256);
    else if (path === '/cp1256-bare') res.writeHead(200, { 'content-type': 'text/html' }).end(cp1256);
    else if (path === '/pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    else if (path === '/to-ftp') res.writeHead(302, { location: 'ftp://127.0.0.1/x' }).end();
    else if (path === '/silent')
      return; // never answers
    else if (path === '/stall') res.writeHead(200, { 'content-type': 'text/html' }).write('<html><body><p>');
    else if (path === '/declared-huge')
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) }).end();
    else if (path === '/huge') {
      // 6 MB without a length: the cap must hold while streaming.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 6 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => {});
      pump();
    } else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>غير موجود</h1>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** The one-line reason a fetch fails with. */
async function failure(path: string, timeoutMs?: number): Promise<string> {
  try {
    await download(path.startsWith('/') ? `${base}${path}` : path, timeoutMs);
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
  throw new Error(`${path} was fetched`);
}

describe('fetching a page', () => {
  it('follows a redirect chain, and the address after it goes to the frontmatter', async () => {
    const page = await download(`${base}/r1`);
    expect(page.url).toBe(`${base}/plain`);
    const { markdown } = importPage({ bytes: page.bytes, fetchedUrl: page.url });
    expect(markdown).toContain(`url: ${base}/plain\nurlFrom: fetched\n`);
  });
  it('names Bayan in its User-Agent and asks for HTML', async () => {
    seen.length = 0;
    await download(`${base}/plain`);
    expect(seen[0]?.['user-agent']).toMatch(/^Bayan\//u);
    expect(seen[0]?.['accept']).toMatch(/^text\/html/u);
  });
  it('follows 5 redirects, not 6', async () => {
    expect((await download(`${base}/hop/5`)).url).toBe(`${base}/plain`);
    expect(await failure('/hop/6')).toBe(`${base}/hop/6 redirects more than 5 times`);
  });
  it('says 404', async () => {
    expect(await failure('/missing')).toBe(`${base}/missing answered 404 Not Found`);
  });
  it('gives up after the timeout, whether the headers or the body stall', async () => {
    expect(await failure('/silent', 300)).toBe(`${base}/silent did not answer in full within 0.3 s (timeout)`);
    expect(await failure('/stall', 300)).toBe(`${base}/stall did not answer in full within 0.3 s (timeout)`);
  });
  it('refuses a body over 5 MB, declared or streamed', async () => {
    expect(await failure('/declared-huge')).toMatch(/is 6\.0 MB, over the 5 MB limit/u);
    expect(await failure('/huge')).toBe(`the page at ${base}/huge is over 5 MB: not one article`);
  });
  it('refuses what is not HTML', async () => {
    expect(await failure('/pdf')).toBe(`${base}/pdf is application/pdf, not an HTML page`);
  });
  it('fetches http and https only, redirects included', async () => {
    expect(await failure('ftp://127.0.0.1/page')).toBe('ftp://127.0.0.1/page: only http and https addresses are fetched');
    expect(await failure('/to-ftp')).toBe('ftp://127.0.0.1/x: only http and https addresses are fetched');
  });
  it('says a connection was refused, and a host does not exist', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    expect(await failure(`http://127.0.0.1:${port}/`)).toBe(`127.0.0.1:${port} refused the connection`);
    expect(await failure('http://bayan-test.invalid/', 10_000)).toMatch(
      /^(?:no such host: bayan-test\.invalid|cannot look up bayan-test\.invalid)/u,
    );
  });
  it('tells an offline machine from a missing host', () => {
    const err = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: { code } });
    expect(networkReason(err('ENOTFOUND'), 'x.example')).toBe('no such host: x.example (DNS found no address for it)');
    expect(networkReason(err('EAI_AGAIN'), 'x.example')).toMatch(/offline\?/u);
    expect(networkReason(err('ENETUNREACH'), 'x.example')).toBe('no network route to x.example: offline?');
  });
  it('decodes by the Content-Type charset, and never guesses without one', async () => {
    const page = await download(`${base}/cp1256`);
    expect(page.charset).toBe('windows-1256');
    expect(importPage({ bytes: page.bytes, charset: page.charset }).markdown).toContain('قال وزير الخارجية فؤاد حسين');
    const bare = await download(`${base}/cp1256-bare`);
    expect(() => importPage({ bytes: bare.bytes })).toThrow(/declares no encoding and is not UTF-8/u);
  });
});

/** Run the importer as an editor does, without blocking this process's server. */
function runImport(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['scripts/import.ts', ...args], { cwd: root, encoding: 'utf8' }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run import -- <URL>', () => {
  it('writes the article, prints its path, then shows its statements', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bayan-url-'));
    const { code, stdout, stderr } = await runImport(`${base}/r1`, '--out', out);
    expect(code, stderr).toBe(0);
    const written = readFileSync(stdout.trim(), 'utf8');
    expect(written).toContain('published: 2024-02-04\npublishedFrom: byline\n');
    expect(written).toContain(`url: ${base}/plain\n`);
    expect(stderr).toMatch(/2024-02-04 {2}باسم العوادي \/ Basim al-Awadi {2}¶1,2 {2}relative: «اليوم الأحد»/u);
  });
  it('fails in one line and writes nothing', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bayan-url-'));
    for (const [path, reason] of [
      ['/missing', 'answered 404'],
      ['/pdf', 'not an HTML page'],
    ]) {
      const { code, stdout, stderr } = await runImport(`${base}${path}`, '--out', out, '--timeout', '5');
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(reason);
    }
    expect(readdirSync(out)).toEqual([]);
  });
  it('imports a saved page the same way: asks for a missing date, then writes, and never overwrites without --force', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bayan-page-'));
    const page = join(root, 'tests/fixtures/pages/no-date.html');
    const asked = await runImport(page, '--out', out);
    expect(asked.code).toBe(1);
    expect(asked.stderr.trim()).toBe(`import: ${page}: no publication date in the header or the text; pass --published YYYY-MM-DD`);
    expect(readdirSync(out)).toEqual([]);
    const written = await runImport(page, '--out', out, '--published', '2024-03-04');
    expect(written.code, written.stderr).toBe(0);
    expect(readFileSync(written.stdout.trim(), 'utf8')).toContain('importedFrom: no-date.html\n');
    expect(written.stderr).toContain('2024-03-03  قاسم الأعرجي');
    writeFileSync(written.stdout.trim(), 'edited by hand');
    const again = await runImport(page, '--out', out, '--published', '2024-03-04');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists; pass --force to overwrite it/u);
    expect(readFileSync(written.stdout.trim(), 'utf8')).toBe('edited by hand');
  });
  it('refuses an --encoding no browser knows, as bad usage', async () => {
    const { code, stderr } = await runImport(join(root, 'tests/fixtures/pages/plain.html'), '--encoding', 'cp-arabic-ish');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--encoding "cp-arabic-ish" is not an encoding a browser knows/u);
  });
});
