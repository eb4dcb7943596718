import type { Dataset } from "../data/dataset";
import { seriesKey } from "../data/dataset";
import type { Basis, Flow, MeasureFlow, Observation, Perspective, Source } from "../data/schema";
import { usFlowOf, valueFromPerspective } from "../data/perspective";
import { chooseVintage } from "./vintage";
import { bilingual } from "../i18n/messages";

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
  /**
   * How far the value itself may be from the figure published, from rounding: 0 for a Census file (full precision);
   * for a first release as quoted in the press (rounded, e.g. to millions), half its last digit, per flow used.
   */
  sourceRounding: number;
  sources: Source[];
  /** The US flows used and their values in the chosen vintage (for what a revision of each can explain). */
  usFlows: Array<{ flow: Flow; value: number }>;
}

/** Why no vintage gives a value: no flow at all, or the flows only in different vintages (never mixed). */
export function noOfficialReason(ds: Dataset, q: OfficialQuery): { es: string; en: string } | null {
  const flows: Flow[] =
    q.measure === "exports" || q.measure === "imports" ? [usFlowOf(q.measure, q.perspective)] : ["exports", "imports"];
  const have = flows.map((f) => [f, observationsAt(ds, q.partner, f, q.basis, q.period)] as const);
  const present = have.filter(([, list]) => list.length > 0);
  if (flows.length < 2 || present.length === 0) return null;
  if (present.length === 1) {
    const [flow, list] = present[0] ?? ["exports", []];
    const vintages = [...new Set(list.map((o) => o.vintage))].join(", ");
    return bilingual((m) => m.noOfficialOneFlow(flow, vintages));
  }
  return bilingual((m) => m.noOfficialSplit);
}

/** Half a unit of the last digit a quoted value is given to: 38042 → 0.5, 38042.3 → 0.05. */
function quotedRounding(value: number): number {
  const decimals = /\.(\d+)$/.exec(String(value))?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
}

function observationsAt(ds: Dataset, partner: string, flow: Flow, basis: Basis, period: string): Observation[] {
  return (ds.byKey.get(seriesKey(partner, flow, basis)) ?? []).filter((o) => o.period === period);
}

/**
 * The official value of a measure for one partner and month, named from `perspective`, in millions of dollars,
 * from the vintage published nearest before `releaseDate` (else the latest). Null when no vintage has every flow it
 * needs.
 */
export function officialValue(ds: Dataset, q: OfficialQuery, releaseDate: string): OfficialValue | null {
  const flows: Flow[] =
    q.measure === "exports" || q.measure === "imports" ? [usFlowOf(q.measure, q.perspective)] : ["exports", "imports"];
  const byFlow = new Map(flows.map((f) => [f, observationsAt(ds, q.partner, f, q.basis, q.period)]));
  const complete = [...new Set([...byFlow.values()].flat().map((o) => o.vintage))].filter((v) =>
    flows.every((f) => byFlow.get(f)?.some((o) => o.vintage === v)),
  );
  // Only official files and first releases as quoted count; `complete` keeps the vintages that have every flow needed.
  const chosen = chooseVintage(complete, releaseDate);
  if (!chosen) return null;
  const pick = (f: Flow) => byFlow.get(f)?.find((o) => o.vintage === chosen.vintage);
  const us = { exports: pick("exports")?.value ?? 0, imports: pick("imports")?.value ?? 0 };
  const sourceIds = new Set(flows.map((f) => pick(f)?.sourceId).filter((id): id is string => Boolean(id)));
  const sourceRounding = flows.reduce((sum, f) => {
    const o = pick(f);
    return o?.kind === "reported" ? sum + quotedRounding(o.value) : sum;
  }, 0);
  return {
    value: valueFromPerspective(q.measure, q.perspective, us),
    vintage: chosen.vintage,
    choice: chosen.choice,
    computed: flows.length > 1,
    sourceRounding,
    sources: [...sourceIds].map((id) => ds.sources.get(id)).filter((s): s is Source => Boolean(s)),
    usFlows: flows.map((f) => ({ flow: f, value: pick(f)?.value ?? 0 })),
  };
}
