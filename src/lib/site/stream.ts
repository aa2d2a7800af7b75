/**
 * Large exports as streams. `/timeline.json` is 49 MB at 30,000 statements:
 * built as one string, it held every record object, the string (two bytes a
 * letter) and its UTF-8 copy at once, and was the build's highest point of
 * memory. Streamed, only a batch of records lives at a time and the build
 * collects the bytes.
 */

/** Parts joined into one chunk of the stream: large enough that the stream's own cost is negligible. */
const BATCH = 256;

/** A byte stream of `parts`, in order, encoded as UTF-8, made as it is read. */
export function textStream(parts: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const it = parts[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const batch: string[] = [];
      for (let r = it.next(); ; r = it.next()) {
        if (r.done) {
          if (batch.length > 0) controller.enqueue(encoder.encode(batch.join('')));
          controller.close();
          return;
        }
        batch.push(r.value);
        if (batch.length === BATCH) break;
      }
      controller.enqueue(encoder.encode(batch.join('')));
    },
  });
}

/** Stands for the list while the rest of the object is written; no JSON value contains it. */
const HOLE = '\u0000bayan-list\u0000';

/**
 * `JSON.stringify({ ...frame, [key]: items.map(each) }, null, 2)`, character
 * for character, in parts: the frame, then one part per item, each made only
 * when the stream reaches it.
 */
export function* prettyJsonWithList<T>(frame: object, key: string, items: readonly T[], each: (item: T) => unknown): Generator<string> {
  const text = JSON.stringify({ ...frame, [key]: HOLE }, null, 2);
  const hole = JSON.stringify(HOLE);
  const at = text.indexOf(hole);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const outer = /^ */u.exec(text.slice(lineStart))?.[0] ?? '';
  const inner = `${outer}  `;
  if (items.length === 0) {
    yield `${text.slice(0, at)}[]${text.slice(at + hole.length)}`;
    return;
  }
  yield `${text.slice(0, at)}[`;
  for (let i = 0; i < items.length; i++) {
    const item = JSON.stringify(each(items[i] as T), null, 2).replaceAll('\n', `\n${inner}`);
    yield `${i === 0 ? '' : ','}\n${inner}${item}`;
  }
  yield `\n${outer}]${text.slice(at + hole.length)}`;
}

/** A response that streams `parts` as the body, with this content type. */
export function streamedResponse(parts: Iterable<string>, contentType: string): Response {
  return new Response(textStream(parts), { headers: { 'Content-Type': contentType } });
}
