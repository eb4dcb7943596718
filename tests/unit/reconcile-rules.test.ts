import { describe, expect, it } from "vitest";
import { readDataset } from "@/lib/data/read-dataset";
import { reconcileRelease } from "@/lib/checks/reconcile";
import { makeDataDir, moneyClaim, release, validFiles } from "../helpers/data-dir";

// Synthetic data (tests/helpers/data-dir.ts): SA vintage 2025-04 (after the release) has US imports from
// Mexico 211.4 and exports 90.2; the reported first release (2024-03-07, before) has imports 190.
function check(files = {}) {
  const ds = readDataset(makeDataDir(files));
  const r1 = ds.releases.get("r1");
  if (!r1) throw new Error("no r1");
  return new Map(reconcileRelease(ds, r1).results.map((r) => [r.id, r]));
}

describe("reconciliation rules", () => {
  it("uses the vintage published before the release when there is one, and calls a difference a mismatch", () => {
    const rel = release({
      claims: [moneyClaim("exports", "exports", "211 mdd", 211, { basis: "NSA" })],
      nonFigures: [],
    });
    const text = "Exportaciones por 211 mdd.";
    const result = check({ "releases/r1/release.json": JSON.stringify(rel), "releases/r1/release.md": text }).get(
      "claim-exports",
    );
    expect(result?.vintage).toBe("2024-03-07");
    expect(result?.vintageChoice).toBe("before_release");
    expect(result?.computed).toBe(190);
    expect(result?.status).toBe("mismatch");
  });

  it(
    "widens the tolerance by the rounding of a press-quoted " + "first release (190, to the million), never beyond it",
    () => {
      const against = (quote: string, value: number) => {
        const rel = release({
          claims: [moneyClaim("exports", "exports", quote, value, { basis: "NSA", precision: 0.1 })],
          nonFigures: [],
        });
        return check({
          "releases/r1/release.json": JSON.stringify(rel),
          "releases/r1/release.md": `Exportaciones por ${quote}.`,
        }).get("claim-exports");
      };
      const near = against("190.3 mdd", 190.3);
      expect(near?.vintage).toBe("2024-03-07");
      expect(near?.tolerance).toBe(0.55); // 0.05 for the release's tenths + 0.5 for the quote's millions
      expect(near?.delta).toBeCloseTo(0.3, 9);
      expect(near?.status).toBe("within_rounding");
      const far = against("190.7 mdd", 190.7);
      expect(far?.tolerance).toBe(0.55);
      expect(far?.status).toBe("mismatch");
    },
  );

  it("falls back to the latest vintage, says so, and calls a difference a revision", () => {
    const result = check().get("claim-exports");
    expect(result?.vintageChoice).toBe("latest_after_release");
    expect(result?.computed).toBe(211.4);
    expect(result?.status).toBe("within_rounding");
  });

  it("computes the balance from Mexico's side as US imports minus US exports", () => {
    const result = check().get("claim-balance");
    expect(result?.computed).toBeCloseTo(211.4 - 90.2, 9);
    expect(result?.delta).toBeCloseTo(121 - 121.2, 9);
    expect(result?.status).toBe("within_rounding");
  });

  it("marks a claim with no comparable official value as unverified", () => {
    const rel = release({
      claims: [moneyClaim("exports", "exports", "211 mdd", 211, { period: "2019-05" })],
      nonFigures: [],
    });
    const result = check({
      "releases/r1/release.json": JSON.stringify(rel),
      "releases/r1/release.md": "Exportaciones por 211 mdd.",
    }).get("claim-exports");
    expect(result?.status).toBe("unverified");
    expect(result?.computed).toBeNull();
    expect(result?.explanation.en).toMatch(/unverified/);
  });

  it("flags an identity that does not hold", () => {
    const files = validFiles();
    const rel = JSON.parse(files["releases/r1/release.json"]);
    rel.claims[0] = moneyClaim("total", "total", "401 millones de dólares", 401);
    const text = files["releases/r1/release.md"].replace("301 millones", "401 millones");
    const result = check({ "releases/r1/release.json": JSON.stringify(rel), "releases/r1/release.md": text }).get(
      "identity-total",
    );
    expect(result?.computed).toBe(301);
    expect(result?.delta).toBe(100);
    expect(result?.status).toBe("mismatch");
  });

  it("ranks the claimed partner among every country, and reports a wrong rank as revised/mismatch", () => {
    const files = validFiles();
    const nsa = files["census/nsa_vintage-2025-04.csv"].replace(/^2024,1220,90,/m, "2024,1220,900,");
    const result = check({ "census/nsa_vintage-2025-04.csv": nsa }).get("claim-rank");
    expect(result?.computed).toBe(2);
    expect(result?.ranking?.[0]?.partner).toBe("1220");
    expect(result?.status).toBe("revised");
  });
});
