/**
 * The generated speaker registry: about 300 speakers across the five sides,
 * people (a role, a rank for soldiers, the institution a spokesperson speaks
 * for) and institutions, with the aliases and spelling variants the press
 * uses. Written as `speakers.yaml` in the format of content/speakers.yaml.
 */
import slugify from '@sindresorhus/slugify';
import { wordKey } from '../../src/lib/arabic/normalize.ts';
import { reportingVerb } from '../../src/lib/extract/verbs.ts';
import { nameKey } from '../../src/lib/speakers/registry.ts';
import { SIDES } from '../../src/lib/sides.ts';
import type { RegistrySpeaker, Side } from '../../src/lib/speakers/types.ts';
import * as N from './names.ts';
import type { NamePart } from './names.ts';
import { Rng } from './random.ts';
import { INSTITUTIONS, OFFICES, type InstitutionSpec, type Office, type Origin } from './roles.ts';

/** A generated person, with what the article writer needs to name them. */
export interface Person {
  kind: 'person';
  id: string;
  name: string;
  nameEn: string;
  aliases: string[];
  role: string;
  roleEn: string;
  side: Side;
  feminine: boolean;
  rank?: string;
  /** The institution (id) this person speaks for. */
  speaksFor?: string;
  affiliations: string[];
  /** Every way the full name may be written (without rank), the registry's spelling first. */
  fullSpellings: string[];
  /** Every way the surname may be written, the registry's spelling first. */
  surnameSpellings: string[];
}

/** A generated institution. */
export interface Institution extends InstitutionSpec {
  kind: 'institution';
}

export type Entity = Person | Institution;

/** The registry, its entities, and the entries as the YAML file holds them. */
export interface GeneratedRegistry {
  persons: Person[];
  institutions: Institution[];
  byId: Map<string, Entity>;
  speakers: RegistrySpeaker[];
}

const POOLS: Readonly<Record<Origin, { male: NamePart[]; female: NamePart[]; surnames: NamePart[] }>> = {
  arab: { male: N.ARAB_MALE, female: N.ARAB_FEMALE, surnames: N.ARAB_SURNAMES },
  kurd: { male: N.KURDISH_MALE, female: N.ARAB_FEMALE, surnames: N.KURDISH_SURNAMES },
  us: { male: N.WESTERN_MALE, female: N.WESTERN_FEMALE, surnames: N.US_SURNAMES },
  coalition: { male: N.WESTERN_MALE, female: N.WESTERN_FEMALE, surnames: N.COALITION_SURNAMES },
  iran: { male: N.IRANIAN_MALE, female: [], surnames: N.IRANIAN_SURNAMES },
  tr: { male: N.TURKISH_MALE, female: [], surnames: N.TURKISH_SURNAMES },
  ru: { male: N.RUSSIAN_MALE, female: N.RUSSIAN_FEMALE, surnames: N.RUSSIAN_SURNAMES },
  eu: { male: N.WESTERN_MALE, female: N.WESTERN_FEMALE, surnames: N.EUROPEAN_SURNAMES },
};

/** Orthographic variants of a word: a hamza-less alef, ى written ي, ة written ه. */
function orthographic(word: string): string[] {
  const forms = [word.replace(/^(ال)?[أإآ]/u, '$1ا'), word.replace(/ى$/u, 'ي'), word.replace(/ة$/u, 'ه')];
  return forms.filter((f) => f !== word);
}

/**
 * Spellings that would read as something else are left out: "فيشير" (Fischer) is also ف + يشير, a
 * reporting verb, and "ان" (آن without its madda) is the particle أن. No extractor can tell those apart
 * from the words alone; a registry that lists them invites the confusion.
 */
const readsAsName = (spelling: string) =>
  spelling.split(' ').every((w) => !reportingVerb(wordKey(w)) && !/^(?:ان|انه|انها|بان)$/u.test(wordKey(w)));

/** Every spelling of a name part: as registered, listed variants, and their orthographic variants, without repeats. */
export function spellings(part: NamePart): string[] {
  const listed = [part.ar, ...(part.variants ?? [])];
  const all = listed.flatMap((s) => [
    s,
    ...s.split(' ').flatMap((w, i, ws) => orthographic(w).map((v) => [...ws.slice(0, i), v, ...ws.slice(i + 1)].join(' '))),
  ]);
  if (!readsAsName(part.ar)) throw new Error(`the name «${part.ar}» reads as another word`);
  return [...new Set(all)].filter(readsAsName);
}

