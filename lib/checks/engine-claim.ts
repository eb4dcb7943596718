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
import type { CheckResult, CheckSource } from "./schema";
import type { Source } from "../data/schema";
import { publishedAfter } from "./vintage";
import type { CheckedFigure } from "../claims/schema";
import { clean } from "./rounding";

/** A dataset source as a check names it. */
export function checkSourceOf(s: Source): CheckSource {
  return { id: s.id, publisher: s.publisher, title: s.title, url: s.url, vintage: s.vintage, basis: s.basis };
}

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

/** What a check result of a claim shares with every other: its id, claim, label, quote, partner, period… */
export type ResultBase = Omit<
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
>;

/**
 * One claim's check result from the engine's verdict on its reading (US side), told from the side the release speaks
 * from, as every other check of the release is: a Mexican export is a US import, level for level; only a balance
 * changes sign.
 */
function engineResult(
  ds: Dataset,
  claim: EngineClaim,
  q: ReturnType<typeof figureQueryOf>,
  base: ResultBase,
  releaseDate: string,
  v: {
    official: number | null;
    tolerance: number;
    status: CheckResult["status"];
    vintage: string | null;
    sourceIds: readonly string[];
    explanation: CheckResult["explanation"];
    levels: { now: number; then: number } | null;
  },
): CheckResult {
  const back = q.unit === "musd" ? q.sign : 1;
  const reported = clean(q.value * back);
  const computed = v.official === null ? null : clean(v.official * back);
  return {
    ...base,
    unit: q.unit,
    reported,
    computed,
    delta: computed === null ? null : clean(reported - computed, 9),
    tolerance: clean(v.tolerance),
    status: v.status,
    vintage: v.vintage,
    vintageChoice:
      v.vintage === null ? "none" : publishedAfter(v.vintage, releaseDate) ? "latest_after_release" : "before_release",
    sources: v.sourceIds.flatMap((id) => {
      const s = ds.sources.get(id);
      return s ? [checkSourceOf(s)] : [];
    }),
    explanation: v.explanation,
    ...(q.months.length > 1 ? { months: q.months } : {}),
    ...(q.compareMonths ? { compareMonths: q.compareMonths } : {}),
    ...("flow" in claim ? { flow: claim.flow } : {}),
    ...(claim.measure === "share" ? { shareOf: claim.shareOf } : {}),
    ...(v.levels ? { levels: { now: clean(v.levels.now * q.sign), then: clean(v.levels.then * q.sign) } } : {}),
  };
}

/** Needs the engine's checker: a span (a level or a rank over several months), a change, a growth rate or a share. */
export function needsEngineCheck(c: Claim): boolean {
  return c.measure === "change" || c.measure === "growth" || c.measure === "share" || Boolean(c.months);
}

export function checkEngineClaim(ds: Dataset, release: Release, claim: EngineClaim, base: ResultBase): CheckResult {
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
  return engineResult(ds, claim, q, base, release.meta.date, {
    official: c.official,
    tolerance: c.tolerance,
    status: c.verdict,
    vintage: c.vintage,
    sourceIds: c.sourceIds,
    explanation: c.explanation,
    levels: c.levels,
  });
}

/**
 * The claim engine's own verdict on each claim whose reading it shares: the same figure (by its quote's place in the
 * text) read the same way — kind, partner, flow, months, basis and value. The engine weighs what one figure cannot
 * tell alone (the text's own arithmetic, a swapped or mislabelled flow), so a release states the verdict a pasted
 * copy of its text gets. A claim the analyst read otherwise has none here and is checked on its own reading.
 */
export function sharedReadings(release: Release, figures: readonly CheckedFigure[]): Map<string, CheckedFigure> {
  const out = new Map<string, CheckedFigure>();
  const used = new Set<number>();
  for (const claim of release.claims) {
    const q = figureQueryOf(claim);
    const i = figures.findIndex(
      (f, k) =>
        !used.has(k) &&
        f.claim &&
        f.quote === claim.quote &&
        f.kind === q.kind &&
        f.partner === claim.partner &&
        (q.kind === "rank" || f.flow === q.flow) &&
        f.basis === claim.basis &&
        (f.months ?? []).join() === q.months.join() &&
        (f.compareMonths ?? []).join() === (q.compareMonths ?? []).join() &&
        f.value !== undefined &&
        Math.abs(f.value - q.value) <= 1e-9 * Math.max(1, Math.abs(q.value)),
    );
    const f = figures[i];
    if (!f) continue;
    used.add(i);
    out.set(claim.id, f);
  }
  return out;
}

/** A check result from the engine's verdict on the same reading, told from the release's side. */
export function resultFromEngine(
  ds: Dataset,
  claim: Claim,
  f: CheckedFigure,
  base: ResultBase,
  releaseDate: string,
): CheckResult {
  return engineResult(ds, claim, figureQueryOf(claim), base, releaseDate, {
    official: f.official ?? null,
    tolerance: f.tolerance ?? figureQueryOf(claim).precision / 2,
    status: f.verdict ?? "unverified",
    vintage: f.vintage ?? null,
    sourceIds: (f.source ?? []).map((x) => x.id),
    explanation: f.explanation ?? { es: "", en: "" },
    levels: null,
  });
}
