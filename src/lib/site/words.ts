/**
 * A statement's words as every output shows them: the timeline, the event
 * page, the feeds and the exports. A record of who said what must never put
 * words in anyone's mouth, so guillemets («») stand only around a direct
 * quotation; a statement the article only reports («كان وزير الدفاع … أكد
 * …») is shown as the article's own sentence, without them. Shortened words
 * are cut between words, with «…» where text was left out.
 */
import type { Statement } from '../extract/types.ts';

/** The words that represent a statement, and whether they are the speaker's own (a direct quotation). */
export interface ShownWords {
  text: string;
  quoted: boolean;
}

/** The main words of a statement: its first direct quotation, else the article's attributed sentences. */
export function shownWords(s: Statement): ShownWords {
  const quote = s.quotes[0];
  return quote === undefined ? { text: s.text, quoted: false } : { text: quote, quoted: true };
}

/** The main words' text alone (see `shownWords`), for search and comparisons. */
export const mainWords = (s: Statement): string => shownWords(s).text;

/** Punctuation that would dangle before «…»: a comma, a colon, a dash. */
const DANGLING = /[\s،,؛;:\-–—]+$/u;

/**
 * `text` at most `max` characters long, cut at a word boundary, with «…»
 * where the rest was left out. A first word longer than `max` is kept whole:
 * a word is never cut («هزيمة دا» would read as another word).
 */
export function cutAtWord(text: string, max: number): string {
  const whole = text.trim();
  if (whole.length <= max) return whole;
  const space = whole.lastIndexOf(' ', max);
  const end = space > 0 ? space : whole.search(/\s|$/u);
  const head = whole.slice(0, end).replace(DANGLING, '');
  return head.length < whole.length ? `${head}…` : head;
}

/**
 * The main words as a line of text, shortened to `max` characters (the
 * guillemets not counted): «…» around a direct quotation, the reported
 * sentence as it stands. For the feeds, the social descriptions and lists.
 */
export function wordsLine(s: Statement, max = Number.POSITIVE_INFINITY): string {
  const { text, quoted } = shownWords(s);
  const cut = cutAtWord(text, max);
  return quoted ? `«${cut}»` : cut;
}
