import type { CheckStatus } from "./schema";

/** Rounds away float noise (0.1 + 0.2) so deltas read as the arithmetic a person would do. */
export function clean(value: number, decimals = 6): number {
  const f = 10 ** decimals;
  const rounded = Math.round(value * f) / f;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Half a unit of the printed precision: the most that rounding to that precision can move a figure. */
export function roundingTolerance(precision: number): number {
  return precision / 2;
}

/** Rounds to a step (100 → hundreds, 0.1 → tenths), half away from zero, as releases do. */
export function roundToStep(value: number, step: number): number {
  const n = Math.abs(value) / step;
  return clean(Math.sign(value) * Math.round(n + 1e-9) * step, 9);
}

/**
 * exact: reported equals the comparison value; within_rounding: they differ by no more than the tolerance;
 * revised: the comparison value was published after the release and the difference is within rounding plus what
 * revisions of that kind have been seen to move a figure (`revisionBound`, $M; Infinity where nothing bounds it);
 * otherwise mismatch. No comparison value: unverified.
 */
export function checkStatus(
  delta: number | null,
  tolerance: number,
  publishedAfterRelease: boolean,
  revisionBound = Number.POSITIVE_INFINITY,
): CheckStatus {
  if (delta === null) return "unverified";
  const size = Math.abs(clean(delta));
  if (size === 0) return "exact";
  if (size <= tolerance + 1e-9) return "within_rounding";
  return publishedAfterRelease && size <= tolerance + revisionBound + 1e-9 ? "revised" : "mismatch";
}
