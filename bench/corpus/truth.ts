/**
 * The ground truth of an article, from what was planted:
 * - the speaker is the registry entry named; an institution speaks through
 *   its spokesperson when the article quotes one (ARCHITECTURE.md section 4);
 * - the day is the one the date words name; a mention without date words
 *   takes the day README.md documents: the statement it continues, else the
 *   speaker's dated mention earlier in the article, else the paragraph's, else
 *   the speaker's dated mention later on, else the story's day (the day the
 *   lede in paragraph 1 names, when it is one of the two days before the day
 *   of writing, and not told as background with «وكان»), else the day of
 *   writing (the day before publication for a story stamped after midnight).
 * One speaker, one day, one article is one statement.
 */
import { shiftDay } from '../../src/lib/dates/calendar.ts';
import type { DateForm } from './dates.ts';
import type { Entity, Person } from './registry.ts';
import type { Mention } from './writer.ts';

/** A statement as planted: what the extractor should find. */
export interface PlantedStatement {
  /** Registry id of the speaker. */
  speaker: string;
  /** ISO day the words were said. */
  date: string;
  /** 1-based paragraph numbers, as the article page numbers them. */
  paragraphs: number[];
  /** The direct quotations, in order. */
  quotes: string[];
  /** The attributed sentences. */
  text: string;
  /** How it was written: the pattern of each mention and the date form. */
  patterns: string[];
  dateForms: DateForm[];
}

/** The planted statements: each mention's speaker and day (see the file comment), merged per speaker and day. `writingDay`: the day the article was written, which a story stamped just after midnight publishes the day after. */
export function plantedStatements(mentions: readonly Mention[], writingDay: string): PlantedStatement[] {
  const persons = mentions.map((m) => m.unit.entity).filter((e): e is Person => e.kind === 'person');
  const speakerOf = (e: Entity): string => (e.kind === 'person' ? e.id : (persons.find((p) => p.speaksFor === e.id)?.id ?? e.id));
  const resolved: { speaker: string; paragraph: number; date: string; published: boolean }[] = [];
  const lede = mentions[0];
  // A lede told as background («وكان X أكد، أول أمس») tells of another occasion, not the story's day.
  const background = (sentence: string) => /^و?كان(?:ت)?\s/u.test(sentence);
  const ledeDay = lede?.paragraph === 1 && lede.kind === 'opener' && !background(lede.sentence) ? lede.unit.own?.date : undefined;
  const storyDay = ledeDay && ledeDay < writingDay && ledeDay >= shiftDay(writingDay, -2) ? ledeDay : undefined;
  const todaysWordsBefore = (i: number) => mentions.slice(0, i).some((o) => o.kind === 'opener' && o.unit.own?.date === writingDay);
  mentions.forEach((m, i) => {
    const speaker = speakerOf(m.unit.entity);
    const own = m.kind === 'opener' ? m.unit.own : undefined;
    // Undated words with nothing to carry default to the day of writing: a story stamped just after
    // midnight was written the day before its publication.
    let date = writingDay;
    let published = false;
    const previous = resolved[i - 1];
    if (own) date = own.date;
    else if (m.kind === 'inherit' && previous) ({ date, published } = previous);
    else {
      const earlier = resolved.slice(0, i).filter((o) => !o.published);
      const found =
        earlier.filter((o) => o.speaker === speaker).at(-1)?.date ??
        earlier.filter((o) => o.paragraph === m.paragraph).at(-1)?.date ??
        mentions.slice(i + 1).find((o) => o.kind === 'opener' && o.unit.own && speakerOf(o.unit.entity) === speaker)?.unit.own?.date;
      // The story's day is for the story's own words: not a view in the present tense, not words told
      // as background («وكان X قد …»), not after the article has come to words dated the day of writing.
      const ofTheStory = m.pattern !== 'present' && !background(m.sentence) && !todaysWordsBefore(i);
      if (found) date = found;
      else if (storyDay && ofTheStory) date = storyDay;
      else published = true;
    }
    resolved.push({ speaker, paragraph: m.paragraph, date, published });
  });
  const byKey = new Map<string, PlantedStatement>();
  mentions.forEach((m, i) => {
    const { speaker, date } = resolved[i] ?? { speaker: '', date: '' };
    const key = `${speaker}|${date}`;
    const s = byKey.get(key) ?? { speaker, date, paragraphs: [], quotes: [], text: '', patterns: [], dateForms: [] };
    byKey.set(key, s);
    if (!s.paragraphs.includes(m.paragraph)) s.paragraphs.push(m.paragraph);
    for (const q of m.quotes) if (!s.quotes.includes(q)) s.quotes.push(q);
    if (!s.text.includes(m.sentence)) s.text = s.text ? `${s.text} ${m.sentence}` : m.sentence;
    if (!s.patterns.includes(m.pattern)) s.patterns.push(m.pattern);
    const form = m.kind === 'opener' ? (m.unit.own?.form ?? 'none') : undefined;
    if (form && !s.dateForms.includes(form)) s.dateForms.push(form);
  });
  return committeesInMembers([...byKey.values()], mentions).map((s) => ({ ...s, paragraphs: s.paragraphs.sort((a, b) => a - b) }));
}

/**
 * A committee's words and its one member's on the same day are one statement, the member's
 * («كشفت لجنة الأمن والدفاع … وقال عضو اللجنة …»), as the extractor's spokespeople.ts folds them.
 */
function committeesInMembers(statements: PlantedStatement[], mentions: readonly Mention[]): PlantedStatement[] {
  const entities = new Map(mentions.map((m) => [m.unit.entity.id, m.unit.entity]));
  const gone = new Set<PlantedStatement>();
  for (const committee of statements) {
    const body = entities.get(committee.speaker);
    if (body?.kind !== 'institution' || !body.name.startsWith('لجنة')) continue;
    const members = statements.filter((s) => {
      const e = entities.get(s.speaker);
      return s.date === committee.date && e?.kind === 'person' && e.role === `عضو ${body.name}`;
    });
    const [member] = members;
    if (!member || members.length > 1) continue;
    const first = (committee.paragraphs[0] ?? 0) < (member.paragraphs[0] ?? 0);
    member.paragraphs = [...new Set([...committee.paragraphs, ...member.paragraphs])];
    member.quotes = first ? [...new Set([...committee.quotes, ...member.quotes])] : [...new Set([...member.quotes, ...committee.quotes])];
    member.text = first ? `${committee.text} ${member.text}` : `${member.text} ${committee.text}`;
    member.patterns = [...new Set([...member.patterns, ...committee.patterns])];
    member.dateForms = [...new Set([...member.dateForms, ...committee.dateForms])];
    gone.add(committee);
  }
  return statements.filter((s) => !gone.has(s));
}
