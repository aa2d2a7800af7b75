/**
 * The search index: one small document per statement, written at build time
 * to `/search/index.json` and fetched by the browser on first use.
 *
 * It carries the original text only. The browser folds it with the same
 * normalizer the build uses (see `engine.ts`), which keeps the file about
 * half the size it would be with a normalized copy of every field beside the
 * original, and keeps highlighting on the original words possible.
 * Speakers and articles are listed once and referred to by position.
 */
import { MONTH_NAMES_AR, MONTH_NAMES_EN, MONTH_NAMES_GREGORIAN } from '../dates/format.ts';
import type { Statement } from '../extract/types.ts';
import type { Side } from '../speakers/types.ts';
import type { Source } from '../timeline/exports.ts';
import type { SpeakerProfile } from '../timeline/speakers.ts';

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
}

/** A source article, for the "outlet and title" fields. */
export interface SearchArticle {
  title: string;
  outlet: string;
}

/** One statement. */
export interface SearchDoc {
  id: string;
  /** ISO day. */
  date: string;
  /** The date's searchable forms: both Arabic month names, the English one, the year. */
  dates: string;
  /** Position in `SearchIndex.speakers`. */
  speaker: number;
  /** Position in `SearchIndex.articles`. */
  article: number;
  /** The attributed sentences; every quotation stands inside them. */
  text: string;
  /** Where the first quotation stands in `text` (what a card shows when nothing in the text matched). */
  quote?: [number, number];
}

/** The whole index, statements in time order (oldest first). */
export interface SearchIndex {
  version: 1;
  speakers: SearchSpeaker[];
  articles: SearchArticle[];
  docs: SearchDoc[];
}

/** "2021-12-10" → "كانون الأول ديسمبر December 2021": the forms a reader may type for its month. */
export function dateForms(iso: string): string {
  const month = Number(iso.slice(5, 7)) - 1;
  return `${MONTH_NAMES_AR[month] ?? ''} ${MONTH_NAMES_GREGORIAN[month] ?? ''} ${MONTH_NAMES_EN[month] ?? ''} ${iso.slice(0, 4)}`;
}

/** Drop undefined and empty values so the JSON stays lean. */
function compact<T extends object>(value: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

/** Build the index from the site's statements (time order), their sources and the speaker profiles. */
export function buildSearchIndex(
  statements: readonly Statement[],
  sources: ReadonlyMap<string, Source>,
  profiles: readonly SpeakerProfile[],
): SearchIndex {
  const speakers: SearchSpeaker[] = [];
  const speakerAt = new Map<string, number>();
  const articles: SearchArticle[] = [];
  const articleAt = new Map<string, number>();
  const profileOf = new Map(profiles.map((p) => [p.id, p]));

  const docs = statements.map((s): SearchDoc => {
    let speaker = speakerAt.get(s.speaker.id);
    if (speaker === undefined) {
      const p = profileOf.get(s.speaker.id);
      speaker =
        speakers.push(
          compact<SearchSpeaker>({
            id: s.speaker.id,
            name: s.speaker.name,
            nameEn: s.speaker.nameEn,
            aliases: p?.aliases.filter((a) => a !== s.speaker.name),
            role: s.speaker.role ?? p?.role,
            roleEn: p?.roleEn,
            side: s.speaker.side ?? 'other',
          }),
        ) - 1;
      speakerAt.set(s.speaker.id, speaker);
    }
    let article = articleAt.get(s.article);
    if (article === undefined) {
      const src = sources.get(s.article);
      article = articles.push({ title: src?.title ?? '', outlet: src?.outlet ?? '' }) - 1;
      articleAt.set(s.article, article);
    }
    const text = s.text.normalize('NFC'); // as the normalizer's offsets count it, so highlights land on the right letters
    const first = s.quotes[0]?.normalize('NFC');
    const at = first === undefined ? -1 : text.indexOf(first);
    return {
      id: s.id,
      date: s.date,
      dates: dateForms(s.date),
      speaker,
      article,
      text,
      ...(first !== undefined && at >= 0 ? { quote: [at, at + first.length] as [number, number] } : {}),
    };
  });
  return { version: 1, speakers, articles, docs };
}
