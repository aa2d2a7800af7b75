/**
 * Quality gate: permanent URLs. Every id in content/permalinks.json is built,
 * as a statement's page or as a redirect to the statement that replaces it;
 * an id that would vanish stops the build. Two builds of temporary copies of
 * content/: one with an edited article and a removed statement mapped in the
 * ledger (it builds, and the old URL redirects), one with the same removal
 * and no mapping (it fails, saying what to do).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks, htmlErrors, readPages, shellProblems } from '../e2e/pages.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { diskLoader } from '../../src/lib/search/load.ts';
import { buildWith, cleanUp } from './build.ts';

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
  JSON.parse(readFileSync(join(content, 'permalinks.json'), 'utf8')) as { ids: Record<string, string>; redirects: Record<string, string> };
const removeEsper = (content: string) => edit(articlePath(content, KURDISTAN24), (t) => t.replace(ESPER_PARAGRAPH, '\n'));

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
    const rudaw = Object.entries(ledger.ids).filter(([, article]) => article === RUDAW);
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
      expect(html).toMatch(new RegExp(`<a href="/events/${MILLEY}/">مارك ميلي، 7 كانون الثاني 2020</a>`, 'u'));
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
