import type { Dataset } from "./dataset/dataset";
import { seriesKey } from "./dataset/dataset";
import type { Basis, Flow, MeasureFlow, Observation, Perspective, Source } from "./schema/dataset";
import { usFlowOf, valueFromPerspective } from "./perspective";
import { chooseVintage } from "./vintage";

export interface OfficialQuery {
  partner: string;
  period: string;
  basis: Basis;
  measure: MeasureFlow | "total";
  perspective: Perspective;
}

export interface OfficialValue {
  value: number;
  vintage: string;
  choice: "before_release" | "latest_after_release";
  /** Balance and total are computed from the two published flows. */
  computed: boolean;
  sources: Source[];
}

function observationsAt(ds: Dataset, partner: string, flow: Flow, basis: Basis, period: string): Observation[] {
  return (ds.byKey.get(seriesKey(partner, flow, basis)) ?? []).filter((o) => o.period === period);
}

/**
 * The official value of a measure for one partner and month, named from `perspective`, in millions of dollars,
 * from the vintage published nearest before `releaseDate` (else the latest). Null when no vintage has every flow it needs.
 */
export function officialValue(ds: Dataset, q: OfficialQuery, releaseDate: string): OfficialValue | null {
  const flows: Flow[] = q.measure === "exports" || q.measure === "imports" ? [usFlowOf(q.measure, q.perspective)] : ["exports", "imports"];
  const byFlow = new Map(flows.map((f) => [f, observationsAt(ds, q.partner, f, q.basis, q.period)]));
  const complete = [...new Set([...byFlow.values()].flat().map((o) => o.vintage))].filter((v) => flows.every((f) => byFlow.get(f)?.some((o) => o.vintage === v)));
  const chosen = chooseVintage(complete, releaseDate);
  if (!chosen) return null;
  const pick = (f: Flow) => byFlow.get(f)?.find((o) => o.vintage === chosen.vintage);
  const us = { exports: pick("exports")?.value ?? 0, imports: pick("imports")?.value ?? 0 };
  const sourceIds = new Set(flows.map((f) => pick(f)?.sourceId).filter((id): id is string => Boolean(id)));
  return {
    value: valueFromPerspective(q.measure, q.perspective, us),
    vintage: chosen.vintage,
    choice: chosen.choice,
    computed: flows.length > 1,
    sources: [...sourceIds].map((id) => ds.sources.get(id)).filter((s): s is Source => Boolean(s)),
  };
}
