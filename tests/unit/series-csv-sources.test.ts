import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "@/lib/data/read-dataset";
import { getSeries } from "@/lib/data/query-series";
import { seriesQuerySchema } from "@/lib/http/series-query";
import { seriesCsvRows } from "@/lib/export/series-csv";
import { revisionsCsvRows } from "@/lib/export/revisions-csv";
import { revisionHistory } from "@/lib/checks/revisions";

const ds = readDataset(path.resolve(__dirname, "../../data"));
const mexico = ds.partners.get("2010")!;

describe("every CSV row names its own source", () => {
  it.each(["NSA", "SA"] as const)(
    "the %s series of Mexico: source_title is the title of the row's source (several files on NSA)",
    (basis) => {
      const series = getSeries(ds, seriesQuerySchema.parse({ partner: "MX", basis }));
      const rows = seriesCsvRows(series, { partner: mexico, lang: "en" });
      const ids = new Set<string>();
      rows.forEach((row, i) => {
        const point = series.points[i]!;
        ids.add(point.sourceId);
        const titles = point.sourceId.split("+").map((id) => ds.sources.get(id)?.title);
        expect(titles.every(Boolean)).toBe(true);
        expect(row[9]).toBe(titles.join(" + "));
      });
      // NSA imports come from FRED, exports from Census's country file: two sources in one series.
      if (basis === "NSA") expect(ids.size).toBeGreaterThan(1);
    },
  );

  it("a two-way total's revision rows say it is exports + imports", () => {
    const history = revisionHistory(ds, { partner: "2010", flow: "total", basis: "NSA", period: "2024-01" });
    expect(history.entries.length).toBeGreaterThan(0);
    for (const row of revisionsCsvRows(history))
      expect(String(row[10])).toMatch(/^computed: exports \+ imports, from /);
    const balance = revisionHistory(ds, { partner: "2010", flow: "balance", basis: "NSA", period: "2024-01" });
    for (const row of revisionsCsvRows(balance)) expect(String(row[10])).toMatch(/^computed: exports − imports, from /);
  });
});
