import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "@/lib/data/read-dataset";
import { checkText } from "@/lib/claims/check-text";
import { checkSummary } from "@/lib/views/check-view";
import { statusBadge } from "@/lib/render/status-badge";

const ds = readDataset(path.resolve(__dirname, "../../data"));

describe("the /check summary counts in words that agree with the number", () => {
  it("one figure: singular in Spanish and English", () => {
    const es = checkText(ds, {
      text: "Las exportaciones de México a Estados Unidos sumaron 39,874 millones de dólares en enero de 2024.",
      date: "2024-03-22",
      lang: "es",
    });
    const claims = es.figures.filter((f) => f.claim);
    expect(claims).toHaveLength(1);
    const verdict = claims[0]!.verdict;
    const one = { revised: "revisada", mismatch: "no coincide", unverified: "sin verificar" } as Record<string, string>;
    const consistent = verdict === "exact" || verdict === "within_rounding";
    expect(checkSummary(es, "es")).toBe(
      consistent
        ? "1 cifra de comercio; 1 coherente con los datos oficiales."
        : `1 cifra de comercio; 0 coherentes con los datos oficiales; 1 ${one[verdict!]}.`,
    );
    expect(checkSummary(es, "en")).toMatch(/^1 trade figure; [01] consistent with the official data/);
  });

  it("several figures: plural", () => {
    const r = checkText(ds, {
      text:
        "Las exportaciones de México a Estados Unidos sumaron 39,874 millones de dólares en enero de 2024, y las " +
        "importaciones 27,210 millones.",
      date: "2024-03-22",
      lang: "es",
    });
    expect(r.figures.filter((f) => f.claim)).toHaveLength(2);
    expect(checkSummary(r, "es")).toMatch(/^2 cifras de comercio; \d coherentes? con los datos oficiales/);
    expect(checkSummary(r, "en")).toMatch(/^2 trade figures; /);
  });
});

describe("a status badge names its language", () => {
  it.each(["es", "en"] as const)("%s", (lang) => {
    expect(statusBadge("revised", lang).value).toMatch(
      new RegExp(`^<span class="status st-revised"[^>]* lang="${lang}"`),
    );
  });
});
