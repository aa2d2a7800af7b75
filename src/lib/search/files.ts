/**
 * The search index as files under `/search/`, built once per build from the
 * site's statements and served as they are:
 *
 * - `head.json`: speakers and, per statement, day and speaker (`head-file.ts`);
 * - `words/<name>.<digest>.json`: the inverted index, one shard per two-letter stem start (`postings.ts`);
 * - `text/<name>.<digest>.json`: the statements' words for the cards, 16 to a file, in time and in speaker order (`texts.ts`).
 *
 * The digest is of the shards' and text files' contents, so their names
 * change with them and they can be cached for good; the head names it.
 * It is one digest for all of them rather than one per file: a new
 * statement moves the positions every shard and text file counts in, so
 * most files change with any edit anyway, and a digest per file would add
 * some 12 KB (gzip) to the head at 10,000 statements.
 *
 * The engine reads them through a `Loader` (`load.ts`): `fetch` in the
 * browser, this module's in-memory files in Node (tests, benchmarks).
 */
import { createHash } from 'node:crypto';
import type { Statement } from '../extract/types.ts';
import type { Source } from '../site/exports.ts';
import type { Site } from '../site/model.ts';
import type { SpeakerProfile } from '../site/speakers.ts';
import { buildHead, searchSpeakers, type SearchHead, type SearchSpeaker } from './head-file.ts';
import { buildShards, type Shard } from './postings.ts';
import { HEAD_PATH, shardPath, textPath, type Loader } from './load.ts';
import { nameWordPositions } from './name-words.ts';
import { BUCKET_SIZE, buildTexts, type TextEntry } from './texts.ts';
import { cardData } from '../site/card-data.ts';

/** Every file of the index. */
export interface SearchFiles {
  head: SearchHead;
  /** Shards by key (`words.ts` `shardKey`). */
  shards: Map<string, Shard>;
  /** Text files by name (`t0` …, `s0` …). */
  texts: Map<string, TextEntry[]>;
}

/** Build every file from the statements (time order), their sources and the speaker profiles. */
export function buildSearchFiles(
  statements: readonly Statement[],
  sources: ReadonlyMap<string, Source>,
  profiles: readonly SpeakerProfile[],
  bucket = BUCKET_SIZE,
): SearchFiles {
  const searchable = statements.map((s) => {
    const source = sources.get(s.article);
    return `${s.text} ${source?.title ?? ''} ${source?.outlet ?? ''} ${source?.dateline ?? ''}`;
  });
  const shards = buildShards(searchable);
  const speakers = searchSpeakers(statements, profiles);
  const entries = statements.map((s, i) =>
    textEntry(s, sources.get(s.article), speakers.speakers[speakers.speakerOf[i] ?? 0] as SearchSpeaker),
  );
  const texts = buildTexts(entries, speakers.speakerOf, bucket);
  const head = buildHead(statements, speakers, [...shards.keys()], bucket, digestOf(shards, texts), nameWordPositions);
  return { head, shards, texts };
}

/** The digest of the shards and the text files: of their names and contents, as the build writes them. */
function digestOf(shards: ReadonlyMap<string, Shard>, texts: ReadonlyMap<string, TextEntry[]>): string {
  const hash = createHash('sha256');
  for (const [key, shard] of shards) hash.update(`words ${key} ${JSON.stringify(shard)}\n`);
  for (const [name, entries] of texts) hash.update(`text ${name} ${JSON.stringify(entries)}\n`);
  return hash.digest('hex').slice(0, 12);
}

const built = new WeakMap<Site, SearchFiles>();

/** The site's index files, built on first request and shared by every endpoint of the build. */
export function searchFiles(site: Site): SearchFiles {
  let files = built.get(site);
  if (!files) built.set(site, (files = buildSearchFiles(site.statements, site.sources, site.speakers)));
  return files;
}

/** Every file by its path (what the build writes under `/search/`). */
export function filesByPath(files: SearchFiles): Map<string, unknown> {
  return new Map<string, unknown>([
    [HEAD_PATH, files.head],
    ...[...files.shards].map(([key, shard]): [string, unknown] => [shardPath(key, files.head.digest), shard]),
    ...[...files.texts].map(([name, entries]): [string, unknown] => [textPath(name, files.head.digest), entries]),
  ]);
}

/** A loader over in-memory files, for Node; a missing path fails as a 404 would. */
export function memoryLoader(files: SearchFiles): Loader {
  const paths = filesByPath(files);
  return (path) => (paths.has(path) ? Promise.resolve(paths.get(path)) : Promise.reject(new Error(`no search file ${path}`)));
}

/**
 * A statement's entry (built here, not in `texts.ts`, which the browser loads: the card's data reads the
 * registry's lexicons): NFC, as the normalizer's offsets count it, so highlights land on the right letters;
 * `speaker` is its speaker as the head has them.
 */
function textEntry(s: Statement, source: Source | undefined, speaker: SearchSpeaker): TextEntry {
  const card = cardData(s, source);
  const text = s.text.normalize('NFC');
  const entry: TextEntry = { text };
  const quote = s.quotes[0]?.normalize('NFC');
  const at = quote === undefined ? -1 : text.indexOf(quote);
  if (quote !== undefined) entry.quote = at >= 0 ? [at, at + quote.length] : quote;
  if (s.speaker.name !== speaker.name) entry.name = s.speaker.name;
  if ((s.speaker.nameEn ?? '') !== (speaker.nameEn ?? '')) entry.nameEn = s.speaker.nameEn ?? '';
  if ((s.speaker.role ?? '') !== (speaker.role ?? '')) entry.role = s.speaker.role ?? '';
  if (card.side !== speaker.side) entry.side = card.side;
  if (card.guess !== (speaker.guess ?? false)) entry.guess = card.guess;
  if (card.precision !== 'day') entry.precision = card.precision;
  if (card.via) entry.via = card.via;
  if (card.outlet) entry.outlet = card.outlet;
  return entry;
}
