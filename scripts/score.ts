/**
 * Printing a `Score` for `npm run eval` and `npm run eval:real`: the figures,
 * then every miss and false positive, so an editor sees what to look at.
 */
import type { Score } from '../src/lib/extract/evaluate.ts';

/** Write the score's summary and details, one line at a time. */
export function printScore(score: Score, line: (s: string) => void): void {
  const kinds = (k: string) => score.misses.filter((m) => m.kind === k).length;
  line(
    `precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}  (${score.truePositives} correct, ${score.misses.length} missed` +
      ` [${kinds('wrong-day')} wrong day, ${kinds('wrong-speaker')} wrong speaker], ${score.falsePositives.length} false positives, ${score.junk.length} junk speakers)`,
  );
  for (const seed of score.unmatchedArticles) line(`  no article found for ${seed}`);
  for (const { seed, gold: g, kind, instead } of score.misses) {
    const how = instead ? `  ${kind}: gave ${instead.speaker.name} on ${instead.date}` : '';
    line(`  miss  ${seed}: ${g.speaker} on ${g.date ?? g.dates?.join('..')}${how}`);
  }
  for (const { file, statement: s } of score.falsePositives)
    line(`  false positive  ${file}: ${s.id} (${s.speaker.name}) «${s.text.slice(0, 80)}»`);
  for (const { seed, statement: s } of score.junk)
    line(`  junk speaker  ${seed}: «${s.speaker.name}»${s.speaker.provisional ? ' [new]' : ''}`);
}
