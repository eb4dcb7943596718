import { describe, expect, it } from "vitest";
import { readDataset } from "@/lib/data/read-dataset";
import { checkFigure, annualRevisionBetween, type CheckInput } from "@/lib/checks/check-figure";
import { revisionBound } from "@/lib/checks/revision-bound";
import { checkText } from "@/lib/claims/check-text";
import { HEADER, makeDataDir, wideRow } from "../helpers/data-dir";

// A small dataset (one NSA vintage of 2025-04) so each rule is seen on numbers chosen for it.
const ds = readDataset(
  makeDataDir({
    "census/nsa_vintage-2025-04.csv":
      [
        HEADER,
        wideRow(2024, "1220", [900, 910], [800, 820]),
        wideRow(2024, "2010", [1000.7, 1100], [600.4, 650]),
        wideRow(2024, "5700", [500, 520], [100, 110]),
      ].join("\n") + "\n",
    "reported/first.csv": "partner,period,flow,value_musd,note\n5700,2024-01,imports,500,wire\n",
  }),
);

const base: Omit<CheckInput, "value" | "precision" | "date"> = {
  partner: "2010",
  flow: "us_imports",
  basis: "NSA",
  months: ["2024-01"],
  kind: "level",
  truncates: false,
};

describe("checkFigure verdict rules", () => {
  it.each<[string, number, number, string, string, string | null]>([
    // name, printed value ($M), printed step, text date, verdict, fit
    ["rounded to $1M", 1001, 1, "2024-03-08", "within_rounding", "rounded"],
    ["cut to $1M (within one printed unit)", 1000, 1, "2024-03-08", "within_rounding", "truncated"],
    ["rounded to $0.1 billion", 1000, 100, "2024-03-08", "within_rounding", "rounded"],
    ["off by more than a revision, no annual revision since", 1100, 1, "2025-03-01", "mismatch", null],
    ["off within revision size, only later data", 1020, 1, "2024-03-08", "revised", null],
    ["off beyond revision size across a June revision", 1100, 1, "2024-03-08", "unverified", null],
    ["against a vintage published before the text", 1070, 1, "2025-05-02", "mismatch", null],
  ])("%s", (_name, value, precision, date, verdict, fit) => {
    const c = checkFigure(ds, { ...base, value, precision, date });
    expect(c.verdict).toBe(verdict);
    expect(c.fit).toBe(fit);
    expect(c.official).toBeCloseTo(1000.7, 6);
    expect(c.explanation.es.length).toBeGreaterThan(20);
    expect(c.explanation.en.length).toBeGreaterThan(20);
  });

  it("does not truncate at coarse steps unless the outlet does: $0.9 billion is not 1000.7 cut", () => {
    expect(checkFigure(ds, { ...base, value: 900, precision: 100, date: "2024-03-08" }).fit).toBeNull();
    expect(
      checkFigure(ds, { ...base, value: 900, precision: 100, date: "2024-03-08", truncates: true }).fit,
    ).toBeNull();
  });

  it("computes growth from the two months of one vintage", () => {
    const c = checkFigure(ds, {
      ...base,
      kind: "growth_pct",
      months: ["2024-02"],
      compareMonths: ["2024-01"],
      value: 9.9,
      precision: 0.1,
      date: "2024-04-04",
    });
    expect(c.official).toBeCloseTo((1100 / 1000.7 - 1) * 100, 6);
    expect(c.verdict).toBe("within_rounding");
  });

  it("sums a level over months and signs a balance from the US side", () => {
    const c = checkFigure(ds, {
      ...base,
      flow: "balance",
      months: ["2024-01", "2024-02"],
      value: -850,
      precision: 1,
      date: "2024-04-04",
    });
    expect(c.official).toBeCloseTo(600.4 + 650 - 1000.7 - 1100, 6);
    expect(c.verdict).toBe("within_rounding");
  });

  it("leaves a figure no vintage covers unverified, saying so", () => {
    const c = checkFigure(ds, { ...base, months: ["2025-06"], value: 1000, precision: 1, date: "2025-08-05" });
    expect(c.verdict).toBe("unverified");
    expect(c.official).toBeNull();
  });
});

describe("revision bound (lib/checks/revision-bound.ts)", () => {
  it.each([
    ["NSA", "us_imports", "level", 1000, null, 35],
    ["SA", "us_exports", "level", 1000, null, 50],
    ["NSA", "balance", "level", -400, 1000, 35],
    ["SA", "us_imports", "change", 120, 2000, 100],
  ] as const)("%s %s %s", (basis, flow, kind, level, imports, musd) => {
    expect(revisionBound({ basis, flow, kind, level, partnerImports: imports }).musd).toBeCloseTo(musd, 9);
  });

  it("knows when a June annual revision lies between a text and a vintage", () => {
    expect(annualRevisionBetween("2024-03-08", "2025-04")).toBe(true);
    expect(annualRevisionBetween("2025-03-01", "2025-04")).toBe(false);
    expect(annualRevisionBetween("2024-07-01", "2025-05")).toBe(false);
  });
});

describe("checkText on composed texts", () => {
  it("reads a transition as the change from one month to the next", () => {
    const r = checkText(ds, {
      text: "U.S. imports from Mexico increased $99 million from January to February 2024.",
      date: "2024-04-04",
    });
    const f = r.figures.find((x) => x.claim);
    expect(f).toMatchObject({
      kind: "change",
      flow: "us_imports",
      value: 99,
      months: ["2024-02"],
      compareMonths: ["2024-01"],
    });
    expect(f?.verdict).toBe("within_rounding");
  });

  it("exposes the mislabelled one of two figures that add up to the text's total", () => {
    const r = checkText(ds, {
      text:
        "En enero de 2024 las exportaciones mexicanas sumaron 1,001 millones de dólares y las ventas de México a " +
        "Estados Unidos 600 millones de dólares, con un comercio total de 1,601 millones de dólares.",
      date: "2024-03-08",
    });
    const wrong = r.figures.find((f) => f.quote.startsWith("600"));
    expect(wrong?.flow).toBe("us_imports");
    expect(wrong?.verdict).toBe("mismatch");
    expect(r.figures.find((f) => f.quote.startsWith("1,001"))?.verdict).toBe("within_rounding");
    expect(r.figures.find((f) => f.quote.startsWith("1,601"))?.verdict).toMatch(/exact|within_rounding/);
  });

  it("infers the month a silent text means, with its reason and the runner-up", () => {
    const r = checkText(ds, {
      text: "Las exportaciones de México a Estados Unidos fueron de 1,100 millones de dólares.",
      date: "2024-04-10",
    });
    const f = r.figures.find((x) => x.claim);
    expect(f?.months).toEqual(["2024-02"]);
    expect(f?.periodStated).toBe(false);
    expect(f?.reasons?.period?.en).toMatch(/names no period/);
    expect(r.inference?.runnerUp).not.toBeNull();
  });

  it("reads English 'exports' with nobody named from the side the data explain", () => {
    const r = checkText(ds, { text: "Exports were 1,001 million dollars in January 2024.", date: "2024-03-08" });
    expect(r.figures.find((x) => x.claim)).toMatchObject({ flow: "us_imports", verdict: "within_rounding" });
  });
});
