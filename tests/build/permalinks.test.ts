/**
 * Quality gate: permanent URLs. Every id in content/permalinks.json is built,
 * as a statement's page or as a redirect to the statement that replaces it;
 * an id that would vanish or change hands stops the build, before dist/ is
 * touched. Builds of temporary copies of content/: an edited article and a
 * removed statement mapped in the ledger (it builds, and the old URL
 * redirects); the same removal with no mapping (it fails, saying what to do);
 * and issue 15's cases: another article taking a published id, a failed
 * build over a live dist/, a speaker registered after their id was recorded,
 * a renamed article, a `_drafts/` folder. A year of such edits, built step by
 * step, is in editor-year.test.ts.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { brokenLinks, htmlErrors, readPages, shellProblems } from '../e2e/pages.ts';
import { ContentCopy, KARIM_ARTICLE, KARIM_PROVISIONAL, KARIM_REGISTERED, SEEDS, sudaniAndRyder } from '../fixtures/editor.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { diskLoader } from '../../src/lib/search/load.ts';
import { buildContent, buildWith, cleanUp, differences, tree } from './build.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

afterAll(cleanUp);

const KURDISTAN24 = '2020-01-07-kurdistan24-althalf-aldwly-ytrh-ahdth-mwqf';
const RUDAW = '2024-08-15-rudaw-akdt-wzart-aldfae-alamyrkyt-albntaghwn';
/** Mark Esper's one statement: paragraph 7 of the Kurdistan24 article, and nothing else. */
const ESPER = '2020-01-07-mark-esper';
const ESPER_PARAGRAPH = /\nكان وزير الدفاع الأمريكي مارك إسبر[^\n]*\n/u;
const MILLEY = '2020-01-07-mark-milley';
const SITE = 'https://bayan.example.org';

const articlePath = (content: string, slug: string) => join(content, 'articles', `${slug}.md`);
const edit = (file: string, change: (text: string) => string) => {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit changed nothing in ${file}`);
  writeFileSync(file, after);
};
const ledgerOf = (content: string) =>
  JSON.parse(readFileSync(join(content, 'permalinks.json'), 'utf8')) as {
    ids: Record<string, { article: string } | string>;
    redirects: Record<string, string>;
  };
const removeEsper = (content: string) => edit(articlePath(content, KURDISTAN24), (t) => t.replace(ESPER_PARAGRAPH, '\n'));
const rmArticle = (content: string, slug: string) => rmSync(articlePath(content, slug));

describe('an edited article keeps its ids; a removed statement mapped in the ledger becomes a redirect', () => {
  let build: ReturnType<typeof buildWith>;
  let ledger: ReturnType<typeof ledgerOf>;
  const dist = () => join(build.dir, 'dist');
  const read = (path: string) => readFileSync(join(dist(), path), 'utf8');

  beforeAll(() => {
    build = buildWith((content) => {
      // An editor fixes a typo in a statement's paragraph and adds a note at the end.
      edit(articlePath(content, RUDAW), (t) => `${t.replace('قريبين جدآ', 'قريبين جداً')}\nملاحظة المحرر: صُحّح خطأ إملائي في هذا المقال.\n`);
      // Another removes Esper's paragraph and maps his id; an id retired earlier already pointed at it (a chain).
      removeEsper(content);
      const file = join(content, 'permalinks.json');
      const ledger = ledgerOf(content);
      ledger.ids['2020-01-06-mark-esper'] = KURDISTAN24;
      ledger.redirects = { '2020-01-06-mark-esper': ESPER, [ESPER]: MILLEY };
      writeFileSync(file, JSON.stringify(ledger, null, 2));
    });
    ledger = ledgerOf(join(build.dir, 'content'));
  });

  it('builds, with nothing left to record', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).not.toMatch(/not recorded yet/u);
  });

  it('builds a page for every id in the ledger, and for no other', () => {
    const built = readdirSync(join(dist(), 'events')).sort();
    expect(built).toEqual(Object.keys(ledger.ids).sort());
  });

  it("keeps the edited article's ids, as statements, with the edit in them", () => {
    const rudaw = Object.entries(ledger.ids).filter(([, pin]) => typeof pin === 'object' && pin.article === RUDAW);
    expect(rudaw.map(([id]) => id).sort()).toEqual([
      '2024-08-14-vedant-patel',
      '2024-08-15-iraqi-foreign-ministry',
      '2024-08-15-sabrina-singh',
    ]);
    for (const [id] of rudaw) expect(read(`events/${id}/index.html`)).not.toMatch(/http-equiv="refresh"/u);
    expect(read('events/2024-08-15-iraqi-foreign-ministry/index.html')).toContain('قريبين جداً');
  });

  it('turns the retired ids into redirects to the end of the chain: refresh, canonical, noindex, a visible link', () => {
    const target = `${SITE}/events/${MILLEY}/`;
    for (const id of [ESPER, '2020-01-06-mark-esper']) {
      const html = read(`events/${id}/index.html`);
      expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${target}">`);
      expect(html).toContain(`<link rel="canonical" href="${target}">`);
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toMatch(new RegExp(`<a href="/events/${MILLEY}/" data-moved-to>مارك ميلي، 7 كانون الثاني 2020</a>`, 'u'));
      expect(html).toMatch(/<html lang="ar" dir="rtl"/u);
    }
  });

  it('lists the retired ids nowhere: sitemap, search index, exports, feed, timeline', () => {
    const listed = ['sitemap-0.xml', 'timeline.json', 'timeline.csv', 'timelinejs.json', 'rss.xml', 'index.html'];
    for (const file of listed) {
      const text = read(file);
      expect(text, file).not.toContain(`/events/${ESPER}/`);
      expect(text, file).not.toContain('2020-01-06-mark-esper');
    }
    expect(read('sitemap-0.xml')).toContain(`${SITE}/events/${MILLEY}/`);
  });

  it('the search index finds Milley, and Esper no more', async () => {
    const engine = new SearchEngine(diskLoader(join(dist(), 'search'), (path) => readFileSync(path, 'utf8')));
    const ids = async (q: string) => (await engine.search({ q }, 100)).hits.map((h) => h.doc.id);
    expect(await ids('ميلي')).toContain(MILLEY);
    expect(await ids('إسبر')).not.toContain(ESPER);
    expect(await ids('2020')).not.toContain(ESPER);
  });

  it('passes the links and HTML gate, redirect pages included', async () => {
    const pages = readPages(dist());
    expect(pages.map((p) => p.path)).toContain(`/events/${ESPER}/`);
    expect(brokenLinks(dist(), pages)).toEqual([]);
    expect(shellProblems(pages)).toEqual([]);
    expect(await htmlErrors(pages)).toEqual([]);
  });
});

