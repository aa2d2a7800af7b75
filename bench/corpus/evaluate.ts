/**
 * Scoring the extractor against a generated corpus's ground truth, and timing
 * it. A planted statement is found when an extracted statement has the same
 * article, speaker id and day; quotes and paragraphs are compared on the
 * statements found. The extraction is the build's: `extractCorpus` on the
 * files read as the command-line tools read them (scripts/content.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readContent } from '../../src/lib/content/folder.ts';
import { extractArticle } from '../../src/lib/extract/article.ts';
import type { CorpusArticle } from '../../src/lib/extract/corpus.ts';
import type { Statement } from '../../src/lib/extract/types.ts';
import { Registry } from '../../src/lib/speakers/registry.ts';
import type { RegistrySpeaker } from '../../src/lib/speakers/types.ts';
import type { Truth } from './generate.ts';

/** A planted statement not found, or an extracted one not planted, and why. */
export interface Mismatch {
  kind: 'missed' | 'false positive';
  article: string;
  speaker: string;
  date: string;
  reason: string;
  text: string;
}

/** Precision, recall and what went wrong. */
export interface CorpusScore {
  planted: number;
  extracted: number;
  found: number;
  precision: number;
  recall: number;
  /** Statements found whose quotes (as a set) and paragraphs agree with the planted ones. */
  quotesAgree: number;
  paragraphsAgree: number;
  mismatches: Mismatch[];
  /** Recall per mention pattern and per date form: [planted, found]. */
  byPattern: Map<string, [number, number]>;
}

const key = (article: string, speaker: string, date: string) => `${article}|${speaker}|${date}`;
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** Score extracted statements against the truth. */
export function scoreCorpus(truth: Truth, statements: readonly Statement[]): CorpusScore {
  const extracted = new Map<string, Statement[]>();
  for (const s of statements) {
    const k = key(s.article, s.speaker.id, s.date);
    extracted.set(k, [...(extracted.get(k) ?? []), s]);
  }
  const byArticle = new Map<string, Statement[]>();
  for (const s of statements) byArticle.set(s.article, [...(byArticle.get(s.article) ?? []), s]);
  const score: CorpusScore = {
    planted: 0,
    extracted: statements.length,
    found: 0,
    precision: 0,
    recall: 0,
    quotesAgree: 0,
    paragraphsAgree: 0,
    mismatches: [],
    byPattern: new Map(),
  };
  const tally = (labels: readonly string[], found: boolean) => {
    for (const label of labels) {
      const [p, f] = score.byPattern.get(label) ?? [0, 0];
      score.byPattern.set(label, [p + 1, f + (found ? 1 : 0)]);
    }
  };
  const used = new Set<Statement>();
  for (const item of truth.items) {
    const others = byArticle.get(item.article) ?? [];
    for (const t of item.statements) {
      score.planted++;
      const match = (extracted.get(key(item.article, t.speaker, t.date)) ?? []).find((s) => !used.has(s));
      tally([...t.patterns, ...t.dateForms.map((f) => `date: ${f}`)], match !== undefined);
      if (match) {
        used.add(match);
        score.found++;
        if (sameSet(match.quotes, t.quotes)) score.quotesAgree++;
        if (match.paragraphs.join() === t.paragraphs.join()) score.paragraphsAgree++;
        continue;
      }
      const sameSpeaker = others.filter((s) => s.speaker.id === t.speaker).map((s) => s.date);
      const sameDay = others
        .filter((s) => s.date === t.date && s.paragraphs.some((p) => t.paragraphs.includes(p)))
        .map((s) => s.speaker.id);
      const reason =
        sameSpeaker.length > 0
          ? `extracted on ${sameSpeaker.join(', ')} instead`
          : sameDay.length > 0
            ? `extracted as ${sameDay.join(', ')} instead`
            : 'not extracted';
      score.mismatches.push({ kind: 'missed', article: item.article, speaker: t.speaker, date: t.date, reason, text: t.text });
    }
  }
  const planted = new Map(truth.items.map((i) => [i.article, i.statements]));
  for (const s of statements) {
    if (used.has(s)) continue;
    const truthHere = planted.get(s.article) ?? [];
    const sameSpeaker = truthHere.filter((t) => t.speaker === s.speaker.id).map((t) => t.date);
    const who = `${s.speaker.name}${s.speaker.provisional ? ', not in the registry' : ''}`;
    const reason =
      sameSpeaker.length > 0
        ? `${who}: planted on ${sameSpeaker.join(', ')}`
        : `${who}: not planted (${s.dateBasis}${s.dateEvidence ? ` «${s.dateEvidence}»` : ''})`;
    score.mismatches.push({ kind: 'false positive', article: s.article, speaker: s.speaker.id, date: s.date, reason, text: s.text });
  }
  score.precision = score.extracted === 0 ? 0 : score.found / score.extracted;
  score.recall = score.planted === 0 ? 0 : score.found / score.planted;
  return score;
}

/** How long extraction takes per article. */
export interface ExtractionTiming {
  articles: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  /** Indexing the registry, once per build. */
  registryMs: number;
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/**
 * Time the extractor on each article, as `extractCorpus` runs it (one
 * registry index, then each article in turn). A first pass over a few
 * articles warms the JIT up, so the figures are those of a build in progress.
 */
export function timeExtraction(articles: readonly CorpusArticle[], speakers: readonly RegistrySpeaker[], warmup = 20): ExtractionTiming {
  const t0 = performance.now();
  const registry = new Registry(speakers);
  const registryMs = performance.now() - t0;
  for (const a of articles.slice(0, warmup)) extractArticle(a, registry);
  const times = articles.map((a) => {
    const start = performance.now();
    extractArticle(a, registry);
    return performance.now() - start;
  });
  const sorted = [...times].sort((a, b) => a - b);
  const meanMs = times.reduce((sum, t) => sum + t, 0) / Math.max(1, times.length);
  return { articles: times.length, medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95), meanMs, registryMs };
}

/** Read a generated content directory, extract it as the build does, score it and time it. */
export function evaluateCorpusDir(dir: string): { score: CorpusScore; timing: ExtractionTiming; warnings: number } {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
  // The build's own reading and checks, so a corpus the build would refuse is refused here too.
  const { articles, speakers, statements, warnings } = readContent(dir);
  return { score: scoreCorpus(truth, statements), timing: timeExtraction(articles, speakers), warnings: warnings.length };
}
