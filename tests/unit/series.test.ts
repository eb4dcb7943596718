import { describe, expect, it } from "vitest";
import { readDataset } from "@/lib/data/read-dataset";
import { compareVintages, getSeries, seriesVintages } from "@/lib/data/query-series";
import { vintageEnd } from "@/lib/checks/vintage";
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

// Three vintages of one partner and basis (NSA): a full file, an older full file, and a later imports-only series
// reaching further, as FRED IMPMX does beside Census's country.xlsx.
const multi = readDataset(
  makeDataDir({
    "manifest.json": JSON.stringify({
      series: [
        {
          file: "census/nsa_vintage-2025-04.csv",
          sourceId: "nsa",
          reporter: "US",
          basis: "NSA",
          vintage: "2025-04",
          unit: "musd",
          layout: "census-wide",
        },
        {
          file: "census/nsa_vintage-2023-03.csv",
          sourceId: "old",
          reporter: "US",
          basis: "NSA",
          vintage: "2023-03",
          unit: "musd",
          layout: "census-wide",
        },
        {
          file: "series/fred.csv",
          sourceId: "fred",
          reporter: "US",
          basis: "NSA",
          vintage: "2026-09",
          unit: "musd",
          layout: "long",
        },
        {
          file: "census/sa_vintage-2025-04.csv",
          sourceId: "sa",
          reporter: "US",
          basis: "SA",
          vintage: "2025-04",
          unit: "musd",
          layout: "census-wide",
        },
      ],
      reported: [
        {
          file: "reported/first.csv",
          sourceId: "first",
          reporter: "US",
          basis: "NSA",
          vintage: "2024-03-07",
          unit: "musd",
          layout: "long",
        },
      ],
      releases: ["r1"],
    }),
    "sources.json": JSON.stringify(
      [
        ["nsa", "2025-04", "NSA"],
        ["old", "2023-03", "NSA"],
        ["fred", "2026-09", "NSA"],
        ["sa", "2025-04", "SA"],
        ["first", "2024-03-07", "NSA"],
      ].map(([id, vintage, basis]) => ({
        id,
        publisher: "P",
        title: id,
        url: `https://example.org/${id}`,
        vintage,
        basis,
      })),
    ),
    "census/nsa_vintage-2025-04.csv": [HEADER, wideRow(2024, "2010", [190, 191], [95, 96])].join("\n") + "\n",
    "census/nsa_vintage-2023-03.csv":
      [HEADER, wideRow(2023, "2010", [100], [50]), wideRow(2024, "2010", [180], [90])].join("\n") + "\n",
    "series/fred.csv": "partner,period,flow,value_musd,note\n2010,2024-02,imports,192.5,\n2010,2024-03,imports,193,\n",
  }),
);

describe("getSeries over several vintages", () => {
  const nsa = (input: Record<string, string> = {}) => getSeries(multi, q({ basis: "NSA", ...input }));
  const rows = (input: Record<string, string> = {}) =>
    nsa(input).points.map((p) => [p.period, p.flow, p.value, p.vintage]);

  it.each<[string, Record<string, string>, Array<[string, string, number, string]>]>([
    [
      "each month of each flow from the latest vintage that has it; balance only within one vintage",
      {},
      [
        ["2023-01", "exports", 50, "2023-03"],
        ["2023-01", "imports", 100, "2023-03"],
        ["2023-01", "balance", -50, "2023-03"],
        ["2024-01", "exports", 95, "2025-04"],
        ["2024-01", "imports", 190, "2025-04"],
        ["2024-01", "balance", -95, "2025-04"],
        ["2024-02", "exports", 96, "2025-04"],
        ["2024-02", "imports", 192.5, "2026-09"],
        ["2024-02", "balance", -95, "2025-04"], // 96 − 191, both of 2025-04: never 96 − 192.5
        ["2024-03", "imports", 193, "2026-09"], // no exports anywhere: no balance
      ],
    ],
    [
      "vintage= gives that vintage's months only",
      { vintage: "2023-03" },
      [
        ["2023-01", "exports", 50, "2023-03"],
        ["2023-01", "imports", 100, "2023-03"],
        ["2023-01", "balance", -50, "2023-03"],
        ["2024-01", "exports", 90, "2023-03"],
        ["2024-01", "imports", 180, "2023-03"],
        ["2024-01", "balance", -90, "2023-03"],
      ],
    ],
    ["an imports-only vintage has no balance", { vintage: "2026-09", flow: "balance" }, []],
  ])("%s", (_name, input, expected) => {
    expect(rows(input)).toEqual(expected);
  });

  it("never reads a first release as quoted in the press into the series", () => {
    expect(nsa({ from: "2024-01", to: "2024-01", flow: "imports" }).points.map((p) => p.vintage)).toEqual(["2025-04"]);
  });

  it("says which months have no balance and why, lists its runs of one vintage and every source", () => {
    const s = nsa();
    expect(s.gaps).toEqual([
      {
        flow: "balance",
        first: "2024-03",
        last: "2024-03",
        reason: expect.objectContaining({ en: expect.stringMatching(/No vintage has exports/) }),
      },
    ]);
    expect(s.spans.filter((x) => x.flow === "imports").map((x) => [x.vintage, x.first, x.last])).toEqual([
      ["2023-03", "2023-01", "2023-01"],
      ["2025-04", "2024-01", "2024-01"],
      ["2026-09", "2024-02", "2024-03"],
    ]);
    expect(s.sources.map((x) => x.id)).toEqual(["old", "nsa", "fred"]);
    expect(s.vintage).toBeNull();
    expect(seriesVintages(multi, "2010", "NSA")).toEqual(["2023-03", "2025-04", "2026-09"]);
  });

  it("orders a vintage known to the day before one known only to the month", () => {
    expect(["2026-02", "2026-02-17", "2026-01-31"].sort(compareVintages)).toEqual([
      "2026-01-31",
      "2026-02-17",
      "2026-02",
    ]);
  });

  it("orders every pair of vintages as their last possible days compare, read in place", () => {
    // "2026-02-31" and "2026-02" end on the same day: the written vintages break the tie.
    const vintages = ["2026", "2026-02", "2026-02-31", "2026-02-17", "2026-03", "2025-12-31", "2026-02-3", "2026-1"];
    const byEnd = (a: string, b: string) => {
      const [x, y] = [vintageEnd(a), vintageEnd(b)];
      return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
    };
    for (const a of vintages)
      for (const b of vintages) expect([a, b, compareVintages(a, b)]).toEqual([a, b, byEnd(a, b)]);
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
