import type { CheckResult } from "../checks/schema";
import type { Perspective } from "../data/schema";
import { explainClaim, explainIdentity } from "../checks/explain";
import type { Bilingual } from "./types";
import { flowLabel } from "./flow-labels";
import { hasSideOfItsOwn, restate } from "../data/perspective";

/** One row of the checks table as a reader sees it from a perspective. */
export interface CheckRowView {
  /** The figure named from the reader's perspective. */
  label: Bilingual;
  /** The measure named from the reader's perspective: seen from the other side, exports and imports swap. */
  measure: CheckResult["measure"];
  /** The release's own name for it, when the perspective renames it (the quote column keeps the release's words). */
  releaseLabel: Bilingual | null;
  reported: number;
  computed: number | null;
  delta: number | null;
  formula: string | undefined;
  /** The one-sentence explanation, in the numbers shown. */
  explanation: Bilingual;
}

const signed = (v: number, sign: 1 | -1) => (v === 0 ? 0 : v * sign);

/**
 * A check restated from `perspective`: seen from the other side of the release's, exports and imports swap names
 * and a balance (with its delta, its identity's arithmetic and its explanation) changes sign; the total and the
 * rank do not change, nor a figure of the World (it has no side). Status and tolerance are the same from either side.
 */
export function checkRowView(r: CheckResult, perspective: Perspective, partner: Bilingual): CheckRowView {
  const same: CheckRowView = {
    label: r.label,
    measure: r.measure,
    releaseLabel: null,
    reported: r.reported,
    computed: r.computed,
    delta: r.delta,
    formula: r.formula,
    explanation: r.explanation,
  };
  if (r.perspective === perspective || !hasSideOfItsOwn(r.partner)) return same;
  if (r.measure !== "exports" && r.measure !== "imports" && r.measure !== "balance") return same;
  const { flow, sign } = restate(r.measure, r.perspective, perspective);
  const renamed = { ...same, label: flowLabel(flow, perspective, partner), measure: flow, releaseLabel: r.label };
  // A renamed flow keeps its numbers, and so its sentence.
  if (sign === 1) return renamed;
  const reported = signed(r.reported, sign);
  const computed = r.computed === null ? null : signed(r.computed, sign);
  const delta = r.delta === null ? null : signed(r.delta, sign);
  // "39,874 − 27,210" (exports − imports from the release's side) is "27,210 − 39,874" from the other.
  const formula = r.formula?.split(" − ").reverse().join(" − ");
  const explanation =
    r.kind === "identity" && formula !== undefined && computed !== null && delta !== null
      ? explainIdentity({
          formula,
          computed,
          reported,
          delta,
          tolerance: r.tolerance,
          precision: r.tolerance * 2,
          status: r.status,
        })
      : explainClaim({
          reported,
          official: computed,
          delta,
          tolerance: r.tolerance,
          status: r.status,
          basis: r.basis ?? "",
          vintage: r.vintage,
          period: r.period,
        });
  return { ...renamed, reported, computed, delta, formula, explanation };
}
