/**
 * What an editor does over weeks of work, and what each published address
 * then does, through the build's own reading and check of a content folder
 * (`readCheckedContent`, which the content loaders call before anything is
 * written) and `npm run permalinks`, on copies of content/. Issue 15's cases:
 * an id taken over by another article or statement, a speaker registered
 * after their id was recorded, a day or a speaker corrected, a renamed
 * article, a `_drafts/` folder, and ids that must not depend on the locale.
 * (The build itself, dist/ left alone on failure and a year of edits built
 * step by step, is in tests/build/permalinks*.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { articleFiles, readCheckedContent, readContent } from '../../src/lib/content/folder.ts';
import { parseLedger } from '../../src/lib/site/ledger.ts';
import {
  ContentCopy,
  KARIM_ARTICLE,
  KARIM_PROVISIONAL,
  KARIM_REGISTERED,
  OLDER_MCKENZIE,
  RYDER_TWINS,
  SEEDS,
  articleText,
  root,
  sudaniAndRyder,
} from '../fixtures/editor.ts';

const copies: ContentCopy[] = [];
afterAll(() => copies.forEach((c) => c.cleanUp()));
const copy = () => {
  const c = new ContentCopy();
  copies.push(c);
  return c;
};
/** The ids of one article's statements, as the build numbers them. */
const idsOf = (c: ContentCopy, slug: string) =>
  readContent(c.content)
    .statements.filter((s) => s.article === slug)
    .map((s) => s.id)
    .sort();
const SUDANI = '2024-01-09-mohammed-shia-al-sudani';
const RYDER = '2024-01-08-patrick-ryder';
const NEWCOMER = '2024-01-10-test-news-alsudany-wraydr';

describe('another article never takes a published id', () => {
  // Issue 15, case 1: al-Ain deleted, an unrelated article with al-Sudani on Tuesday 2024-01-09 and Ryder on Monday 2024-01-08.
  const c = copy();
  c.remove(SEEDS.alAin);
  c.write(NEWCOMER, sudaniAndRyder('2024-01-10T12:00'));

  it('numbers the newcomer past the published ids of the gone article', () => {
    expect(idsOf(c, NEWCOMER)).toEqual([`${RYDER}-2`, `${SUDANI}-2`]);
  });

  it('stops the build, naming each id, both articles and the fix', () => {
    expect(() => readCheckedContent(c.content)).toThrow(
      new RegExp(
        `permalinks\\.json: 2 published event ids are no longer produced, and /events/<id>/ may already be cited:\\n` +
          ` {2}${RYDER} \\(article ${SEEDS.alAin}, which is gone; article ${NEWCOMER} has this speaker on that day too, with other words, as ${RYDER}-2: another statement never takes a published id\\)\\n` +
          ` {2}${SUDANI} \\(article ${SEEDS.alAin}, which is gone; article ${NEWCOMER} has this speaker on that day too, with other words, as ${SUDANI}-2`,
        'u',
      ),
    );
    expect(() => readCheckedContent(c.content)).toThrow(
      /Restore the statement, or map the id to the statement that replaces it under "redirects"/u,
    );
    expect(() => readCheckedContent(c.content)).toThrow(
      new RegExp(
        `a published article is gone, and /articles/<slug>/ may already be cited:\\n {2}${SEEDS.alAin}\\nRestore the file, or map the article`,
        'u',
      ),
    );
  });

  it('builds once the editor maps the old ids and the old article; `npm run permalinks` records the newcomer', () => {
    const d = copy();
    d.remove(SEEDS.alAin);
    d.write(NEWCOMER, sudaniAndRyder('2024-01-10T12:00'));
    d.map({ [SUDANI]: `${SUDANI}-2`, [RYDER]: `${RYDER}-2` }, { [SEEDS.alAin]: NEWCOMER });
    const { code, stdout, stderr } = d.run('permalinks');
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(`recorded 2 new id(s):\n  ${RYDER}-2\n  ${SUDANI}-2\n`);
    const { permalinks } = readCheckedContent(d.content);
    expect(permalinks.redirects.map((r) => `${r.from}→${r.to}`)).toEqual([`${RYDER}→${RYDER}-2`, `${SUDANI}→${SUDANI}-2`]);
    expect(permalinks.articleRedirects).toEqual([{ from: SEEDS.alAin, to: NEWCOMER }]);
    expect(permalinks.warning).toBeUndefined();
  });
});

