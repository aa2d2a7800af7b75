/**
 * A search result's card: the timeline's card of the statement (`site/card.ts`),
 * made from the index, with the words that matched marked. Before its words
 * have loaded (`SearchEngine.find`), it is drawn from the head alone: the
 * speaker as the head has them, the day, no words.
 */
import type { CardData } from '../site/card.ts';
import type { SearchHit } from './engine.ts';

/** The card a hit draws. */
export function hitCard(hit: SearchHit): CardData {
  const { doc, speaker, facts } = hit;
  return {
    id: doc.id,
    date: doc.date,
    precision: facts.precision ?? 'day',
    side: facts.side ?? speaker.side,
    guess: facts.guess ?? speaker.guess ?? false,
    speakerId: speaker.id,
    name: hit.name,
    nameEn: hit.nameEn,
    alias: hit.alias,
    role: hit.role,
    roleEn: hit.roleEn,
    via: facts.via,
    words: hit.words,
    quoted: hit.quoted,
    outlet: facts.outlet,
  };
}
