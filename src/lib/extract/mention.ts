/**
 * A mention: one attributed sentence of an article, what its phrase refers to, and, as the
 * extraction proceeds, its speaker and date. Shared by the steps in collect.ts, assign.ts and
 * article.ts.
 */
import type { ResolvedDate } from '../dates/relative.ts';
import { isInstitution } from '../speakers/lexicon.ts';
import { nameKey } from '../speakers/registry.ts';
import type { RegistrySpeaker, StatementSpeaker } from '../speakers/types.ts';
import type { Attribution } from './attribution.ts';
import { guessSide } from './side-guess.ts';
import { provisionalId, type Referent } from './speaker.ts';

/** One attributed sentence and who and when it is, as far as known. */
export interface Mention {
  /** 1-based; 0 for the headline. */
  paragraph: number;
  sentence: string;
  attribution: Attribution;
  referent: Referent;
  own?: ResolvedDate;
  speaker?: StatementSpeaker;
  date?: ResolvedDate;
  /** For a continuation: the mention it continues. */
  continues?: Mention;
  /** Words told in another sentence that say when the words were said («جاء ذلك خلال مؤتمر صحفي عقده أمس»). */
  occasion?: string;
  /** The sentence just before, when it holds no words of anyone's: it may tell the occasion («والسبت، أجرى رئيسي محادثات …»). */
  setting?: string;
}

/** True for a registry entry that is a person, not an institution. */
export const isPersonEntry = (s: RegistrySpeaker) => !isInstitution(nameKey(s.name));

/** A speaker the registry does not know, with the role the article gives and the side its words suggest (a guess). */
export function provisional(name: string, role?: string): StatementSpeaker {
  const side = guessSide(role, name);
  return { id: provisionalId(name), name, ...(role && role !== name ? { role } : {}), ...(side ? { side } : {}), provisional: true };
}
