/**
 * Units: the opening sentence of a statement in one of the reporting
 * patterns (speech.ts), two speakers in one sentence, and the continuations
 * that follow (no subject, a surname, the office again, "الوزارة", the letter).
 */
import { frontedDate, type DateForm, type DatePhrase } from './dates.ts';
import { ADDRESSEES, SETTINGS } from './phrases.ts';
import type { Entity, Person } from './registry.ts';
import * as S from './speech.ts';
import type { ArticleWriter, MentionKind, Pattern, Unit } from './writer.ts';

/** Context phrases that front a sentence without dating it. */
const FRONTED_CONTEXT = ['وفي سياق متصل', 'وعلى صعيد متصل', 'وفي تطور لاحق', 'وفي ما يتعلق بمستقبل القوات'];

/** Date forms a pattern can carry: بحسب reads its whole sentence, a present-tense verb speaks of today. */
const DATE_LIMITS: Partial<Record<Pattern, readonly DateForm[]>> = {
  'according-to': ['none'],
  present: ['today', 'none'],
  signature: ['explicit', 'yesterday', 'none'],
};

/** Roles whose head noun refers back to their holder: "وأضاف الوزير", "وتابعت السفيرة". */
function officeNoun(p: Person): string | undefined {
  const head = p.role.split(' ')[0] ?? '';
  const m = /^(?:ال)?(وزير|سفير|متحدث)(ة)?$/u.exec(head);
  if (!m) return undefined;
  return `ال${m[1]}${m[2] ?? (p.feminine ? 'ة' : '')}`;
}

/** What a planted unit leaves for its continuations. */
export interface Planted {
  unit: Unit;
  /** The gender the speaker's last reference took. */
  feminine: boolean;
  /** The document a signature unit quotes ("الرسالة"), which may continue it. */
  document?: string;
}

/** Plant a unit's opening sentence. */
export function opener(
  w: ArticleWriter,
  pattern: Pattern,
  entity: Entity,
  opts: { opening: boolean; date?: DatePhrase | null | undefined },
): Planted {
  const { rng, body } = w;
  const own = opts.date === null ? undefined : (opts.date ?? w.date(DATE_LIMITS[pattern]));
  const unit: Unit = { entity, own, pattern };
  const date = own?.text;
  const write = (said: S.Said, feminine: boolean, extra: Partial<Planted> = {}): Planted => {
    body.sentence(said.text, [{ unit, kind: 'opener', sentence: said.text, quotes: said.quotes, pattern }]);
    return { unit, feminine, ...extra };
  };
  switch (pattern) {
    case 'apposition': {
      const p = entity as Person;
      w.markNamed(p);
      const ref = { text: `${p.role}، ${rng.pick(p.fullSpellings)}،`, feminine: p.feminine };
      return write(S.verbSentence(rng, { entity, ref, date, opening: opts.opening }), p.feminine);
    }
    case 'subject-first': {
      const ref = w.ref(entity);
      return write(S.subjectFirstSentence(rng, { entity, ref, date }), ref.feminine);
    }
    case 'naql': {
      const ref = w.ref(entity);
      return write(S.naqlSentence(rng, { entity, ref, date }), ref.feminine);
    }
    case 'signature': {
      const ref = w.ref(entity);
      const said = S.signatureSentence(rng, { entity, ref, date });
      return write(said, ref.feminine, { document: said.document });
    }
    case 'according-to': {
      const ref = w.ref(entity, false, true);
      return write(S.accordingToSentence(rng, { entity, ref }), ref.feminine);
    }
    case 'relative': {
      const ref = w.ref(entity);
      return write(S.relativeSentence(rng, { person: entity as Person, ref, date }), ref.feminine);
    }
    case 'present': {
      const ref = w.ref(entity);
      return write(S.presentSentence(rng, { entity, ref, date }), ref.feminine);
    }
    case 'switch': {
      const ref = w.ref(entity);
      return write(S.switchSentence(rng, { entity, ref, date }), ref.feminine);
    }
    case 'fronted': {
      const ref = w.ref(entity);
      const fronted = (own ? frontedDate(rng, own) : rng.pick(FRONTED_CONTEXT)).replace(opts.opening ? /^و/u : /^$/u, '');
      return write(S.frontedSentence(rng, { entity, ref, fronted }), ref.feminine);
    }
    default: {
      const ref = w.ref(entity, true, true);
      const setting = rng.chance(0.35) ? rng.pick(SETTINGS) : undefined;
      const addressee = !ref.apposition && rng.chance(0.12) ? rng.pick(ADDRESSEES) : undefined;
      return write(S.verbSentence(rng, { entity, ref, date, setting, addressee, opening: opts.opening }), ref.feminine);
    }
  }
}

/** "وقال X إن …، فيما أكد Y أن …": two units in one sentence. */
export function pair(w: ArticleWriter, a: Entity, b: Entity, opening: boolean): Planted {
  const { rng, body } = w;
  const first: Unit = { entity: a, own: w.date(), pattern: 'pair' };
  const second: Unit = { entity: b, own: rng.chance(0.5) ? w.date() : undefined, pattern: 'pair' };
  const one = S.verbSentence(rng, { entity: a, ref: w.ref(a), date: first.own?.text, opening });
  const clause = one.text.replace(/\.$/u, '،');
  const ref = w.ref(b);
  const two = S.secondClause(rng, { entity: b, ref, date: second.own?.text });
  body.sentence(`${clause} ${two.text}`, [
    { unit: first, kind: 'opener', sentence: clause, quotes: one.quotes, pattern: 'pair' },
    { unit: second, kind: 'opener', sentence: two.text, quotes: two.quotes, pattern: 'pair' },
  ]);
  return { unit: second, feminine: ref.feminine };
}

/** Up to three continuations: no subject, the document, a surname, an office, "الوزارة", or the name again. */
export function continuations(w: ArticleWriter, planted: Planted): void {
  const { rng, body } = w;
  const count = Number(rng.weighted({ 0: 45, 1: 35, 2: 15, 3: 5 }));
  const e = planted.unit.entity;
  for (let k = 0; k < count; k++) {
    if (rng.chance(0.45) && body.paragraphs < 12) body.paragraph();
    let subject: string | undefined;
    let kind: MentionKind = 'inherit';
    let label = 'continuation';
    let feminine = planted.feminine;
    if (planted.document && rng.chance(0.5)) {
      subject = planted.document; // "وأضافت الرسالة": documents carry on whoever wrote them
      feminine = planted.document !== 'البيان';
      label = 'continuation-document';
    } else if (rng.chance(0.4)) {
      kind = 'named';
      if (e.kind === 'person') {
        const noun = officeNoun(e);
        const how = rng.weighted({ surname: 60, office: 20, noun: noun ? 20 : 0 });
        subject = how === 'surname' ? rng.pick(e.surnameSpellings) : how === 'office' ? e.role : noun;
        feminine = e.feminine;
        label = `continuation-${how}`;
      } else {
        const how = rng.weighted({ noun: e.noun ? 60 : 0, name: 40 });
        subject = how === 'noun' ? e.noun : e.name;
        feminine = S.feminineName(subject ?? '');
        label = `continuation-${how}`;
      }
    }
    const said = S.continuation(rng, { entity: e, feminine, subject });
    body.sentence(said.text, [{ unit: planted.unit, kind, sentence: said.text, quotes: said.quotes, pattern: label }]);
  }
}
