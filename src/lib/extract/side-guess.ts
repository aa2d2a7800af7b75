/**
 * The side of a speaker the registry does not know yet, guessed from the
 * words the article gives with the name: a nationality («النائب العراقي»,
 * «السفير الأميركي», «الخارجية الإيرانية»), a country's capital or region
 * («محافظ البصرة»), or a body that belongs to one side («التحالف الدولي»).
 * The first such word decides: «السفير الأمريكي في بغداد» is American. It
 * is a guess, and the pages say so (a provisional speaker's side is always one).
 */
import { normalizeArabic } from '../arabic/normalize.ts';
import type { Side } from '../speakers/types.ts';

/** Folded words (without ال) and the side each points to. */
const WORDS: ReadonlyMap<string, Side> = new Map(
  Object.entries({
    iraq: 'عراقي عراقيه عراق بغداد البصره بصره الموصل موصل الانبار انبار نينوي اربيل كردستان كوردستان كردستاني حشد',
    us: 'امريكي امريكيه امريكا واشنطن بنتاغون بنتاجون كونغرس',
    iran: 'ايراني ايرانيه ايران طهران',
    coalition: 'تحالف ناتو اطلسي',
  }).flatMap(([side, list]) => list.split(' ').map((w): [string, Side] => [w, side as Side])),
);

/** A folded word without its clitics and article: «والعراقية» → «عراقيه», «الأميركي» → «امريكي». */
function plain(word: string): string {
  return word
    .replace(/^(?:[وفبل]?ال|لل|[وفبل](?=ال))/u, '')
    .replace(/^ال/u, '')
    .replace(/اميرك/u, 'امريك');
}

/** The side the words of a provisional speaker's name and role point to, if any. */
export function guessSide(...phrases: readonly (string | undefined)[]): Side | undefined {
  const words = normalizeArabic(phrases.filter(Boolean).join(' ')).match(/\p{L}+/gu) ?? [];
  for (const w of words) {
    const side = WORDS.get(plain(w)) ?? WORDS.get(w);
    if (side) return side;
  }
  return undefined;
}
