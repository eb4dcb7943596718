/**
 * A release's claims that the release-month checker cannot hold — a level summed over a span of months, a change,
 * a growth rate, a share of the World — checked by the claim engine's checker (check-figure.ts), which holds every
 * kind of figure, so a curated release and a pasted text get the same verdict for the same reading.
 */
import type { Dataset } from "../data/dataset";
import type { Claim, Release, RelativeClaim } from "../data/release-schema";
import { claimMonths } from "../data/release-schema";
import type { Perspective } from "../data/schema";
import { checkFigure } from "./check-figure";
import type { FigureKind, UsFlow } from "./figure-official";
import type { CheckResult } from "./schema";
import { clean } from "./rounding";

type NamedFlow = "total" | "exports" | "imports" | "balance";

/** The US flow a flow named from `perspective` is, and the sign that turns its value into the US side's. */
export function usSideOf(flow: NamedFlow, perspective: Perspective): { flow: UsFlow; sign: 1 | -1 } {
  const mx = perspective === "mx";
  if (flow === "exports") return { flow: mx ? "us_imports" : "us_exports", sign: 1 };
  if (flow === "imports") return { flow: mx ? "us_exports" : "us_imports", sign: 1 };
  if (flow === "balance") return { flow: "balance", sign: mx ? -1 : 1 };
  return { flow: "total", sign: 1 };
}

const KIND: Record<RelativeClaim["measure"], FigureKind> = {
  change: "change",
  growth: "growth_pct",
  share: "share_pct",
};

/** Any claim can be asked of the engine's checker; the release-month checker keeps one month's levels and ranks. */
type EngineClaim = Claim;

/** What the engine's checker is asked: the figure's kind, US flow, months, and value and step on the US side. */
export function figureQueryOf(claim: EngineClaim) {
  if (claim.measure === "rank")
    return {
      kind: "rank" as FigureKind,
      flow: "total" as UsFlow,
      sign: 1 as const,
      months: claimMonths(claim),
      compareMonths: undefined,
      value: claim.value,
      precision: 1,
      unit: "rank" as const,
    };
  const flow =
    claim.measure === "change" || claim.measure === "growth" || claim.measure === "share" ? claim.flow : claim.measure;
  const us = usSideOf(flow, claim.perspective);
  const percent = claim.unit === "percent";
  const toMusd = percent ? 1 : claim.scale / 1e6;
  // A growth rate of a balance is the ratio of the balances, the same from either side; a share has no side.
  const sign = percent ? 1 : us.sign;
  return {
    kind:
      claim.measure === "change" || claim.measure === "growth" || claim.measure === "share"
        ? KIND[claim.measure]
        : "level",
    flow: us.flow,
    sign: us.sign,
    months: claimMonths(claim),
    compareMonths: "compareMonths" in claim ? claim.compareMonths : undefined,
    value: clean(claim.value * toMusd * sign),
    precision: clean(claim.precision * toMusd),
    unit: percent ? ("percent" as const) : ("musd" as const),
  };
}

/** Needs the engine's checker: a span (a level or a rank over several months), a change, a growth rate or a share. */
export function needsEngineCheck(c: Claim): boolean {
  return c.measure === "change" || c.measure === "growth" || c.measure === "share" || Boolean(c.months);
}

export function checkEngineClaim(
  ds: Dataset,
  release: Release,
  claim: EngineClaim,
  base: Omit<
    CheckResult,
    | "unit"
    | "reported"
    | "computed"
    | "delta"
    | "tolerance"
    | "status"
    | "vintage"
    | "vintageChoice"
    | "sources"
    | "explanation"
  >,
): CheckResult {
  const q = figureQueryOf(claim);
  const c = checkFigure(ds, {
    partner: claim.partner,
    flow: q.flow,
    basis: claim.basis,
    months: q.months,
    ...(q.compareMonths ? { compareMonths: q.compareMonths } : {}),
    kind: q.kind,
    value: q.value,
    precision: q.precision,
    date: release.meta.date,
    truncates: release.meta.truncates,
  });
  // Back to the side the release speaks from, as every other check of the release is.
  const back = q.unit === "musd" ? q.sign : 1;
  const reported = clean(q.value * back);
  const computed = c.official === null ? null : clean(c.official * back);
  return {
    ...base,
    unit: q.unit,
    reported,
    computed,
    delta: computed === null ? null : clean(reported - computed, 9),
    tolerance: clean(c.tolerance),
    status: c.verdict,
    vintage: c.vintage,
    vintageChoice:
      c.vintage === null ? "none" : c.vintage < release.meta.date ? "before_release" : "latest_after_release",
    sources: c.sourceIds.flatMap((id) => {
      const s = ds.sources.get(id);
      return s
        ? [{ id: s.id, publisher: s.publisher, title: s.title, url: s.url, vintage: s.vintage, basis: s.basis }]
        : [];
    }),
    explanation: c.explanation,
    ...(q.months.length > 1 ? { months: q.months } : {}),
    ...(q.compareMonths ? { compareMonths: q.compareMonths } : {}),
    ...("flow" in claim ? { flow: claim.flow } : {}),
    ...(claim.measure === "share" ? { shareOf: claim.shareOf } : {}),
    // On the release's side: a Mexican export is a US import, level for level.
    // The levels on the release's side too (only a balance changes sign).
    ...(c.levels ? { levels: { now: clean(c.levels.now * q.sign), then: clean(c.levels.then * q.sign) } } : {}),
  };
}
