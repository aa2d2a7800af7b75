/**
 * Splitting a paragraph into sentences. Arabic news ends sentences with . ؟ ?
 * ! … and ؛, but a quotation may run over several sentences and must stay
 * whole, ".." is a pause (not an end), and initials such as "إتش." belong to a
 * name ("وليام إتش. سيلي الثالث").
 */

/** A sentence and where it stands in its paragraph. */
export interface Sentence {
  text: string;
  start: number;
}

import { normalizeArabic } from '../arabic/normalize.ts';

const END = new Set(['.', '؟', '?', '!', '…', '؛']);
const OPEN_CLOSE: Readonly<Record<string, string>> = { '«': '»', '“': '”' };

/** Latin letters as Arabic writes them in initials: "وليام إتش. سيلي", "جي. دي. فانس". */
// د. is the title Dr. before a name, as in «د. إحسان الشمري».
const INITIALS = new Set('اتش جي دي بي سي اس ام ال اف كيه كي تي ار ان او يو في واي زد اي ايه جيه اكس كيو د'.split(' '));

/** Initials are one to three letters (د., جي., اكس.); a word before a stop longer than this, harakat included, is none. */
const MAX_INITIAL = 12;

/**
 * A Latin initial before a full stop belongs to a name rather than ending the sentence.
 * The word is found by stepping back at most MAX_INITIAL characters: a regex anchored at
 * the end of `text.slice(0, dot)` rescans the whole paragraph at every full stop, which
 * took 20 s on a one-paragraph article of 1 MB.
 */
function isInitial(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && dot - from <= MAX_INITIAL && !/\s/u.test(text.charAt(from - 1))) from--;
  if (dot - from > MAX_INITIAL) return false;
  // A word of one letter ("لويد ج. أوستن") is an initial whatever the letter: no Arabic word is one letter long.
  const word = normalizeArabic(text.slice(from, dot));
  return (INITIALS.has(word) || /^\p{L}$/u.test(word)) && /^\s+\p{L}/u.test(text.slice(dot + 1));
}

/**
 * Two statements in one sentence ("وقال X إن …، فيما أكد Y أن …"): split at
 * فيما / بينما / في حين when a comma precedes it, so each clause is attributed alone.
 */
export function splitClauses(sentence: string): string[] {
  return sentence
    .split(/(?<=[،,])\s+(?=و?(?:فيما|بينما|في حين)\s)/u)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** Split a paragraph into sentences, keeping quotations whole. */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const closers: string[] = [];
  let straight = false; // inside "…" with straight quotes
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph.charAt(i);
    const opener = OPEN_CLOSE[ch];
    if (opener) closers.push(opener);
    else if (ch === closers.at(-1)) closers.pop();
    else if (ch === '"') straight = !straight;
    if (!END.has(ch) || closers.length > 0 || straight) continue;
    // ".." and "..." are pauses inside a sentence; 2.5 is a number.
    if (ch === '.' && (paragraph.charAt(i + 1) === '.' || paragraph.charAt(i - 1) === '.')) continue;
    if (ch === '.' && /\d/u.test(paragraph.charAt(i - 1)) && /\d/u.test(paragraph.charAt(i + 1))) continue;
    if (ch === '.' && isInitial(paragraph, i)) continue;
    // A closing quote right after the stop belongs to this sentence.
    let end = i + 1;
    while (/["»”]/u.test(paragraph.charAt(end))) end++;
    push(paragraph.slice(start, end), start);
    start = end;
  }
  push(paragraph.slice(start), start);
  return sentences;

  function push(text: string, at: number): void {
    const trimmed = text.trim();
    if (trimmed) sentences.push({ text: trimmed, start: at + text.indexOf(trimmed) });
  }
}

/**
 * The direct quotations in a sentence: text between «», “” or straight double
 * quotes, three words or more (shorter quoted runs are names and labels:
 * "البنتاغون", "اسوشيتد برس").
 */
export function findQuotes(sentence: string): string[] {
  const quotes: string[] = [];
  for (const m of sentence.matchAll(/«([^»]+)»|“([^”]+)”|"([^"]+)"/gu)) {
    const text = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (text.split(/\s+/u).length >= 3) quotes.push(text);
  }
  return quotes;
}
