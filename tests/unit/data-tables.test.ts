import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/get-dataset";
import { frontPageSlug, getChecksReport, getRelease } from "@/lib/checks/release-checks";
import { bridgeView, rankView, releaseMonthView, seriesViewFromDataset } from "@/lib/views";
import { dataTableHtml } from "@/lib/render/data-table";
import { renderWidget } from "@/lib/render/render-widget";
import { parseEmbedOptions } from "@/lib/http/embed/options";

const slug = frontPageSlug()!;
const release = getRelease(slug)!;
const report = getChecksReport(slug)!;
const ds = getDataset();
const widget = (chart: string, q = "") => {
  const o = parseEmbedOptions(chart, new URLSearchParams(q));
  if (!o.ok) throw new Error(chart);
  return renderWidget(o.value, "https://balanza.example").body;
};
const rank = rankView(ds, release, report, { from: "2024-01", to: "2025-02" });
const series = seriesViewFromDataset(ds, {
  partner: "2010",
  basis: "SA",
  perspective: "mx",
  range: { preset: "5y" },
  release,
});

describe("one table per chart, the same on the dashboard and in the widget", () => {
  it.each([
    ["release-month", releaseMonthView(ds, release, report, "mx").table],
    ["bridge", bridgeView(ds, release, report, "mx")!.table],
    ["series", series.table],
    ["rank", rank.table],
  ] as const)("%s: the widget shows the dashboard's table", (chart, table) => {
    expect(widget(chart)).toContain(dataTableHtml(table, "es").value);
  });

  it("the bridge table has Step, Value, Start and End, in each language's numbers", () => {
    const es = dataTableHtml(bridgeView(ds, release, report, "mx")!.table, "es").value;
    expect(es).toMatch(/<th scope="col">Paso<\/th>.*Valor.*Desde.*Hasta/s);
    expect(es).toContain('<td class="num">39,874</td>');
    expect(widget("bridge", "lang=en")).toMatch(/Step<\/th>.*Value.*From.*To/s);
  });

  it("the series table has each flow's year-on-year change, and marks the release month", () => {
    const html = dataTableHtml(series.table, "en").value;
    expect(html.match(/<th colspan="2" scope="col">/g)).toHaveLength(3);
    expect(html.match(/<td class="num yoy">YoY /g)).toHaveLength(series.rows.length * 3);
    expect(html).toMatch(/<tr class="release-row"><th scope="row">\d{4}-\d{2} \(release month\)<\/th>/);
  });

  it("only the dashboard's tables link rows to the release's figures (data-claim, a Tab stop)", () => {
    const table = releaseMonthView(ds, release, report, "mx").table;
    expect(dataTableHtml(table, "es", { linked: true }).value).toMatch(/<tr data-claim="exports" tabindex="0">/);
    expect(dataTableHtml(table, "es").value).not.toContain("data-claim");
    expect(widget("release-month")).not.toMatch(/<tr[^>]*tabindex/);
  });
});
