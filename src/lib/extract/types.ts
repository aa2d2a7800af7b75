/**
 * The Statement: the one model every page, feed and export draws from
 * (ARCHITECTURE.md section 3).
 */
import type { DatePrecision } from '../dates/explicit.ts';
import type { DateBasis } from '../dates/relative.ts';
import type { StatementSpeaker } from '../speakers/types.ts';

/** One speaker's words on one day in one article. */
export interface Statement {
  /** `<date>-<speaker-id>`, with `-2`, `-3` … for a speaker's further statements that day. */
  id: string;
  /** The article's slug. */
  article: string;
  speaker: StatementSpeaker;
  /** ISO day the words were said. */
  date: string;
  datePrecision: DatePrecision;
  dateBasis: DateBasis;
  /** The words that fixed the date; empty when it is the publication day by default. */
  dateEvidence: string;
  /** Direct quotations, in order. */
  quotes: string[];
  /** The attributed sentences, in order. */
  text: string;
  /** Paragraph numbers (1-based) in the article, for `/articles/<slug>/#p-N`. */
  paragraphs: number[];
}

/** Something an editor should look at: where, and why. */
export interface ExtractionWarning {
  article: string;
  paragraph: number;
  message: string;
}
