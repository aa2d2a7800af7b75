/**
 * From a web page's bytes to its text, by the WHATWG rules a browser follows
 * (html-encoding-sniffer implements them): a byte-order mark, then the HTTP
 * `Content-Type` charset (or `--encoding`), then a `<meta charset>` or
 * `http-equiv` declaration. Arabic sites still serve windows-1256 and
 * iso-8859-6, which Node's TextDecoder reads. Nothing is guessed: a page that
 * declares nothing is read as UTF-8 only when its bytes are valid UTF-8, and
 * bytes that are not valid in the encoding declared are refused, not replaced.
 */
import { MIMEType } from 'node:util';
import sniffHTMLEncoding from 'html-encoding-sniffer';
import { ImportError } from '../article.ts';

/** How far to look for a `<meta charset>`: the standard's 1,024 bytes, widened for the long heads of news sites. */
const PRESCAN_BYTES = 64 * 1024;

/** The MIME type of a `Content-Type` header, or undefined when it cannot be read. */
export function mimeOf(contentType: string | undefined): MIMEType | undefined {
  if (!contentType) return undefined;
  try {
    return new MIMEType(contentType);
  } catch {
    return undefined;
  }
}

/**
 * Decode a page. `label` is the charset the transport gave (the HTTP header's,
 * or the editor's `--encoding`). Throws `ImportError` with the reason.
 */
export function decodeHtml(bytes: Uint8Array, label?: string): string {
  const declared = sniffHTMLEncoding(bytes, {
    ...(label ? { transportLayerEncodingLabel: label } : {}),
    defaultEncoding: null,
    maxPrescanBytes: PRESCAN_BYTES,
  });
  const encoding = declared ?? 'UTF-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new ImportError(`the page declares the encoding "${encoding}", which Bayan cannot read; pass --encoding LABEL`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ImportError(
      declared
        ? `the page's bytes are not valid ${encoding}, the encoding it declares; pass --encoding with the right one (windows-1256, iso-8859-6 …)`
        : 'the page declares no encoding and is not UTF-8; pass --encoding with its encoding (windows-1256, iso-8859-6 …)',
    );
  }
}
