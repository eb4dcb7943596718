import type { Dataset } from "../data/dataset";
import type { Basis, Flow } from "../data/schema";
import type { Release } from "../data/release-schema";
import { usFlowOf } from "../data/perspective";
import { revisionHistory, type RevisionEntry } from "../checks/revisions";
import { clean } from "../checks/rounding";
import { partnerName } from "./release-figures";
import type { Bilingual } from "./types";

export interface RevisionHistoryView {
  slug: string;
  claimId: string;
  label: Bilingual;
  quote: string;
  partner: string;
  partnerName: Bilingual;
  period: string;
  /** The claim's measure told from the US side: Mexico's exports are US imports; its surplus the US deficit. */
  usMeasure: Flow | "balance" | "total";
  /** The release's figure in millions of dollars, told from the US side too. */
  releaseValue: number;
  releaseDate: string;
  /** The claim's basis first, then the other: the first release as quoted is NSA. */
  bases: Array<{ basis: Basis; claimed: boolean; entries: RevisionEntry[]; sources: Map<string, string> }>;
}

/** Every value held for the month and measure a release's money claim speaks of, on both bases, beside its figure. */
export function revisionHistoryView(ds: Dataset, release: Release, claimId: string): RevisionHistoryView | null {
  const claim = release.claims.find((c) => c.id === claimId);
  if (!claim || claim.measure === "rank") return null;
  const usMeasure =
    claim.measure === "exports" || claim.measure === "imports"
      ? usFlowOf(claim.measure, claim.perspective)
      : claim.measure;
  const value = clean((claim.value * claim.scale) / 1e6);
  const releaseValue = claim.measure === "balance" && claim.perspective === "mx" ? -value : value;
  const order: Basis[] = claim.basis === "SA" ? ["SA", "NSA"] : ["NSA", "SA"];
  return {
    slug: release.meta.slug,
    claimId,
    label: claim.label,
    quote: claim.quote,
    partner: claim.partner,
    partnerName: partnerName(ds, claim.partner),
    period: claim.period,
    usMeasure,
    releaseValue,
    releaseDate: release.meta.date,
    bases: order.map((basis) => {
      const { entries } = revisionHistory(ds, { partner: claim.partner, flow: usMeasure, basis, period: claim.period });
      const sources = new Map(
        entries.flatMap((e) => e.sourceId.split("+")).map((id) => [id, ds.sources.get(id)?.title ?? id] as const),
      );
      return { basis, claimed: basis === claim.basis, entries, sources };
    }),
  };
}
