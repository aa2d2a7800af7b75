/**
 * The real-world development set (tests/fixtures/real/manifest.json): facts
 * about published Arabic news articles (where to find each again, its outlet
 * and day) and the statements a careful editor lists in it. The articles'
 * text is other people's writing and never enters the repository; `npm run
 * eval:real -- --texts DIR` reads it from a folder of `<id>.txt` files.
 */
import type { GoldArticle, GoldStatement } from './evaluate.ts';

/** Which part of the set a case belongs to: tuned on, or held back and scored once. */
export type Split = 'tune' | 'holdout';

/** One real article and its gold statements. */
export interface RealCase {
  /** `<published>-<outlet slug>[-N]`; the text is `<id>.txt` in the texts folder. */
  id: string;
  split: Split;
  url: string;
  /** A distinctive part of the URL, to find the article again if the address changes. */
  urlPart: string;
  /** A search that finds the page. */
  query?: string;
  outlet: string;
  outletAr?: string;
  /** iraqi, kurdish, gulf, levantine, egyptian, iranian, wire … */
  region: string;
  /** `YYYY-MM-DD`. */
  published: string;
  /** How the day is known: `url`, `text` or `event`. */
  publishedBasis: string;
  statements: (GoldStatement & { nameAr?: string })[];
  notes?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** Check one gold statement; returns what is wrong with it, or nothing. */
function statementProblem(s: GoldStatement): string | undefined {
  if (typeof s.speaker !== 'string' || s.speaker === '') return 'a statement without a speaker';
  if (!Array.isArray(s.keys) || s.keys.length === 0 || s.keys.some((k) => typeof k !== 'string' || k.trim() === ''))
    return `${s.speaker}: no keys`;
  if (s.keys.some((k) => k.split(/\s+/u).length > 6)) return `${s.speaker}: a key longer than six words (keys are names, not quotations)`;
  if (s.date !== undefined) return DAY.test(s.date) ? undefined : `${s.speaker}: date ${s.date} is not YYYY-MM-DD`;
  if (!s.dates) return `${s.speaker}: neither date nor dates`;
  const [from, to] = s.dates;
  if (!DAY.test(from) || !DAY.test(to) || from > to) return `${s.speaker}: dates ${s.dates.join('..')} is not a range of days`;
  return undefined;
}

/**
 * Read and check the manifest. Throws an Error naming the case and the fault:
 * a set scored from a malformed manifest would give figures that mean nothing.
 */
export function parseManifest(json: string): RealCase[] {
  const data = JSON.parse(json) as { cases?: RealCase[] };
  if (!Array.isArray(data.cases)) throw new Error('manifest: no "cases" array');
  const ids = new Set<string>();
  for (const c of data.cases) {
    const where = `manifest: case ${c.id ?? '(no id)'}`;
    if (typeof c.id !== 'string' || !/^[a-z0-9-]+$/u.test(c.id)) throw new Error(`${where}: id must be lower-case Latin, digits and -`);
    if (ids.has(c.id)) throw new Error(`${where}: the id is used twice`);
    ids.add(c.id);
    if (c.split !== 'tune' && c.split !== 'holdout') throw new Error(`${where}: split must be "tune" or "holdout"`);
    if (!/^https?:\/\//u.test(c.url ?? '')) throw new Error(`${where}: url must be a web address`);
    if (!c.urlPart || !c.url.includes(c.urlPart)) throw new Error(`${where}: urlPart must be a part of the url`);
    if (!c.outlet) throw new Error(`${where}: no outlet`);
    if (!DAY.test(c.published ?? '')) throw new Error(`${where}: published must be YYYY-MM-DD`);
    if (!Array.isArray(c.statements)) throw new Error(`${where}: no statements`);
    for (const s of c.statements) {
      const problem = statementProblem(s);
      if (problem) throw new Error(`${where}: ${problem}`);
    }
  }
  return data.cases;
}

/** The cases as gold articles for `evaluate`, found by id (their text may not be quoted). */
export function goldArticles(cases: readonly RealCase[]): GoldArticle[] {
  return cases.map((c) => ({ seed: c.id, published: c.published, statements: c.statements }));
}
