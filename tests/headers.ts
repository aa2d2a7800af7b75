/**
 * Reading a `_headers` file (Netlify's and Cloudflare Pages' format), for the
 * unit test of public/_headers and the build test of the headers a built site
 * is served with.
 */

/** The rules of a _headers file, by path pattern: its indented `Name: value` lines (names lower-cased); `#` lines are comments. */
export function headerRules(text: string): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/u.test(line)) found.set(line.trim(), (current = new Map()));
    else {
      const [name, ...value] = line.trim().split(':');
      if (!current || !name || value.length === 0) throw new Error(`a header outside a rule, or without a value: ${line}`);
      current.set(name.toLowerCase(), value.join(':').trim());
    }
  }
  return found;
}

/** True when a rule's path pattern matches a path: exactly, or up to a `*`, which matches the rest. */
export function matches(pattern: string, path: string): boolean {
  const star = pattern.indexOf('*');
  return star < 0 ? pattern === path : path.startsWith(pattern.slice(0, star));
}

/** The headers a path is served with: those of every rule that matches it, values of the same name joined with `, ` (as Netlify does). */
export function headersFor(rules: ReadonlyMap<string, ReadonlyMap<string, string>>, path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const [pattern, rule] of rules)
    if (matches(pattern, path))
      for (const [name, value] of rule) headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  return headers;
}
