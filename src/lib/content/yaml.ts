/**
 * Parsing the YAML of a content file (an article's frontmatter, the speaker
 * registry) the way Astro's content layer reads it: YAML 1.2 plus timestamps,
 * so `published: 2024-01-10` is a Date here as it is in the build. Unique keys
 * are required and aliases are capped, so a frontmatter with `published:`
 * twice, or an alias bomb, is refused rather than half-read.
 */
import { parse, Schema, YAMLParseError, type ScalarTag } from 'yaml';
import { isoDay } from '../dates/calendar.ts';
import { ContentError } from './articles.ts';

const TIMESTAMP = 'tag:yaml.org,2002:timestamp';
const builtin = new Schema({ customTags: ['timestamp'] }).tags.find((t): t is ScalarTag => t.tag === TIMESTAMP);
if (!builtin?.resolve) throw new Error('yaml has no timestamp tag');
const resolveTimestamp = builtin.resolve;

/**
 * YAML's timestamp, minus its one silent surprise: it computes 2021-02-30 as
 * 2 March (and so does the parser Astro uses). A day that does not exist is
 * refused instead, at its line.
 */
const timestamp: ScalarTag = {
  ...builtin,
  resolve(text, onError, options) {
    const [, year, month, day] = /^(\d{4})-(\d{1,2})-(\d{1,2})/u.exec(text) ?? [];
    if (isoDay(Number(year), Number(month), Number(day)) === undefined) onError(`${text} is not a day that exists`);
    return resolveTimestamp(text, onError, options);
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
  try {
    return parse(text, { customTags: [timestamp], uniqueKeys: true, maxAliasCount: 100 });
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
}
