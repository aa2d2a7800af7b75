/**
 * The importer's core: raw scraped article text in, one clean Markdown
 * article (file name and contents) out. Pure: the CLI in `scripts/import.ts`
 * does the reading and writing. The same input always gives the same bytes.
 */
import slugify from '@sindresorhus/slugify';
import { parsePublished } from '../dates/published.ts';
import {
  bulletContent,
  endsLikeSentence,
  isBylineOrDateline,
  isCounter,
  isFurnitureLine,
  isWidgetLine,
  opensLinkList,
  stripTracking,
} from './boilerplate.ts';
import { toMarkdown, type Block, type Frontmatter } from './markdown.ts';
import { findOutlet, resolveOutlet, type Outlet } from './outlets.ts';
import { findPublication, isHeaderDateLine, UnsettledDateError, type Publication } from './published.ts';
import type { Fact, PageFacts } from './html/facts.ts';
import { chooseOutlet, dateDisagreements, textFact } from './sources.ts';
import { normalizeArabic, stripInvisible } from '../arabic/normalize.ts';
import { reportingVerb } from '../extract/verbs.ts';
import { deriveTitle } from './title.ts';
import { splitSentences } from '../extract/sentences.ts';

/** What the editor may say on the command line. */
export interface ImportOptions {
  published?: string;
  url?: string;
  outlet?: string;
  /** The raw file's base name, kept in frontmatter for provenance. */
  sourceName?: string;
  /** What an HTML page states about itself, and its subheadings (html/page.ts); the flags override it. */
  page?: { facts: PageFacts; headings: readonly string[] };
}

/** The imported article: where it should go and what it holds. */
export interface ImportedArticle {
  fileName: string;
  markdown: string;
  /** Why the publication date is what it is, for the editor. */
  publishedEvidence: string;
  /** What the editor should check: sources that disagree on the date, a UTC time read in Baghdad's. */
  notes: string[];
}

/** An input the importer cannot turn into an article; the message is one line for the editor. */
export class ImportError extends Error {
  override name = 'ImportError';
}

const words = (s: string): number => s.split(/\s+/u).filter(Boolean).length;

/** "أربيل (كوردستان 24)- " opening a paragraph. */
const DATELINE_PREFIX = /^(?<city>\p{L}+(?:\s\p{L}+)?)\s*\((?<outlet>[^()]{1,40})\)\s*[-–—]\s*/u;
/** "المصدر: وكالة الأنباء العراقية": where the article came from. */
const SOURCE_LINE = /^(?:المصدر|المصدر\s*[-–]|نقلا عن)\s*:?\s*(?<outlet>[^.،,]{2,40})$/u;
/** "بغداد - IQ" as a line of its own. */
const DATELINE_LINE = /^(?<city>\p{L}+(?:\s\p{L}+)?)\s+[-–—]\s+(?<outlet>[\p{L}\d ]{1,30})$/u;

interface Scan {
  /** The headline; '' when the page has none (the first line was the outlet's name, or the lede). */
  title?: string;
  /** True once the lede has been read: no later line can be the headline. */
  lede?: boolean;
  outlet?: Outlet;
  dateline?: string | undefined;
  header: string[];
  blocks: Block[];
}

/**
 * "https://al-jazirah.com./2021/…": a host written with the DNS root's dot is the same host; the
 * address is stored without it (the content schema takes host names without it).
 */
function withoutRootDot(address: string): string {
  try {
    const url = new URL(address);
    if (!url.hostname.endsWith('.')) return address;
    url.hostname = url.hostname.slice(0, -1);
    return url.href;
  } catch {
    return address; // not an address at all: the schema says so, naming the file
  }
}

/**
 * A first line that is the lede, not a headline: a whole sentence that ends
 * with a full stop, or one too long for a headline. Scraped texts often start
 * with it, and it often holds the only dated statement, so it must stay in
 * the body where it is extracted.
 */
