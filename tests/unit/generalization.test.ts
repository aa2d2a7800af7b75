/**
 * Articles nobody wrote a registry entry for: short paragraphs written for
 * Bayan (tests/fixtures/generalization.json) with new speakers and every
 * relative-date form. Each must give exactly the statements listed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, withoutSpeakers } from './helpers.ts';

interface Case {
  name: string;
  published: string;
  text: string;
  expect: { speaker: string; date: string }[];
  warning?: boolean;
}

const { cases } = JSON.parse(readFileSync(new URL('../fixtures/generalization.json', import.meta.url), 'utf8')) as { cases: Case[] };

describe('generalization: speakers and dates the rules were not tuned on', () => {
  it('has enough cases to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });
  it.each(cases.map((c) => [c.name, c]))('%s', (_, c) => {
    // Without the registry entries of the speakers a case names: these cases test speakers it does not know.
    const { statements, warnings } = extract(c.text, c.published, {}, withoutSpeakers(...c.expect.map((e) => e.speaker)));
    expect(statements.map((s) => ({ speaker: s.speaker.name, date: s.date }))).toEqual(c.expect);
    for (const s of statements) expect(s.speaker.provisional, `${s.speaker.name} should not be in the registry`).toBe(true);
    expect(warnings.length > 0).toBe(c.warning ?? false);
  });
});