describe('another statement of the same article never takes a published id', () => {
  // Al-Sudani on two days in one article; an override swaps their days. Each published id keeps its words.
  const slug = '2024-01-10-test-news-sudani-twice';
  const twice = (overrides?: string[]) =>
    articleText(
      { title: 'السوداني يتحدث مرتين', outlet: 'Test News', published: '2024-01-10T12:00', ...(overrides ? { overrides } : {}) },
      [
        'قال رئيس الوزراء محمد شياع السوداني، أمس الثلاثاء، إن "المفاوضات مع التحالف تسير بخطى ثابتة".',
        'وكان السوداني قد قال، الإثنين الماضي، إن "العراق لا يحتاج إلى قوات قتالية أجنبية".',
      ],
    );

  it('gives each statement an id of its own, and `npm run permalinks` redirects the old ones to the same words', () => {
    const c = copy();
    c.write(slug, twice());
    expect(c.run('permalinks').code).toBe(0);
    expect(idsOf(c, slug)).toEqual(['2024-01-08-mohammed-shia-al-sudani', `${SUDANI}-2`]);
    const swap = ['fix:', `  - { id: ${SUDANI}-2, date: 2024-01-08 }`, '  - { id: 2024-01-08-mohammed-shia-al-sudani, date: 2024-01-09 }'];
    c.write(slug, twice(swap));
    // Numbered by day alone, each would take the other's published id; neither does.
    expect(idsOf(c, slug)).toEqual(['2024-01-08-mohammed-shia-al-sudani-2', `${SUDANI}-3`]);
    expect(() => readCheckedContent(c.content)).toThrow(
      `  ${SUDANI}-2 (article ${slug}; the same statement is now 2024-01-08-mohammed-shia-al-sudani-2: \`npm run permalinks\` writes the redirect)`,
    );
    const { code, stdout } = c.run('permalinks');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'redirected 2 published id(s) to the same statement under its new id:\n' +
        `  /events/2024-01-08-mohammed-shia-al-sudani/ → /events/${SUDANI}-3/ (its day was corrected)\n` +
        `  /events/${SUDANI}-2/ → /events/2024-01-08-mohammed-shia-al-sudani-2/ (its day was corrected)\n`,
    );
    expect(readCheckedContent(c.content).permalinks.warning).toBeUndefined();
  });
});

describe('a day or a speaker corrected by an override', () => {
  it('stops the build until `npm run permalinks`, which recognises the statement under its new id and writes the redirect', () => {
    const c = copy();
    c.override(SEEDS.alAin, 'fix:', `  - { id: ${SUDANI}, date: 2024-01-08 }`, `  - { id: ${RYDER}, speaker: sabrina-singh }`);
    expect(() => readCheckedContent(c.content)).toThrow(
      `  ${SUDANI} (article ${SEEDS.alAin}; the same statement is now 2024-01-08-mohammed-shia-al-sudani: \`npm run permalinks\` writes the redirect)`,
    );
    const { code, stdout, stderr } = c.run('permalinks');
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(
      `  /events/${RYDER}/ → /events/2024-01-08-sabrina-singh/ (its speaker was corrected)\n` +
        `  /events/${SUDANI}/ → /events/2024-01-08-mohammed-shia-al-sudani/ (its day was corrected)\n`,
    );
    const ledger = parseLedger(c.ledgerText(), 'permalinks.json');
    expect(ledger.redirects.get(SUDANI)).toBe('2024-01-08-mohammed-shia-al-sudani');
    expect(readCheckedContent(c.content).permalinks.redirects.map((r) => r.from)).toEqual([RYDER, SUDANI]);
  });

  it('does not guess for a dropped statement: the editor says where its address leads', () => {
    const c = copy();
    c.override(SEEDS.alAin, `drop: [${RYDER}]`);
    expect(c.run('permalinks').code).toBe(1);
    expect(() => readCheckedContent(c.content)).toThrow(`  ${RYDER} (article ${SEEDS.alAin})`);
    c.map({ [RYDER]: SUDANI });
    expect(c.run('permalinks').code).toBe(0);
    expect(readCheckedContent(c.content).permalinks.redirects).toEqual([{ from: RYDER, to: SUDANI }]);
  });
});

