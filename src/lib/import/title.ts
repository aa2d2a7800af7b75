/**
 * A title for an article whose page has none (the first line was only the
 * outlet's name): the lede's first sentence, cut at a clause boundary when it
 * runs long. The frontmatter marks such a title as derived.
 */

const MAX_WORDS = 14;

/** Derive a headline-length title from the lede paragraph. */
export function deriveTitle(lede: string): string {
  const sentence = (/^[^.؟?!]+/u.exec(lede)?.[0] ?? lede).trim();
  const words = sentence.split(/\s+/u);
  if (words.length <= MAX_WORDS) return sentence;
  // Take whole clauses (ending in ، or ,) while they fit; otherwise cut at the word limit.
  let taken = '';
  for (const clause of sentence.split(/(?<=[،,])\s+/u)) {
    const next = taken ? `${taken} ${clause}` : clause;
    if (next.split(/\s+/u).length > MAX_WORDS) break;
    taken = next;
  }
  return taken ? taken.replace(/[،,]$/u, '') : `${words.slice(0, MAX_WORDS).join(' ')}…`;
}
