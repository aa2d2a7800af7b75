/**
 * A content file the build cannot use must stop the build with the file's
 * path and the reason. Each case builds a temporary copy of content/ with one
 * defect, through BAYAN_CONTENT_DIR, and expects `astro build` to fail.
 */
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWith, cleanUp } from './build.ts';

afterAll(cleanUp);

const articleFile = (content: string, prefix: string) => {
  const name = readdirSync(join(content, 'articles')).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no article ${prefix}`);
  return join(content, 'articles', name);
};
const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('a bad content file stops the build, naming the file and the reason', () => {
  it('builds the untouched copy (the harness itself works)', () => {
    expect(buildWith(() => {}).code).toBe(0);
  });

  it('missing published', () => {
    const { code, output } = buildWith((c) => edit(articleFile(c, '2021-12-10'), (t) => t.replace(/^published:.*\n/m, '')));
    expect(code).not.toBe(0);
    expect(output).toMatch(/2021-12-10-iq-news-alemlyat-almshtrkt-alqwat-alqtalyt-llthalf\.md/);
    expect(output).toMatch(/published.*missing/s);
  });

  it('an unparseable date', () => {
    const { code, output } = buildWith((c) =>
      edit(articleFile(c, '2024-08-15'), (t) => t.replace(/^published:.*$/m, 'published: 15/8/2024')),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/2024-08-15-rudaw-[a-z-]+\.md/);
    expect(output).toMatch(/unparseable date "15\/8\/2024"/);
  });

  it('a duplicate slug (the same file name in a subfolder)', () => {
    const { code, output } = buildWith((c) => {
      const file = articleFile(c, '2020-01-07');
      mkdirSync(join(c, 'articles', 'archive'));
      cpSync(file, join(c, 'articles', 'archive', basename(file)));
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(/2020-01-07-kurdistan24-[a-z-]+\.md: duplicate slug/);
  });

  it('an empty body', () => {
    const { code, output } = buildWith((c) => edit(articleFile(c, '2024-01-10'), (t) => t.slice(0, t.indexOf('\n---\n') + 5)));
    expect(code).not.toBe(0);
    expect(output).toMatch(/2024-01-10-al-ain-[a-z-]+\.md: the article body is empty/);
  });

  it('a speaker entry without an id', () => {
    const { code, output } = buildWith((c) =>
      appendFileSync(join(c, 'speakers.yaml'), '\n- name: متحدث بلا معرف\n  nameEn: No Id\n  side: other\n'),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/speakers\.yaml/);
    expect(output).toMatch(/\bid\b/);
  });

  it('a malformed ledger of published ids', () => {
    const { code, output } = buildWith((c) => writeFileSync(join(c, 'permalinks.json'), '{ "ids": { "2020-01-07-mark-esper": 7 } }\n'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/permalinks\.json: ids: "2020-01-07-mark-esper" must map to a string/);
  });

  it('an override naming a speaker the registry does not know', () => {
    const { code, output } = buildWith((c) =>
      edit(articleFile(c, '2024-01-10'), (t) =>
        t.replace(
          'language: ar\n',
          'language: ar\noverrides:\n  add:\n    - { speaker: no-such-person, date: 2024-01-09, paragraph: 1 }\n',
        ),
      ),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/2024-01-10-al-ain-[a-z-]+\.md: overrides: unknown speaker "no-such-person"/);
  });

  it('an override whose statement id matches nothing', () => {
    const { code, output } = buildWith((c) =>
      edit(articleFile(c, '2024-01-10'), (t) => t.replace('language: ar\n', 'language: ar\noverrides:\n  drop: [2024-01-09-nobody]\n')),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/2024-01-10-al-ain-[a-z-]+\.md: overrides\.drop: no statement "2024-01-09-nobody"/);
  });
});
