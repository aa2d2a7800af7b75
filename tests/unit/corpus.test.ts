/**
 * The synthetic corpus (bench/corpus, `npm run corpus`): one seed gives the same bytes; the registry
 * and the articles load as the build loads them; the phrase lists keep the rules the ground truth
 * relies on; and the extractor finds every planted statement, and nothing else.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { evaluateCorpusDir } from '../../bench/corpus/evaluate.ts';
import { generateCorpus, writeCorpus } from '../../bench/corpus/generate.ts';
import { BACKGROUND, CONTENT, DISTRACTORS } from '../../bench/corpus/phrases.ts';
import { registryProblems } from '../../bench/corpus/registry.ts';
import { wordKey } from '../../src/lib/arabic/normalize.ts';
import { parseRegistry } from '../../src/lib/content/registry.ts';
import { readArticleText, readRegistryText } from '../../src/lib/content/files.ts';
import { findExplicitDates } from '../../src/lib/dates/explicit.ts';
import { resolveDate } from '../../src/lib/dates/relative.ts';
import { extractCorpus } from '../../src/lib/extract/corpus.ts';
import { reportingVerb } from '../../src/lib/extract/verbs.ts';

// The collections' schemas, without Astro around them.
vi.mock('astro:content', () => ({ defineCollection: (collection: unknown) => collection }));
const { collections } = await import('../../src/content.config.ts');
/** The part of a zod schema used here (the collections type them as schema-or-function). */
type Schema = { safeParse(value: unknown): { error?: unknown; data?: { published?: string } } };
const articleSchema = collections.articles.schema as unknown as Schema;
const speakerSchema = collections.speakers.schema as unknown as Schema;

