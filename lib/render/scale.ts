/** Linear scales and round tick values for the server-drawn SVG charts. Pure arithmetic. */

export interface LinearScale {
  (value: number): number;
  domain: [number, number];
  ticks: number[];
}

/** A "nice" step (1, 2, 2.5 or 5 × 10^n) giving about `count` ticks over `span`. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return step * power;
}

/**
 * Maps [min, max] (widened to include 0 and to round ticks) onto [rangeStart, rangeEnd] (SVG y grows downward:
 * pass rangeStart = bottom). Ticks are the round values inside the widened domain.
 */
export function linearScale(
  values: readonly number[],
  rangeStart: number,
  rangeEnd: number,
  opts: { includeZero?: boolean; tickCount?: number } = {},
): LinearScale {
  const finite = values.filter((v) => Number.isFinite(v));
  let min = Math.min(...finite, ...(opts.includeZero === false ? [] : [0]));
  let max = Math.max(...finite, ...(opts.includeZero === false ? [] : [0]));
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    min = 0;
    max = 1;
  }
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const step = niceStep(max - min, opts.tickCount ?? 4);
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let t = lo; t <= hi + step / 2; t += step) ticks.push(Math.round(t / step) * step);
  const scale = ((v: number) => rangeStart + ((v - lo) / (hi - lo)) * (rangeEnd - rangeStart)) as LinearScale;
  scale.domain = [lo, hi];
  scale.ticks = ticks;
  return scale;
}

/** Rounds an SVG coordinate to 0.1 so the markup stays short. */
export function px(v: number): number {
  return Math.round(v * 10) / 10;
}