describe('a speaker registered after their provisional id was recorded (the README order: import, record, register)', () => {
  const slug = '2024-09-22-test-news-almhmdawy';
  const c = copy();

  it('`npm run extract` says the speaker is not in the registry yet, and what registering them will do', () => {
    c.write(slug, KARIM_ARTICLE);
    const { code, stdout, stderr } = c.run('extract', c.article(slug));
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(`كريم المحمداوي [new]`);
    expect(stderr).toMatch(
      /note: not in .*speakers\.yaml yet, marked \[new\]: كريم المحمداوي\. Add them there before `npm run permalinks`/u,
    );
    expect(stderr).toMatch(/the old address leads there by itself, and `npm run permalinks` records the redirect/u);
  });

  it('records the provisional id as provisional', () => {
    expect(c.run('permalinks').code).toBe(0);
    expect(parseLedger(c.ledgerText(), 'permalinks.json').ids.get(KARIM_PROVISIONAL)?.provisional).toBe('krym-almhmdawy');
  });

  it('registering the speaker is a non-event: the build goes on, leading the old address (and the old speaker page) to the new', () => {
    c.register();
    const { permalinks } = readCheckedContent(c.content);
    expect(permalinks.redirects).toEqual([{ from: KARIM_PROVISIONAL, to: KARIM_REGISTERED, speaker: 'krym-almhmdawy' }]);
    expect(permalinks.warning).toMatch(
      new RegExp(
        `not recorded yet: ${KARIM_REGISTERED}; ${KARIM_PROVISIONAL} now leads to ${KARIM_REGISTERED} \\(its speaker's id changed\\)\\. Run \`npm run permalinks\``,
        'u',
      ),
    );
  });

  it('`npm run permalinks` then records the redirect itself and says so', () => {
    const { code, stdout } = c.run('permalinks');
    expect(code).toBe(0);
    expect(stdout).toContain(`  /events/${KARIM_PROVISIONAL}/ → /events/${KARIM_REGISTERED}/ (its speaker is now in the registry)`);
    expect(parseLedger(c.ledgerText(), 'permalinks.json').redirects.get(KARIM_PROVISIONAL)).toBe(KARIM_REGISTERED);
    expect(readCheckedContent(c.content).permalinks.warning).toBeUndefined();
  });
});

describe('a renamed article keeps its ids, and its old address leads to the new one', () => {
  const renamed = '2024-08-15-rudaw-renamed';

  it('recognises the file by its words: the build goes on, redirecting the old address, and `npm run permalinks` records it', () => {
    const c = copy();
    const before = idsOf(c, SEEDS.rudaw);
    c.rename(SEEDS.rudaw, renamed);
    expect(idsOf(c, renamed)).toEqual(before);
    const { permalinks } = readCheckedContent(c.content);
    expect(permalinks.articleRedirects).toEqual([{ from: SEEDS.rudaw, to: renamed }]);
    expect(permalinks.warning).toContain(
      `article ${SEEDS.rudaw} is now ${renamed} (renamed: its ids stay, and its old address leads there)`,
    );
    const { code, stdout } = c.run('permalinks');
    expect(code).toBe(0);
    expect(stdout).toContain(
      `recorded 1 renamed article(s); their ids stay, and the old address redirects:\n  /articles/${SEEDS.rudaw}/ → /articles/${renamed}/`,
    );
    const ledger = parseLedger(c.ledgerText(), 'permalinks.json');
    expect(ledger.articles.get(SEEDS.rudaw)).toBe(renamed);
    for (const id of before) expect(ledger.ids.get(id)?.article).toBe(renamed);
    expect(readCheckedContent(c.content).permalinks).toMatchObject({
      articleRedirects: [{ from: SEEDS.rudaw, to: renamed }],
      warning: undefined,
    });
  });

  it('recognises it renamed and corrected at once, as long as one statement kept its words', () => {
    const c = copy();
    const before = idsOf(c, SEEDS.rudaw);
    c.rename(SEEDS.rudaw, renamed);
    c.edit(renamed, (t) => t.replace('قريبين جدآ', 'قريبين جداً'));
    expect(idsOf(c, renamed)).toEqual(before);
    expect(readCheckedContent(c.content).permalinks.articleRedirects).toEqual([{ from: SEEDS.rudaw, to: renamed }]);
  });

  it('moves no id to a file that only shares a speaker and a day with the gone one', () => {
    const c = copy();
    c.remove(SEEDS.alAin);
    c.write(NEWCOMER, sudaniAndRyder('2024-01-10T12:00'));
    expect(readContent(c.content).renames.size).toBe(0);
  });

  it('refuses an article mapped away that is there again, and a mapping that leads nowhere', () => {
    const c = copy();
    c.map({}, { [SEEDS.rudaw]: SEEDS.alAin });
    expect(() => readCheckedContent(c.content)).toThrow(`articles: "${SEEDS.rudaw}" is an article again, so it cannot redirect`);
    const d = copy();
    d.remove(SEEDS.rudaw);
    d.map(
      { '2024-08-14-vedant-patel': SUDANI, '2024-08-15-iraqi-foreign-ministry': SUDANI, '2024-08-15-sabrina-singh': SUDANI },
      { [SEEDS.rudaw]: 'no-such-article' },
    );
    expect(() => readCheckedContent(d.content)).toThrow(
      `articles: "${SEEDS.rudaw}" → "no-such-article", but no article has the slug "no-such-article"`,
    );
  });
});

