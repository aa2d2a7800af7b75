/**
 * What a build weighs: dist/ in total, the largest HTML page, the search
 * index, and what the timeline page costs before the first search (its
 * HTML and the JavaScript it loads, gzipped).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes and gzip bytes. */
export interface Weight {
  bytes: number;
  gzip: number;
}

const weigh = (data: Buffer | string): Weight => ({ bytes: Buffer.byteLength(data), gzip: gzipSync(data).length });

/** The JavaScript a page loads before any interaction: its inline module scripts and their external sources. */
export function pageJavascript(dist: string, page: string): Weight {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*application\/ld\+json)(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gu)].map(
    (m) => m[1] ?? '',
  );
  const external = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/gu)].map((m) => readFileSync(join(dist, m[1] ?? ''), 'utf8'));
  const code = [...inline, ...external].join('\n');
  return code ? weigh(code) : { bytes: 0, gzip: 0 };
}

/** The sizes the bench reports for one built site. */
export function outputSizes(dist: string): {
  totalMB: number;
  largestPage: { path: string } & Weight;
  searchIndex: Weight;
  timeline: { html: Weight; js: Weight };
} {
  let total = 0;
  let largest = { file: '', size: 0 };
  for (const f of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dist, f));
    if (!stat.isFile()) continue;
    total += stat.size;
    if (f.endsWith('.html') && stat.size > largest.size) largest = { file: f, size: stat.size };
  }
  // Every file of the index: the head, the word shards and the text files.
  const index = readdirSync(join(dist, 'search'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
  const indexBytes = Buffer.concat(index.map((f) => readFileSync(join(dist, 'search', f))));
  return {
    totalMB: total / 2 ** 20,
    largestPage: { path: `/${largest.file.replace(/index\.html$/u, '')}`, ...weigh(readFileSync(join(dist, largest.file))) },
    searchIndex: weigh(indexBytes),
    timeline: { html: weigh(readFileSync(join(dist, 'index.html'))), js: pageJavascript(dist, '') },
  };
}
