import type { Dataset } from "../data/dataset";
import {
  claimMonths,
  isMoneyClaim,
  type Claim,
  type MoneyClaim,
  type RankClaim,
  type Release,
} from "../data/release-schema";
import { checkEngineClaim, checkSourceOf, needsEngineCheck, resultFromEngine, sharedReadings } from "./engine-claim";
import { checkText } from "../claims/check-text";
import type { CheckResult, CheckSource, ChecksReport, ChecksSummary } from "./schema";
import { checkStatus, clean, roundingTolerance } from "./rounding";
import { noOfficialReason, officialValue } from "./official";
import { datasetRevisionStats, revisionBound, type RevisionBound } from "./revision-stats";
import { partnerRanking } from "./partner-ranking";
import { publishedAfter } from "./vintage";
import { explainClaim, explainIdentity, explainRank } from "./explain";
import { formatNumber } from "../i18n/format";
import { bilingual } from "../i18n/messages";

/** A money claim in millions of dollars, and its printed precision in the same unit. */
function inMusd(claim: MoneyClaim): { value: number; precision: number } {
  return { value: clean((claim.value * claim.scale) / 1e6), precision: clean((claim.precision * claim.scale) / 1e6) };
}

function attributionOf(claim: Claim): CheckResult["attribution"] {
  return {
    period: claim.periodAttribution,
    basis: claim.basisAttribution,
    ...(claim.measure === "rank" ? { value: claim.valueAttribution } : {}),
  };
}

function common(claim: Claim) {
  return {
    claimId: claim.id,
    measure: claim.measure,
    label: claim.label,
    quote: claim.quote,
    partner: claim.partner,
    period: claim.period,
    perspective: claim.perspective,
    attribution: attributionOf(claim),
  };
}

const IDENTITIES = [
  { measure: "total", op: "+", combine: (e: number, i: number) => e + i },
  { measure: "balance", op: "−", combine: (e: number, i: number) => e - i },
] as const;

/**
 * The release's levels grouped by what they are of (partner, months, basis, side): a release of several partners or
 * periods states each group's exports, imports and balance apart, and only figures of one group add up.
 */
function identityGroups(claims: readonly Claim[]): MoneyClaim[][] {
  const groups = new Map<string, MoneyClaim[]>();
  // A two-way total is the same from either side: it is told from the side of its group's exports and imports.
  const sideOf = (c: MoneyClaim) =>
    c.measure !== "total"
      ? c.perspective
      : (claims.find(
          (x): x is MoneyClaim =>
            isMoneyClaim(x) &&
            x.measure !== "total" &&
            x.partner === c.partner &&
            claimMonths(x).join() === claimMonths(c).join(),
        )?.perspective ?? c.perspective);
  for (const c of claims) {
    if (!isMoneyClaim(c)) continue;
    const key = [c.partner, claimMonths(c).join(","), c.basis, sideOf(c)].join("|");
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    // The first figure of each measure in its group: a repeated one is checked on its own, not summed twice.
    if (!g.some((x) => x.measure === c.measure)) g.push(c);
  }
  return [...groups.values()];
}

/**
 * total = exports + imports and balance = exports − imports, on the release's own figures, where it states all three.
 */
