/**
 * A statement that reached the article through the speaker's office («قال
 * مكتب الكاظمي», «ذكر مكتب رئيس الوزراء … عادل عبد المهدي», «بيان صادر عن
 * المكتب الإعلامي لرئيس الوزراء»). The office is how the words came, not who
 * the speaker is: the pages show the registry's role, and say "via their
 * office" beside it.
 */
import type { Statement } from '../extract/types.ts';
import { bare, ROLE_HEADS } from '../speakers/lexicon.ts';
import { nameKey } from '../speakers/registry.ts';

/** «مكتب», «المكتب», «ومكتب», «لمكتب» … as a whole word. */
const OFFICE = /^(?:[وفبل]?(?:ال)?|لل)مكتب$/u;
/** Words between «مكتب» and whose office it is that say nothing about whose: «المكتب الإعلامي ل…». */
const BETWEEN = new Set(['الاعلامي', 'الخاص', 'الرسمي']);
/** How far past «مكتب» the speaker's name may stand («مكتب رئيس الوزراء العراقي المستقيل عادل …»: five words). */
const WINDOW = 6;

/** The folded words of a text, punctuation dropped. */
const wordsOf = (text: string): string[] =>
  nameKey(text)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);

/** True when the words at `at` begin with `phrase` (folded words), a leading ل allowed on the first («لرئيس الوزراء»). */
function startsAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return (
    phrase.length > 0 &&
    phrase.every((p, k) => {
      const w = words[at + k] ?? '';
      return w === p || (k === 0 && w === `ل${p}`) || (k === 0 && p.startsWith('ال') && w === `ل${p.slice(1)}`);
    })
  );
}

/** True when the statement's own sentences say its speaker's office spoke: «مكتب» followed by their name, surname or office. */
export function throughOffice(s: Statement): boolean {
  const name = wordsOf(s.speaker.name);
  const surname = name.length > 1 && (name.at(-1)?.length ?? 0) >= 4 ? [name.at(-1) ?? ''] : [];
  const role = wordsOf(s.speaker.role ?? '').slice(0, 2);
  const phrases = [name, surname, role.length === 2 ? role : []].filter((p) => p.length > 0);
  const words = wordsOf(s.text);
  return words.some((w, i) => {
    if (!OFFICE.test(w)) return false;
    let at = i + 1;
    while (BETWEEN.has(words[at] ?? '')) at++;
    for (const end = at + WINDOW; at < end && at < words.length; at++) if (phrases.some((p) => startsAt(words, at, p))) return true;
    return false;
  });
}

/** «عبر مكتبه», or «عبر مكتبها» when the role's title is feminine («نائبة المتحدث», «الممثلة»). */
export function viaOfficeLabel(s: Statement): string {
  const head = bare(wordsOf(s.speaker.role ?? '')[0] ?? '');
  const feminine = head.endsWith('ه') && ROLE_HEADS.has(head) && ROLE_HEADS.has(head.slice(0, -1));
  return feminine ? 'عبر مكتبها' : 'عبر مكتبه';
}

/** Each statement's label, once: the check reads the whole text, and a statement is drawn on several pages and in the search index. */
const labels = new WeakMap<Statement, string | undefined>();

/** «عبر مكتبه» / «عبر مكتبها» when the statement came through the speaker's office, else nothing. */
export function viaLabel(s: Statement): string | undefined {
  if (!labels.has(s)) labels.set(s, throughOffice(s) ? viaOfficeLabel(s) : undefined);
  return labels.get(s);
}
