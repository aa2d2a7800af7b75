/**
 * The real-world development set (tests/fixtures/real/manifest.json) and `npm run eval:real`.
 * The manifest holds facts only; the script is tried here on texts written for this test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statementOf } from './helpers.ts';
import { evaluate } from '../../src/lib/extract/evaluate.ts';
import { parseManifest, type RealCase } from '../../src/lib/extract/manifest.ts';

const root = new URL('../../', import.meta.url).pathname;
const manifestText = readFileSync(new URL('../fixtures/real/manifest.json', import.meta.url), 'utf8');

describe('the committed manifest', () => {
  const cases = parseManifest(manifestText);
  it('holds facts, not the articles’ writing: no note quotes a run of four Arabic words', () => {
    const run = /[\u0600-\u06FF]+(?:[\s،,.:؛«»"“”()\-–/|]+[\u0600-\u06FF]+){3,}/u;
    const raw = JSON.parse(manifestText) as { cases: { id: string; notes?: string }[] };
    expect(raw.cases.filter((c) => run.test(c.notes ?? '')).map((c) => c.id)).toEqual([]);
  });
  it('holds at least 60 real articles from at least 25 outlets, 2020–2026', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.outlet)).size).toBeGreaterThanOrEqual(25);
    const years = new Set(cases.map((c) => c.published.slice(0, 4)));
    for (const year of ['2020', '2021', '2023', '2024', '2025', '2026']) expect(years).toContain(year);
  });
  it('keeps a held-back part big enough to measure: at least 40 cases from 30 outlets, and at least a tenth of the set', () => {
    const held = cases.filter((c) => c.split === 'holdout');
    expect(held.length).toBeGreaterThanOrEqual(40);
    expect(new Set(held.map((c) => c.outlet)).size).toBeGreaterThanOrEqual(30);
    expect(held.length / cases.length).toBeGreaterThan(0.1);
    expect(held.length / cases.length).toBeLessThan(0.5);
  });
  it('records facts, never the articles’ text: no field but the known ones, keys short', () => {
    const known = new Set([
      'id',
      'split',
      'url',
      'urlPart',
      'query',
      'outlet',
      'outletAr',
      'region',
      'published',
      'publishedBasis',
      'statements',
      'notes',
    ]);
    for (const c of JSON.parse(manifestText).cases as Record<string, unknown>[])
      for (const field of Object.keys(c)) expect(known).toContain(field);
    for (const c of cases) for (const s of c.statements) for (const k of s.keys) expect(k.split(/\s+/u).length).toBeLessThanOrEqual(6);
  });
});

describe('parseManifest', () => {
  const good = {
    id: 'a-1',
    split: 'tune',
    url: 'https://example.com/a/1',
    urlPart: 'a/1',
    outlet: 'X',
    region: 'iraqi',
    published: '2024-01-10',
    publishedBasis: 'url',
    statements: [{ speaker: 'S', keys: ['السوداني'], date: '2024-01-09' }],
  };
  const bad = (change: Partial<RealCase> | Record<string, unknown>) => () =>
    parseManifest(JSON.stringify({ cases: [{ ...good, ...change }] }));
  it('refuses a case that would make the figures meaningless, naming it', () => {
    expect(bad({ split: 'both' })).toThrow(/a-1.*split/u);
    expect(bad({ urlPart: 'zzz' })).toThrow(/urlPart/u);
    expect(bad({ statements: [{ speaker: 'S', keys: [], date: '2024-01-09' }] })).toThrow(/no keys/u);
    expect(bad({ statements: [{ speaker: 'S', keys: ['x'], dates: ['2024-01-10', '2024-01-01'] }] })).toThrow(/range/u);
    expect(() => parseManifest(JSON.stringify({ cases: [good, good] }))).toThrow(/twice/u);
  });
});

const statement = statementOf;

describe('evaluate names what went wrong', () => {
  const gold = [
    {
      seed: 'c',
      published: '2024-01-10',
      statements: [
        { speaker: 'Sudani', keys: ['السوداني'], date: '2024-01-09' },
        { speaker: 'Ryder', keys: ['رايدر'], date: '2024-01-08' },
      ],
    },
  ];
  it('a right speaker on a wrong day, someone else on the right day, and a junk speaker', () => {
    const score = evaluate(gold, [
      {
        file: 'c.md',
        id: 'c',
        body: '',
        statements: [statement('محمد شياع السوداني', '2024-01-10'), statement('مقر إقامته', '2024-01-08', true)],
      },
    ]);
    expect(score.misses.map((m) => m.kind)).toEqual(['wrong-day', 'wrong-speaker']);
    expect(score.junk.map((j) => j.statement.speaker.name)).toEqual(['مقر إقامته']);
    expect(score).toMatchObject({ precision: 0, recall: 0 });
  });
});

describe('npm run eval:real', () => {
  it('imports each text as a user would, extracts it, and scores it per case and overall', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bayan-real-'));
    const texts = join(dir, 'texts');
    spawnSync('mkdir', [texts]);
    // Texts written for this test, in the shape scrapers give: furniture, a lede, no headline.
    writeFileSync(
      join(texts, 'c-1.txt'),
      'icon\nقال رئيس الوزراء العراقي محمد شياع السوداني، أمس، إن الحوار مع واشنطن مستمر وإن القرار عراقي بالكامل.\nوأضاف السوداني أن "القوات القتالية لن تبقى".\n',
    );
    writeFileSync(
      join(texts, 'c-2.txt'),
      'وأكد مقر إقامته في المدينة أن الأمر انتهى منذ زمن وأن لا جديد في الملف على الإطلاق هذا الأسبوع.\n',
    );
    const cases = [
      {
        id: 'c-1',
        split: 'tune',
        url: 'https://example.com/news/1',
        urlPart: 'news/1',
        outlet: 'مثال نيوز',
        region: 'iraqi',
        published: '2024-01-10',
        publishedBasis: 'url',
        statements: [{ speaker: 'Sudani', keys: ['السوداني'], date: '2024-01-09' }],
      },
      {
        id: 'c-2',
        split: 'holdout',
        url: 'https://example.com/news/2',
        urlPart: 'news/2',
        outlet: 'مثال نيوز',
        region: 'iraqi',
        published: '2024-01-10',
        publishedBasis: 'url',
        statements: [],
      },
    ];
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ cases }));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/eval-real.ts', '--texts', texts, '--manifest', join(dir, 'manifest.json'), ...args], {
        cwd: root,
        encoding: 'utf8',
      });
    const tune = run();
    expect(tune.stdout).toMatch(/tune: 1 articles/u);
    expect(tune.stdout).toMatch(/precision 1\.000 {2}recall 1\.000/u);
    expect(tune.stdout).not.toContain('c-2');
    const all = run('--split', 'all');
    expect(all.stdout).toMatch(/all: 2 articles/u);
    expect(all.status).toBe(0);
    expect(run('--split', 'nope').status).toBe(2);
  });
});
