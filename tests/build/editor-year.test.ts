/**
 * An editor's year, scripted: one copy of content/ and one dist/, edited and
 * rebuilt step by step as a newsroom would over months. Articles are added
 * (one with a speaker not in the registry), a day and a speaker corrected by
 * overrides, a statement dropped, an article deleted, one renamed, the
 * unregistered speaker registered, and an older article imported that would
 * shift a published `-N`. The editor runs `npm run permalinks` as the README
 * says and maps by hand only what the build asks them to.
 *
 * After every build, every address ever published must still answer: an
 * event id with the very words it was published with, or a redirect to a
 * statement (to the same words, unless the editor retired it by hand); an
 * article, or a redirect to one; a cited paragraph (`/articles/<slug>/#p-N`)
 * on its article. A build that fails must leave dist/ as it was.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ContentCopy,
  KARIM_ARTICLE,
  KARIM_PROVISIONAL,
  KARIM_REGISTERED,
  OLDER_MCKENZIE,
  SEEDS,
  articleText,
  sudaniAndRyder,
} from '../fixtures/editor.ts';
import { buildContent, differences, tree } from './build.ts';

const c = new ContentCopy('bayan-year-');
const dist = join(c.dir, 'dist');
const cache = join(c.dir, 'cache');
afterAll(() => c.cleanUp());

const NEWS = '2024-03-06-test-news-alsudany-wraydr';
const KARIM = '2024-09-22-test-news-almhmdawy';
const LATE = '2021-12-10-test-news-mckenzie-evening';
const OLDER = '2021-12-10-test-news-mckenzie-morning';
const RENAMED = '2024-08-15-rudaw-renamed';

/** A statement as timeline.json lists it. */
interface Listed {
  id: string;
  quotes: string[];
  text: string;
  source: { article: string; paragraphUrls: string[] };
}
const wordsOf = (s: Listed) => [...s.quotes, s.text].join('\n');

/** Every address ever published: event ids with their words then, articles, cited paragraphs. */
const events = new Map<string, string>();
const articles = new Set<string>();
const paragraphs = new Set<string>();
/** Ids the editor retired by hand (a dropped statement, a deleted article): they may lead to other words. */
const retiredByHand = new Set<string>();

const read = (path: string) => (existsSync(join(dist, path)) ? readFileSync(join(dist, path), 'utf8') : undefined);
const movedTo = (html: string) => /<a href="([^"]+)" data-moved-to>/u.exec(html)?.[1];
const listed = () => new Map((JSON.parse(read('timeline.json') ?? '{}') as { statements: Listed[] }).statements.map((s) => [s.id, s]));

/** Build; on success record what is published now, and list every address that no longer answers as it should. */
function build(): string[] {
  const { code, output } = buildContent(c.content, dist, cache);
  if (code !== 0) return [`the build failed:\n${output.slice(-3000)}`];
  const now = listed();
  for (const s of now.values()) {
    if (!events.has(s.id)) events.set(s.id, wordsOf(s));
    articles.add(s.source.article);
    for (const url of s.source.paragraphUrls) paragraphs.add(new URL(url).pathname + new URL(url).hash);
  }
  return broken(now);
}

/** Build, expecting a refusal that names `reason`; dist/ must be left as it was. */
function refused(reason: string): void {
  const before = tree(dist);
  const { code, output } = buildContent(c.content, dist, cache);
  expect(code, output).not.toBe(0);
  expect(output).toContain(reason);
  expect(differences(before, tree(dist)), 'a failed build left dist/ as it was').toEqual([]);
}

function broken(now: ReadonlyMap<string, Listed>): string[] {
  const problems: string[] = [];
  for (const [id, words] of events) {
    const html = read(`events/${id}/index.html`);
    if (html === undefined) {
      problems.push(`/events/${id}/ answers 404`);
      continue;
    }
    const target = movedTo(html);
    const to = target ? now.get(target.replace(/^\/events\/|\/$/gu, '')) : now.get(id);
    if (to === undefined) problems.push(`/events/${id}/ leads to ${target ?? 'itself'}, which is no statement`);
    else if (!target && wordsOf(to) !== words) problems.push(`/events/${id}/ shows other words than it was published with`);
    else if (target && !retiredByHand.has(id) && wordsOf(to) !== words) problems.push(`/events/${id}/ leads to ${target}, other words`);
  }
  const articlePage = (slug: string) => {
    const html = read(`articles/${slug}/index.html`);
    const target = html && movedTo(html);
    return target ? read(`${target.slice(1)}index.html`) : html;
  };
  for (const slug of articles) {
    const html = articlePage(slug);
    if (html === undefined || movedTo(html)) problems.push(`/articles/${slug}/ leads to no article`);
  }
  for (const url of paragraphs) {
    const [path = '', hash = ''] = url.split('#');
    const html = articlePage(path.replace(/^\/articles\/|\/$/gu, ''));
    if (!html?.includes(` id="${hash}"`)) problems.push(`${url}: no such paragraph`);
  }
  return problems;
}

/** `npm run permalinks`, as the editor runs it after each change; returns what it printed. */
function record(expectCode = 0): string {
  const { code, stdout, stderr } = c.run('permalinks');
  expect(code, `${stdout}\n${stderr}`).toBe(expectCode);
  return `${stdout}${stderr}`;
}

