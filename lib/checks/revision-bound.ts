/**
 * How far a later vintage may move a figure and still be called a revision: by default the largest differences seen
 * between two of our copies of the same series (LABELS.md): 3.5% of the level for NSA, 5% for SA. For a balance or a
 * change the base is the partner's imports (the larger, steadier flow), not the balance itself. Kept in its own module
 * so a measured distribution of revisions (issue 11) can replace it without touching the checks.
 */
import { engineBilingual } from "../i18n/engine-messages";

export interface RevisionBoundInput {
  basis: "SA" | "NSA";
  /** The official level the claim is compared with, in $M (absolute value taken). */
  level: number;
  /** The partner's imports over the same months, in $M, for balances and changes. */
  partnerImports?: number | null;
  flow: "us_exports" | "us_imports" | "balance" | "total";
  kind: "level" | "change";
}

export interface RevisionBound {
  /** The largest gap (beyond rounding) a revision explains, in $M. */
  musd: number;
  share: number;
  base: "level" | "partner_imports";
  rule: { es: string; en: string };
}

export const DEFAULT_REVISION_SHARE = { NSA: 0.035, SA: 0.05 } as const;

export function revisionBound(input: RevisionBoundInput): RevisionBound {
  const share = DEFAULT_REVISION_SHARE[input.basis];
  const onImports = (input.flow === "balance" || input.kind === "change") && input.partnerImports != null;
  const base = onImports ? Math.abs(input.partnerImports ?? 0) : Math.abs(input.level);
  const pct = `${String(share * 100)}%`;
  return {
    musd: base * share,
    share,
    base: onImports ? "partner_imports" : "level",
    rule: engineBilingual((e) =>
      onImports ? e.revisionOfImports(pct, input.basis) : e.revisionOfLevel(pct, input.basis),
    ),
  };
}

/** For a percent (growth or share), the bound in points: the level bound carried through the ratio. */
export function percentRevisionBound(
  basis: "SA" | "NSA",
  officialPct: number,
  kind: "growth_pct" | "share_pct",
): number {
  const share = DEFAULT_REVISION_SHARE[basis];
  if (kind === "share_pct") return Math.abs(officialPct) * share;
  return (100 + officialPct) * share;
}
