/**
 * The site's data from extracted statements: statements in time order, their
 * source articles, and the speaker profiles. Pure, so the build (src/data/),
 * the tests and the benchmarks assemble it the same way.
 */
import type { Statement } from '../extract/types.ts';
import type { RegistrySpeaker } from '../speakers/types.ts';
import type { Source } from './exports.ts';
import { byTime } from './order.ts';
import { speakerProfiles, type SpeakerProfile } from './speakers.ts';

/** Everything the pages draw: statements oldest first, their sources, and the speakers. */
export interface Site {
  statements: Statement[];
  sources: Map<string, Source>;
  speakers: SpeakerProfile[];
}

/** Order the statements in time, index the sources by slug and build the speaker profiles. */
export function assembleSite(articles: readonly Source[], statements: readonly Statement[], registry: readonly RegistrySpeaker[]): Site {
  const published = new Map(articles.map((a) => [a.slug, a.published]));
  const ordered = [...statements].sort(byTime(published));
  const sources = new Map(
    articles.map((a) => [a.slug, { slug: a.slug, title: a.title, outlet: a.outlet, published: a.published, url: a.url }]),
  );
  return { statements: ordered, sources, speakers: speakerProfiles(registry, ordered) };
}
