/**
 * The article being written: its paragraphs and the mentions planted in
 * them, the speakers it has quoted, and the choices every unit makes (a new
 * speaker, how to name them, date words, context paragraphs).
 */
import type { Block } from '../../src/lib/import/markdown.ts';
import { datePhrase, type DateForm, type DatePhrase } from './dates.ts';
import { BACKGROUND, DISTRACTORS, fill } from './phrases.ts';
import type { Rng } from './random.ts';
import type { Entity, GeneratedRegistry, Institution, Person } from './registry.ts';
import * as S from './speech.ts';

/** How a mention gets its date: its own words, the mention it continues, or the fallback rules. */
export type MentionKind = 'opener' | 'inherit' | 'named';

/** One attributed opening and what continues it: a speaker, their date words, the pattern written. */
export interface Unit {
  entity: Entity;
  own?: DatePhrase | undefined;
  pattern: string;
}

/** One sentence (or clause) that attributes words to a unit's speaker. */
export interface Mention {
  unit: Unit;
  kind: MentionKind;
  paragraph: number;
  sentence: string;
  quotes: string[];
  pattern: string;
}

/** The body as it is written: blocks for Markdown, and the mentions with their paragraph numbers. */
export class Body {
  readonly blocks: Block[] = [];
  readonly mentions: Mention[] = [];
  private open: string[] | undefined;
  paragraphs = 0;

  paragraph(): void {
    this.flush();
    this.open = [];
    this.paragraphs++;
  }

  heading(text: string): void {
    this.flush();
    this.blocks.push({ type: 'heading', text });
  }

  /** A sentence; `parts` are the mentions it holds (two for "…، فيما أكد Y …"). */
  sentence(text: string, parts: Omit<Mention, 'paragraph'>[] = []): void {
    if (!this.open) this.paragraph();
    this.open?.push(text);
    for (const p of parts) this.mentions.push({ ...p, paragraph: this.paragraphs });
  }

  finish(): Block[] {
    this.flush();
    return this.blocks;
  }

  private flush(): void {
    if (this.open && this.open.length > 0) this.blocks.push({ type: 'paragraph', text: this.open.join(' ') });
    this.open = undefined;
  }
}

const DATE_WEIGHTS: Readonly<Record<DateForm, number>> = {
  today: 14,
  'today-weekday': 6,
  yesterday: 14,
  'yesterday-weekday': 4,
  'day-before': 5,
  'last-weekday': 12,
  weekday: 10,
  explicit: 13,
  'explicit-weekday': 6,
  numeric: 4,
  none: 12,
};

/** The ways an opening sentence attributes words (see speech.ts). */
export type Pattern =
  'verb' | 'apposition' | 'subject-first' | 'naql' | 'signature' | 'according-to' | 'relative' | 'present' | 'switch' | 'pair' | 'fronted';

export const PATTERN_WEIGHTS: Readonly<Record<Pattern, number>> = {
  verb: 30,
  apposition: 6,
  'subject-first': 8,
  naql: 7,
  signature: 4,
  'according-to': 5,
  relative: 5,
  present: 5,
  switch: 8,
  pair: 6,
  fronted: 6,
};

const SIDE_WEIGHTS = { iraq: 40, us: 25, coalition: 12, iran: 10, other: 13 } as const;

/** Everything one article's writer keeps track of. */
export class ArticleWriter {
  readonly body = new Body();
  readonly actors: Entity[] = [];
  /** People named in full already: later they may go by surname. */
  private readonly named = new Set<string>();

  readonly rng: Rng;
  readonly registry: GeneratedRegistry;
  /** The day the article was written: what اليوم and أمس count from. */
  readonly today: string;

  constructor(rng: Rng, registry: GeneratedRegistry, today: string) {
    this.rng = rng;
    this.registry = registry;
    this.today = today;
  }

  private persons(): Person[] {
    return this.actors.filter((a): a is Person => a.kind === 'person');
  }

  /** A new speaker for this article: no second spokesperson for one institution, no two people in one office. */
  newActor(kind?: 'person' | 'institution'): Entity {
    const { rng, registry } = this;
    for (;;) {
      const side = rng.weighted(SIDE_WEIGHTS);
      const wantPerson = kind ? kind === 'person' : rng.chance(0.78);
      const pool: Entity[] = wantPerson
        ? registry.persons.filter((p) => p.side === side)
        : registry.institutions.filter((i) => i.side === side);
      const pick = rng.pick(pool);
      if (this.actors.includes(pick)) continue;
      if (pick.kind === 'person') {
        const clash = this.persons().some((p) => p.role === pick.role || (pick.speaksFor !== undefined && p.speaksFor === pick.speaksFor));
        if (clash) continue;
      }
      this.actors.push(pick);
      return pick;
    }
  }

