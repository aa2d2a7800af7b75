/**
 * `npm run permalinks`
 *
 * Records in content/permalinks.json what the content now publishes: every
 * new event id pinned to its statement (article, paragraphs, a digest of its
 * words); a published id whose statement is there under a new id (its day or
 * speaker corrected by an override, its speaker added to the registry) as a
 * redirect to it; a renamed article file under "articles", its ids kept. It
 * prints each thing it did. It never removes an entry and never changes a
 * redirect an editor wrote; the output is sorted, so the same content always
 * gives the same bytes. Then it checks the ledger as the build does, and
 * exits 1 with the build's message when a published address is still broken.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ContentError } from '../src/lib/content/articles.ts';
import { readContent } from '../src/lib/content/folder.ts';
import { paths } from '../src/lib/paths.ts';
import { formatLedger } from '../src/lib/site/ledger.ts';
import { checkPermalinks, updateLedger } from '../src/lib/site/permalinks.ts';
import { CONTENT_DIR, LEDGER } from './content.ts';

const say = (line: string) => process.stdout.write(`${line}\n`);
const list = (lines: readonly string[]) => lines.map((line) => `  ${line}`).join('\n');

try {
  const content = readContent(CONTENT_DIR);
  const slugs = content.articles.map((a) => a.slug);
  const { ledger, added, redirected, renamed, updated } = updateLedger(content.ledger, content.statements, slugs, content.renames);
  const text = formatLedger(ledger);
  const current = existsSync(LEDGER) ? readFileSync(LEDGER, 'utf8') : undefined;
  if (text !== current) writeFileSync(LEDGER, text);
  if (added.length > 0) say(`${LEDGER}: recorded ${added.length} new id(s):\n${list(added)}`);
  if (redirected.length > 0)
    say(
      `${LEDGER}: redirected ${redirected.length} published id(s) to the same statement under its new id:\n` +
        list(redirected.map((r) => `${paths.event(r.from)} → ${paths.event(r.to)} (${r.why})`)),
    );
  if (renamed.length > 0)
    say(
      `${LEDGER}: recorded ${renamed.length} renamed article(s); their ids stay, and the old address redirects:\n${list(renamed.map((r) => `${paths.article(r.from)} → ${paths.article(r.to)}`))}`,
    );
  if (updated.length > 0)
    say(
      `${LEDGER}: ${updated.length} published statement(s) edited or moved in their article, recorded as they now stand:\n${list(updated)}`,
    );
  const state = current === undefined ? 'created' : text === current ? 'up to date' : 'rewritten';
  if (added.length + redirected.length + renamed.length + updated.length === 0)
    say(`${LEDGER}: ${state} (${ledger.ids.size} ids, ${ledger.redirects.size} redirect(s), ${ledger.articles.size} article redirect(s))`);
  checkPermalinks(ledger, content.statements, slugs, LEDGER);
} catch (error) {
  if (error instanceof ContentError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
    process.stderr.write(`permalinks: ${(error as Error).message}\n`);
    process.exit(1);
  }
  throw error;
}
