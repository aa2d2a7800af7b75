/**
 * What a statement's card shows (`card.ts`), from the statement itself: the
 * build's side. The search makes the same from its index (`search/card.ts`),
 * which holds what this gives (`search/texts.ts`).
 */
import type { Statement } from '../extract/types.ts';
import { segment } from '../search/highlight.ts';
import type { CardData } from './card.ts';
import { cardWords } from './card.ts';
import type { Source } from './exports.ts';
import { viaLabel } from './via.ts';

/**
 * The card of a statement from `source`. Texts are NFC, as the search index
 * stores them (`search/texts.ts`), so that both draw the same characters.
 */
export function cardData(s: Statement, source: Source | undefined): CardData {
  const { speaker } = s;
  return {
    id: s.id,
    date: s.date,
    precision: s.datePrecision,
    side: speaker.side ?? 'other',
    guess: speaker.provisional === true && speaker.side !== undefined,
    speakerId: speaker.id,
    name: segment(speaker.name, []),
    nameEn: segment(speaker.nameEn ?? '', []),
    role: segment(speaker.role ?? '', []),
    via: viaLabel(s),
    ...cardWords(s.text.normalize('NFC'), s.quotes[0]?.normalize('NFC')),
    outlet: source?.outlet,
  };
}
