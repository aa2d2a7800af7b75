/**
 * The search index's head: what the browser loads when the search box first
 * gets focus, and all a search needs before it knows which words to look up.
 *
 * It holds the speakers (every name they can be found by, their role and
 * side) and, per statement, only its day and its speaker, in columns of
 * small numbers that compress well. Ids are not stored: they follow from the
 * day and the speaker (`<date>-<speaker>`, `-2`, `-3` … in index order), and
 * the few that do not (a speaker's statements published out of time order,
 * an editor's date fix) are listed explicitly. The words live elsewhere:
 * the inverted index in shards (`postings.ts`), the texts in buckets (`texts.ts`).
 */
import { MONTH_NAMES_AR, MONTH_NAMES_EN, MONTH_NAMES_GREGORIAN } from '../dates/format.ts';
import type { Statement } from '../extract/types.ts';
import type { Side } from '../speakers/types.ts';
import { epochDay } from '../dates/calendar.ts';
import type { SpeakerProfile } from '../site/speakers.ts';

/** A speaker as search knows them: every name they can be found by. */
export interface SearchSpeaker {
  id: string;
  name: string;
  nameEn?: string;
  /** Other spellings from the registry. */
  aliases?: string[];
  role?: string;
  roleEn?: string;
  side: Side;
  /** The side is a guess (a speaker the registry does not know yet: `site/card.ts`). */
  guess?: true;
}

/** The head file (`/search/head.json`). Statements are in time order, oldest first. */
export interface SearchHead {
  version: 3;
  speakers: SearchSpeaker[];
  /** Per speaker, which of their name words (`names.ts` `speakerWords`, by position) name them alone (`name-words.ts`). */
  names: number[][];
  /** Per statement, days since the previous statement (the first: since 1970-01-01). */
  days: number[];
  /** Per statement, its speaker's position in `speakers`. */
  speaker: number[];
  /** `[position, id]` for each statement whose id is not the one `defaultIds` gives. */
  ids: [number, string][];
  /** The keys of the word shards that exist (`words.ts` `shardKey`), sorted. */
  shards: string[];
  /** Statements per text bucket. */
  bucket: number;
  /** The digest of the shards and text files, which their names carry (`load.ts`). */
  digest: string;
}

/** The ids the rule gives: `<date>-<speaker>`, then `-2`, `-3` … for the same day and speaker, in index order. */
export function defaultIds(dates: readonly string[], speakerIds: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return dates.map((date, i) => {
    const base = `${date}-${speakerIds[i] ?? ''}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** 12 → "كانون الأول ديسمبر December": a month's names in both Arabic systems and English. */
export function monthForms(month: number): string {
  const m = month - 1;
  return `${MONTH_NAMES_AR[m] ?? ''} ${MONTH_NAMES_GREGORIAN[m] ?? ''} ${MONTH_NAMES_EN[m] ?? ''}`;
}

/** "2021-12-10" → "كانون الأول ديسمبر December 2021": the forms a reader may type for its month. */
export function dateForms(iso: string): string {
  return `${monthForms(Number(iso.slice(5, 7)))} ${iso.slice(0, 4)}`;
}

/** Drop undefined and empty values so the JSON stays lean. */
function compact<T extends object>(value: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

/** The speakers of the statements, each once, in order of first statement, and each statement's speaker position. */
export function searchSpeakers(
  statements: readonly Statement[],
  profiles: readonly SpeakerProfile[],
): { speakers: SearchSpeaker[]; speakerOf: number[] } {
  const speakers: SearchSpeaker[] = [];
  const at = new Map<string, number>();
  const profileOf = new Map(profiles.map((p) => [p.id, p]));
  const speakerOf = statements.map((s) => {
    const known = at.get(s.speaker.id);
    if (known !== undefined) return known;
    const p = profileOf.get(s.speaker.id);
    const speaker = compact<SearchSpeaker>({
      id: s.speaker.id,
      name: s.speaker.name,
      nameEn: s.speaker.nameEn,
      aliases: p?.aliases.filter((a) => a !== s.speaker.name),
      role: s.speaker.role ?? p?.role,
      roleEn: p?.roleEn,
      side: s.speaker.side ?? 'other',
      guess: s.speaker.provisional === true && s.speaker.side !== undefined ? true : undefined,
    });
    at.set(s.speaker.id, speakers.push(speaker) - 1);
    return speakers.length - 1;
  });
  return { speakers, speakerOf };
}

/**
 * The head for the statements (time order) and their speakers (`searchSpeakers`), given the shard
 * keys, the bucket size, the other files' digest, and the function that chooses each speaker's name
 * words (`name-words.ts`, passed in so that this module, which the browser loads too, does not import
 * the extractor's lexicons).
 */
export function buildHead(
  statements: readonly Statement[],
  { speakers, speakerOf }: { speakers: SearchSpeaker[]; speakerOf: number[] },
  shards: string[],
  bucket: number,
  digest: string,
  chooseNames: (speakers: readonly SearchSpeaker[]) => number[][],
): SearchHead {
  const epoch = statements.map((s) => epochDay(s.date));
  const days = epoch.map((d, i) => d - (i === 0 ? 0 : (epoch[i - 1] ?? 0)));
  const rule = defaultIds(
    statements.map((s) => s.date),
    statements.map((s) => s.speaker.id),
  );
  const ids = statements.flatMap((s, i): [number, string][] => (s.id === rule[i] ? [] : [[i, s.id]]));
  return { version: 3, speakers, names: chooseNames(speakers), days, speaker: speakerOf, ids, shards: [...shards].sort(), bucket, digest };
}
