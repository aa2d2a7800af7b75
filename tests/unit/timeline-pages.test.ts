/**
 * Which timeline pages exist and what each holds: on the seed articles as the
 * build extracts them, and on made-up statement arrays large enough to split
 * a year into month pages.
 */
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/lib/extract/types.ts';
import { buildArchive, LATEST, YEAR_LIMIT, yearKey, yearPath, type Archive } from '../../src/lib/site/pages.ts';
import { seedIndex } from './search-helpers.ts';

const { site } = seedIndex();

/** A statement by the Iraqi prime minister on `date`; the Arabic is his words from seed 004. */
const said = (date: string, n: number): Statement => ({
  id: `${date}-mohammed-shia-al-sudani-${n}`,
  article: `${date}-synthetic`,
  speaker: { id: 'mohammed-shia-al-sudani', name: 'محمد شياع السوداني', side: 'iraq' },
  date,
  datePrecision: 'day',
  dateBasis: 'explicit',
  dateEvidence: '',
  quotes: ['إن العراق حريص على إنهاء مهمة التحالف الدولي'],
  text: 'وقال السوداني إن العراق حريص على إنهاء مهمة التحالف الدولي.',
  paragraphs: [1],
});

/** `perMonth[i]` statements in month i+1 of `year`, spread over its first 28 days in time order. */
function year(y: number, perMonth: readonly number[]): Statement[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  return perMonth.flatMap((count, m) =>
    Array.from({ length: count }, (_, i) => said(`${y}-${pad(m + 1)}-${pad(Math.floor((i * 28) / count) + 1)}`, i + 1)),
  );
}

/** Every statement the archive's pages show, in page order: year pages, then month pages. */
const shown = (a: Archive) => [
  ...a.yearPages.flatMap((p) => p.months.flatMap((m) => m.statements)),
  ...a.monthPages.flatMap((p) => p.statements),
];

describe('timeline pages on the seeds', () => {
  const archive = buildArchive(site.statements);

  it('has a page for each year with statements, 2022 and 2023 having none', () => {
    expect(archive.years.map((y) => [y.year, y.count, y.path, y.split])).toEqual([
      [2020, 5, '/years/2020/', false],
      [2021, 5, '/years/2021/', false],
      [2024, 5, '/years/2024/', false],
    ]);
    expect(archive.monthPages).toEqual([]);
  });

  it("groups 2021 by month, oldest first: McKenzie's September statement before his December one", () => {
    const y2021 = archive.yearPages.find((p) => p.year.year === 2021);
    expect(y2021?.months.map((m) => [m.key, m.statements.length])).toEqual([
      ['2021-09', 3],
      ['2021-12', 2],
    ]);
    const ids = y2021?.months.flatMap((m) => m.statements.map((s) => s.id)) ?? [];
    expect(ids.indexOf('2021-09-09-kenneth-mckenzie')).toBeLessThan(ids.indexOf('2021-12-10-kenneth-mckenzie'));
    expect(y2021?.year.months.map((m) => m.path)).toEqual(['/years/2021/#m-2021-09', '/years/2021/#m-2021-12']);
  });

  it('links each year to the years with statements on either side, skipping empty ones', () => {
    const links = archive.yearPages.map((p) => [p.previous?.year, p.year.year, p.next?.year]);
    expect(links).toEqual([
      [undefined, 2020, 2021],
      [2020, 2021, 2024],
      [2021, 2024, undefined],
    ]);
  });

  it('puts every statement on exactly one page, and the home page shows them all, newest first', () => {
    expect(shown(archive).map((s) => s.id)).toEqual(site.statements.map((s) => s.id));
    expect(archive.latest.map((s) => s.id)).toEqual(site.statements.map((s) => s.id).reverse());
    expect(archive.latest[0]?.date).toBe('2024-08-15');
    expect(archive.earliest.map((s) => s.id)).toEqual(site.statements.map((s) => s.id));
    expect(archive.total).toBe(15);
  });

  it('says where a month is shown in full, and refuses a month without statements', () => {
    expect(archive.monthPath('2021-12-10')).toBe('/years/2021/#m-2021-12');
    expect(archive.monthPath('2024-01')).toBe('/years/2024/#m-2024-01');
    expect(() => archive.monthPath('2022-06')).toThrow(/2022-06/u);
  });
});

