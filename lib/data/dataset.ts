import type { Basis, Manifest, MeasureFlow, Observation, Partner, Source } from "./schema";
import type { Release } from "./release-schema";

export interface Dataset {
  sources: Map<string, Source>;
  partners: Map<string, Partner>;
  releases: Map<string, Release>;
  manifest: Manifest;
  observations: Observation[];
  /** Observations by `${partner}|${flow}|${basis}`, sorted by period, then vintage. */
  byKey: Map<string, Observation[]>;
}

export function seriesKey(partner: string, flow: Exclude<MeasureFlow, "balance">, basis: Basis): string {
  return `${partner}|${flow}|${basis}`;
}

/**
 * The index of the first observation of `period` or later in one of Dataset.byKey's lists (sorted by period), its
 * length if none: the months of a series are found by bisection, not through an index of their own.
 */
export function firstOfPeriod(list: readonly { period: string }[], period: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid]?.period ?? "") < period) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function indexObservations(observations: Observation[]): Pick<Dataset, "observations" | "byKey"> {
  const byKey = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = seriesKey(o.partner, o.flow, o.basis);
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(o);
  }
  // Periods and vintages are ASCII digits and hyphens, so code-unit order is their order (and much faster than
  // localeCompare over ~423,000 observations).
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const list of byKey.values()) list.sort((a, b) => cmp(a.period, b.period) || cmp(a.vintage, b.vintage));
  return { observations, byKey };
}
