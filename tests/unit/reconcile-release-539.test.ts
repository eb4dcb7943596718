import { describe, expect, it } from "vitest";
import path from "node:path";
import { readDataset } from "@/lib/data/read-dataset";
import { reconcileRelease } from "@/lib/checks/reconcile";
import { checksReportSchema } from "@/lib/checks/schema";

// The real dataset and release 539: every claim and identity, with the values SOURCES.md documents.
const ds = readDataset(path.resolve(__dirname, "../../data"));
const release = ds.releases.get("2024-03-22-index-usa-539");
if (!release) throw new Error("release 539 missing from data/");
const report = reconcileRelease(ds, release);
const byId = new Map(report.results.map((r) => [r.id, r]));

describe("release 539 (index, 22 March 2024)", () => {
  it("produces a report that satisfies its schema", () => {
    expect(() => checksReportSchema.parse(report)).not.toThrow();
  });

  it.each([
    // id, status, reported, computed (to 0.1), delta (to 0.1), tolerance, vintage
    ["identity-total", "exact", 67084, 67084, 0, 0.5, null],
    ["identity-balance", "within_rounding", 12700, 12664, 36, 50, null],
    ["claim-total", "revised", 67084, 66565.4, 518.6, 0.5, "2025-04"],
    ["claim-exports", "revised", 39874, 39656.8, 217.2, 0.5, "2025-04"],
    ["claim-imports", "revised", 27210, 26908.6, 301.4, 0.5, "2025-04"],
    ["claim-balance", "within_rounding", 12700, 12748.2, -48.2, 50, "2025-04"],
    ["claim-rank", "exact", 1, 1, 0, 0, "2025-04"],
  ] as const)("%s is %s", (id, status, reported, computed, delta, tolerance, vintage) => {
    const r = byId.get(id);
    expect(r, id).toBeDefined();
    expect(r?.status).toBe(status);
    expect(r?.reported).toBe(reported);
    expect(r?.computed).toBeCloseTo(computed, 1);
    expect(r?.delta).toBeCloseTo(delta, 1);
    expect(r?.tolerance).toBe(tolerance);
    expect(r?.vintage).toBe(vintage);
  });

  it("compares exports and imports with the SA series, from Mexico's side (its exports are US imports)", () => {
    const exports = byId.get("claim-exports");
    expect(exports?.basis).toBe("SA");
    expect(exports?.perspective).toBe("mx");
    expect(exports?.computed).toBe(39656.81726399633); // US imports from Mexico, SA, full precision
    expect(exports?.vintageChoice).toBe("latest_after_release");
    expect(exports?.sources.map((s) => s.id)).toEqual(["census-ctyseasonal-sa-2025-04"]);
  });

  it("ranks Mexico first among all US partners for January 2024, ahead of Canada and China", () => {
    const rank = byId.get("claim-rank");
    expect(rank?.ranking?.slice(0, 3).map((r) => [r.partner, Math.round(r.total * 10) / 10])).toEqual([
      ["2010", 64523.8],
      ["1220", 59612.5],
      ["5700", 47866.7],
    ]);
  });

  it("explains every result in Spanish and English", () => {
    expect(byId.get("identity-balance")?.explanation.en).toBe(
      "39,874 − 27,210 = 12,664, which the release prints as 12,700: consistent once rounded to " +
        "hundreds (delta +36, tolerance ±50).",
    );
    expect(byId.get("identity-balance")?.explanation.es).toContain("coherente una vez redondeado a centenas");
    for (const r of report.results) expect(r.explanation.es).not.toBe(r.explanation.en);
  });

  it("summarises the claims in plain words", () => {
    expect(report.summary.text.en).toBe(
      "2 of 5 figures consistent with official data; 3 revised since publication; 2 of 2 arithmetic identities hold.",
    );
  });
});
