/**
 * Parsing the YAML of a content file (an article's frontmatter, the speaker
 * registry, the offices) the way Astro's content layer reads it: YAML 1.2 plus
 * timestamps, so `published: 2024-01-10` is a Date here as it is in the build.
 * Unique keys are required and aliases are capped, so a frontmatter with
 * `published:` twice, or an alias bomb, is refused rather than half-read.
 * Every string is checked once YAML has decoded its escapes (`"\u001b"`).
 */
import { parse, Schema, YAMLParseError, type ScalarTag } from 'yaml';
import { ContentError } from './articles.ts';
import { place } from './schema.ts';
import { unusableCharacter } from './text.ts';

const TIMESTAMP = 'tag:yaml.org,2002:timestamp';
const builtin = new Schema({ customTags: ['timestamp'] }).tags.find((t): t is ScalarTag => t.tag === TIMESTAMP);
if (!builtin?.resolve) throw new Error('yaml has no timestamp tag');
const resolveTimestamp = builtin.resolve;

/** A timestamp as YAML writes it (the tag's own pattern): a day, then perhaps a time and a zone. */
const TIMESTAMP_PARTS =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(?:[ \t]*(?:Z|[-+][012]?\d(?::\d{2})?))?)?$/u;

/** Days in `month` (1–12) of `year`, Gregorian. */
const daysIn = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/**
 * YAML's timestamp, minus its silent surprises. It computes 2021-02-30 as
 * 2 March and T99:99:99 as four days later (and so does the parser Astro
 * uses): a day or a time that does not exist is refused instead, at its line.
 * And it moves a zoned time to UTC, so `2024-01-10T01:30:00+03:00` would be
 * the 9th: the zone is dropped instead and the wall-clock time kept, as for a
 * quoted date (the day is the one the outlet printed, which «أمس» counts from).
 */
const timestamp: ScalarTag = {
  ...builtin,
  resolve(text, onError, options) {
    const parts = TIMESTAMP_PARTS.exec(text);
    if (!parts) return resolveTimestamp(text, onError, options);
    const [year, month, day, hour = 0, minute = 0, second = 0] = parts.slice(1, 7).map((p) => (p === undefined ? undefined : Number(p)));
    if (!year || !month || !day || month > 12 || day > daysIn(year, month)) onError(`${text} is not a day that exists`);
    else if (hour > 23 || minute > 59 || second > 59) onError(`${text} is not a time that exists`);
    const date = new Date(0);
    date.setUTCFullYear(year ?? 0, (month ?? 1) - 1, day ?? 1);
    date.setUTCHours(hour, minute, second);
    return date;
  },
};

/** The parser's words for the slips editors make, in theirs. */
const PLAIN: Readonly<Record<string, string>> = {
  // title: السوداني: خروج القوات …
  BLOCK_AS_IMPLICIT_KEY: 'a value holds ": " (a colon and a space); put the whole value in quotes',
  DUPLICATE_KEY: 'a field is written twice',
  TAB_AS_INDENT: 'a line is indented with a tab; indent with spaces',
};

/**
 * Parse `text` (which starts at line `firstLine` of the file) or throw a
 * `ContentError` naming the file, the line and the parser's reason in one line.
 */
export function parseYaml(filePath: string, text: string, what: string, firstLine = 1): unknown {
  let data: unknown;
  try {
    data = parse(text, { customTags: [timestamp], uniqueKeys: true, maxAliasCount: 100 });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? '';
    // The parser says "… at line 2, column 1:"; the line is given again below, counted in the file.
    const reason = message
      .replace(/ at line \d+, column \d+:?$/u, '')
      .replace(/[.:]$/u, '')
      .replace(
        /^Flow (?:sequence|mapping) in block collection must be sufficiently indented and end with a ([\]}])$/u,
        'a [ … ] or { … } is not closed with $1 (or its next line is not indented)',
      );
    const line = error instanceof YAMLParseError ? error.linePos?.[0].line : undefined;
    const where = line === undefined ? '' : ` (line ${line + firstLine - 1})`;
    const code = error instanceof YAMLParseError ? error.code : undefined;
    if (code === 'TAG_RESOLVE_FAILED') throw new ContentError(filePath, `${what}${where}: ${reason}`);
    throw new ContentError(filePath, `${what} is not valid YAML${where}: ${(code && PLAIN[code]) ?? reason}`);
  }
  checkStrings(filePath, data);
  return data;
}

/**
 * Refuse a string (a value or a field's name) holding a character text cannot
 * hold (`unusableCharacter`), naming the field. The raw bytes were checked
 * already, but YAML and JSON write any character as an escape (`"\u001b"`,
 * `"\u202e"`), so decoded data is checked again.
 */
export function checkStrings(filePath: string, value: unknown, path: PropertyKey[] = []): void {
  if (typeof value === 'string') {
    const found = unusableCharacter(value);
    if (found) throw new ContentError(filePath, `${place(path).trim() || 'a value'}: holds ${found}: remove it`);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkStrings(filePath, item, [...path, i]));
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = unusableCharacter(key);
      if (found) throw new ContentError(filePath, `${place(path) ? `${place(path).trim()}: ` : ''}a field name holds ${found}: remove it`);
      checkStrings(filePath, item, [...path, key]);
    }
  }
}
