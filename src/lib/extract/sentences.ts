/**
 * Splitting a paragraph into sentences. Arabic news ends sentences with . ؟ ?
 * ! … and ؛, but a quotation may run over several sentences and must stay
 * whole, ".." is a pause (not an end), and initials such as "إتش." belong to a
 * name ("وليام إتش. سيلي الثالث").
 */

/** A sentence and where it stands in its paragraph. */
export interface Sentence {
  text: string;
  start: number;
}

import { normalizeArabic, wordKey } from '../arabic/normalize.ts';
import { isTitleHead } from '../speakers/lexicon.ts';
import { opensWithFirstName } from '../speakers/names.ts';
import { COMPLEMENT, reportingVerb, verbStem } from './verbs.ts';

const END = new Set(['.', '؟', '?', '!', '…', '؛']);
const OPEN_CLOSE: Readonly<Record<string, string>> = { '«': '»', '“': '”' };
/** The characters `splitSentences` acts on: END, the quotation marks of OPEN_CLOSE and the straight quote. */
const MARKS = /[.؟?!…؛«»“”"]/gu;

/** Latin letters as Arabic writes them in initials: "وليام إتش. سيلي", "جي. دي. فانس". */
// د. is the title Dr. before a name, as in «د. إحسان الشمري».
const INITIALS = new Set('اتش جي دي بي سي اس ام ال اف كيه كي تي ار ان او يو في واي زد اي ايه جيه اكس كيو د'.split(' '));

/** Initials are one to three letters (د., جي., اكس.); a word before a stop longer than this, harakat included, is none. */
const MAX_INITIAL = 12;

/**
 * A Latin initial before a full stop belongs to a name rather than ending the sentence.
 * The word is found by stepping back at most MAX_INITIAL characters: a regex anchored at
 * the end of `text.slice(0, dot)` rescans the whole paragraph at every full stop, which
 * took 20 s on a one-paragraph article of 1 MB.
 */
function isInitial(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && dot - from <= MAX_INITIAL && !/\s/u.test(text.charAt(from - 1))) from--;
  if (dot - from > MAX_INITIAL) return false;
  // A word of one letter ("لويد ج. أوستن") is an initial whatever the letter: no Arabic word is one letter long.
  const word = normalizeArabic(text.slice(from, dot));
  return (INITIALS.has(word) || /^\p{L}$/u.test(word)) && /^\s+\p{L}/u.test(text.slice(dot + 1));
}

/**
 * Two statements in one sentence ("وقال X إن …، فيما أكد Y أن …"): split at
 * فيما / بينما / في حين when a comma precedes it, so each clause is attributed alone.
 */
export function splitClauses(sentence: string): string[] {
  return sentence
    .split(/(?<=[،,])\s+(?=و?(?:فيما|بينما|في حين)\s)/u)
    .flatMap(atNewSubject)
    .map((c) => c.trim())
    .filter(Boolean);
}

/**
 * Verbs whose subject follows them: "وقال البنتاغون". Not verbs whose next noun is their object or
 * addressee ("ودعا رئيس الوزراء إلى …", "وأبلغ السفيرة", "وطالبت الحكومة الأمريكية بـ …").
 */
export const SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'قال',
  'اعلن',
  'اكد',
  'اوضح',
  'ذكر',
  'افاد',
  'صرح',
  'كشف',
  'شدد',
  'اضاف',
  'تابع',
  'علق',
  'اعتبر',
]);

/**
 * "وأعلنت القيادة الوسطى مقتل ثلاثة جنود، وقال البنتاغون إن …": after a comma, و (or حيث) and a verb of
 * speech whose subject, an office, an institution or a first name, follows it open another speaker's
 * clause. Not inside a quotation, and not the same speaker going on ("، وأضاف أن …"، "، ونفى وجود …").
 */
