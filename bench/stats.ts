/** Small statistics for the bench: percentiles and rounding. */

/** The p-th percentile (0–100) of the values, nearest rank; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Round to `digits` decimals, for the table and the JSON. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A latency measured over `n` samples: its median, its 95th percentile and its worst, in ms. */
export interface Latency {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

/** Summarize samples in ms (NaN, a sample that failed to measure, is counted out and shows as fewer samples). */
export function latency(ms: readonly number[]): Latency {
  const measured = ms.filter((x) => !Number.isNaN(x));
  return {
    n: measured.length,
    p50: round(percentile(measured, 50), 1),
    p95: round(percentile(measured, 95), 1),
    max: round(measured.length ? Math.max(...measured) : Number.NaN, 1),
  };
}

/** How much smaller or faster `ours` is than `theirs`: theirs / ours (3 means a third). */
export function ratio(ours: number, theirs: number): number {
  return round(theirs / ours, 1);
}

/** The median: the middle value, or the mean of the middle two. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