const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bayan-corpus-test-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Every file of a directory tree, path → bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.'));
  return new Map(files.sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('determinism', () => {
  it('writes byte-identical corpora for one seed, and a different one for another seed', () => {
    const [a, b, c] = [tempDir(), tempDir(), tempDir()];
    writeCorpus(a, generateCorpus({ articles: 25 }, 7));
    writeCorpus(b, generateCorpus({ articles: 25 }, 7));
    writeCorpus(c, generateCorpus({ articles: 25 }, 8));
    expect(snapshot(a).size).toBe(28); // 25 articles, speakers.yaml, permalinks.json, truth.json
    expect(snapshot(b)).toEqual(snapshot(a));
    expect(snapshot(c).get('truth.json')).not.toBe(snapshot(a).get('truth.json'));
  });
  it('makes article N a function of the seed and N alone: a small corpus is the start of a larger one', () => {
    const small = generateCorpus({ articles: 10 }, 3);
    const large = generateCorpus({ articles: 40 }, 3);
    expect(large.files.slice(0, 10)).toEqual(small.files);
    expect(large.speakersYaml).toBe(small.speakersYaml);
  });
  it('plants exactly the number of statements asked for', () => {
    for (const n of [1, 50, 137]) expect(generateCorpus({ statements: n }, 5).truth.statements).toBe(n);
  });
});

describe('the generated registry', () => {
  const corpus = generateCorpus({ articles: 1 }, 1);
  const entries = parseRegistry(corpus.speakersYaml, 'speakers.yaml');

  it('has about 300 speakers on every side, and no id, name, alias or surname that two share', () => {
    expect(entries.length).toBeGreaterThanOrEqual(280);
    expect(new Set(corpus.registry.speakers.map((s) => s.side))).toEqual(new Set(['iraq', 'us', 'coalition', 'iran', 'other']));
    expect(registryProblems(corpus.registry.speakers)).toEqual([]);
  });
  it('passes the build’s registry schema and reads back as it was written', () => {
    for (const entry of entries) expect(speakerSchema.safeParse(entry).error).toBeUndefined();
    expect(readRegistryText('speakers.yaml', corpus.speakersYaml)).toEqual(corpus.registry.speakers);
  });
  it('gives people aliases and spelling variants, and spokespeople the institution they speak for', () => {
    const persons = corpus.registry.persons;
    expect(persons.filter((p) => p.aliases.length >= 2).length).toBeGreaterThan(persons.length / 3);
    expect(persons.some((p) => p.aliases.some((a) => /^[ا]/u.test(a) && p.name.startsWith('أ')))).toBe(true); // أحمد / احمد
    const spokespeople = persons.filter((p) => p.speaksFor !== undefined);
    expect(spokespeople.length).toBeGreaterThan(20);
    for (const p of spokespeople) expect(corpus.registry.byId.get(p.speaksFor ?? '')?.kind).toBe('institution');
  });
});

describe('the generated articles', () => {
  const corpus = generateCorpus({ articles: 60 }, 11);

  it('parse with the build’s article schema (Astro’s frontmatter parser) and with the CLI reader', () => {
    for (const file of corpus.files) {
      const { frontmatter, content } = parseFrontmatter(file.text);
      const parsed = articleSchema.safeParse(frontmatter);
      expect(parsed.error, file.path).toBeUndefined();
      expect(content.trim().length).toBeGreaterThan(0);
      expect(readArticleText(file.path, file.text).published).toBe(parsed.data?.published);
    }
  });
  it('have 3–12 paragraphs, publication dates in 2014–2026, and unique file names', () => {
    for (const file of corpus.files) {
      const body = parseFrontmatter(file.text).content;
      const paragraphs = body.split(/\n\n+/u).filter((b) => b.trim() && !b.startsWith('#'));
      expect(paragraphs.length).toBeGreaterThanOrEqual(3);
      expect(paragraphs.length).toBeLessThanOrEqual(12);
    }
    for (const item of corpus.truth.items) expect(item.published.slice(0, 4) >= '2014' && item.published.slice(0, 4) <= '2027').toBe(true);
    expect(new Set(corpus.files.map((f) => f.path)).size).toBe(corpus.files.length);
  });
});

describe('the phrase lists', () => {
  const lines = [...Object.values(CONTENT).flatMap((c) => [...c.reported, ...c.quoted]), ...BACKGROUND];
  it('hold no reporting verb, no date words and no second clause, so that only planted words attribute or date', () => {
    for (const line of lines) {
      const text = line.replace(/\{\w+\}/gu, 'قاعدة');
      expect(
        text.split(/\s+/u).filter((w) => reportingVerb(wordKey(w))),
        line,
      ).toEqual([]);
      expect(resolveDate(text, '2024-01-10', '2024-01-10'), line).toBeUndefined();
      expect(
        findExplicitDates(text).filter((d) => d.precision === 'day'),
        line,
      ).toEqual([]);
      expect(text, line).not.toMatch(/[،,]\s+(?:فيما|بينما|في حين)\s/u);
    }
  });
  it('keep every distractor from yielding a statement, alone or after a speaker', () => {
    const speakers = generateCorpus({ articles: 1 }, 1).registry.speakers;
    const lede = 'قال المتحدث باسم وزارة الخارجية العراقية اليوم إن الحوار مستمر.';
    for (const distractor of DISTRACTORS) {
      const body = distractor.replace(/\{\w+\}/gu, 'قاعدة عين الأسد');
      const alone = extractCorpus([{ slug: 'd', filePath: 'd.md', published: '2024-01-10', body }], speakers).statements;
      expect(alone, distractor).toEqual([]);
      const after = extractCorpus([{ slug: 'd', filePath: 'd.md', published: '2024-01-10', body: `${lede}\n\n${body}` }], speakers);
      expect(
        after.statements.map((s) => s.speaker.id),
        distractor,
      ).toEqual(['iraqi-foreign-ministry']);
      expect(after.statements[0]?.paragraphs).toEqual([1]);
    }
  });
});

describe('accuracy on a generated corpus', () => {
  it('finds every planted statement and nothing else (precision and recall ≥ 0.99), with every pattern and date form', () => {
    const dir = tempDir();
    const corpus = generateCorpus({ articles: 30 }, 1);
    writeCorpus(dir, corpus);
    const { score, timing } = evaluateCorpusDir(dir);
    const labels = [...score.byPattern.keys()];
    // 11 opening patterns, 6 kinds of continuation and 11 date forms: a run that misses none.
    expect(labels.length).toBe(28);
    expect(score.planted).toBe(corpus.truth.statements);
    expect(score.mismatches.slice(0, 5)).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.99);
    expect(score.recall).toBeGreaterThanOrEqual(0.99);
    expect(score.quotesAgree).toBe(score.found);
    expect(timing.articles).toBe(30);
    expect(timing.medianMs).toBeGreaterThan(0);
  });
  it('agrees with the truth on the 1,000-statement corpus the benchmark runs, midnight stories and «وكان» ledes too', () => {
    // The truth dates undated words by the README's rules: a story stamped just after midnight was
    // written the day before, and a lede told as background («وكان X أكد، أول أمس») is no story's day.
    const dir = tempDir();
    const corpus = generateCorpus({ statements: 1000 }, 1);
    writeCorpus(dir, corpus);
    const midnight = corpus.files.filter((f) => /^published: \S+T00:/mu.test(f.text)).length;
    expect(midnight).toBeGreaterThan(10);
    const { score } = evaluateCorpusDir(dir);
    expect(score.precision).toBeGreaterThanOrEqual(0.99);
    expect(score.recall).toBeGreaterThanOrEqual(0.99);
  });
});
