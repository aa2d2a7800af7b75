/**
 * The site's data from extracted statements: statements in time order, their
 * source articles, the speaker profiles and the retired addresses' redirects.
 * Pure, so the build (src/data/), the tests and the benchmarks assemble it the same way.
 */
import type { Statement } from '../extract/types.ts';
import type { RegistrySpeaker } from '../speakers/types.ts';
import type { Source } from './exports.ts';
import { byTime } from './order.ts';
import type { Redirect } from './permalinks.ts';
import { speakerProfiles, type SpeakerProfile } from './speakers.ts';

/** A retired address (an event id, an article's slug, a speaker's id) and what now stands there. */
export interface Moved<T = Statement> {
  id: string;
  to: T;
}

/** Everything the pages draw: statements oldest first, their sources, the speakers, and the retired addresses. */
export interface Site {
  statements: Statement[];
  sources: Map<string, Source>;
  speakers: SpeakerProfile[];
  /** Retired event ids. Pages only, never listed: not in the timeline, the search index, the exports or the sitemap. */
  moved: Moved[];
  /** Retired articles (a renamed or deleted file), each leading to the article that replaces it. Pages only, never listed. */
  movedArticles: Moved<Source>[];
  /**
   * Provisional speakers whose statements now stand under a registered speaker
   * (they were added to the registry), so `/speakers/<provisional id>/` leads
   * on to that speaker's page. Pages only, never listed.
   */
  movedSpeakers: Moved<SpeakerProfile>[];
}

/** Order the statements in time, index the sources by slug, build the speaker profiles, and resolve the redirects. */
export function assembleSite(
  articles: readonly Source[],
  statements: readonly Statement[],
  registry: readonly RegistrySpeaker[],
  redirects: readonly Redirect[] = [],
  articleRedirects: readonly Redirect[] = [],
): Site {
  const published = new Map(articles.map((a) => [a.slug, a.published]));
  const ordered = [...statements].sort(byTime(published));
  const sources = new Map(
    articles.map((a) => [
      a.slug,
      { slug: a.slug, title: a.title, outlet: a.outlet, dateline: a.dateline, published: a.published, url: a.url },
    ]),
  );
  const speakers = speakerProfiles(registry, ordered);
  const byId = new Map(statements.map((s) => [s.id, s]));
  const moved = redirects.flatMap(({ from, to }) => {
    const target = byId.get(to);
    return target ? [{ id: from, to: target }] : [];
  });
  const movedArticles = articleRedirects.flatMap(({ from, to }) => {
    const target = sources.get(to);
    return target && !sources.has(from) ? [{ id: from, to: target }] : [];
  });
  const profiles = new Map(speakers.map((p) => [p.id, p]));
  const movedSpeakers = new Map<string, Moved<SpeakerProfile>>();
  for (const { speaker, to } of redirects) {
    const target = profiles.get(byId.get(to)?.speaker.id ?? '');
    if (speaker && target && !profiles.has(speaker) && !movedSpeakers.has(speaker)) movedSpeakers.set(speaker, { id: speaker, to: target });
  }
  return { statements: ordered, sources, speakers, moved, movedArticles, movedSpeakers: [...movedSpeakers.values()] };
}
