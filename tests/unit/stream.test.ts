import { describe, expect, it } from 'vitest';
import { prettyJsonWithList, streamedResponse, textStream } from '../../src/lib/site/stream.ts';

const read = async (stream: ReadableStream<Uint8Array>) => new TextDecoder().decode(await new Response(stream).arrayBuffer());

describe('prettyJsonWithList', () => {
  const records = [
    { id: '2021-12-10-kenneth-mckenzie', text: 'قال "نعم"\nثم غادر', quotes: ['نعم'], source: { paragraphUrls: ['a#p-1', 'a#p-2'] } },
    { id: '2022-01-01-x', text: '', quotes: [], source: {} },
  ];
  const whole = (frame: object, key: string, items: readonly unknown[]) =>
    JSON.stringify({ ...frame, [key]: items.map((x) => ({ wrapped: x })) }, null, 2);
  const parts = (frame: object, key: string, items: readonly unknown[]) =>
    [...prettyJsonWithList(frame, key, items, (x) => ({ wrapped: x }))].join('');

  it('writes what JSON.stringify(…, null, 2) writes, character for character', () => {
    expect(parts({}, 'statements', records)).toBe(whole({}, 'statements', records));
    // The list after other keys, as in TimelineJS (title first, then events).
    const title = { text: { headline: 'بيان', text: 'من قال ماذا ومتى' } };
    expect(parts({ title }, 'events', records)).toBe(whole({ title }, 'events', records));
  });
  it('writes an empty list as []', () => {
    expect(parts({}, 'statements', [])).toBe('{\n  "statements": []\n}');
  });
  it('makes one part per item, each when it is reached', () => {
    let made = 0;
    const it = prettyJsonWithList({}, 'statements', records, (x) => (made++, x));
    it.next(); // the frame
    expect(made).toBe(0);
    it.next();
    expect(made).toBe(1);
    expect([...it]).toHaveLength(2); // the second item and the closing bracket
  });
});

describe('textStream', () => {
  it('gives every part, in order, as UTF-8, across batches', async () => {
    const parts = Array.from({ length: 700 }, (_, i) => `${i}:بيان\r\n`);
    const text = await read(textStream(parts));
    expect(text).toBe(parts.join(''));
    expect(new TextEncoder().encode(text).length).toBe(new Blob([parts.join('')]).size);
  });
  it('reads the parts only as the stream is read', async () => {
    let pulled = 0;
    function* parts() {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield 'x';
      }
    }
    const reader = textStream(parts()).getReader();
    await reader.read();
    expect(pulled).toBeLessThan(1000);
    await reader.cancel();
  });
  it('closes at once on no parts', async () => {
    expect(await read(textStream([]))).toBe('');
  });
  it('answers with the content type given, the byte-order mark kept as bytes', async () => {
    const response = streamedResponse(['\ufeffid\r\n'], 'text/csv; charset=utf-8');
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    // What the build writes (Astro reads arrayBuffer); text() would drop the mark Excel needs.
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0xef, 0xbb, 0xbf, 0x69, 0x64, 0x0d, 0x0a]);
  });
});
