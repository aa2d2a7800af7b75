/**
 * The stylesheets' house rules (ARCHITECTURE.md section 8): tokens and a small
 * base in src/styles/, each component's rules with the component, and
 *
 * - logical properties only, so the right-to-left layout needs no mirrored rules;
 * - one place for each selector's rules (in one media context), so a reader
 *   finds everything an element gets in one rule;
 * - font sizes from the type scale in tokens.css.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/** Every file under `dir` whose name ends with one of `endings`. */
function files(dir: string, endings: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && endings.some((end) => e.name.endsWith(end)))
    .map((e) => join(e.parentPath, e.name));
}

/** The CSS of a stylesheet, or of an .astro file's <style> blocks, comments dropped. */
function cssOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  const css = path.endsWith('.astro') ? [...text.matchAll(/<style[^>]*>([^]*?)<\/style>/gu)].map((m) => m[1]).join('\n') : text;
  return css.replace(/\/\*[^]*?\*\//gu, '');
}

/** One rule: where it stands (file, enclosing at-rules), a selector of it, and its declarations. */
interface Rule {
  file: string;
  context: string;
  selector: string;
  body: string;
}

/** The rules of some CSS, each selector of a selector list on its own. */
function rules(file: string, css: string): Rule[] {
  const out: Rule[] = [];
  const stack: string[] = [];
  let text = '';
  for (const ch of css) {
    if (ch === '{') {
      stack.push(text.trim());
      text = '';
    } else if (ch === '}') {
      const head = stack.pop() ?? '';
      if (!head.startsWith('@'))
        for (const selector of head.split(','))
          out.push({ file, context: stack.join(' '), selector: selector.trim().replace(/\s+/gu, ' '), body: text });
      text = '';
    } else text += ch;
  }
  return out;
}

const sheets = [...files(join(root, 'src'), ['.css', '.astro'])].map((path) => ({ file: relative(root, path), css: cssOf(path) }));
const all = sheets.flatMap((s) => rules(s.file, s.css));

describe('the stylesheets', () => {
  it('are found: the tokens, the base and the components’ rules', () => {
    expect(sheets.map((s) => s.file)).toEqual(expect.arrayContaining(['src/styles/tokens.css', 'src/styles/base.css']));
    expect(all.some((r) => r.file.startsWith('src/components/') && r.selector === '.timeline-controls')).toBe(true);
  });

  it('use logical properties only', () => {
    // A physical property (margin-left, width …), or a physical value (text-align: left, float: right).
    const physical =
      /(?:^|[;\s])((?:margin|padding|border|inset)-(?:left|right|top|bottom)[\w-]*|left|right|top|bottom|(?:min-|max-)?(?:width|height))\s*:|((?:text-align|float|clear)\s*:\s*(?:left|right))/gu;
    const found = all.flatMap((r) => [...r.body.matchAll(physical)].map((m) => `${r.file} ${r.selector}: ${m[1] ?? m[2]}`));
    expect(found).toEqual([]);
  });

  it('write each selector’s rules in one place', () => {
    const places = new Map<string, string[]>();
    for (const r of all) {
      const key = `${r.context} ${r.selector}`;
      places.set(key, [...(places.get(key) ?? []), r.file]);
    }
    expect([...places].filter(([, where]) => where.length > 1)).toEqual([]);
  });

  it('take every font size from the type scale', () => {
    const sizes = all.flatMap((r) => [...r.body.matchAll(/font-size:\s*([^;]+)/gu)].map((m) => `${r.file} ${r.selector}: ${m[1]?.trim()}`));
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.filter((s) => !/: var\(--text-[a-z0-9-]+\)$/u.test(s))).toEqual([]);
  });
});
