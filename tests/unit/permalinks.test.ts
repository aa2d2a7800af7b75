/**
 * Permanent URLs: the ledger file (src/lib/site/ledger.ts) and the check
 * the build runs (src/lib/site/permalinks.ts, pinning in
 * src/lib/extract/ids.ts), on the real seed articles and their real ids; and
 * `npm run permalinks`, on temporary copies of content/. What an editor does
 * over weeks of work (a takeover, a rename, a registered speaker …) is in
 * permalinks-editing.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusFiles, readArticles, readLedger, readRegistry } from '../../scripts/content.ts';
import { ContentError } from '../../src/lib/content/articles.ts';
import { readLedger as readLedgerFile } from '../../src/lib/content/folder.ts';
import { extractCorpus, type CorpusArticle } from '../../src/lib/extract/corpus.ts';
import { emptyLedger, formatLedger, parseLedger, wordsDigest, type Ledger, type Pin } from '../../src/lib/site/ledger.ts';
import { checkPermalinks, pinOf, publishedIds, updateLedger, type Produced } from '../../src/lib/site/permalinks.ts';
import { ContentCopy, root } from '../fixtures/editor.ts';

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
const pin = (article: string): Pin => ({ article });
const withRedirects = (redirects: Record<string, string>, extraIds: Record<string, string> = {}): Ledger => ({
  ids: new Map([...committed.ids, ...Object.entries(extraIds).map(([id, article]) => [id, pin(article)] as const)]),
  redirects: new Map(Object.entries(redirects)),
  articles: new Map(),
});
const check = (ledger: Ledger, produced: readonly Produced[] = statements) => checkPermalinks(ledger, produced, slugs, FILE);

describe('the committed ledger', () => {
  it('records every id the committed content produces, as `npm run permalinks` writes it (else: run it and commit the file)', () => {
    const { ledger, added, redirected, renamed, updated } = updateLedger(committed, statements, slugs);
    expect(added, `${FILE} misses ids: run \`npm run permalinks\` and commit ${FILE}`).toEqual([]);
    expect([...redirected, ...renamed, ...updated], `${FILE} is behind the content: run \`npm run permalinks\``).toEqual([]);
    expect(formatLedger(ledger), `${FILE} is not as \`npm run permalinks\` writes it: run it and commit ${FILE}`).toBe(committedText);
  });

  it('holds for the committed content: every listed id is produced or redirected, nothing left to record', () => {
    const result = check(committed);
    expect(result.unrecorded).toEqual([]);
    expect(result.warning).toBeUndefined();
    expect(committed.ids.get(MCKENZIE)?.article).toBe(IQ_NEWS);
    expect(committed.ids.size).toBeGreaterThanOrEqual(15);
  });

  it('pins each id to its statement: article, paragraphs and a digest of its words', () => {
    const esper = statements.find((s) => s.id === ESPER);
    expect(esper).toBeDefined();
    expect(committed.ids.get(ESPER)).toEqual({ article: KURDISTAN24, paragraphs: [7], words: wordsDigest(esper as Produced) });
    expect(committedText).toContain(`"${ESPER}": { "article": "${KURDISTAN24}", "paragraphs": [7], "words": "`);
  });
});

describe('reading and writing the ledger', () => {
  const bad = (text: string) => () => parseLedger(text, FILE);
  it('round-trips what it writes, one entry a line', () => {
    expect(formatLedger(parseLedger(committedText, FILE))).toBe(committedText);
    const lines = committedText.split('\n');
    for (const id of committed.ids.keys()) expect(lines.filter((l) => l.includes(`"${id}":`))).toHaveLength(1);
  });
  it('reads an entry written before paragraphs and words were recorded (the article alone), and `npm run permalinks` fills them in', () => {
    const old = parseLedger(JSON.stringify({ ids: { [ESPER]: KURDISTAN24 }, redirects: {} }), FILE);
    expect(old.ids.get(ESPER)).toEqual({ article: KURDISTAN24 });
    expect(old.articles.size).toBe(0);
    const { ledger, updated } = updateLedger(old, statements, slugs);
    expect(ledger.ids.get(ESPER)).toEqual(committed.ids.get(ESPER));
    expect(updated).toEqual([]);
  });
  it('refuses a malformed file, naming it and saying what is wrong', () => {
    expect(bad('{ "ids": {')).toThrow(ContentError);
    expect(bad('{ "ids": {')).toThrow(/^content\/permalinks\.json: not valid JSON/);
    expect(bad('[]')).toThrow(/content\/permalinks\.json: expected an object with "ids", "redirects" and "articles"/);
    expect(bad('{ "ids": {}, "redirect": {} }')).toThrow(/unknown field "redirect"/);
    expect(bad('{ "redirects": {} }')).toThrow(/"ids" is missing: run npm run permalinks/);
    expect(bad('{ "ids": ["2020-01-07-mark-esper"] }')).toThrow(/"ids" must be an object: event id → \{ "article"/);
    expect(bad('{ "ids": { "2020-01-07 Mark Esper": "a" } }')).toThrow(/ids: "2020-01-07 Mark Esper" is not an event id/);
    expect(bad('{ "ids": { "2020-01-07-mark-esper": 7 } }')).toThrow(/ids: "2020-01-07-mark-esper" must map to \{ "article": "<slug>"/);
    expect(bad(`{ "ids": { "${ESPER}": { "article": "a", "words": "abc" } } }`)).toThrow(/its "words" are not a digest/);
    expect(bad(`{ "ids": { "${ESPER}": { "article": "a", "paragraphs": [0] } } }`)).toThrow(/its "paragraphs" are not paragraph numbers/);
    expect(bad(`{ "ids": { "${ESPER}": { "article": "a", "speaker": "x" } } }`)).toThrow(/has an unknown field "speaker"/);
    expect(bad('{ "ids": {}, "redirects": { "2020-01-07-mark-espr": "x" } }')).toThrow(
      /redirects: "2020-01-07-mark-espr" is not a published id \(not under "ids"\); check its spelling/,
    );
    expect(bad(`{ "ids": { "${ESPER}": "a" }, "redirects": { "${ESPER}": "../index" } }`)).toThrow(/which is not an event id/);
    expect(bad('{ "ids": {}, "articles": { "a/b": "c" } }')).toThrow(/articles: "a\/b" is not an article slug/);
    expect(bad('{ "ids": {}, "articles": { "a": 3 } }')).toThrow(/articles: "a" → 3, which is not an article slug/);
  });
  it("reads a newsroom's ledger, megabytes long, which the 1 MB limit for an article must not refuse", () => {
    const dir = mkdtempSync(join(tmpdir(), 'bayan-ledger-'));
    const entry = { article: 'a-long-article-slug', paragraphs: [3, 4], words: '0123456789abcdef' };
    const ids = Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`2020-01-07-mark-esper-${i + 2}`, entry]));
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
    expect(result.articleRedirects).toEqual([]);
    expect(result.warning).toBeUndefined();
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

  it('never gives a retired id out again, even to its own article: the statement back gets a new id', () => {
    // Esper's id was retired (say his statement was dropped, then the drop undone): his statement is back under -2.
    const ledger = withRedirects({ [ESPER]: MILLEY });
    const produced = extractCorpus(articles, speakers, ledger).statements;
    expect(produced.map((s) => s.id)).not.toContain(ESPER);
    expect(produced.find((s) => s.paragraphs.includes(7) && s.article === KURDISTAN24)?.id).toBe(`${ESPER}-2`);
    expect(check(ledger, produced).unrecorded).toEqual([`${ESPER}-2`]);
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
      new RegExp(
        `"${MCKENZIE}" was published for a statement of article ${IQ_NEWS} \\(paragraph 1, 6, 7, 8, 9, 10\\), but would now name another statement, of article ${older.slug}`,
        'u',
      ),
    );
  });

  it('with the ledger, the published id stays with its article and the newcomer gets the next free number', () => {
    const pinned = extractCorpus([...articles, older], speakers, committed).statements;
    expect(idsOf(pinned)).toEqual([`${older.slug}:${MCKENZIE}-2`, `${IQ_NEWS}:${MCKENZIE}`]);
    const result = checkPermalinks(committed, pinned, [...slugs, older.slug], FILE);
    expect(result.unrecorded).toEqual([`${MCKENZIE}-2`]);
  });

  it('keeps a published id for its article when that article is gone, so that no other article takes it', () => {
    const rest = articles.filter((a) => a.slug !== IQ_NEWS);
    const produced = extractCorpus([...rest, older], speakers, committed).statements;
    expect(idsOf(produced)).toEqual([`${older.slug}:${MCKENZIE}-2`]);
  });
});

describe('recording new ids', () => {
  it('adds what is produced, pinned and sorted, never removing an entry or touching a redirect; the same input gives the same bytes', () => {
    const start: Ledger = {
      ids: new Map([['2019-01-01-retired', pin('gone-article')]]),
      redirects: new Map([['2019-01-01-retired', MILLEY]]),
      articles: new Map([['gone-article', KURDISTAN24]]),
    };
    const { ledger, added } = updateLedger(start, [...statements].reverse(), slugs);
    expect(added).toEqual(statements.map((s) => s.id).sort());
    expect(ledger.ids.get('2019-01-01-retired')).toEqual(pin('gone-article'));
    for (const s of statements) expect(ledger.ids.get(s.id)).toEqual(pinOf(s));
    expect(ledger.redirects).toEqual(start.redirects);
    expect(ledger.articles).toEqual(start.articles);
    const text = formatLedger(ledger);
    expect(Object.keys(JSON.parse(text).ids)).toEqual([...ledger.ids.keys()].sort());
    expect(formatLedger(updateLedger(parseLedger(text, FILE), statements, slugs).ledger)).toBe(text);
  });

  it('does not move an id that another article holds (the check refuses that instead)', () => {
    const mckenzie = statements.find((s) => s.id === MCKENZIE) as Produced;
    const { ledger, added, updated } = updateLedger(committed, [{ ...mckenzie, article: KURDISTAN24 }], slugs);
    expect([...added, ...updated]).toEqual([]);
    expect(ledger.ids.get(MCKENZIE)).toEqual(committed.ids.get(MCKENZIE));
  });
});

describe('npm run permalinks', () => {
  const copies: ContentCopy[] = [];
  afterAll(() => copies.forEach((c) => c.cleanUp()));
  const copy = () => {
    const c = new ContentCopy('bayan-permalinks-');
    copies.push(c);
    return c;
  };

  it('creates the ledger from the content when there is none', () => {
    const c = copy();
    rmSync(c.ledgerPath);
    const { code, stdout } = c.run('permalinks');
    expect(code).toBe(0);
    const fresh = extractCorpus(articles, speakers).statements;
    expect(stdout).toMatch(new RegExp(`recorded ${fresh.length} new id\\(s\\):\n {2}2020-01-07-adel-abdul-mahdi\n`));
    expect(c.ledgerText()).toBe(
      formatLedger({ ids: new Map(fresh.map((s) => [s.id, pinOf(s)])), redirects: new Map(), articles: new Map() }),
    );
  });

  it('records the missing ids and keeps the rest; a second run changes nothing', () => {
    const c = copy();
    const ids = new Map([...committed.ids].filter(([id]) => id !== ESPER && id !== MCKENZIE));
    ids.set('2019-01-01-retired', pin('gone-article'));
    const redirects = new Map([['2019-01-01-retired', MILLEY]]);
    writeFileSync(c.ledgerPath, formatLedger({ ids, redirects, articles: new Map([['gone-article', KURDISTAN24]]) }));
    const first = c.run('permalinks');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`recorded 2 new id(s):\n  ${ESPER}\n  ${MCKENZIE}\n`);
    const after = parseLedger(c.ledgerText(), FILE);
    expect(after.ids).toEqual(new Map([...committed.ids, ['2019-01-01-retired', pin('gone-article')]]));
    expect(after.redirects).toEqual(redirects);
    const firstText = c.ledgerText();
    const second = c.run('permalinks');
    expect(second.stdout).toContain(`up to date (${committed.ids.size + 1} ids, 1 redirect(s), 1 article redirect(s))`);
    expect(c.ledgerText()).toBe(firstText);
  });

  it('exits 1 with the build’s message when a published id is gone, keeping it listed', () => {
    const c = copy();
    c.edit(KURDISTAN24, (t) => t.replace(/\nكان وزير الدفاع الأمريكي مارك إسبر[^\n]*\n/u, '\n'));
    const { code, stderr } = c.run('permalinks');
    expect(code).toBe(1);
    expect(stderr).toMatch(/permalinks\.json: a published event id is no longer produced/);
    expect(stderr).toContain(`  ${ESPER} (article ${KURDISTAN24})`);
    const after = parseLedger(c.ledgerText(), FILE);
    expect(after.ids.get(ESPER)).toEqual(committed.ids.get(ESPER));
    // The statements after his moved up a paragraph: their pins follow.
    expect(after.ids.get(MILLEY)?.paragraphs).toEqual([8]);
    expect(after.ids.size).toBe(committed.ids.size);
  });

  it('refuses to touch a malformed ledger', () => {
    const c = copy();
    writeFileSync(c.ledgerPath, '{ "ids": ');
    const { code, stderr } = c.run('permalinks');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^permalinks: .*permalinks\.json: not valid JSON/);
    expect(c.ledgerText()).toBe('{ "ids": ');
  });
});

describe('an empty ledger', () => {
  it('asks for every produced id to be recorded, without stopping anything', () => {
    const result = checkPermalinks(emptyLedger(), statements, slugs, FILE);
    expect(result.unrecorded).toHaveLength(statements.length);
    expect(result.redirects).toEqual([]);
  });
  it('pins nothing', () => {
    expect(publishedIds(emptyLedger()).ids.size).toBe(0);
  });
});