describe('an older article imported later', () => {
  it('takes the next free number, never the published -N of the same speaker and day', () => {
    const c = copy();
    c.write('2021-12-10-test-news-mckenzie', OLDER_MCKENZIE);
    expect(idsOf(c, '2021-12-10-test-news-mckenzie')).toEqual(['2021-12-10-kenneth-mckenzie-2']);
    expect(idsOf(c, SEEDS.iqNews)).toContain('2021-12-10-kenneth-mckenzie');
    expect(readCheckedContent(c.content).permalinks.unrecorded).toEqual(['2021-12-10-kenneth-mckenzie-2']);
  });
});

describe('drafts', () => {
  it('leaves out any file whose path has a segment starting with _: a _drafts/ folder too', () => {
    const c = copy();
    c.write('2024-01-11-in-a-drafts-folder', sudaniAndRyder('2024-01-11'), '_drafts');
    c.write('_2024-01-11-a-draft-file', sudaniAndRyder('2024-01-11'), '2024');
    c.write('2024-01-11-in-a-year-folder', sudaniAndRyder('2024-01-11'), '2024');
    const files = articleFiles(c.content).map((f) => f.slice(c.content.length + 1));
    expect(files).toContain('articles/2024/2024-01-11-in-a-year-folder.md');
    expect(files.filter((f) => f.includes('draft'))).toEqual([]);
    expect(readContent(c.content).statements.map((s) => s.article)).not.toContain('2024-01-11-in-a-drafts-folder');
  });
});

describe('ids do not depend on the machine', () => {
  // Two articles of the same minute quoting Ryder that day: "a-ch" comes before "a-d" by code point, after it in Czech.
  it('numbers statements by code point, whatever the locale (here Czech, where "ch" sorts after "h")', () => {
    const c = copy();
    for (const [slug, text] of Object.entries(RYDER_TWINS)) c.write(slug, text);
    const extract = (locale: string) => {
      const env = { ...process.env, BAYAN_CONTENT_DIR: c.content, LANG: locale, LC_ALL: locale };
      const run = spawnSync(
        process.execPath,
        ['scripts/extract.ts', '--json', c.article('2024-05-02-test-a-ch'), c.article('2024-05-02-test-a-d')],
        {
          cwd: root,
          encoding: 'utf8',
          env,
        },
      );
      expect(run.status, run.stderr).toBe(0);
      const collation = spawnSync(process.execPath, ['-e', 'console.log(["a-ch", "a-d"].sort((a, b) => a.localeCompare(b)).join())'], {
        encoding: 'utf8',
        env,
      });
      return {
        ids: (JSON.parse(run.stdout) as { statements: { id: string }[] }[]).map((f) => f.statements.map((s) => s.id)),
        collation: collation.stdout.trim(),
      };
    };
    const plain = extract('C.UTF-8');
    const czech = extract('cs_CZ.UTF-8');
    expect(czech.collation, 'the Czech locale is in effect, so this test can tell').toBe('a-d,a-ch');
    expect(plain.ids).toEqual([['2024-05-02-patrick-ryder'], ['2024-05-02-patrick-ryder-2']]);
    expect(czech.ids).toEqual(plain.ids);
  });
});
