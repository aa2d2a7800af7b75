/**
 * The side of a speaker the registry does not know yet, guessed from the
 * words the article gives with the name: a nationality («النائب العراقي»,
 * «السفير الأميركي», «الخارجية الإيرانية»: `sideOf`, the extractor's own
 * reading), a country, capital or region («محافظ البصرة», «سفير واشنطن»), or
 * a body that belongs to one side («التحالف الدولي»). The first such word
 * decides: «السفير الأمريكي في بغداد» is American. It is a guess, and the
 * pages say so (a provisional speaker's side is always one).
 */
import { normalizeArabic } from '../arabic/normalize.ts';
import type { Side } from '../speakers/types.ts';
import { sideOf } from './phrase-shapes.ts';

/** Places and bodies (folded, without ال) and the side each points to; nationalities are `sideOf`'s. */
const WORDS: ReadonlyMap<string, Side> = new Map(
  Object.entries({
    iraq: 'عراق بغداد بصره موصل انبار نينوي اربيل كردستان كوردستان كردستاني حشد',
    us: 'امريكا واشنطن بنتاغون بنتاجون كونغرس',
    iran: 'ايران طهران',
    coalition: 'تحالف ناتو اطلسي',
  }).flatMap(([side, list]) => list.split(' ').map((w): [string, Side] => [w, side as Side])),
);

/** A folded word without a conjunction, preposition or article written on: «والعراق» → «عراق», «لواشنطن» → «واشنطن». */
const plain = (word: string): string[] => [word, word.replace(/^(?:[وفبل]?ال|لل)/u, ''), word.replace(/^[وفبل]/u, '')];

/** The side the words of a provisional speaker's role and name point to, if any. */
export function guessSide(...phrases: readonly (string | undefined)[]): Side | undefined {
  const words = normalizeArabic(phrases.filter(Boolean).join(' ')).match(/\p{L}+/gu) ?? [];
  for (const w of words) {
    const side =
      sideOf(w) ??
      plain(w)
        .map((p) => WORDS.get(p))
        .find(Boolean);
    if (side) return side;
  }
  return undefined;
}
