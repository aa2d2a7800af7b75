/**
 * `npm run permalinks`
 *
 * Records in content/permalinks.json every event id the content produces,
 * with its article: run it after adding or correcting an article, and commit
 * the file. It never removes an entry and never changes a redirect; the
 * output is sorted, so the same content always gives the same bytes. Then it
 * checks the ledger as the build does, and exits 1 with the build's message
 * when a published id is no longer produced (map it under "redirects").
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ContentError } from '../src/lib/content/articles.ts';
import { extractCorpus } from '../src/lib/extract/corpus.ts';
import { checkPermalinks, formatLedger, updateLedger } from '../src/lib/timeline/permalinks.ts';
import { corpusFiles, LEDGER, readArticles, readLedger, readOffices, readRegistry } from './corpus.ts';

const say = (line: string) => process.stdout.write(`${line}\n`);

try {
  const before = readLedger();
  const articles = readArticles(corpusFiles());
  const slugs = articles.map((a) => a.slug);
  const speakers = readRegistry();
  const { statements } = extractCorpus(articles, speakers, before, readOffices(speakers));
  const { ledger, added, repinned } = updateLedger(before, statements, slugs);
  const text = formatLedger(ledger);
  const current = existsSync(LEDGER) ? readFileSync(LEDGER, 'utf8') : undefined;
  if (text !== current) writeFileSync(LEDGER, text);
  if (added.length > 0) say(`${LEDGER}: recorded ${added.length} new id(s):\n${added.map((id) => `  ${id}`).join('\n')}`);
  if (repinned.length > 0) say(`${LEDGER}: ${repinned.length} id(s) now belong to a renamed article: ${repinned.join(', ')}`);
  const state = current === undefined ? 'created' : text === current ? 'up to date' : 'rewritten in order';
  if (added.length + repinned.length === 0) say(`${LEDGER}: ${state} (${ledger.ids.size} ids, ${ledger.redirects.size} redirect(s))`);
  checkPermalinks(ledger, statements, slugs, LEDGER);
} catch (error) {
  if (error instanceof ContentError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
    process.stderr.write(`permalinks: ${(error as Error).message}\n`);
    process.exit(1);
  }
  throw error;
}
