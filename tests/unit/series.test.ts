import { describe, expect, it } from "vitest";
import { readDataset } from "@/lib/data/read-dataset";
import { getSeries } from "@/lib/data/query-series";
import { seriesQuerySchema } from "@/lib/http/series-query";
import { parseSearchParams } from "@/lib/http/query-params";
import { makeDataDir, HEADER, wideRow } from "../helpers/data-dir";

const ds = readDataset(
  makeDataDir({
    "census/sa_vintage-2025-04.csv": [
      HEADER,
      wideRow(2023, "2010", [200, 201], [90, 91]),
      wideRow(2024, "2010", [211.4], [90.2]),
    ].join("\n"),
  }),
);
const q = (input: Record<string, string>) => seriesQuerySchema.parse(input);

describe("getSeries", () => {
  it("names flows from the US side by default, and computes the balance", () => {
    const s = getSeries(ds, q({ from: "2024-01", to: "2024-01" }));
    expect(s.points.map((p) => [p.flow, p.value, p.computed])).toEqual([
      ["exports", 90.2, false],
      ["imports", 211.4, false],
      ["balance", -121.2, true],
    ]);
    expect(s.vintage).toBe("2025-04");
  });

  it("names flows from Mexico's side with perspective=mx: its exports are US imports", () => {
    const s = getSeries(ds, q({ from: "2024-01", perspective: "mx" }));
    expect(s.points.map((p) => [p.flow, p.value])).toEqual([
      ["exports", 211.4],
      ["imports", 90.2],
      ["balance", 121.2],
    ]);
  });

  it("filters by flow and by an inclusive month range", () => {
    const s = getSeries(ds, q({ flow: "imports", from: "2023-02", to: "2024-01" }));
    expect(s.points.map((p) => [p.period, p.value])).toEqual([
      ["2023-02", 201],
      ["2024-01", 211.4],
    ]);
  });
});

describe("series query parameters", () => {
  const KNOWN = ["partner", "flow", "basis", "from", "to", "perspective"];
  const parse = (qs: string) => parseSearchParams(seriesQuerySchema, new URLSearchParams(qs), KNOWN);
  it.each([
    ["partner=XX", "partner"],
    ["flow=surplus", "flow"],
    ["basis=sa", "basis"],
    ["from=2024-13", "from"],
    ["from=2024-05&to=2024-01", "from"],
    ["partner=CA&perspective=mx", "perspective"],
    ["colour=red", "colour"],
    ["flow=exports&flow=imports", "flow"],
  ])("rejects %s naming %s", (qs, parameter) => {
    const r = parse(qs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.parameter).toBe(parameter);
  });

  it("says which values a bad choice could have been, in words", () => {
    expect(parse("flow=surplus")).toEqual({
      ok: false,
      error: { error: 'Invalid "flow": expected one of exports, imports, balance.', parameter: "flow" },
    });
  });

  it("accepts aliases and codes", () => {
    const r = parse("partner=cn&basis=NSA");
    expect(r.ok && r.value).toMatchObject({ partner: "5700", basis: "NSA", perspective: "us" });
  });
});
