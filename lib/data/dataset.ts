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

export function indexObservations(observations: Observation[]): Pick<Dataset, "observations" | "byKey"> {
  const byKey = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = seriesKey(o.partner, o.flow, o.basis);
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(o);
  }
  for (const list of byKey.values())
    list.sort((a, b) => a.period.localeCompare(b.period) || a.vintage.localeCompare(b.vintage));
  return { observations, byKey };
}
