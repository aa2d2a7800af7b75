import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { statementOf } from './helpers.ts';
import { evaluate, type GoldArticle } from '../../src/lib/extract/evaluate.ts';

const root = new URL('../../', import.meta.url).pathname;

describe('npm run eval on the committed seeds', () => {
  it('reaches precision 1.000 and recall 1.000 with no overrides', () => {
    const result = spawnSync(process.execPath, ['scripts/eval.ts'], { cwd: root, encoding: 'utf8' });
    expect(result.stdout).toMatch(/^precision 1\.000 {2}recall 1\.000/);
    expect(result.status).toBe(0);
  });
});

const statement = statementOf;
const gold: GoldArticle[] = [
  {
    seed: 's',
    contains: 'نص',
    published: '2024-01-10',
    statements: [
      { speaker: 'Sudani', keys: ['السوداني'], date: '2024-01-09' },
      { speaker: 'Parliament', keys: ['البرلمان'], dates: ['2024-01-01', '2024-01-10'], optional: true },
    ],
  },
];

describe('evaluate', () => {
  it('matches by normalized key and exact date, and scores 1/1', () => {
    const wrongDay = evaluate(gold, [{ file: 'a.md', body: 'نص', statements: [statement('محمد شياع السوداني', '2024-01-08')] }]);
    expect(wrongDay).toMatchObject({ precision: 0, recall: 0 });
    const persianYeh = evaluate(gold, [{ file: 'a.md', body: 'نص', statements: [statement('محمد شياع السودانی', '2024-01-09')] }]);
    expect(persianYeh).toMatchObject({ precision: 1, recall: 1 });
    const right = evaluate(gold, [{ file: 'a.md', body: 'نص', statements: [statement('محمد شياع السوداني', '2024-01-09')] }]);
    expect(right).toMatchObject({ precision: 1, recall: 1 });
  });
  it('matches a statement dated to a month with a gold day in that month, and not one in the month after', () => {
    const inMonth = { ...statement('محمد شياع السوداني', '2024-01-01'), datePrecision: 'month' as const };
    expect(evaluate(gold, [{ file: 'a.md', body: 'نص', statements: [inMonth] }])).toMatchObject({ precision: 1, recall: 1 });
    const monthBefore = { ...statement('محمد شياع السوداني', '2023-12-01'), datePrecision: 'month' as const };
    expect(evaluate(gold, [{ file: 'a.md', body: 'نص', statements: [monthBefore] }])).toMatchObject({ precision: 0, recall: 0 });
  });
  it('counts a duplicate and a wrong date as false positives, and an optional match as neither', () => {
    const score = evaluate(gold, [
      {
        file: 'a.md',
        body: 'نص',
        statements: [statement('السوداني', '2024-01-09'), statement('السوداني', '2024-01-09'), statement('البرلمان العراقي', '2024-01-05')],
      },
    ]);
    expect(score.truePositives).toBe(1);
    expect(score.falsePositives).toHaveLength(1);
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(1);
  });
  it('misses every required statement of an article it cannot find', () => {
    const score = evaluate(gold, [{ file: 'b.md', body: 'آخر', statements: [] }]);
    expect(score.unmatchedArticles).toEqual(['s']);
    expect(score.recall).toBe(0);
  });
});