function isLede(line: string): boolean {
  const n = words(line);
  // "أفادت وزارة الخارجية الأمريكية أمس الجمعة، بأنها صنفت …" without its full stop: a headline seldom
  // opens with a past verb of speech, names the day, and runs on past a comma into «أن». (Present
  // verbs open headlines: «السوداني يؤكد …».)
  const first = normalizeArabic(line.trim().split(/\s+/u)[0] ?? '');
  const past = reportingVerb(first) !== undefined && !/^[وف]?[يت]/u.test(first);
  const folded = normalizeArabic(line);
  const told =
    /(?:^|\s)(?:امس|اليوم|الليله الماضيه|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه)[\s،,]/u.test(folded) &&
    /،\s*ب?(?:ان|انه|انها)\s/u.test(folded);
  const reports = n >= 12 && past && told;
  return n > 24 || reports || (n >= 10 && /[.]["»”]?\s*$/u.test(line));
}

/**
 * The article's lines. A text scraped without line breaks (the whole article
 * on one line, perhaps after a headline) is cut into paragraphs at sentence
 * ends, so that its statements get paragraphs of their own.
 */
function textLines(raw: string): string[] {
  const lines = raw
    .replace(/^\ufeff/u, '')
    .replace(/\r\n?/gu, '\n')
    .split('\n');
  // "date 2024-07-22 …": a stored copy's date stamp before the first line is a header line of its own.
  const at = lines.findIndex((l) => l.trim() !== '');
  // "آخر تحديث: 1 أكتوبر 2024 - 10:39 صبغداد/ …": a page's time stamp glued before the text.
  const updated = UPDATED.exec(lines[at] ?? '');
  if (updated) lines.splice(at, 1, updated[0].trim(), (lines[at] ?? '').slice(updated[0].length));
  const stamp = DATE_STAMP.exec(lines[at] ?? '');
  if (stamp) {
    const day = stamp[2] ? `${stamp[2]}-${stamp[3] ?? ''}-${stamp[4] ?? ''}` : (stamp[1] ?? '');
    lines.splice(at, 1, day, (lines[at] ?? '').slice(stamp[0].length));
  }
  // "01:57 - 28 يناير 2020دعا وزير …": a time stamp glued to the lede without even a space, under the headline.
  const glued = lines.findIndex((l, i) => i >= at && i <= at + 3 && GLUED_STAMP.test(l));
  const stamped = GLUED_STAMP.exec(lines[glued] ?? '');
  if (stamped) lines.splice(glued, 1, stamped[0].trim(), (lines[glued] ?? '').slice(stamped[0].length));
  const full = lines.filter((l) => l.trim() !== '');
  if (hardWrapped(lines)) return unwrap(lines);
  if (full.length > 2 || !full.some((l) => words(l) > 60)) return lines;
  return full.flatMap((l) => (words(l) > 60 ? splitSentences(l.trim()).map((s) => s.text.trim()) : [l]));
}

/**
 * A text broken into lines of a fixed width, as a print edition or an e-mail is: two in three of its
 * lines of six words or more end in the middle of a sentence, and none is longer than a printed
 * line. (A text whose paragraphs merely lack their full stops has long lines.)
 */
function hardWrapped(lines: readonly string[]): boolean {
  const full = lines.filter((l) => l.trim() !== '');
  // A blank line between paragraphs means the lines are paragraphs, however short (a feed without full stops).
  const first = lines.findIndex((l) => l.trim() !== '');
  const last = lines.findLastIndex((l) => l.trim() !== '');
  if (lines.slice(first, last).filter((l) => l.trim() === '').length > 2) return false;
  const long = full.filter((l) => words(l) >= 6);
  const open = long.filter((l) => !endsLikeSentence(l.trim()));
  return long.length >= 8 && open.length * 3 >= long.length * 2 && full.every((l) => l.trim().length <= 120);
}

/**
 * Join a hard-wrapped text's lines back into paragraphs, each ending where a sentence ends. A blank
 * line, a date line, a byline and furniture stand alone, and so does a short first line before one
 * of them (the headline).
 */
function unwrap(lines: readonly string[]): string[] {
  const out: string[] = [];
  let open = '';
  const flush = () => {
    if (open !== '') out.push(open, '');
    open = '';
  };
  const alone = (text: string) => isFurnitureLine(text) || isHeaderDateLine(text) || isBylineOrDateline(text);
  const texts = lines.map((l) => l.trim());
  const firstAt = texts.findIndex((t) => t !== '');
  texts.forEach((text, i) => {
    const next = texts.slice(i + 1).find((t) => t !== '') ?? '';
    const headline = i === firstAt && words(text) <= 15 && alone(next);
    if (text === '' || alone(text) || headline) {
      flush();
      if (text !== '') out.push(text, '');
      return;
    }
    open = open === '' ? text : `${open} ${text}`;
    if (endsLikeSentence(text)) flush();
  });
  flush();
  return out;
}

/** "date 2021-07 2021/07/26 | 23:55 -": the date stamp some scrapers put before the text. */
const DATE_STAMP = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?:\s+(\d{4})\/(\d{2})\/(\d{2}))?(?:\s*\|\s*\d{1,2}:\d{2})?\s*\|?\s*/u;

/** "آخر تحديث: 1 أكتوبر 2024 - 10:39 ص", "تاريخ النشر: …": a time stamp, to its clock time. */
const UPDATED =
  /^\s*(?:آخر تحديث|اخر تحديث|تاريخ النشر|تم النشر|نشر في|نُشر في)\s*:?\s*[^\n]{0,40}?\d{1,2}:\d{2}(?:\s*(?:صباحا|صباحاً|مساء|مساءً|ص(?!باح)|م(?!ساء)|AM|PM|am|pm))?\s*/u;

/** "21:29 - 31 ديسمبر 2023أعلن": a clock time and a date whose year runs into the first word. */
const GLUED_STAMP = /^\s*(?:\d{1,2}:\d{2}\s*[-–]\s*)?\d{1,2}\s+\p{L}+\s+\d{4}(?=[\u0621-\u064A])/u;

/**
 * Walk the lines once, sorting them into header metadata, boilerplate and body blocks. A `title`
 * the page stated is the headline: the lines are then all header or body.
 */
function scan(raw: string, title?: string): Scan {
  const out: Scan = { header: [], blocks: [], ...(title ? { title } : {}) };
  let inLinkList = false;
  for (const rawLine of textLines(raw)) {
    // A tracking token: the words before it are the article's, a short tag after it is the site's.
    const { before, after, found: tracking } = stripTracking(rawLine.trim());
    const kept = tracking && !endsLikeSentence(after) && words(after) <= 6 ? before : `${before} ${after}`.trim();
    // "▪️بعد ساعات من …": a paragraph a bullet opens is still a paragraph (a short bullet line is metadata, below).
    const bulleted = bulletContent(kept)?.replace(/^\uFE0F\s*/u, '');
    const line = bulleted !== undefined && words(bulleted) > 12 ? bulleted : kept;
    // A date line is the header's, whatever furniture rule it resembles.
    if (line === '' || isWidgetLine(line) || (isFurnitureLine(line) && !findOutlet(line) && !isHeaderDateLine(line))) continue;
    // «اقرأ أيضاً» and the headlines listed under it, up to the next line that reads as the article's own.
    if (opensLinkList(line)) {
      inLinkList = true;
      continue;
    }
    // A listed headline is short and ends without a full stop, though it may end with a quote
    // («الكاظمي يؤكد: "لا حاجة للقوات"»); the article resumes with a longer line or a full sentence.
    // A line that opens like a report's sentence ("وقالت الخارجية …") is the article again, cut short or not.
    // A headline rarely opens with و.
    const opening = normalizeArabic(line.split(/\s+/u)[0] ?? '');
    const reports = /^[وف]/u.test(opening) && reportingVerb(opening.slice(1)) !== undefined; // not "وصف ترامب …"
    if (inLinkList && !reports && words(line) <= 20 && !/[.؟?!…]["»”]?\s*$/u.test(line)) continue;
    inLinkList = false;
    const source = SOURCE_LINE.exec(line);
    if (source?.groups) {
      out.outlet ??= resolveOutlet(source.groups['outlet'] ?? ''); // "المصدر: وكالة الأنباء العراقية"
      continue;
    }

    if (out.title === undefined) {
      if (isHeaderDateLine(line) || isCounter(line) || isBylineOrDateline(line) || UPDATED.test(line)) {
        out.header.push(line);
        continue;
      }
      const outlet = findOutlet(line);
      if (outlet) out.outlet = outlet;
      if (!outlet && isLede(line)) {
        out.title = '';
        out.lede = true;
      } else {
        out.title = outlet ? '' : line;
        continue;
      }
    }
    // The header runs until the first real paragraph; a short standfirst before the date line does not end it.
    const inHeader = !out.lede && out.blocks.every((b) => words(b.text) <= 12 && !endsLikeSentence(b.text));
    if (inHeader) {
      // After an outlet-name first line, a short line without closing punctuation is the headline.
      if (out.title === '' && out.header.length === 0 && words(line) <= 15 && !endsLikeSentence(line) && !isHeaderDateLine(line)) {
        out.title = line;
        continue;
      }
      const bullet = bulletContent(line);
      if (bullet !== undefined) {
        out.header.push(bullet);
        continue;
      }
      if (isCounter(line)) continue;
      const dl = DATELINE_LINE.exec(line);
      if (dl?.groups && words(line) <= 5) {
        out.dateline = dl.groups['city'];
        out.outlet ??= resolveOutlet(dl.groups['outlet'] ?? '');
        continue;
      }
      const outlet = words(line) <= 3 ? findOutlet(line) : undefined;
      if (outlet) {
        out.outlet ??= outlet;
        continue;
      }
      if (isHeaderDateLine(line) || isBylineOrDateline(line)) {
        out.header.push(line); // a date line without a bullet ("الخميس 20 اغسطس 2020"), a byline, a dateline
        continue;
      }
    }
    // "أربيل (كوردستان 24)- …": a dateline opens the first paragraph, or a later one when it names a known outlet.
    const prefix = DATELINE_PREFIX.exec(line);
    const named = prefix?.groups?.['outlet'] ?? '';
    if (prefix && words(named) <= 3 && (out.blocks.length === 0 || findOutlet(named))) {
      out.dateline ??= prefix.groups?.['city'];
      out.outlet ??= resolveOutlet(named);
      out.blocks.push({ type: 'paragraph', text: line.slice(prefix[0].length) });
      continue;
    }
    out.blocks.push({ type: 'paragraph', text: line });
  }
  return out;
}

/**
 * A short line with no closing punctuation between two paragraphs is a
 * subheading ("رد واشنطن"). One at the very end stays a paragraph: nothing
 * the importer cannot place is thrown away.
 */
function markSubheadings(blocks: Block[], headings?: readonly string[]): Block[] {
  // A page's markup says which lines are its subheadings; only a text's must be guessed.
  if (headings) return blocks.map((b) => (headings.includes(b.text) ? { type: 'heading', text: b.text } : b));
  return blocks.map((b, i) => {
    const next = blocks[i + 1];
    // A reporting verb or a colon makes it a short sentence ("وأضاف بارنيل: لن نغادر"), not a heading.
    const sentence = b.text.includes(':') || reportingVerb(normalizeArabic(b.text.split(/\s+/u)[0] ?? '')) !== undefined;
    const isHeading = i > 0 && next !== undefined && words(b.text) <= 5 && !endsLikeSentence(b.text) && !sentence && words(next.text) > 5;
    return isHeading ? { type: 'heading', text: b.text } : b;
  });
}

/** A Latin slug from the first words of the title, for the file name. */
function shortSlug(title: string): string {
  const slug = slugify(title.split(/\s+/u).slice(0, 5).join(' '));
  return slug.length <= 48 ? slug : slug.slice(0, 48).replace(/-[^-]*$/u, '');
}

/**
 * Refuse what is not a scraped article's text, before the scan would make an
 * article of it: an empty file, an article file already imported (its
 * frontmatter would become the headline), a saved HTML page (its markup would
 * become paragraphs).
 */
function refuseNonText(raw: string): void {
  if (raw.trim() === '') throw new ImportError('the file is empty');
  if (/^\ufeff?---[ \t]*\r?\n(?:[^\n]*\n)*?(?:title|outlet|published):/u.test(raw)) {
    throw new ImportError(
      'this is already an article file (it starts with --- and frontmatter): put it in content/articles/, do not import it',
    );
  }
  if (/^\ufeff?\s*<(?:!doctype\s+html|html|head|body)\b/iu.test(raw)) {
    throw new ImportError('this is an HTML page, not text: import it as a page (npm run import -- page.html), which reads its markup');
  }
}

/**
 * Words some outlets stretch apart so that filters miss them: «نـ صـ ر الله», «حـ ـز ب الله»,
 * «المـ،ـ،ـيليشيات». A letter, tatweel and a space (or a comma between tatweels) split a word; the
 * pieces are joined, and a lone letter that ends such a word («ب» in «حـ ـز ب») with them.
 */
export function joinStretched(text: string): string {
  if (!text.includes('ـ')) return text;
  return text.replace(/ـ[،,]+(?=ـ)/gu, '').replace(/[^\n]+/gu, (line) => {
    const parts = line.split(/([^\S\n]+)/u);
    const words: string[] = [parts[0] ?? ''];
    const spaces: string[] = [];
    // Whether the last word was put together from stretched pieces.
    let stretched = false;
    for (let i = 2; i < parts.length; i += 2) {
      const word = parts[i] ?? '';
      const prev = words.at(-1) ?? '';
      // A piece that ends or starts with tatweel joins its neighbour; after a joined word, so does a
      // lone letter or another stretched piece («مـ ـا نـ ـي»).
      // «بـ "غير الدقيقة"», «لـ واشنطن», «1445 هـ الموافق»: one letter and tatweel before a whole word
      // (a preposition, an abbreviation) stays apart; so does a lone «ـ», a dash («بغداد ـ أعلن»).
      const apart = (/^\p{L}ـ+$/u.test(prev) && !/ـ/u.test(word) && !/^\p{L}$/u.test(word)) || /^ـ+$/u.test(word) || /^ـ+$/u.test(prev);
      const glue =
        !apart &&
        /^[ـ\p{Script=Arabic}]/u.test(word) &&
        (/ـ$/u.test(prev) || /^ـ/u.test(word) || (stretched && (/ـ$/u.test(word) || (/^\p{L}$/u.test(word) && word !== 'و'))));
      if (glue) {
        words[words.length - 1] = `${prev.replace(/ـ+$/u, '')}${word.replace(/^ـ+/u, '')}`;
        stretched = true;
      } else {
        spaces.push(parts[i - 1] ?? ' ');
        words.push(word);
        stretched = false;
      }
    }
    return words.map((w, k) => (k === 0 ? w : `${spaces[k - 1] ?? ' '}${w}`)).join('');
  });
}

/** Turn raw scraped text into an article file. Throws `ImportError` with a one-line reason. */
export function importArticle(raw: string, options: ImportOptions = {}): ImportedArticle {
  refuseNonText(raw);
  // Soft hyphens, zero-width and bidi characters, often inside words: invisible, they split a name in two
  // for anyone who copies it, and a bidi override reverses what follows it. The normalizer ignores the
  // same characters when it compares; here they go from the text that is written.
  const page = options.page;
  const scanned = scan(joinStretched(stripInvisible(raw)), page?.facts.title && stripInvisible(page.facts.title.value));
  const blocks = markSubheadings(scanned.blocks, page?.headings);
  const paragraphs = blocks.filter((b) => b.type === 'paragraph');
  if (paragraphs.length === 0) {
    const oneLine = raw.split('\n').filter((l) => l.trim() !== '').length === 1;
    throw new ImportError(
      oneLine && scanned.title
        ? 'the text is one short line, which reads as a headline: there is no article text under it'
        : scanned.title
          ? `no article text after the headline: the other lines are page furniture (share buttons, counters, comment widgets)`
          : 'no article text: every line is page furniture (share buttons, counters, comment widgets)',
    );
  }

  // Both missing facts are reported at once, so the editor fixes the command in one go.
  const problems: string[] = [];
  // --outlet, else the page's publisher, else the outlet whose site the address is on (the page is
  // where it was published, whatever agency the text credits), else the outlet the text names.
  const given: Fact | undefined = options.url ? { value: options.url, from: 'flag' } : page?.facts.url;
  const url = given && { ...given, value: withoutRootDot(given.value) };
  const outlet = chooseOutlet(options.outlet, page?.facts, url?.value, scanned.outlet);
  if (!outlet) problems.push('the text names no outlet; pass --outlet NAME (or --url, whose host names it)');

  // The text's own date is read even when the page or a flag gives one, to check them against it.
  let fromText: Publication | undefined;
  try {
    fromText = findPublication(scanned.header, blocks.map((b) => b.text).join('\n'));
  } catch (error) {
    if (!(error instanceof UnsettledDateError)) throw error;
    if (options.published === undefined && !page?.facts.published) problems.push(error.message);
  }
  const textDate = fromText && textFact(fromText);
  let published = page?.facts.published ?? textDate;
  if (options.published !== undefined) {
    const parsed = parsePublished(options.published);
    if (!parsed) throw new ImportError(`--published "${options.published}" is not YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
    published = { value: parsed, from: 'flag' };
  }
  if (!outlet || !published || problems.length > 0) throw new ImportError(problems.join('; '));
  const publishedEvidence =
    published.from === 'flag'
      ? '--published'
      : published === textDate
        ? (fromText?.evidence ?? '')
        : `${published.from}: ${published.value}`;
  const others = [page?.facts.published, textDate].filter((f) => f !== published);
  const notes = [...(page?.facts.notes ?? []), ...dateDisagreements(published, others)];

  const derived = !scanned.title;
  const title = scanned.title || deriveTitle(paragraphs[0]?.text ?? '');
  // Where each fact came from, for an imported page (a text's are its own lines and the flags).
  const from = (key: string, fact: { from: string } | undefined) => (page && fact ? { [key]: fact.from } : {});
  const frontmatter: Frontmatter = {
    title,
    ...(derived ? { titleDerived: true } : from('titleFrom', page?.facts.title)),
    outlet: outlet.outlet.name,
    ...from('outletFrom', outlet),
    ...(scanned.dateline ? { dateline: scanned.dateline } : {}),
    published: published.value,
    ...from('publishedFrom', published),
    ...(url ? { url: url.value, ...from('urlFrom', url) } : {}),
    language: 'ar',
    ...(options.sourceName ? { importedFrom: options.sourceName } : {}),
  };
  const fileName = `${published.value.slice(0, 10)}-${outlet.outlet.slug}-${shortSlug(title) || 'article'}.md`;
  return { fileName, markdown: toMarkdown(frontmatter, blocks), publishedEvidence, notes };
}