describe('a removed statement the ledger does not map', () => {
  it('stops the build, naming the ledger, the id and what to do', () => {
    const { code, output } = buildWith(removeEsper);
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/permalinks\.json: a published event id is no longer produced/u);
    expect(output).toMatch(new RegExp(`^ {2}${ESPER} \\(article ${KURDISTAN24}\\)$`, 'mu'));
    expect(output).toMatch(/Restore the statement, or map the id to the statement that replaces it under "redirects"/u);
  });
});

/** Where a retired address's page leads (its visible link), or undefined for a page of its own. */
const movedTo = (html: string) => /<a href="([^"]+)" data-moved-to>/u.exec(html)?.[1];

describe('another article never takes a published id (issue 15, case 1)', () => {
  it('stops the build when al-Ain is deleted and an unrelated article quotes al-Sudani and Ryder on its days, naming the ids and both articles', () => {
    const newcomer = '2024-01-10-test-news-alsudany-wraydr';
    const { code, output } = buildWith((content) => {
      writeFileSync(join(content, 'articles', `${newcomer}.md`), sudaniAndRyder('2024-01-10T12:00'));
      rmArticle(content, SEEDS.alAin);
    });
    expect(code).not.toBe(0);
    expect(output).toContain(
      `  2024-01-09-mohammed-shia-al-sudani (article ${SEEDS.alAin}, which is gone; article ${newcomer} has this speaker on that day too, with other words, as 2024-01-09-mohammed-shia-al-sudani-2: another statement never takes a published id)`,
    );
    expect(output).toMatch(/Restore the statement, or map the id to the statement that replaces it under "redirects"/u);
  });
});

describe('a failed build leaves dist/ as it was (issue 15, case 2)', () => {
  it('refuses a deleted article whose ids are published without touching the site built before', () => {
    const c = new ContentCopy('bayan-build-');
    try {
      const dist = join(c.dir, 'dist');
      const cache = join(c.dir, 'cache');
      const good = buildContent(c.content, dist, cache);
      expect(good.code, good.output).toBe(0);
      const before = tree(dist);
      expect(before.size).toBeGreaterThan(100);
      c.remove(SEEDS.alAin);
      const bad = buildContent(c.content, dist, cache);
      expect(bad.code).not.toBe(0);
      expect(bad.output).toMatch(/permalinks\.json: 2 published event ids are no longer produced/u);
      expect(differences(before, tree(dist))).toEqual([]);
      expect(existsSync(join(dist, 'index.html'))).toBe(true);
    } finally {
      c.cleanUp();
    }
  });
});