function checkIdentities(claims: MoneyClaim[], _i: number, groups: MoneyClaim[][]): CheckResult[] {
  const byMeasure = new Map(claims.map((c) => [c.measure, c]));
  // Ids stay `identity-{measure}` for a release of one group, as links and CSVs have always named them.
  const suffix = groups.length > 1 && claims[0] ? `-${claims[0].id}` : "";
  const exports = byMeasure.get("exports");
  const imports = byMeasure.get("imports");
  if (!exports || !imports) return [];
  return IDENTITIES.flatMap(({ measure, op, combine }) => {
    const claim = byMeasure.get(measure);
    if (!claim) return [];
    const reported = inMusd(claim);
    const computed = clean(combine(inMusd(exports).value, inMusd(imports).value));
    const delta = clean(reported.value - computed);
    const tolerance = roundingTolerance(reported.precision);
    const status = checkStatus(delta, tolerance, false);
    const formula = `${formatNumber(inMusd(exports).value, "en")} ${op} ${formatNumber(inMusd(imports).value, "en")}`;
    return [
      {
        id: `identity-${measure}${suffix}`,
        kind: "identity" as const,
        ...common(claim),
        formula,
        inputs: [exports.id, imports.id],
        unit: "musd" as const,
        reported: reported.value,
        computed,
        delta,
        tolerance,
        status,
        basis: claim.basis,
        vintage: null,
        vintageChoice: "release_itself" as const,
        sources: [],
        explanation: explainIdentity({
          formula,
          computed,
          reported: reported.value,
          delta,
          tolerance,
          precision: reported.precision,
          status,
        }),
      },
    ];
  });
}

/** The parts of a claim's result that every kind of claim shares: identity, comparison, status and provenance. */
function claimResult(
  claim: Claim,
  releaseDate: string,
  c: {
    unit: CheckResult["unit"];
    reported: number;
    computed: number | null;
    tolerance: number;
    vintage: string | null;
    choice: CheckResult["vintageChoice"];
    sources: CheckSource[];
    revisionBound?: RevisionBound | null;
  },
) {
  const delta = c.computed === null ? null : clean(c.reported - c.computed, 9);
  const status = checkStatus(
    delta,
    c.tolerance,
    c.vintage !== null && publishedAfter(c.vintage, releaseDate),
    c.revisionBound?.musd,
  );
  return {
    id: `claim-${claim.id}`,
    kind: "claim" as const,
    ...common(claim),
    inputs: [claim.id],
    unit: c.unit,
    reported: c.reported,
    computed: c.computed,
    delta,
    tolerance: c.tolerance,
    status,
    basis: claim.basis,
    vintage: c.vintage,
    vintageChoice: c.choice,
    sources: c.sources,
  };
}

function checkMoneyClaim(ds: Dataset, release: Release, claim: MoneyClaim): CheckResult {
  const reported = inMusd(claim);
  const official = officialValue(
    ds,
    {
      partner: claim.partner,
      period: claim.period,
      basis: claim.basis,
      measure: claim.measure,
      perspective: claim.perspective,
    },
    release.meta.date,
  );
  const after = official !== null && official.choice === "latest_after_release";
  const bound = after ? revisionBound(datasetRevisionStats(ds), claim.basis, claim.partner, official.usFlows) : null;
  const r = claimResult(claim, release.meta.date, {
    unit: "musd",
    revisionBound: bound,
    reported: reported.value,
    computed: official ? official.value : null,
    // The release's rounding, plus the comparison value's own where it is itself a rounded quote (a press report).
    tolerance: clean(roundingTolerance(reported.precision) + (official?.sourceRounding ?? 0)),
    vintage: official?.vintage ?? null,
    choice: official?.choice ?? "none",
    sources: official?.sources.map(checkSourceOf) ?? [],
  });
  const why = official
    ? null
    : noOfficialReason(ds, {
        partner: claim.partner,
        period: claim.period,
        basis: claim.basis,
        measure: claim.measure,
        perspective: claim.perspective,
      });
  return {
    ...r,
    ...(bound ? { revision: bound } : {}),
    explanation: explainClaim({
      reported: r.reported,
      official: r.computed,
      delta: r.delta,
      tolerance: r.tolerance,
      status: r.status,
      basis: claim.basis,
      vintage: r.vintage,
      period: claim.period,
      // The sentence names the partner, not its code.
      revision: bound && {
        ...bound,
        groups: bound.groups.map((g) => ({
          ...g,
          partner: g.partner === "all" ? "all" : (ds.partners.get(g.partner)?.name_en ?? g.partner),
        })),
      },
      noValueReason: why,
    }),
  };
}

