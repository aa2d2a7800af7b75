/**
 * The site's data from extracted statements: statements in time order, their
 * source articles, the speaker profiles and the retired ids' redirects. Pure,
 * so the build (src/data/), the tests and the benchmarks assemble it the same way.
 */
import type { Statement } from '../extract/types.ts';
import type { RegistrySpeaker } from '../speakers/types.ts';
import type { Source } from './exports.ts';
import { byTime } from './order.ts';
import type { Redirect } from './permalinks.ts';
import { speakerProfiles, type SpeakerProfile } from './speakers.ts';

/** A retired event URL and the statement that replaces it. */
export interface Moved {
  id: string;
  to: Statement;
}

/** Everything the pages draw: statements oldest first, their sources, the speakers, and the retired ids. */
export interface Site {
  statements: Statement[];
  sources: Map<string, Source>;
  speakers: SpeakerProfile[];
  /** Pages only, never listed: not in the timeline, the search index, the exports or the sitemap. */
  moved: Moved[];
}

/** Order the statements in time, index the sources by slug, build the speaker profiles, and resolve the redirects. */
export function assembleSite(
  articles: readonly Source[],
  statements: readonly Statement[],
  registry: readonly RegistrySpeaker[],
  redirects: readonly Redirect[] = [],
): Site {
  const published = new Map(articles.map((a) => [a.slug, a.published]));
  const ordered = [...statements].sort(byTime(published));
  const sources = new Map(
    articles.map((a) => [a.slug, { slug: a.slug, title: a.title, outlet: a.outlet, published: a.published, url: a.url }]),
  );
  const byId = new Map(statements.map((s) => [s.id, s]));
  const moved = redirects.flatMap(({ from, to }) => {
    const target = byId.get(to);
    return target ? [{ id: from, to: target }] : [];
  });
  return { statements: ordered, sources, speakers: speakerProfiles(registry, ordered), moved };
}