/** The links and HTML gate over a built site; html-validate on its redirect pages (the rest are the real build's, checked in tests/e2e). */
async function gate(dist: string) {
  const pages = readPages(dist);
  expect(brokenLinks(dist, pages)).toEqual([]);
  expect(shellProblems(pages)).toEqual([]);
  const moved = pages.filter((p) => movedTo(p.html) !== undefined);
  expect(moved.length).toBeGreaterThan(0);
  expect(await htmlErrors(moved)).toEqual([]);
}

/** A copy of content/ changed by `edit`, built into its own dist/ before the tests of a describe block. */
function edited(edit: (c: ContentCopy) => void) {
  const c = new ContentCopy('bayan-build-');
  const dist = join(c.dir, 'dist');
  const site = {
    c,
    dist,
    build: { code: null as number | null, output: '' },
    read: (path: string) => readFileSync(join(dist, path), 'utf8'),
  };
  beforeAll(() => {
    edit(c);
    site.build = buildContent(c.content, dist, join(c.dir, 'cache'));
  });
  afterAll(() => c.cleanUp());
  return site;
}

describe('a speaker registered after their id was recorded, in the README order (issue 15, case 3)', () => {
  const site = edited((c) => {
    c.write('2024-09-22-test-news-almhmdawy', KARIM_ARTICLE);
    expect(c.run('permalinks').code).toBe(0);
    c.register();
  });

  it('builds, saying what `npm run permalinks` will record', () => {
    expect(site.build.code, site.build.output).toBe(0);
    expect(site.build.output).toContain(`${KARIM_PROVISIONAL} now leads to ${KARIM_REGISTERED} (its speaker's id changed)`);
  });

  it('sends the provisional id, and the provisional speaker page, on to the registered speaker', () => {
    expect(movedTo(site.read(`events/${KARIM_PROVISIONAL}/index.html`))).toBe(`/events/${KARIM_REGISTERED}/`);
    expect(movedTo(site.read(`events/${KARIM_REGISTERED}/index.html`))).toBeUndefined();
    expect(movedTo(site.read('speakers/krym-almhmdawy/index.html'))).toBe('/speakers/karim-al-muhammadawi/');
  });

  it('passes the links and HTML gate, redirect pages included', () => gate(site.dist));
});

describe('a renamed article and a folder of drafts (issue 15, cases 5 and 6)', () => {
  const renamed = '2024-08-15-rudaw-renamed';
  const draft = '2024-01-11-test-news-draft';
  const site = edited((c) => {
    c.rename(SEEDS.rudaw, renamed);
    c.write(draft, sudaniAndRyder('2024-01-11'), '_drafts');
  });

  it('builds, saying what `npm run permalinks` will record', () => {
    expect(site.build.code, site.build.output).toBe(0);
    expect(site.build.output).toContain(
      `article ${SEEDS.rudaw} is now ${renamed} (renamed: its ids stay, and its old address leads there)`,
    );
  });

  it("keeps the renamed article's ids, and sends its old address on to the new one", () => {
    for (const id of ['2024-08-14-vedant-patel', '2024-08-15-iraqi-foreign-ministry', '2024-08-15-sabrina-singh']) {
      expect(movedTo(site.read(`events/${id}/index.html`))).toBeUndefined();
      expect(site.read(`events/${id}/index.html`)).toContain(`/articles/${renamed}/#p-`);
    }
    const old = site.read(`articles/${SEEDS.rudaw}/index.html`);
    expect(movedTo(old)).toBe(`/articles/${renamed}/`);
    expect(old).toContain(`<meta http-equiv="refresh" content="0;url=https://bayan.example.org/articles/${renamed}/">`);
    expect(old).toContain('<meta name="robots" content="noindex">');
    expect(site.read('sitemap-0.xml')).not.toContain(`/articles/${SEEDS.rudaw}/`);
  });

  it('leads a cited paragraph of the old address to the same paragraph of the new one, in a browser', async () => {
    const server = await serveStatic(site.dist);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.baseURL}/articles/${SEEDS.rudaw}/#p-5`);
      await page.waitForURL(`**/articles/${renamed}/#p-5`, { timeout: 10_000 });
      expect(await page.locator('#p-5').count()).toBe(1);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('publishes nothing from a _drafts/ folder', () => {
    expect(existsSync(join(site.dist, 'articles', draft))).toBe(false);
    expect(site.read('timeline.json')).not.toContain(draft);
    expect(site.read('sitemap-0.xml')).not.toContain(draft);
  });

  it('passes the links and HTML gate, redirect pages included', () => gate(site.dist));
});
