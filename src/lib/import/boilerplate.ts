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
  /^اضف تعليقك$/u,
  /^شارك (?:علي|عبر) \S+$/u,
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

/** A counter (views, likes, shares): digits, in any script, with at most a label ("٢٣٤٥ مشاهدة"). */
export function isCounter(text: string): boolean {
  return /^\d[\d,.]*(?:\s*(?:مشاهده|مشاهدات|قراءه|قراءات|تعليق|تعليقات|اعجاب|views?|likes?))?$/iu.test(normalizeArabic(text));
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
 * Split a line at its tracking token (base64 that decodes to printable text,
 * like "ip: 13.58.38.184"): the text before it, the text after it, and
 * whether there was one. Without a token, everything is `before`.
 */
export function stripTracking(line: string): { before: string; after: string; found: boolean } {
  for (const m of line.matchAll(BASE64_TOKEN)) {
    if (decodeTracking(m[0]) === undefined) continue;
    return {
      before: line.slice(0, m.index).trim(),
      after: line
        .slice(m.index + m[0].length)
        .replace(BASE64_TOKEN, '')
        .trim(),
      found: true,
    };
  }
  return { before: line, after: '', found: false };
}

/** True when text ends like a sentence, so it cannot be a site tag or a heading. */
export function endsLikeSentence(text: string): boolean {
  return /[.؟?!:»"”…]\s*$/u.test(text);
}
