/**
 * What scraped pages leave around an article: view and like counters, image
 * placeholders, comment widgets, share labels and tracking strings. Each rule
 * matches a whole line (or, for tracking tokens, a whole token) so that no
 * sentence of the article can be caught by it.
 */
import { normalizeArabic } from '../arabic/normalize.ts';

/** Comment-widget and share-button lines, compared after normalization. */
const WIDGET_LINES: readonly RegExp[] = [
  /^تعليقات$/u,
  /^التعليقات$/u,
  /^علق كضيف/u,
  /^اضف تعليقا?$/u,
  /^اترك تعليقا?$/u,
  /^(?:مشاركه|شارك|شارك الخبر|share)\s*:?$/u,
  /^news-(?:picture|image|photo)$/u,
];

/** True for a line that is a comment widget, a share label or an image placeholder. */
export function isWidgetLine(line: string): boolean {
  const key = normalizeArabic(line);
  return WIDGET_LINES.some((re) => re.test(key));
}

/** A bullet line of page metadata ("- 811", "• 00:00"): returns the content after the bullet. */
export function bulletContent(line: string): string | undefined {
  const m = /^\s*[-•·*▪]\s*(.*?)\s*$/u.exec(line);
  return m ? m[1] : undefined;
}

/** A bare counter (views, likes, shares): digits only, in any script. */
export function isCounter(text: string): boolean {
  return /^\d[\d,.]*$/u.test(normalizeArabic(text));
}

const BASE64_TOKEN = /(?<![\w+/=])[A-Za-z0-9+/]{12,}={0,2}(?![\w+/=])/gu;

/**
 * Decode a token that looks like base64; return its text only when it is
 * printable ASCII (tracking strings decode to things like "ip: 13.58.38.184").
 */
function decodeTracking(token: string): string | undefined {
  if (token.length % 4 !== 0 || !/[A-Z]/.test(token) || !/[a-z0-9]/.test(token)) return undefined;
  let decoded: string;
  try {
    decoded = atob(token);
  } catch {
    return undefined;
  }
  return /^[\x20-\x7e]{6,}$/.test(decoded) ? decoded : undefined;
}

/**
 * Remove tracking tokens (base64 that decodes to printable text) from a line.
 * Returns the line without them and whether any was found; a line that had a
 * token and is left with no sentence (only a site tag) should be dropped.
 */
export function stripTracking(line: string): { rest: string; found: boolean } {
  let found = false;
  const rest = line
    .replace(BASE64_TOKEN, (token) => {
      if (decodeTracking(token) === undefined) return token;
      found = true;
      return '';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { rest, found };
}

/** True when text ends like a sentence, so it cannot be a site tag or a heading. */
export function endsLikeSentence(text: string): boolean {
  return /[.؟?!:»"”…]\s*$/u.test(text);
}