function checkRankClaim(ds: Dataset, release: Release, claim: RankClaim): CheckResult {
  const ranking = partnerRanking(ds, claim.period, claim.basis, release.meta.date);
  const row = ranking?.rows.find((x) => x.partner === claim.partner);
  const partner = ds.partners.get(claim.partner);
  const partnerName = { es: partner?.name_es ?? claim.partner, en: partner?.name_en ?? claim.partner };
  const top = ranking?.rows.slice(0, 5) ?? [];
  const r = claimResult(claim, release.meta.date, {
    unit: "rank",
    reported: claim.value,
    computed: row?.rank ?? null,
    tolerance: 0,
    vintage: ranking?.vintage ?? null,
    choice: ranking?.choice ?? "none",
    sources: ranking?.source ? [checkSourceOf(ranking.source)] : [],
  });
  const ahead = top
    .filter((x) => x.partner !== claim.partner)
    .slice(0, 2)
    .map((x) => x.name);
  return {
    ...r,
    explanation: explainRank({
      partnerName,
      reported: claim.value,
      rank: r.computed,
      total: row?.total ?? null,
      period: claim.period,
      basis: claim.basis,
      vintage: r.vintage,
      ahead,
    }),
    ranking: top,
  };
}

function summarise(results: CheckResult[]): ChecksSummary {
  const claims = results.filter((r) => r.kind === "claim");
  const identities = results.filter((r) => r.kind === "identity");
  const consistent = (r: CheckResult) => r.status === "exact" || r.status === "within_rounding";
  const s = {
    claims: claims.length,
    claimsConsistent: claims.filter(consistent).length,
    claimsRevised: claims.filter((r) => r.status === "revised").length,
    claimsMismatch: claims.filter((r) => r.status === "mismatch").length,
    claimsUnverified: claims.filter((r) => r.status === "unverified").length,
    identities: identities.length,
    identitiesConsistent: identities.filter(consistent).length,
  };
  return { ...s, text: bilingual((m) => m.checksSummary(s)) };
}

/**
 * Checks every figure a release states: identities among its own figures (total = exports + imports,
 * balance = exports − imports) and each claim against the official series on the claimed basis and period.
 * Values are millions of US dollars (rank claims: a rank); tolerance is half a unit of the printed precision.
 */
export function reconcileRelease(ds: Dataset, release: Release): ChecksReport {
  const engine = sharedReadings(release, checkText(ds, { text: release.text, date: release.meta.date }).figures);
  const results: CheckResult[] = [
    ...identityGroups(release.claims).flatMap(checkIdentities),
    ...release.claims.map((c): CheckResult => {
      const base = { ...common(c), id: `claim-${c.id}`, kind: "claim" as const, inputs: [c.id], basis: c.basis };
      const own = needsEngineCheck(c)
        ? null
        : c.measure === "rank"
          ? checkRankClaim(ds, release, c)
          : isMoneyClaim(c)
            ? checkMoneyClaim(ds, release, c)
            : null;
      const shared = engine.get(c.id);
      const solo = checkEngineClaim(ds, release, c, base);
      const consistent = (r: CheckResult) => r.status === "exact" || r.status === "within_rounding";
      // The text's own context (its arithmetic, a swapped or mislabelled flow) can change a figure's verdict: the
      // engine reads the whole text, so where its verdict differs from the figure's alone, the text's stands.
      if (shared && shared.verdict !== solo.status) return resultFromEngine(ds, c, shared, base, release.meta.date);
      // Spans, changes, growth rates and shares have only the engine's checker.
      if (!own) return shared ? resultFromEngine(ds, c, shared, base, release.meta.date) : solo;
      // A vintage that confirms the figure at its printed precision makes it consistent, whichever vintage the
      // release-month checker compared; otherwise its verdict stands, with its measured revision bound (issue 11).
      return consistent(solo) && !consistent(own) ? solo : own;
    }),
  ];
  return { release: release.meta, summary: summarise(results), results };
}
