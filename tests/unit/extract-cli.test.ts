import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const files = readdirSync(`${root}content/articles`).map((f) => `content/articles/${f}`);

describe('npm run --silent extract -- --json', () => {
  const result = spawnSync(process.execPath, ['scripts/extract.ts', '--json', ...files], { cwd: root, encoding: 'utf8' });
  const output = JSON.parse(result.stdout) as { file: string; published: string; statements: Record<string, unknown>[] }[];

  it('prints valid JSON and nothing else, one object per file', () => {
    expect(result.status).toBe(0);
    expect(output.map((o) => o.file)).toEqual(files);
  });
  it('follows the Statement contract', () => {
    for (const { statements, published } of output) {
      expect(published).toMatch(/^\d{4}-\d{2}-\d{2}/);
      for (const s of statements) {
        expect(Object.keys(s).sort()).toEqual([
          'article',
          'date',
          'dateBasis',
          'dateEvidence',
          'datePrecision',
          'id',
          'paragraphs',
          'quotes',
          'speaker',
          'text',
        ]);
        expect(s['id']).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/);
        expect(['explicit', 'relative', 'published']).toContain(s['dateBasis']);
        expect(s['speaker']).toMatchObject({ id: expect.any(String), name: expect.any(String) });
      }
    }
  });
  it('dates the seed statements as the gold does', () => {
    const dates = Object.fromEntries(output.flatMap((o) => o.statements.map((s) => [s['id'], s['date']])));
    expect(dates).toMatchObject({
      '2021-09-09-tahsin-al-khafaji': '2021-09-09',
      '2024-01-09-mohammed-shia-al-sudani': '2024-01-09',
      '2024-01-08-patrick-ryder': '2024-01-08',
      '2024-08-14-vedant-patel': '2024-08-14',
    });
  });
  it('prints a table for editors without --json', () => {
    const table = spawnSync(process.execPath, ['scripts/extract.ts', files[0] ?? ''], { cwd: root, encoding: 'utf8' });
    expect(table.stdout).toMatch(/2020-01-07 {2}مايلز كاجينز \/ Myles Caggins/);
  });
});
