/**
 * Marking statements in their article: each paragraph is cut into runs of
 * text, and a run that is a sentence of a statement carries that statement's
 * id, so the article page can highlight it and link it to its event page.
 */
import { splitSentences } from '../extract/sentences.ts';
import type { Statement } from '../extract/types.ts';

/** A run of a paragraph's text, and the statement it belongs to, if any. */
export interface Run {
  text: string;
  statement?: Statement;
}

/** Cut paragraph `index` into runs, marking the sentences of `statements` (the article's). */
export function highlightParagraph(text: string, index: number, statements: readonly Statement[]): Run[] {
  const here = statements.filter((s) => s.paragraphs.includes(index));
  if (here.length === 0) return [{ text }];
  const runs: Run[] = [];
  let at = 0;
  for (const sentence of splitSentences(text)) {
    const owner = here.find((s) => s.text.includes(sentence.text));
    if (!owner) continue;
    if (sentence.start > at) runs.push({ text: text.slice(at, sentence.start) });
    runs.push({ text: sentence.text, statement: owner });
    at = sentence.start + sentence.text.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
