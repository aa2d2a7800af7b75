/**
 * Digit folding. Arabic news mixes ASCII digits with Arabic-Indic (٠–٩) and
 * Persian (۰–۹) ones, sometimes inside one date; every parser works on ASCII.
 */

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/** Replace Arabic-Indic and Persian digits with ASCII digits; nothing else changes. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const code = d.charCodeAt(0);
    const base = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO;
    return String(code - base);
  });
}
