/**
 * Marking statements in their article: each paragraph is cut into runs of
 * text, and a run that is a sentence of a statement carries that statement's
 * id, so the article page can highlight it and link it to its event page.
 */
import { splitClauses, splitSentences } from '../extract/sentences.ts';
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
  // Whole sentences, or their clauses when two speakers share one (see `splitClauses`).
  const pieces = splitSentences(text).flatMap((sentence) => {
    let from = sentence.start;
    return splitClauses(sentence.text).map((clause) => {
      const start = text.indexOf(clause, from);
      from = start + clause.length;
      return { text: clause, start };
    });
  });
  for (const sentence of pieces) {
    const owner = here.find((s) => s.text.includes(sentence.text));
    if (!owner) continue;
    const previous = runs.at(-1);
    if (previous?.statement === owner && sentence.start - at <= 1) {
      previous.text = text.slice(at - previous.text.length, sentence.start + sentence.text.length); // one run per statement
    } else {
      if (sentence.start > at) runs.push({ text: text.slice(at, sentence.start) });
      runs.push({ text: sentence.text, statement: owner });
    }
    at = sentence.start + sentence.text.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
