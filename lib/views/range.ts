import { addMonths } from "./periods";
import { PERIOD_PATTERN } from "../data/vocabulary";

export const RANGE_PRESETS = ["12m", "5y", "all"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** A range a reader picks: a preset ending at the latest month with data, or custom months (inclusive). */
export type RangeSpec = { preset: RangePreset } | { preset: "custom"; from: string; to: string };

export const DEFAULT_RANGE: RangeSpec = { preset: "5y" };

/**
 * Reads `range` from the URL ("12m", "5y", "all" or "YYYY-MM..YYYY-MM"); null when it is none of those. No zod: the
 * browser runs it.
 */
export function readRangeParam(value: string | null | undefined): RangeSpec | null {
  if (!value) return null;
  if ((RANGE_PRESETS as readonly string[]).includes(value)) return { preset: value as RangePreset };
  const [from, to, ...more] = value.split("..");
  if (more.length || !from || !to || !PERIOD_PATTERN.test(from) || !PERIOD_PATTERN.test(to) || from > to) return null;
  return { preset: "custom", from, to };
}

export function rangeToParam(spec: RangeSpec): string {
  return spec.preset === "custom" ? `${spec.from}..${spec.to}` : spec.preset;
}

/** A custom range none of whose months has data (it ends before the first month or starts after the last). */
export function rangeMissesData(spec: RangeSpec, bounds: { first: string; last: string }): boolean {
  return spec.preset === "custom" && (spec.to < bounds.first || spec.from > bounds.last);
}

/**
 * The months a range covers, clamped to the data's first and last months. A custom range that misses the data
 * altogether gives the default range instead (a reader is told, see rangeMissesData), not a single clamped month.
 */
export function resolveRange(spec: RangeSpec, bounds: { first: string; last: string }): { from: string; to: string } {
  if (rangeMissesData(spec, bounds)) return resolveRange(DEFAULT_RANGE, bounds);
  const clamp = (p: string) => (p < bounds.first ? bounds.first : p > bounds.last ? bounds.last : p);
  switch (spec.preset) {
    case "all":
      return { from: bounds.first, to: bounds.last };
    case "12m":
      return { from: clamp(addMonths(bounds.last, -11)), to: bounds.last };
    case "5y":
      return { from: clamp(addMonths(bounds.last, -59)), to: bounds.last };
    case "custom": {
      const from = clamp(spec.from);
      const to = clamp(spec.to);
      return from <= to ? { from, to } : { from: to, to: from };
    }
  }
}
