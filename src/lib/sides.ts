/**
 * The sides a speaker can speak for, written once. The registry's schema,
 * the `Side` type, the search address's `side=` and every list of sides on
 * the pages (in this order) come from this list; the words shown for each are
 * in site/labels.ts (`SIDE_LABELS`).
 */

/** Every side, in the order the pages list them. The timeline's two lanes are Iraq and US/coalition. */
export const SIDES = ['iraq', 'us', 'coalition', 'iran', 'other'] as const;

/** Which camp a speaker speaks for. */
export type Side = (typeof SIDES)[number];

/** True when `value` names a side (an address or a file may hold anything). */
export function isSide(value: string): value is Side {
  return (SIDES as readonly string[]).includes(value);
}
