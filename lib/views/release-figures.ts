import type { Dataset } from "../data/dataset";
import type { Basis, Flow, MeasureFlow, Perspective } from "../data/schema";
import type { ChecksReport } from "../checks/schema";
import { isMoneyClaim, type MoneyClaim, type Release } from "../data/release-schema";
import { clean } from "../checks/rounding";
import type { Bilingual, FigureLink } from "./types";
import { restate } from "../data/perspective";

export function partnerName(ds: Dataset, code: string): Bilingual {
  const p = ds.partners.get(code);
  return { es: p?.name_es ?? p?.name_en ?? code, en: p?.name_en ?? code };
}

/** A money claim's value in millions of dollars. */
export function claimMusd(claim: MoneyClaim): number {
  return clean((claim.value * claim.scale) / 1e6);
}

/**
 * The partner and month the release's one-month levels speak of — Mexico's where it states some, else the first
 * partner's — and the month most of them name; null when it states no one-month level (only spans, rates, shares).
 */
export function releaseAnchor(release: Release): { partner: string; period: string } | null {
  const levels = release.claims.filter((c): c is MoneyClaim => isMoneyClaim(c) && !c.months);
  const partner = levels.find((c) => c.partner === "2010")?.partner ?? levels[0]?.partner;
  if (!partner) return null;
  const counts = new Map<string, number>();
  for (const c of levels) if (c.partner === partner) counts.set(c.period, (counts.get(c.period) ?? 0) + 1);
  const period = [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0];
  return period ? { partner, period } : null;
}

/**
 * The partner whose series a release's page draws (and its release month speaks of): the anchor's, else the first
 * claim's, else Mexico.
 */
export function releasePartner(release: Release): string {
  return releaseAnchor(release)?.partner ?? release.claims[0]?.partner ?? "2010";
}

/** The release's claim of a flow, named from `perspective` (restated if the release speaks from the other side). */
export function statedFlow(
  release: Release,
  flow: MeasureFlow,
  perspective: Perspective,
): { claim: MoneyClaim; value: number } | null {
  const anchor = releaseAnchor(release);
  for (const claim of release.claims) {
    if (claim.partner !== anchor?.partner || claim.period !== anchor.period) continue;
    // One month's level only: a span, a change, a growth or a share is not the release month's flow.
    if (!isMoneyClaim(claim) || claim.measure === "total" || claim.months) continue;
    const seen = restate(claim.measure, claim.perspective, perspective);
    if (seen.flow === flow) return { claim, value: clean(seen.sign * claimMusd(claim)) };
  }
  return null;
}

/** The chart-to-text-to-check link of a claim: its id, every check about it, and its own check's status. */
export function figureLink(report: ChecksReport | undefined, claimId: string | null): FigureLink {
  if (!claimId) return { claimId: null, checkIds: [], status: null };
  const results = report?.results.filter((r) => r.claimId === claimId) ?? [];
  return {
    claimId,
    checkIds: results.map((r) => r.id),
    status: results.find((r) => r.kind === "claim")?.status ?? null,
  };
}

/**
 * One partner's US exports and imports in one month from one file (a vintage of a kind), or null where either is
 * missing.
 * Millions of dollars, as published.
 */
export function usFlowsAt(
  ds: Dataset,
  partner: string,
  period: string,
  basis: Basis,
  pick: (o: { vintage: string; kind: string }) => boolean,
): { exports: number; imports: number; vintage: string; sourceId: string } | null {
  const at = (flow: Flow) =>
    (ds.byKey.get(`${partner}|${flow}|${basis}`) ?? []).find((o) => o.period === period && pick(o));
  const e = at("exports");
  const i = at("imports");
  if (!e || !i) return null;
  return { exports: e.value, imports: i.value, vintage: e.vintage, sourceId: e.sourceId };
}

/** A flow named from `perspective`, from US exports and imports. */
export function fromUs(flow: MeasureFlow, perspective: Perspective, us: { exports: number; imports: number }): number {
  const exports = perspective === "us" ? us.exports : us.imports;
  const imports = perspective === "us" ? us.imports : us.exports;
  return flow === "exports" ? exports : flow === "imports" ? imports : clean(exports - imports, 9);
}
