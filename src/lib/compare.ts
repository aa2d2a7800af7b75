/**
 * Comparing strings the same way on every machine. `a.localeCompare(b)`
 * without a locale sorts by the build machine's locale (LANG, LC_ALL): under
 * Czech collation "ch" comes after "h", so two builds of the same content
 * could number ids and order pages differently. Ids, slugs and dates are
 * sorted with this instead; text a reader sees in order (names) names its
 * collation explicitly (`localeCompare(b, 'ar')`).
 */

/**
 * Order two strings by their UTF-16 code units, which for the ASCII ids,
 * slugs and ISO dates it is used on is their order by code point.
 */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