  /** Record that a person has been named in full. */
  markNamed(p: Person): void {
    this.named.add(p.id);
  }

  /** The way a speaker is named in a sentence. */
  ref(entity: Entity, allowApposition = false, allowIssued = false): S.Ref & { apposition?: boolean } {
    const { rng } = this;
    if (entity.kind === 'institution') return this.institutionRef(entity, allowIssued);
    const p = entity;
    const full = () => rng.pick(p.fullSpellings.slice(0, 1).concat(rng.chance(0.3) ? p.fullSpellings.slice(1) : []));
    if (this.named.has(p.id)) {
      const form = rng.weighted({ surname: 55, name: 30, role: 15 });
      const text = form === 'surname' ? rng.pick(p.surnameSpellings) : form === 'name' ? full() : `${p.role} ${full()}`;
      return { text, feminine: p.feminine };
    }
    this.named.add(p.id);
    const form = rng.weighted({
      role: 55,
      roleRank: p.rank ? 12 : 0,
      name: 12,
      rank: p.rank ? 6 : 0,
      apposition: allowApposition ? 15 : 0,
    });
    switch (form) {
      case 'role':
        return { text: `${p.role} ${full()}`, feminine: p.feminine };
      case 'roleRank':
        return { text: `${p.role} ${p.rank} ${full()}`, feminine: p.feminine };
      case 'rank':
        return { text: `${p.rank} ${full()}`, feminine: p.feminine };
      case 'apposition':
        return { text: `${p.role}، ${full()}،`, feminine: p.feminine, apposition: true };
      default:
        return { text: full(), feminine: p.feminine };
    }
  }

  /** An institution by name or alias, its unnamed spokesperson or official, or ("بيان صادر عن …") its statement. */
  private institutionRef(inst: Institution, allowIssued: boolean): S.Ref {
    const { rng } = this;
    const label = inst.aliases.find((a) => !a.includes(' '));
    const form = rng.weighted({
      name: 55,
      alias: inst.aliases.length > 0 ? 20 : 0,
      label: label ? 8 : 0,
      spokesperson: 10,
      official: 4,
      issued: allowIssued ? 5 : 0,
    });
    switch (form) {
      case 'issued':
        return { text: `بيان صادر عن ${inst.name}`, feminine: false };
      case 'alias': {
        const alias = rng.pick(inst.aliases);
        return { text: alias, feminine: S.feminineName(alias) };
      }
      case 'label':
        return { text: rng.chance(0.5) ? `${inst.name} (${label})` : `${inst.name} "${label}"`, feminine: inst.feminine };
      case 'spokesperson': {
        const f = rng.chance(0.3);
        return { text: `${f ? 'المتحدثة' : 'المتحدث'} باسم ${inst.name}`, feminine: f };
      }
      case 'official': {
        const f = rng.chance(0.4);
        return { text: `${f ? 'المسؤولة' : 'المسؤول'} في ${inst.name}`, feminine: f };
      }
      default:
        return { text: inst.name, feminine: inst.feminine };
    }
  }

  /** Date words for a unit, within what its pattern allows. */
  date(allowed?: readonly DateForm[]): DatePhrase | undefined {
    const { rng } = this;
    const weights = Object.fromEntries(
      Object.entries(DATE_WEIGHTS).filter(([form]) => !allowed || allowed.includes(form as DateForm)),
    ) as Record<DateForm, number>;
    const form = rng.weighted(weights);
    const back = rng.chance(0.1) ? rng.int(30, 900) : rng.int(0, 9);
    return datePhrase(rng, form, this.today, back);
  }

  /** Background and distractor lines used already: an article does not repeat itself. */
  private readonly used = new Set<string>();

  /** A background or distractor paragraph. Background never mentions a year after the article's. */
  filler(publishedYear: number): void {
    const { rng } = this;
    const fresh = (lines: readonly string[]) => lines.filter((line) => !this.used.has(line));
    const distractors = fresh(DISTRACTORS);
    const background = fresh(BACKGROUND).filter((line) => [...line.matchAll(/\d{4}/gu)].every((m) => Number(m[0]) < publishedYear));
    const lines = rng.chance(0.3) && distractors.length > 0 ? [rng.pick(distractors)] : rng.shuffle(background).slice(0, rng.int(1, 2));
    if (lines.length === 0) return;
    this.body.paragraph();
    for (const line of lines) {
      this.used.add(line);
      this.body.sentence(fill(rng, line));
    }
  }
}