describe("an editor's year", () => {
  it('publishes the site as it stands', () => {
    expect(build()).toEqual([]);
    expect(events.size).toBeGreaterThanOrEqual(15);
  });

  it('adds articles: one with a speaker not in the registry, one more McKenzie on a day he has a published id', () => {
    c.write(NEWS, sudaniAndRyder('2024-03-06T10:00'));
    c.write(KARIM, KARIM_ARTICLE);
    c.write(
      LATE,
      articleText({ title: 'ماكنزي مساءً', outlet: 'Test News', published: '2021-12-10T18:00' }, [
        'وقال قائد القيادة المركزية الأمريكية كينيث ماكنزي في تصريح اليوم إن "المستشارين الأمريكيين سيبقون لدعم القوات العراقية".',
      ]),
    );
    expect(record()).toContain('recorded 4 new id(s)');
    expect(build()).toEqual([]);
    expect(events.has(KARIM_PROVISIONAL)).toBe(true);
    expect(events.has('2021-12-10-kenneth-mckenzie-2')).toBe(true);
  });

  it('corrects a day by an override: the build stops until `npm run permalinks` redirects the old id', () => {
    c.override(NEWS, 'fix:', '  - { id: 2024-03-05-mohammed-shia-al-sudani, date: 2024-03-04 }');
    refused('the same statement is now 2024-03-04-mohammed-shia-al-sudani: `npm run permalinks` writes the redirect');
    expect(record()).toContain(
      '/events/2024-03-05-mohammed-shia-al-sudani/ → /events/2024-03-04-mohammed-shia-al-sudani/ (its day was corrected)',
    );
    expect(build()).toEqual([]);
  });

  it('corrects a speaker by an override', () => {
    const fixes = [
      '  - { id: 2024-03-05-mohammed-shia-al-sudani, date: 2024-03-04 }',
      '  - { id: 2024-03-04-patrick-ryder, speaker: sabrina-singh }',
    ];
    c.write(NEWS, sudaniAndRyder('2024-03-06T10:00', undefined, ['fix:', ...fixes]));
    expect(record()).toContain('/events/2024-03-04-patrick-ryder/ → /events/2024-03-04-sabrina-singh/ (its speaker was corrected)');
    expect(build()).toEqual([]);
  });

  it('drops a statement, and maps its id to the nearest statement of the article, as the build asks', () => {
    c.override(SEEDS.kurdistan24, 'drop: [2020-01-07-william-seely]');
    expect(record(1)).toContain('  2020-01-07-william-seely (article');
    refused('  2020-01-07-william-seely (article');
    c.map({ '2020-01-07-william-seely': '2020-01-07-adel-abdul-mahdi' });
    retiredByHand.add('2020-01-07-william-seely');
    record();
    expect(build()).toEqual([]);
  });

  it('deletes an article, and maps its ids and its address', () => {
    c.remove(SEEDS.unknown);
    refused('a published article is gone');
    const ids = ['2021-09-09-kenneth-mckenzie', '2021-09-09-mustafa-al-kadhimi', '2021-09-09-tahsin-al-khafaji'];
    c.map(Object.fromEntries(ids.map((id) => [id, '2021-12-10-kenneth-mckenzie'])), { [SEEDS.unknown]: SEEDS.iqNews });
    ids.forEach((id) => retiredByHand.add(id));
    record();
    expect(build()).toEqual([]);
  });

  it('renames an article: the build goes on at once, and `npm run permalinks` records it', () => {
    c.rename(SEEDS.rudaw, RENAMED);
    expect(build()).toEqual([]);
    expect(movedTo(read(`articles/${SEEDS.rudaw}/index.html`) ?? '')).toBe(`/articles/${RENAMED}/`);
    expect(record()).toContain(`/articles/${SEEDS.rudaw}/ → /articles/${RENAMED}/`);
    expect(build()).toEqual([]);
  });

  it('registers the provisional speaker: a non-event, then `npm run permalinks` records the redirect', () => {
    c.register();
    expect(build()).toEqual([]);
    expect(movedTo(read(`events/${KARIM_PROVISIONAL}/index.html`) ?? '')).toBe(`/events/${KARIM_REGISTERED}/`);
    expect(record()).toContain(`/events/${KARIM_PROVISIONAL}/ → /events/${KARIM_REGISTERED}/ (its speaker is now in the registry)`);
    expect(build()).toEqual([]);
  });

  it('imports an older article that, numbered by time alone, would take the published -2', () => {
    c.write(OLDER, OLDER_MCKENZIE);
    expect(record()).toContain('recorded 1 new id(s):\n  2021-12-10-kenneth-mckenzie-3\n');
    expect(build()).toEqual([]);
  });

  it('ends the year with every address it ever published answering', () => {
    expect(events.size).toBeGreaterThanOrEqual(22);
    const moved = [...events.keys()].filter((id) => movedTo(read(`events/${id}/index.html`) ?? '')).sort();
    expect(moved).toEqual([
      '2020-01-07-william-seely',
      '2021-09-09-kenneth-mckenzie',
      '2021-09-09-mustafa-al-kadhimi',
      '2021-09-09-tahsin-al-khafaji',
      '2024-03-04-patrick-ryder',
      '2024-03-05-mohammed-shia-al-sudani',
      KARIM_PROVISIONAL,
    ]);
    expect(broken(listed())).toEqual([]);
  });
});
