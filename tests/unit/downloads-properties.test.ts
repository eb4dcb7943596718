import { describe, expect, it } from "vitest";
import fc from "fast-check";
import Papa from "papaparse";
import { readDataset } from "@/lib/data/read-dataset";
import { reconcileRelease } from "@/lib/checks/reconcile";
import { checksToCsv } from "@/lib/export/checks-csv";
import { seriesToCsv } from "@/lib/export/series-csv";
import { restoreTextCell } from "@/lib/export/csv-cell";
import type { Series } from "@/lib/data/query-series";
import { makeDataDir } from "../helpers/data-dir";

const TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];
const risky = fc.string({
  unit: fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", '"', "'", ",", "a", "é", "1", " "),
});
const text = fc.oneof(risky, fc.string());
const num = fc.double({ noNaN: true, noDefaultInfinity: true });
const parse = (csv: string) => Papa.parse<string[]>(csv.slice(0, -2), { newline: "\r\n" }).data.slice(1);

function expectText(cell: string | undefined, value: string) {
  expect(TRIGGERS).not.toContain(cell?.[0]);
  expect(restoreTextCell(cell ?? "")).toBe(value);
}
function expectNumber(cell: string | undefined, value: number | null) {
  if (value === null) return expect(cell).toBe("");
  expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
  expect(Number(cell)).toBe(value === 0 ? 0 : value);
}

describe("property: checksToCsv never lets a text cell start a formula, and numbers parse back exactly", () => {
  const ds = readDataset(makeDataDir());
  const report = reconcileRelease(ds, ds.releases.get("r1")!);
  it("for any quotes, explanations and values", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            quote: text,
            explanation: text,
            reported: num,
            computed: fc.option(num),
            delta: fc.option(num),
            tolerance: num,
          }),
          { minLength: report.results.length, maxLength: report.results.length },
        ),
        (changes) => {
          const results = report.results.map((r, i) => ({
            ...r,
            ...changes[i]!,
            explanation: { es: changes[i]!.explanation, en: r.explanation.en },
          }));
          const rows = parse(checksToCsv({ ...report, results }, "es", ds.partners));
          expect(rows).toHaveLength(results.length);
          results.forEach((r, i) => {
            const row = rows[i]!;
            expectText(row[3], r.quote);
            expectNumber(row[7], r.reported);
            expectNumber(row[8], r.computed);
            expectNumber(row[9], r.delta);
            expectNumber(row[10], r.tolerance);
            expectText(row[16], r.explanation.es);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("property: seriesToCsv keeps values numbers (negative balances included) and text safe", () => {
  it("for any values and source ids", () => {
    const point = fc.record({ value: num, sourceId: text, computed: fc.boolean() }).map((p) => ({
      period: "2024-01",
      reporter: "US" as const,
      partner: "2010",
      flow: p.computed ? ("balance" as const) : ("exports" as const),
      basis: "SA" as const,
      perspective: "us" as const,
      vintage: "2025-04",
      ...p,
    }));
    fc.assert(
      fc.property(fc.array(point, { maxLength: 10 }), text, (points, name) => {
        const series: Series = {
          query: { partner: "2010", basis: "SA", perspective: "us" },
          vintage: "2025-04",
          source: undefined,
          sources: [],
          spans: [],
          gaps: [],
          points,
        };
        const rows = parse(
          seriesToCsv(series, { partner: { code: "2010", name_en: name, name_es: name }, lang: "es" }),
        );
        expect(rows).toHaveLength(points.length);
        points.forEach((p, i) => {
          expectText(rows[i]![3], name);
          expectNumber(rows[i]![6], p.value);
          expectText(rows[i]![8], p.computed ? `computed: exports − imports, from ${p.sourceId}` : p.sourceId);
        });
      }),
      { numRuns: 300 },
    );
  });
});
