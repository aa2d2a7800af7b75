/**
 * Permanent URLs (src/lib/timeline/permalinks.ts, pinning in
 * src/lib/extract/ids.ts), on the real seed articles and their real ids; and
 * `npm run permalinks`, on temporary copies of content/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusFiles, readArticles, readLedger, readRegistry } from '../../scripts/corpus.ts';
import { ContentError } from '../../src/lib/content/articles.ts';
import { readLedger as readLedgerFile } from '../../src/lib/content/folder.ts';
import { extractCorpus, type CorpusArticle } from '../../src/lib/extract/corpus.ts';
import {
  checkPermalinks,
  emptyLedger,
  formatLedger,
  parseLedger,
  updateLedger,
  type Ledger,
  type Produced,
} from '../../src/lib/timeline/permalinks.ts';

const root = new URL('../../', import.meta.url).pathname;
const FILE = 'content/permalinks.json';
const speakers = readRegistry();
const articles = readArticles(corpusFiles());
const slugs = articles.map((a) => a.slug);
const committedText = readFileSync(join(root, FILE), 'utf8');
const committed = readLedger();
const { statements } = extractCorpus(articles, speakers, committed);

const KURDISTAN24 = '2020-01-07-kurdistan24-althalf-aldwly-ytrh-ahdth-mwqf';
const IQ_NEWS = '2021-12-10-iq-news-alemlyat-almshtrkt-alqwat-alqtalyt-llthalf';
const ESPER = '2020-01-07-mark-esper';
const MILLEY = '2020-01-07-mark-milley';
const MCKENZIE = '2021-12-10-kenneth-mckenzie';

const without = (...ids: string[]): Produced[] => statements.filter((s) => !ids.includes(s.id));
const withRedirects = (redirects: Record<string, string>, extraIds: Record<string, string> = {}): Ledger => ({
  ids: new Map([...committed.ids, ...Object.entries(extraIds)]),
  redirects: new Map(Object.entries(redirects)),
});
const check = (ledger: Ledger, produced: readonly Produced[] = statements) => checkPermalinks(ledger, produced, slugs, FILE);

describe('the committed ledger', () => {
  it('records every id the committed content produces (when this fails, run `npm run permalinks` and commit the file)', () => {
    const { ledger, added, repinned } = updateLedger(committed, statements, slugs);
    expect(added, `${FILE} misses ids: run \`npm run permalinks\` and commit ${FILE}`).toEqual([]);
    expect(repinned, `${FILE} has ids of renamed articles: run \`npm run permalinks\` and commit ${FILE}`).toEqual([]);
    expect(formatLedger(ledger), `${FILE} is not as \`npm run permalinks\` writes it: run it and commit ${FILE}`).toBe(committedText);
  });

  it('holds for the committed content: every listed id is produced or redirected, nothing left to record', () => {
    const result = check(committed);
    expect(result.unrecorded).toEqual([]);
    expect(result.warning).toBeUndefined();
    expect(committed.ids.get(MCKENZIE)).toBe(IQ_NEWS);
    expect(committed.ids.size).toBeGreaterThanOrEqual(15);
  });
});

describe('reading the ledger', () => {
  const bad = (text: string) => () => parseLedger(text, FILE);
  it('round-trips what it writes', () => {
    expect(formatLedger(parseLedger(committedText, FILE))).toBe(committedText);
  });
  it('refuses a malformed file, naming it and saying what is wrong', () => {
    expect(bad('{ "ids": {')).toThrow(ContentError);
    expect(bad('{ "ids": {')).toThrow(/^content\/permalinks\.json: not valid JSON/);
    expect(bad('[]')).toThrow(/content\/permalinks\.json: expected an object with "ids" and "redirects"/);
    expect(bad('{ "ids": {}, "redirect": {} }')).toThrow(/unknown field "redirect"/);
    expect(bad('{ "redirects": {} }')).toThrow(/"ids" is missing: run npm run permalinks/);
    expect(bad('{ "ids": ["2020-01-07-mark-esper"] }')).toThrow(/"ids" must be an object: event id → the slug of its article/);
    expect(bad('{ "ids": { "2020-01-07 Mark Esper": "a" } }')).toThrow(/ids: "2020-01-07 Mark Esper" is not an event id/);
    expect(bad('{ "ids": { "2020-01-07-mark-esper": 7 } }')).toThrow(/ids: "2020-01-07-mark-esper" must map to a string/);
    expect(bad('{ "ids": {}, "redirects": { "2020-01-07-mark-espr": "x" } }')).toThrow(
      /redirects: "2020-01-07-mark-espr" is not a published id \(not under "ids"\); check its spelling/,
    );
    expect(bad(`{ "ids": { "${ESPER}": "a" }, "redirects": { "${ESPER}": "../index" } }`)).toThrow(/which is not an event id/);
  });
  it("reads a newsroom's ledger, megabytes long, which the 1 MB limit for an article must not refuse", () => {
    const dir = mkdtempSync(join(tmpdir(), 'bayan-ledger-'));
    const ids = Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`2020-01-07-mark-esper-${i + 2}`, 'a-long-article-slug']));
    const text = formatLedger(parseLedger(JSON.stringify({ ids }), FILE));
    expect(text.length).toBeGreaterThan(2 ** 20);
    writeFileSync(join(dir, 'permalinks.json'), text);
    try {
      expect(readLedgerFile(join(dir, 'permalinks.json')).ids.size).toBe(40_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('checking the content against the ledger', () => {
  it('stops on a published id no longer produced, naming the file, the id, its article and the fix', () => {
    expect(() => check(committed, without(ESPER))).toThrow(ContentError);
    expect(() => check(committed, without(ESPER))).toThrow(
      new RegExp(
        `^${FILE}: a published event id is no longer produced.*\\n {2}${ESPER} \\(article ${KURDISTAN24}\\)\\nRestore the statement`,
        'u',
      ),
    );
    expect(() => check(committed, without(ESPER))).toThrow(/map the id to the statement that replaces it under "redirects"/);
  });

  it('lists every missing id at once', () => {
    expect(() => check(committed, without(ESPER, MCKENZIE))).toThrow(
      new RegExp(`2 published event ids are no longer produced.*\\n {2}${ESPER} .*\\n {2}${MCKENZIE} \\(article ${IQ_NEWS}\\)`, 'u'),
    );
  });

  it('redirects a mapped id to its replacement, and only that one', () => {
    const result = check(withRedirects({ [ESPER]: MILLEY }), without(ESPER));
    expect(result.redirects).toEqual([{ from: ESPER, to: MILLEY }]);
    expect(result.warning).toBeUndefined();
  });

  it('names the new ids of the same article, the likely replacement (a statement re-dated by an override)', () => {
    const redated = articles.map((a): CorpusArticle =>
      a.slug === KURDISTAN24 ? { ...a, overrides: { fix: [{ id: ESPER, date: '2020-01-06' }] } } : a,
    );
    const produced = extractCorpus(redated, speakers, committed).statements;
    expect(produced.map((s) => s.id)).toContain('2020-01-06-mark-esper');
    expect(() => check(committed, produced)).toThrow(`${ESPER} (article ${KURDISTAN24}; new there: 2020-01-06-mark-esper)`);
    const fixed = check(withRedirects({ [ESPER]: '2020-01-06-mark-esper' }), produced);
    expect(fixed.redirects).toEqual([{ from: ESPER, to: '2020-01-06-mark-esper' }]);
    expect(fixed.unrecorded).toEqual(['2020-01-06-mark-esper']);
    expect(fixed.warning).toMatch(
      /not recorded yet: 2020-01-06-mark-esper\. Run `npm run permalinks` and commit content\/permalinks\.json/,
    );
  });

  it('follows a chain to its end, so that no page redirects twice', () => {
    const ledger = withRedirects({ '2020-01-06-mark-esper': ESPER, [ESPER]: MILLEY }, { '2020-01-06-mark-esper': KURDISTAN24 });
    expect(check(ledger, without(ESPER)).redirects).toEqual([
      { from: '2020-01-06-mark-esper', to: MILLEY },
      { from: ESPER, to: MILLEY },
    ]);
  });

  it('refuses a redirect to an id nobody produces, a circle, and a retired id produced again', () => {
    expect(() => check(withRedirects({ [ESPER]: '2020-01-07-mark-milly' }), without(ESPER))).toThrow(
      `redirects: "${ESPER}" → "2020-01-07-mark-milly", but no statement has the id "2020-01-07-mark-milly" and it has no redirect`,
    );
    expect(() => check(withRedirects({ [ESPER]: MILLEY, [MILLEY]: ESPER }), without(ESPER, MILLEY))).toThrow(
      `redirects: "${ESPER}" → "${MILLEY}" → "${ESPER}" goes round in a circle`,
    );
    expect(() => check(withRedirects({ [ESPER]: ESPER }), without(ESPER))).toThrow(/goes round in a circle/);
    // A chain whose middle is gone without a redirect: both are reported.
    const deadEnd = withRedirects({ '2020-01-06-mark-esper': ESPER }, { '2020-01-06-mark-esper': KURDISTAN24 });
    expect(() => check(deadEnd, without(ESPER))).toThrow(
      new RegExp(`no longer produced[\\s\\S]*"2020-01-06-mark-esper" → "${ESPER}", but no statement`),
    );
    expect(() => check(withRedirects({ [ESPER]: MILLEY }))).toThrow(
      `redirects: "${ESPER}" is produced again (article ${KURDISTAN24}), so it cannot redirect; remove its entry under "redirects".`,
    );
  });
});

describe('published ids are pinned to their article', () => {
  // An older article, imported later, with a statement by McKenzie on the day of his IQ News statement.
  const older: CorpusArticle = {
    slug: '2021-12-10-older',
    filePath: 'content/articles/2021-12-10-older.md',
    published: '2021-12-10T08:00',
    body: 'وقال قائد القيادة المركزية الأمريكية كينيث ماكنزي اليوم إن القوات القتالية ستغادر العراق.',
  };
  const idsOf = (list: readonly Produced[]) => list.map((s) => `${s.article}:${s.id}`).filter((x) => x.includes(MCKENZIE));

  it('without the ledger, the older article would take a published id (the -N shift), and the check catches it', () => {
    const shifted = extractCorpus([...articles, older], speakers).statements;
    expect(idsOf(shifted)).toEqual([`${older.slug}:${MCKENZIE}`, `${IQ_NEWS}:${MCKENZIE}-2`]);
    expect(() => checkPermalinks(committed, shifted, [...slugs, older.slug], FILE)).toThrow(
      `"${MCKENZIE}" was published for a statement of article ${IQ_NEWS}, but now names one of article ${older.slug}`,
    );
  });

  it('with the ledger, the published id stays with its article and the newcomer gets the next free number', () => {
    const pinned = extractCorpus([...articles, older], speakers, committed).statements;
    expect(idsOf(pinned)).toEqual([`${older.slug}:${MCKENZIE}-2`, `${IQ_NEWS}:${MCKENZIE}`]);
    const result = checkPermalinks(committed, pinned, [...slugs, older.slug], FILE);
    expect(result.unrecorded).toEqual([`${MCKENZIE}-2`]);
  });

  it('never gives a retired id to another statement, even once its article is gone', () => {
    const ledger = withRedirects({ [MCKENZIE]: '2021-12-10-joint-operations-command' });
    const rest = articles.filter((a) => a.slug !== IQ_NEWS);
    const produced = extractCorpus([...rest, older], speakers, ledger).statements;
    expect(idsOf(produced)).toEqual([`${older.slug}:${MCKENZIE}-2`]);
  });

  it('lets a renamed article keep its ids, and `updateLedger` moves them to the new name', () => {
    const renamed = articles.map((a) => (a.slug === IQ_NEWS ? { ...a, slug: '2021-12-10-iq-news-renamed' } : a));
    const renamedSlugs = renamed.map((a) => a.slug);
    const produced = extractCorpus(renamed, speakers, committed).statements;
    expect(produced.map((s) => s.id).sort()).toEqual(statements.map((s) => s.id).sort());
    const result = checkPermalinks(committed, produced, renamedSlugs, FILE);
    expect(result.repinned).toEqual(['2021-12-10-joint-operations-command', MCKENZIE]);
    expect(result.warning).toMatch(/recorded for an article that is gone: .*Run `npm run permalinks`/);
    const { ledger, repinned } = updateLedger(committed, produced, renamedSlugs);
    expect(repinned).toEqual(['2021-12-10-joint-operations-command', MCKENZIE]);
    expect(ledger.ids.get(MCKENZIE)).toBe('2021-12-10-iq-news-renamed');
  });
});

describe('recording new ids', () => {
  it('adds what is produced, sorted, never removing an entry or touching a redirect; the same input gives the same bytes', () => {
    const start: Ledger = { ids: new Map([['2019-01-01-retired', 'gone-article']]), redirects: new Map([['2019-01-01-retired', MILLEY]]) };
    const { ledger, added } = updateLedger(start, [...statements].reverse(), slugs);
    expect(added).toEqual(statements.map((s) => s.id).sort());
    expect(ledger.ids.get('2019-01-01-retired')).toBe('gone-article');
    expect(ledger.redirects).toEqual(start.redirects);
    const text = formatLedger(ledger);
    expect(Object.keys(JSON.parse(text).ids)).toEqual([...ledger.ids.keys()].sort());
    expect(formatLedger(updateLedger(parseLedger(text, FILE), statements, slugs).ledger)).toBe(text);
  });

  it('does not move an id that another existing article holds (the check refuses that instead)', () => {
    const { ledger, repinned } = updateLedger(committed, [{ id: MCKENZIE, article: KURDISTAN24 }], slugs);
    expect(repinned).toEqual([]);
    expect(ledger.ids.get(MCKENZIE)).toBe(IQ_NEWS);
  });
});

describe('npm run permalinks', () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  /** A copy of content/ to run the command on, as an editor would on theirs. */
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'bayan-permalinks-'));
    temps.push(dir);
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    return join(dir, 'content');
  };
  const run = (content: string) => {
    const result = spawnSync(process.execPath, ['scripts/permalinks.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, BAYAN_CONTENT_DIR: content },
    });
    return {
      code: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      ledger: readFileSync(join(content, 'permalinks.json'), 'utf8'),
    };
  };

  it('creates the ledger from the content when there is none', () => {
    const content = copy();
    rmSync(join(content, 'permalinks.json'));
    const { code, stdout, ledger } = run(content);
    expect(code).toBe(0);
    const fresh = extractCorpus(articles, speakers).statements;
    expect(stdout).toMatch(new RegExp(`recorded ${fresh.length} new id\\(s\\):\n {2}2020-01-07-adel-abdul-mahdi\n`));
    expect(ledger).toBe(formatLedger({ ids: new Map(fresh.map((s) => [s.id, s.article])), redirects: new Map() }));
  });

  it('records the missing ids and keeps the rest; a second run changes nothing', () => {
    const content = copy();
    const start = parseLedger(committedText, FILE);
    const ids = new Map([...start.ids].filter(([id]) => id !== ESPER && id !== MCKENZIE));
    ids.set('2019-01-01-retired', 'gone-article');
    writeFileSync(join(content, 'permalinks.json'), formatLedger({ ids, redirects: new Map([['2019-01-01-retired', MILLEY]]) }));
    const first = run(content);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`recorded 2 new id(s):\n  ${ESPER}\n  ${MCKENZIE}\n`);
    const after = parseLedger(first.ledger, FILE);
    expect(after.ids).toEqual(new Map([...committed.ids, ['2019-01-01-retired', 'gone-article']]));
    expect(after.redirects).toEqual(new Map([['2019-01-01-retired', MILLEY]]));
    const second = run(content);
    expect(second.stdout).toContain(`up to date (${committed.ids.size + 1} ids, 1 redirect(s))`);
    expect(second.ledger).toBe(first.ledger);
  });

  it('exits 1 with the build’s message when a published id is gone, keeping it listed', () => {
    const content = copy();
    const file = join(content, 'articles', `${KURDISTAN24}.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\nكان وزير الدفاع الأمريكي مارك إسبر[^\n]*\n/u, '\n'));
    const { code, stderr, ledger } = run(content);
    expect(code).toBe(1);
    expect(stderr).toMatch(/permalinks\.json: a published event id is no longer produced/);
    expect(stderr).toContain(`  ${ESPER} (article ${KURDISTAN24})`);
    expect(ledger).toBe(committedText);
  });

  it('refuses to touch a malformed ledger', () => {
    const content = copy();
    writeFileSync(join(content, 'permalinks.json'), '{ "ids": ');
    const { code, stderr, ledger } = run(content);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^permalinks: .*permalinks\.json: not valid JSON/);
    expect(ledger).toBe('{ "ids": ');
  });
});

describe('an empty ledger', () => {
  it('asks for every produced id to be recorded, without stopping anything', () => {
    const result = checkPermalinks(emptyLedger(), statements, slugs, FILE);
    expect(result.unrecorded).toHaveLength(statements.length);
    expect(result.redirects).toEqual([]);
  });
});