describe('timeline pages on a large corpus', () => {
  // 2021 small; 2022 one over the limit (split); 2023 exactly at the limit (one page).
  const big = [22, 40, 35, 34, 33, 30, 36, 34, 33, 32, 31, 41];
  const atLimit = [34, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 36];
  const statements = [...year(2021, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3]), ...year(2022, big), ...year(2023, atLimit)];
  const archive = buildArchive(statements);

  it('splits a year over the limit into month pages and keeps a year at the limit whole', () => {
    expect(big.reduce((a, b) => a + b)).toBe(YEAR_LIMIT + 1);
    expect(atLimit.reduce((a, b) => a + b)).toBe(YEAR_LIMIT);
    expect(archive.years.map((y) => [y.year, y.count, y.split])).toEqual([
      [2021, 5, false],
      [2022, 401, true],
      [2023, 400, false],
    ]);
    const y2022 = archive.yearPages.find((p) => p.year.year === 2022);
    expect(y2022?.months).toEqual([]); // the year page lists months; the statements are on the month pages
    expect(y2022?.year.months.map((m) => m.count)).toEqual(big);
    expect(archive.monthPages.map((p) => p.month.path)).toEqual(
      Array.from({ length: 12 }, (_, i) => `/years/2022/${String(i + 1).padStart(2, '0')}/`),
    );
    expect(archive.monthPages.map((p) => p.statements.length)).toEqual(big);
    expect(archive.monthPath('2022-07-04')).toBe('/years/2022/07/');
    expect(archive.monthPath('2023-07-04')).toBe('/years/2023/#m-2023-07');
  });

  it('links a month page to the months on either side, wherever they are shown', () => {
    const january = archive.monthPages[0];
    const december = archive.monthPages.at(-1);
    expect([january?.previous?.path, january?.next?.path]).toEqual(['/years/2021/#m-2021-12', '/years/2022/02/']);
    expect([december?.previous?.path, december?.next?.path]).toEqual(['/years/2022/11/', '/years/2023/#m-2023-01']);
  });

  it('puts every statement on exactly one page', () => {
    expect(shown(archive).map((s) => s.id)).toEqual(
      [...statements.filter((s) => !s.date.startsWith('2022')), ...statements.filter((s) => s.date.startsWith('2022'))].map((s) => s.id),
    );
  });

  it('shows the same fixed number on the home page, newest first, and on /chronological/, oldest first', () => {
    expect(archive.latest).toHaveLength(LATEST);
    expect(archive.latest[0]).toBe(statements.at(-1));
    expect(archive.latest.at(-1)).toBe(statements.at(-LATEST));
    expect(archive.earliest).toEqual(statements.slice(0, LATEST));
    const three = buildArchive(statements, { latest: 3 }).latest;
    expect(three.map((s) => s.date)).toEqual(['2023-12-28', '2023-12-27', '2023-12-26']);
    expect(three).toEqual(statements.slice(-3).reverse());
  });

  it('lays out 30,000 statements over 25 years in one pass', () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      year(
        2000 + i,
        Array.from({ length: 12 }, () => 100),
      ),
    ).flat();
    const started = performance.now();
    const a = buildArchive(many);
    const took = performance.now() - started;
    expect(a.total).toBe(30_000);
    expect(a.years.every((y) => y.split && y.count === 1200)).toBe(true);
    expect(a.monthPages).toHaveLength(300);
    expect(shown(a)).toHaveLength(30_000);
    console.log(`buildArchive: 30,000 statements in ${took.toFixed(1)} ms`);
  });
});

describe('bad input', () => {
  it('refuses statements out of time order, naming the year', () => {
    expect(() => buildArchive([said('2021-05-01', 1), said('2022-05-01', 1), said('2021-06-01', 1)])).toThrow(/not in time order.*2021/u);
  });
  it('has no pages and no home statements when there are no statements', () => {
    const empty = buildArchive([]);
    expect([empty.years, empty.yearPages, empty.monthPages, empty.latest, empty.earliest]).toEqual([[], [], [], [], []]);
  });
  it('writes a year before 1000 (an explicit date in an article: «5 آذار 0999») in four digits, in every link to its page', () => {
    const archive = buildArchive([said('0999-03-05', 1), said('2021-05-01', 1)], { yearLimit: 0 });
    const [first] = archive.years;
    // The page's own address (getStaticPaths uses yearKey), its links, and an event page's breadcrumb (the ISO date) agree.
    expect([yearKey(999), first?.path, first?.months[0]?.path, yearPath('0999-03-05')]).toEqual([
      '0999',
      '/years/0999/',
      '/years/0999/03/',
      '/years/0999/',
    ]);
  });
});