function makePerson(office: Office, first: NamePart, surname: NamePart, feminine: boolean): Person {
  const name = `${first.ar} ${surname.ar}`;
  const firsts = spellings(first);
  const surnames = spellings(surname);
  const fullSpellings = [...new Set([name, ...firsts.map((f) => `${f} ${surname.ar}`), ...surnames.map((s) => `${first.ar} ${s}`)])];
  const aliases = [...new Set([...surnames, ...fullSpellings.slice(1), ...(office.rank ? [`${office.rank} ${name}`] : [])])];
  const nameEn = `${first.en} ${surname.en}`;
  const role = feminine && office.arF ? office.arF : office.ar;
  const institution = office.speaksFor ? INSTITUTIONS.find((i) => i.id === office.speaksFor) : undefined;
  return {
    kind: 'person',
    id: slugify(nameEn),
    name,
    nameEn,
    aliases,
    role,
    roleEn: office.en,
    side: office.side,
    feminine,
    ...(office.rank ? { rank: office.rank } : {}),
    ...(institution ? { speaksFor: institution.id } : {}),
    affiliations: institution ? [institution.name, ...institution.aliases] : [],
    fullSpellings,
    surnameSpellings: surnames,
  };
}

/** The registry for a seed: the same seed gives the same speakers, in the same order. */
export function generateRegistry(seed: number): GeneratedRegistry {
  const rng = new Rng(seed);
  const surnamePools = new Map<Origin, NamePart[]>();
  const persons: Person[] = [];
  for (const office of OFFICES) {
    const pool = POOLS[office.origin];
    if (!surnamePools.has(office.origin)) surnamePools.set(office.origin, rng.shuffle(pool.surnames));
    const surnames = surnamePools.get(office.origin) ?? [];
    for (let n = 0; n < office.count; n++) {
      const surname = surnames.pop();
      if (!surname) throw new Error(`not enough ${office.origin} surnames for «${office.ar}»`);
      const feminine = office.arF !== undefined && pool.female.length > 0 && rng.chance(0.3);
      persons.push(makePerson(office, rng.pick(feminine ? pool.female : pool.male), surname, feminine));
    }
  }
  const institutions: Institution[] = INSTITUTIONS.map((spec) => ({ ...spec, kind: 'institution' }));
  // People and institutions mixed within each side, as an editor's file would be.
  const ordered: Entity[] = SIDES.flatMap((side) => rng.shuffle<Entity>([...persons, ...institutions].filter((e) => e.side === side)));
  const speakers = ordered.map(toRegistrySpeaker);
  return { persons, institutions, byId: new Map(ordered.map((e) => [e.id, e])), speakers };
}

function toRegistrySpeaker(e: Entity): RegistrySpeaker {
  if (e.kind === 'person') {
    const { id, name, nameEn, aliases, role, roleEn, side, affiliations } = e;
    return { id, name, nameEn, aliases, role, roleEn, side, affiliations };
  }
  return { id: e.id, name: e.name, nameEn: e.en, aliases: [...e.aliases], role: e.role, roleEn: e.roleEn, side: e.side, affiliations: [] };
}

/** A YAML scalar: plain when it is safe to leave plain (inside a flow list too), else JSON-quoted. */
function scalar(s: string): string {
  return /^[\p{L}][\p{L}\p{M}\p{N} .'’-]*$/u.test(s) && !/^(?:yes|no|true|false|null|on|off)$/iu.test(s) ? s : JSON.stringify(s);
}

/** The registry as content/speakers.yaml writes it. */
export function registryYaml(speakers: readonly RegistrySpeaker[]): string {
  const lines = [
    '# A generated speaker registry (npm run corpus), in the format of content/speakers.yaml.',
    '# side: iraq | us | coalition | iran | other',
  ];
  for (const s of speakers) {
    lines.push('', `- id: ${s.id}`, `  name: ${scalar(s.name)}`, `  nameEn: ${scalar(s.nameEn)}`);
    lines.push(`  aliases: [${s.aliases.map(scalar).join(', ')}]`);
    if (s.role) lines.push(`  role: ${scalar(s.role)}`);
    if (s.roleEn) lines.push(`  roleEn: ${scalar(s.roleEn)}`);
    lines.push(`  side: ${s.side}`);
    if (s.affiliations.length > 0) lines.push(`  affiliations: [${s.affiliations.map(scalar).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * What would make a registry ambiguous for the extractor: a repeated id, or
 * a name, alias or surname that two speakers share. An affiliation may repeat
 * an institution's own name (that is how a spokesperson is tied to it), never a person's.
 */
export function registryProblems(speakers: readonly RegistrySpeaker[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  const persons = new Set<string>();
  for (const s of speakers) {
    if (ids.has(s.id)) problems.push(`repeated id ${s.id}`);
    ids.add(s.id);
    const keys = new Set([s.name, ...s.aliases].map(nameKey));
    const words = nameKey(s.name).split(' ');
    const institution = INSTITUTIONS.some((i) => i.id === s.id);
    if (!institution && words.length > 1) keys.add(words.at(-1) ?? '');
    if (!institution) for (const k of keys) persons.add(k);
    for (const key of keys) {
      const other = owner.get(key);
      if (other !== undefined && other !== s.id) problems.push(`«${key}» names both ${other} and ${s.id}`);
      owner.set(key, s.id);
    }
  }
  for (const s of speakers) {
    for (const a of s.affiliations) if (persons.has(nameKey(a))) problems.push(`${s.id}: affiliation «${a}» is a person's name`);
  }
  return problems;
}
