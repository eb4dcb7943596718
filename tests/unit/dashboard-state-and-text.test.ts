import { describe, expect, it } from "vitest";
import { parseDashboardState, stateToSearch, DEFAULT_STATE } from "@/lib/http/dashboard-state";
import { parseReleaseText } from "@/lib/views/release-text";

describe("dashboard state in the query string", () => {
  it("defaults to Spanish, Mexico's perspective, SA and five years", () =>
    expect(parseDashboardState({})).toEqual(DEFAULT_STATE));

  it.each([
    [{ lang: "en", perspective: "us", basis: "NSA", range: "12m" }, "?lang=en&perspective=us&basis=NSA&range=12m"],
    [{ range: "2020-01..2021-06" }, "?range=2020-01..2021-06"],
    [{ from: "2021-06", to: "2020-01" }, "?range=2020-01..2021-06"],
    [{ lang: "fr", perspective: "xx", range: "forever" }, ""],
    // A repeated key counts by its last value, as the rewrites to the prerendered views match it.
    [{ lang: ["es", "en"] }, "?lang=en"],
    [{ lang: ["en", "es"] }, ""],
  ])("reads %j and writes it back as %j (bad values fall back to defaults)", (params, search) => {
    expect(stateToSearch(parseDashboardState(params))).toBe(search);
  });
});

describe("parseReleaseText", () => {
  const figures = [
    { quote: "39,874 mdd", claimId: "exports" },
    { quote: "12,700 mdd", claimId: "balance" },
  ];

  it("reads headings, paragraphs and bold, and marks each quoted figure", () => {
    const blocks = parseReleaseText("## **Título**\n\nCon 39,874 mdd y\n12,700 mdd.\n\n**539**", figures);
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "paragraph"]);
    expect(blocks[0]?.inlines).toEqual([{ kind: "text", text: "Título", bold: true }]);
    expect(blocks[1]?.inlines).toEqual([
      { kind: "text", text: "Con ", bold: false },
      { kind: "figure", text: "39,874 mdd", bold: false, claimId: "exports" },
      { kind: "text", text: " y ", bold: false },
      { kind: "figure", text: "12,700 mdd", bold: false, claimId: "balance" },
      { kind: "text", text: ".", bold: false },
    ]);
  });

  it("keeps markup in the text as text", () => {
    const [block] = parseReleaseText("<script>alert(1)</script> **<b>x</b>**", []);
    expect(block?.inlines).toEqual([
      { kind: "text", text: "<script>alert(1)</script> ", bold: false },
      { kind: "text", text: "<b>x</b>", bold: true },
    ]);
  });
});
