/** html-encoding-sniffer ships no types; this is the call Bayan makes (see decode.ts). */
declare module 'html-encoding-sniffer' {
  /**
   * The HTML Standard's encoding sniffing: a BOM, then the transport layer's label, then a
   * `<meta charset>` prescan, then `defaultEncoding` (null: none, so the caller can tell).
   */
  export default function sniffHTMLEncoding(
    bytes: Uint8Array,
    options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string | null; maxPrescanBytes?: number },
  ): string | null;
}
