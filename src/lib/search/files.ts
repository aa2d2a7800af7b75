/**
 * The search index as files under `/search/`, built once per build from the
 * site's statements and served as they are:
 *
 * - `head.json`: speakers and, per statement, day and speaker (`head-file.ts`);
 * - `words/<name>.json`: the inverted index, one shard per two-letter stem start (`postings.ts`);
 * - `text/<name>.json`: the statements' words for the cards, 16 to a file, in time and in speaker order (`texts.ts`).
 *
 * The engine reads them through a `Loader` (`load.ts`): `fetch` in the
 * browser, this module's in-memory files in Node (tests, benchmarks).
 */
import type { Statement } from '../extract/types.ts';
import type { Source } from '../site/exports.ts';
import type { Site } from '../site/model.ts';
import type { SpeakerProfile } from '../site/speakers.ts';
import { buildHead, type SearchHead } from './head-file.ts';
import { buildShards, type Shard } from './postings.ts';
import { HEAD_PATH, shardPath, textPath, type Loader } from './load.ts';
import { nameWordPositions } from './name-words.ts';
import { BUCKET_SIZE, buildTexts, type TextEntry } from './texts.ts';

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
  const head = buildHead(statements, profiles, [...shards.keys()], bucket, nameWordPositions);
  return { head, shards, texts: buildTexts(statements, head.speaker, bucket) };
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
    ...[...files.shards].map(([key, shard]): [string, unknown] => [shardPath(key), shard]),
    ...[...files.texts].map(([name, entries]): [string, unknown] => [textPath(name), entries]),
  ]);
}

/** A loader over in-memory files, for Node; a missing path fails as a 404 would. */
export function memoryLoader(files: SearchFiles): Loader {
  const paths = filesByPath(files);
  return (path) => (paths.has(path) ? Promise.resolve(paths.get(path)) : Promise.reject(new Error(`no search file ${path}`)));
}
