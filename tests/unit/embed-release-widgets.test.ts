import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/get-dataset";
import { frontPageSlug, getChecksReport, getRelease, listReleaseSlugs } from "@/lib/checks/release-checks";
import { releaseMonthView } from "@/lib/views";
import { claimedFiguresView } from "@/lib/views/claimed-figures";
import { dataTableHtml } from "@/lib/render/data-table";
import { firstWidgetOf, releaseWidgets, renderWidget, widgetDrawnHeight } from "@/lib/render/render-widget";
import { parseEmbedOptions } from "@/lib/http/embed/options";
import { defaultHeight } from "@/lib/http/embed/urls";
import { claimedBarsHeight, claimedBarsSvg, labelLines } from "@/lib/render/claimed-svg";
import { readMarks } from "../helpers/svg-marks";
import { statusText } from "@/lib/i18n/status";

const ds = getDataset();
const MONITOR = "2025-09-se-monitor-t-mec-julio-2025";
const render = (chart: string, q: string) => {
  const o = parseEmbedOptions(chart, new URLSearchParams(q));
  if (!o.ok) throw new Error(`${chart}?${q}`);
  return renderWidget(o.value, "https://balanza.example");
};

describe("the widgets of a release's other figures", () => {
  it("draw every figure the view model holds: the stated and the official bar, named, with the dashboard's table", () => {
    const release = getRelease(MONITOR)!;
    const view = claimedFiguresView(ds, release, getChecksReport(MONITOR)!, "mx").find(
      (v) => v.id === "claimed-growth",
    )!;
    const { status, body } = render("claimed-growth", `release=${MONITOR}&lang=en`);
    expect(status).toBe(200);
    const marks = readMarks(body);
    const expected = view.bars.flatMap((b) => [
      ...(b.stated === null ? [] : [[`${b.claimId}|stated`, b.stated] as const]),
      ...(b.official === null ? [] : [[`${b.claimId}|official`, b.official] as const]),
    ]);
    expect(marks.map((m) => [m.attrs["data-key"], Number(m.attrs["data-value"])])).toEqual(expected);
    // One tab stop (the first mark), every mark named; the stated one with its verdict in words.
    expect(marks.map((m) => m.attrs.tabindex)).toEqual(expected.map((_, i) => (i === 0 ? "0" : "-1")));
    const firstBar = view.bars[0]!;
    expect(marks[0]!.attrs["aria-label"]).toContain(`${firstBar.label.en} — Stated in the release`);
    const verdict = statusText(firstBar.status!, "en");
    expect(marks[0]!.attrs["aria-label"]).toContain(`(${verdict.icon} ${verdict.word})`);
    expect(body).toContain(dataTableHtml(view.table, "en").value);
    expect(body).toContain(`<h1 id="claimed-growth-title">${view.title.en}</h1>`);
    expect(body).toContain(
      `href="/api/releases/${MONITOR}/charts/claimed-growth.csv?perspective=mx&amp;bom=1" download`,
    );
    expect(body).toContain(`href="/releases/${MONITOR}?lang=en#chart-claimed-growth"`);
    expect(body).toContain('class="chart claimed-bars sz-m" role="group"');
  });

  it("a release that states no figure of that kind: 404, naming the widgets it offers", () => {
    const slug = frontPageSlug()!;
    const { status, body } = render("claimed-growth", "lang=en");
    expect(status).toBe(404);
    expect(body).toContain("This release has no such chart: it states no figure to show in it.");
    const offered = releaseWidgets(ds, getRelease(slug)!, getChecksReport(slug)!);
    expect(offered).not.toContain("claimed-growth");
    expect(body).toContain(`This release&#39;s charts: ${offered.join(", ")}`);
  });

  it("their snippet height grows with the drawing (its figures and their labels' lines)", () => {
    const none = widgetDrawnHeight({
      chart: "claimed-shares",
      options: { lang: "es", theme: "auto", size: "m", perspective: "mx" },
    });
    expect(none).toBeNull(); // the front page's release states no share
    const [levels, growth] = claimedFiguresView(ds, getRelease(MONITOR)!, getChecksReport(MONITOR)!, "mx");
    const drawn = widgetDrawnHeight({
      chart: "claimed-growth",
      options: { lang: "es", theme: "auto", size: "m", release: MONITOR, perspective: "mx" },
    });
    // The drawing's own height (its viewBox), in the language whose labels take more lines.
    const viewBoxHeight = (lang: "es" | "en") =>
      Number(/viewBox="0 0 420 (\d+)"/.exec(claimedBarsSvg(growth!.bars, "percent", lang).value)![1]);
    expect(drawn).toBe(Math.max(viewBoxHeight("es"), viewBoxHeight("en")));
    expect(drawn).toBeGreaterThan(growth!.bars.length * 72);
    expect(defaultHeight("claimed-growth", "m", drawn)).toBeGreaterThan(
      defaultHeight("claimed-levels", "m", claimedBarsHeight(levels!.bars)),
    );
    expect(defaultHeight("claimed-growth", "l", drawn)).toBeGreaterThan(defaultHeight("claimed-growth", "s", drawn));
  });

  it("break a long label between words into lines that fit the drawing", () => {
    const label = "Crecimiento frente al periodo comparado (Mundo, sin desestacionalizar) (Importaciones) · ene 2025";
    const lines = labelLines(label);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(label);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(52);
    expect(labelLines("Exportaciones · ene 2025")).toEqual(["Exportaciones · ene 2025"]);
  });
});

describe("firstWidgetOf: the chart a dashboard URL's oEmbed embeds", () => {
  it.each(listReleaseSlugs())("%s: the release month if it states one, else its first other figures", (slug) => {
    const release = getRelease(slug)!;
    const report = getChecksReport(slug)!;
    const stated = releaseMonthView(ds, release, report, "mx").rows.some((r) => r.values.stated !== null);
    const claimed = claimedFiguresView(ds, release, report);
    const expected = stated
      ? { chart: "release-month" }
      : claimed[0]
        ? { chart: claimed[0].id }
        : { chart: "figure", figure: release.claims[0]!.id };
    expect(firstWidgetOf(slug)).toEqual(expected);
    // …and that widget has something to show.
    const q = new URLSearchParams({ release: slug, ...(expected.figure ? { figure: expected.figure } : {}) });
    expect(render(expected.chart, q.toString()).status).toBe(200);
  });

  it("the library has releases of both kinds, so both branches above are exercised", () => {
    const charts = listReleaseSlugs().map((s) => firstWidgetOf(s).chart);
    expect(charts).toContain("release-month");
    expect(charts.some((c) => c.startsWith("claimed-"))).toBe(true);
    expect(firstWidgetOf(undefined)).toEqual(firstWidgetOf(frontPageSlug()));
  });
});
