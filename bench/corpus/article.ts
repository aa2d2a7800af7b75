/**
 * One generated article and the statements planted in it. The article is a
 * sequence of units (units.ts): a speaker, the date words (if any) and an
 * attributed sentence, followed by continuations in the same or the next
 * paragraph; background and distractor paragraphs fall between units. Every
 * article is a function of the corpus seed and its index alone.
 */
import { toMarkdown, type Frontmatter } from '../../src/lib/import/markdown.ts';
import { epochDay, isoOfEpochDay, shiftDay } from '../../src/lib/dates/calendar.ts';
import { datePhrase } from './dates.ts';
import { HEADINGS, OUTLETS } from './phrases.ts';
import { Rng, hashSeed } from './random.ts';
import type { GeneratedRegistry, Person } from './registry.ts';
import { plantedStatements, type PlantedStatement } from './truth.ts';
import { continuations, opener, pair, type Planted } from './units.ts';
import { ArticleWriter, PATTERN_WEIGHTS, type Mention, type Pattern } from './writer.ts';

export type { PlantedStatement };

/** A generated article before the corpus gives it a file name. */
export interface ArticleDraft {
  title: string;
  outlet: { name: string; slug: string };
  published: string;
  markdown: string;
  statements: PlantedStatement[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The headline: the lede's speaker and the first words of what they said. */
function headline(rng: Rng, lede: Mention | undefined): string {
  if (!lede) return 'تطورات جديدة في ملف انسحاب القوات الأجنبية من العراق';
  const e = lede.unit.entity;
  const who = e.kind === 'person' ? (e.surnameSpellings[0] ?? e.name) : e.name;
  // What was said starts after the first complement: إن, أن, بأنه, إلى, a colon.
  const complement = /(?:^|\s)(?:إن|أن|بأن|بأنه|بأنها|على أن|إلى أن|من أن|إلى)\s+|:\s+/u.exec(lede.sentence);
  const words = complement ? lede.sentence.slice(complement.index + complement[0].length) : lede.sentence;
  const gist = words
    .replace(/[«»"“”.،]/gu, '')
    .split(/\s+/u)
    .slice(0, 8)
    .join(' ');
  return rng.chance(0.7) ? `${who}: ${gist}` : gist;
}

/** Generate article number `index` of the corpus with `seed`, planting at most `maxUnits` statements' worth of units. */
export function generateArticle(registry: GeneratedRegistry, seed: number, index: number, maxUnits = Infinity): ArticleDraft {
  const rng = new Rng(hashSeed(seed, 'article', index));
  // Up to a fixed day already past, never "today": the build refuses an article published in the future,
  // and the corpus must not depend on the day it is generated.
  const day = isoOfEpochDay(rng.int(epochDay('2014-01-01'), epochDay('2026-06-30')));
  // A story stamped just after midnight was written the day before: its "اليوم (الخميس)" says so.
  const timing = rng.weighted({ day: 50, time: 44, midnight: 6 });
  const publishedDay = timing === 'midnight' ? shiftDay(day, 1) : day;
  const published =
    timing === 'day'
      ? publishedDay
      : timing === 'time'
        ? `${publishedDay}T${pad(rng.int(6, 23))}:${pad(rng.int(0, 59))}`
        : `${publishedDay}T00:${pad(rng.int(0, 45))}`;
  const outlet = rng.pick(OUTLETS);
  const w = new ArticleWriter(rng, registry, day);
  const units = Math.min(maxUnits, Number(rng.weighted({ 1: 14, 2: 26, 3: 28, 4: 18, 5: 9, 6: 5 })));
  // 3–12 paragraphs: room for every unit and its continuations, and some context around them.
  const target = Math.min(12, Math.max(3, Math.round(units * 1.6) + rng.int(0, 4)));
  const year = Number(publishedDay.slice(0, 4));

  let written = 0;
  let last: Planted | undefined;
  // An institution's lede and its spokesperson's words the same day: one statement.
  const spokespeople = registry.persons.filter((p) => p.speaksFor !== undefined);
  const paired = units >= 2 && rng.chance(0.12) ? rng.pick(spokespeople) : undefined;
  if (timing === 'midnight' || paired) {
    const entity = paired ? registry.byId.get(paired.speaksFor ?? '') : w.newActor();
    if (!entity) throw new Error(`no institution ${paired?.speaksFor}`);
    if (paired) w.actors.push(entity);
    const date = timing === 'midnight' ? datePhrase(rng, 'today-weekday', day) : w.date();
    last = opener(w, 'verb', entity, { opening: true, date: date ?? null });
    continuations(w, last);
    written++;
    if (paired) {
      w.actors.push(paired);
      w.filler(year);
      last = opener(w, rng.pick(['verb', 'switch', 'fronted'] as const), paired, {
        opening: false,
        date: rng.chance(0.7) ? (date ?? null) : undefined,
      });
      continuations(w, last);
      written++;
    }
  }
  if (written === 0 && rng.chance(0.1)) w.filler(year);

  while (written < units) {
    const opening = written === 0;
    const left = units - written;
    if (!opening) {
      const room = target - w.body.paragraphs - left * 1.4;
      if (w.body.paragraphs < 12 - left && rng.chance(room > 0 ? 0.6 : 0.1)) w.filler(year);
      if (w.body.paragraphs >= 3 && rng.chance(0.06)) w.body.heading(rng.pick(HEADINGS));
    }
    const exclude = new Set<Pattern>(opening ? ['switch', 'pair', 'present', 'according-to'] : left < 2 ? ['pair'] : []);
    const pattern = rng.weighted(
      Object.fromEntries(Object.entries(PATTERN_WEIGHTS).filter(([p]) => !exclude.has(p as Pattern))) as Record<Pattern, number>,
    );
    const needsPerson = pattern === 'apposition' || pattern === 'relative' || pattern === 'signature';
    if (opening || (w.body.paragraphs < 12 && rng.chance(0.65))) w.body.paragraph();
    if (pattern === 'pair') {
      last = pair(w, w.newActor(), w.newActor(), opening);
      written += 2;
    } else {
      // Now and then a speaker already quoted speaks again, on another day ("وكان X قد أكد …").
      const again = w.actors.filter((a): a is Person => a.kind === 'person');
      const entity = !opening && again.length > 0 && rng.chance(0.12) ? rng.pick(again) : w.newActor(needsPerson ? 'person' : undefined);
      last = opener(w, pattern, entity, { opening });
      written++;
    }
    continuations(w, last);
  }
  for (let tries = 0; w.body.paragraphs < target && tries < 20; tries++) w.filler(year);

  const blocks = w.body.finish();
  const title = headline(rng, w.body.mentions[0]);
  const frontmatter: Frontmatter = {
    title,
    outlet: outlet.name,
    ...(rng.chance(0.5) ? { dateline: rng.pick(outlet.datelines) } : {}),
    published,
    ...(rng.chance(0.4) ? { url: `https://www.example.com/${outlet.slug}/${hashSeed(seed, index).toString(36)}` } : {}),
    language: 'ar',
  };
  return {
    title,
    outlet,
    published,
    markdown: toMarkdown(frontmatter, blocks),
    statements: plantedStatements(w.body.mentions, day),
  };
}
