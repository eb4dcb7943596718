import { describe, expect, it } from "vitest";
import path from "node:path";
import { readDataset } from "@/lib/data/read-dataset";
import { reconcileRelease } from "@/lib/checks/reconcile";
import { checkText } from "@/lib/claims/check-text";
import { checkTextResultSchema, type CheckedFigure } from "@/lib/claims/schema";
import type { Claim } from "@/lib/data/release-schema";

// Release 539 through the engine, given only its text and date: the curated claims and the same check results.
const ds = readDataset(path.resolve(__dirname, "../../data"));
const release = ds.releases.get("2024-03-22-index-usa-539");
if (!release) throw new Error("release 539 missing from data/");
const result = checkText(ds, { text: release.text, date: release.meta.date });
const report = reconcileRelease(ds, release);
const MEASURE_FLOW = { total: "total", balance: "balance" } as const;

/** The engine's flow for a curated claim: measures are told from the claim's perspective. */
function usFlowOf(claim: Claim): string {
  if (claim.measure === "rank") return "total";
  if (claim.measure === "total" || claim.measure === "balance") return MEASURE_FLOW[claim.measure];
  const mx = claim.perspective === "mx";
  return claim.measure === "exports" ? (mx ? "us_imports" : "us_exports") : mx ? "us_exports" : "us_imports";
}

function figureFor(claim: Claim): CheckedFigure | undefined {
  return result.figures.find((f) => f.claim && f.quote.includes(claim.quote.replace(/^se mantienen como /, "")));
}

describe("release 539 through checkText", () => {
  it("answers in its schema, in Spanish", () => {
    expect(() => checkTextResultSchema.parse(result)).not.toThrow();
    expect(result.lang).toBe("es");
  });

  it.each(release.claims.map((c) => [c.id, c] as const))("reproduces curated claim %s", (_id, claim) => {
    const f = figureFor(claim);
    expect(f, claim.quote).toBeDefined();
    if (!f) return;
    expect(f.kind).toBe(claim.measure === "rank" ? "rank" : "level");
    expect(f.partner).toBe(claim.partner);
    expect(f.flow).toBe(usFlowOf(claim));
    expect(f.perspective).toBe(claim.perspective);
    // Signed from the US side: Mexico's surplus of 12,700 is a US balance of −12,700.
    const usValue = claim.measure === "balance" && claim.perspective === "mx" ? -claim.value : claim.value;
    expect(f.value).toBe("scale" in claim ? (usValue * claim.scale) / 1e6 : claim.value);
    if ("scale" in claim) expect(f.precision).toBe((claim.precision * claim.scale) / 1e6);
    expect(f.months).toEqual([claim.period]);
    expect(f.periodStated).toBe(!claim.periodAttribution.inferred);
    expect(f.basis).toBe(claim.basis);
    expect(f.basisStated).toBe(!claim.basisAttribution.inferred);
    expect(f.reasons?.period?.es.length).toBeGreaterThan(10);
  });

  it.each(report.results.filter((r) => r.kind === "claim").map((r) => [r.id, r] as const))(
    "gives %s the same check as reconcileRelease",
    (_id, r) => {
      const claim = release.claims.find((c) => c.id === r.claimId);
      const f = claim && figureFor(claim);
      expect(f).toBeDefined();
      if (!f || !claim) return;
      expect(f.verdict).toBe(r.status);
      expect(f.vintage).toBe(r.vintage);
      const flip = claim.measure === "balance" && claim.perspective === "mx" ? -1 : 1;
      expect((f.official ?? NaN) * flip).toBeCloseTo(r.computed ?? NaN, 3);
      if (claim.measure !== "rank") expect((f.delta ?? NaN) * flip).toBeCloseTo(r.delta ?? NaN, 3);
    },
  );

  it("checks the text's own identities as reconcileRelease does", () => {
    const total = result.identities.find((i) => i.formula.startsWith("total"));
    const balance = result.identities.find((i) => i.formula.startsWith("balance"));
    expect(total?.holds).toBe(true);
    expect(total?.delta).toBe(0);
    expect(balance?.holds).toBe(true);
    expect(balance?.delta).toBe(-36); // US side: −12,700 − (27,210 − 39,874)
  });

  it("infers January 2024 SA by search and keeps the runner-up", () => {
    expect(result.inference?.months).toEqual(["2024-01"]);
    expect(result.inference?.basis).toBe("SA");
    expect(result.inference?.runnerUp).not.toBeNull();
    expect((result.inference?.runnerUp?.score ?? 99) < (result.inference?.score ?? 0)).toBe(true);
  });

  it("labels the release number, date and closing mark as not claims", () => {
    const non = result.figures.filter((f) => !f.claim).map((f) => [f.quote, f.why]);
    expect(non).toEqual(
      expect.arrayContaining([
        ["539", "release number"],
        ["2024", "year (period label)"],
        ["--0--", "end-of-release mark"],
      ]),
    );
  });

  it("runs well under 100 ms once the dataset is indexed (best of five, the machine is shared)", () => {
    const runs = Array.from({ length: 5 }, () => {
      const t0 = performance.now();
      checkText(ds, { text: release.text, date: release.meta.date });
      return performance.now() - t0;
    });
    expect(Math.min(...runs)).toBeLessThan(100);
  });
});