function atNewSubject(clause: string): string[] {
  const out: string[] = [];
  let from = 0;
  // "، حيث أكد مستشار الرئيس …": «حيث» (whereupon) opens one as well, and so does «كما» (as also)
  // ("…»، كما شددت الوزيرة في تصريح أن …").
  for (const m of clause.matchAll(/(?<=[،,])\s+(?=(?:و|حيث\s+|و?كما\s+)(\S+)\s+(\S+))/gu)) {
    // "، وقال": و, then the verb; "، وصف" is a verb whose root opens with و, and no new clause.
    const verb = reportingVerb(wordKey(m[1] ?? ''));
    const next = wordKey((m[2] ?? '').replace(/^["«“]/u, ''));
    if (!verb || !SUBJECT_VERBS.has(verbStem(verb)) || !(isTitleHead(next) || opensWithFirstName(next))) continue;
    // "…، كما أكد الوزير مراراً": «كما» compares with what someone said before, unless words follow
    // (أن / إن, a colon or a quotation, within twelve words).
    const as = /^\s+و?كما\s/u.test(clause.slice(m.index));
    const words = clause.slice(m.index).trim().split(/\s+/u).slice(2, 14);
    if (as && !words.some((w) => COMPLEMENT.test(wordKey(w)) || /[:«“"]/u.test(w))) continue;
    if (insideQuotation(clause.slice(from, m.index))) continue;
    out.push(clause.slice(from, m.index));
    // The new clause opens with its verb: «حيث» stays behind (only «و» is written on the verb).
    const whereupon = /^\s+حيث\s+/u.exec(clause.slice(m.index));
    from = m.index + (whereupon ? whereupon[0].length : 0);
  }
  out.push(clause.slice(from));
  return out;
}

/** True when the text opens a quotation it does not close. */
export function insideQuotation(text: string): boolean {
  const opened = (text.match(/[«“]/gu) ?? []).length - (text.match(/[»”]/gu) ?? []).length;
  let straight = false;
  for (const m of text.matchAll(/"/gu)) if (togglesStraight(text, m.index, straight)) straight = !straight;
  return opened > 0 || straight;
}

/**
 * True when the straight quote at `i` opens or closes a quotation. One written as a closing quote
 * (after a word, before a space, a stop or the end) while none is open is a closing quote whose
 * opening one the text lost («… وفق جدول معلن". وقال …»): it changes nothing, or the rest of the
 * paragraph would read as quoted. Any other («" قوات احتلال"وأضاف», «"...») goes by count.
 */
function togglesStraight(text: string, i: number, open: boolean): boolean {
  const closes = i > 0 && /\S/u.test(text.charAt(i - 1)) && (i + 1 >= text.length || /[\s\p{P}]/u.test(text.charAt(i + 1)));
  return open || !closes;
}

/** Split a paragraph into sentences, keeping quotations whole. */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const closers: string[] = [];
  let straight = false; // inside "…" with straight quotes
  // Only quotation marks and stops change anything: visit those alone (most of a text is letters).
  for (const m of paragraph.matchAll(MARKS)) {
    const i = m.index;
    const ch = m[0];
    const opener = OPEN_CLOSE[ch];
    if (opener) closers.push(opener);
    else if (ch === closers.at(-1)) closers.pop();
    else if (ch === '"' && togglesStraight(paragraph, i, straight)) straight = !straight;
    if (!END.has(ch) || closers.length > 0 || straight) continue;
    // ".." and "..." are pauses inside a sentence; 2.5 is a number.
    if (ch === '.' && (paragraph.charAt(i + 1) === '.' || paragraph.charAt(i - 1) === '.')) continue;
    if (ch === '.' && /\d/u.test(paragraph.charAt(i - 1)) && /\d/u.test(paragraph.charAt(i + 1))) continue;
    if (ch === '.' && isInitial(paragraph, i)) continue;
    // "وأكد عضو الحركة فلان؛ أن …": a semicolon in place of a colon before the words he said.
    if (ch === '؛' && /^\s*[اأإ]ن(?=[\s"«“])/u.test(paragraph.slice(i + 1, i + 8))) continue;
    // A closing quote right after the stop belongs to this sentence.
    let end = i + 1;
    while (/["»”]/u.test(paragraph.charAt(end))) end++;
    push(paragraph.slice(start, end), start);
    start = end;
  }
  push(paragraph.slice(start), start);
  return sentences;

  function push(text: string, at: number): void {
    const trimmed = text.trim();
    if (trimmed) sentences.push({ text: trimmed, start: at + text.indexOf(trimmed) });
  }
}

/** Each opening quotation mark and the marks that close it: „ closes with “ (German style) or ”. */
const QUOTE_PAIRS: Readonly<Record<string, readonly string[]>> = { '«': ['»'], '“': ['”'], '„': ['“', '”'], '‘': ['’'], '"': ['"'] };
/** Every mark of QUOTE_PAIRS, opening or closing. */
const QUOTE_MARKS = /["«»“”„‘’]/gu;
/** Sentence punctuation that ends a quotation left open at the end of the sentence. */
const TRAILING = /[\s.،,؛؟?!…]+$/u;

/**
 * True when the straight quote at `i` opens a quotation rather than closing one: it stands
 * before a word, after a space, the sentence's start or a one-letter conjunction or
 * preposition written on («إرهابيي "داعش"», «و"التفاهم"»).
 */
function opensHere(text: string, i: number): boolean {
  if (!/[\p{L}\p{N}]/u.test(text.charAt(i + 1))) return false;
  const before = text.slice(Math.max(0, i - 2), i);
  return i === 0 || /(?:^|[\s(«“„:،,])[وفبلك]?$/u.test(before) || /^[\s(«“„:،,]$/u.test(text.charAt(i - 1));
}

/**
 * The direct quotations in a sentence: text between «», “”, „“ or straight
 * double quotes, three words or more (shorter quoted runs are names and
 * labels: "البنتاغون", "اسوشيتد برس"). A quotation inside a quotation, in any
 * pairing («… “…” …», “… ‘…’ …», "… "داعش" …"), stays inside it; one left open
 * at the end of the sentence runs to its end ("… ضد إرهابيي "داعش".).
 */
export function findQuotes(sentence: string): string[] {
  const quotes: string[] = [];
  const open: { mark: string; at: number }[] = [];
  const close = (depth: number, end: number) => {
    const [outer] = open.splice(depth);
    if (depth === 0 && outer) {
      const text = sentence.slice(outer.at + 1, end).trim();
      if (text.split(/\s+/u).length >= 3) quotes.push(text);
    }
  };
  // Any other character leaves every branch below untouched: visit the quotation marks alone.
  for (const m of sentence.matchAll(QUOTE_MARKS)) {
    const i = m.index;
    const ch = m[0];
    const top = open.at(-1);
    if (ch === '"' && top?.mark === '"' && !opensHere(sentence, i)) close(open.length - 1, i);
    else if (ch !== '"' && top && QUOTE_PAIRS[top.mark]?.includes(ch)) close(open.length - 1, i);
    else if (QUOTE_PAIRS[ch] && (ch !== '‘' || top)) open.push({ mark: ch, at: i });
    else {
      // A closing mark whose opener is further down (an inner quotation left open) closes that one.
      const depth = open.findLastIndex((o) => o.mark !== '"' && QUOTE_PAIRS[o.mark]?.includes(ch));
      if (depth >= 0) close(depth, i);
    }
  }
  if (open.length > 0) close(0, sentence.replace(TRAILING, '').length);
  return quotes;
}
