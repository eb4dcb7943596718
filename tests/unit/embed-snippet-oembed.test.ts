import { describe, expect, it } from "vitest";
import { parseEmbedOptions } from "@/lib/http/embed/options";
import { embedSnippet } from "@/lib/render/snippet";
import { oembedResponse, widgetForUrl } from "@/lib/http/embed/oembed";
import { csvPath, dashboardPath, defaultHeight } from "@/lib/http/embed/urls";
import type { EmbedChart } from "@/lib/http/embed/chart-options";

const ORIGIN = "https://balanza.example";
const SLUGS = ["2024-03-22-index-usa-539", "2025-09-se-monitor-t-mec-julio-2025", "2099-01-a-rank-only"];
// What the route asks of the dataset (firstWidgetOf, tested on the library in embed-release-widgets.test.ts), stood
// in for here: a release with a release month, one with only spans, rates and shares (its first chart of other
// figures), one whose only figure makes no chart (its card).
const FIRST: Record<string, { chart: EmbedChart; figure?: string }> = {
  [SLUGS[0]!]: { chart: "release-month" },
  [SLUGS[1]!]: { chart: "claimed-levels" },
  [SLUGS[2]!]: { chart: "figure", figure: "rank" },
};
const first = (slug: string | undefined) => FIRST[slug ?? SLUGS[0]!]!;
const widget = (chart: string, q = "") => {
  const r = parseEmbedOptions(chart, new URLSearchParams(q));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe("embedSnippet", () => {
  it("is a titled, lazy iframe as tall as the whole widget, plus the loader from Balanza's origin", () => {
    const s = embedSnippet(ORIGIN, widget("bridge", "lang=en&theme=dark"));
    expect(s).toMatch(
      new RegExp(
        /^<iframe src="https:\/\/balanza\.example\/embed\/bridge\?lang=en&amp;theme=dark" /.source +
          /title="Balanza — From the arithmetic to the printed balance" /.source +
          /loading="lazy" width="100%" height="742"/.source,
      ),
    );
    expect(s).toContain(`<script src="${ORIGIN}/embed.js" async></script>`);
    expect(defaultHeight("bridge", "m")).toBe(742); // the measured height; tests/e2e checks the widget fits it
  });
});

describe("widgetForUrl", () => {
  it("takes an embed URL as it is and a dashboard URL as its release-month chart in the same state", () => {
    expect(widgetForUrl(`${ORIGIN}/embed/rank?lang=en`, ORIGIN, SLUGS, first)).toMatchObject({
      ok: true,
      value: { chart: "rank", options: { lang: "en" } },
    });
    expect(widgetForUrl(`${ORIGIN}/?lang=en&perspective=us`, ORIGIN, SLUGS, first)).toMatchObject({
      ok: true,
      value: { chart: "release-month", options: { lang: "en", perspective: "us" } },
    });
    expect(widgetForUrl(`${ORIGIN}/releases/${SLUGS[0]}`, ORIGIN, SLUGS, first)).toMatchObject({
      ok: true,
      value: { options: { release: SLUGS[0] } },
    });
  });

  it("maps a dashboard URL to its release's first chart with something to show, keeping lang (and perspective)", () => {
    const monitor = widgetForUrl(`${ORIGIN}/releases/${SLUGS[1]}?lang=en&perspective=us`, ORIGIN, SLUGS, first);
    // The charts of other figures are seen from the view's side too.
    expect(monitor).toEqual({
      ok: true,
      value: {
        chart: "claimed-levels",
        options: { lang: "en", theme: "auto", size: "m", release: SLUGS[1], perspective: "us" },
      },
    });
    expect(widgetForUrl(`${ORIGIN}/releases/${SLUGS[2]}?lang=en`, ORIGIN, SLUGS, first)).toEqual({
      ok: true,
      value: {
        chart: "figure",
        options: { lang: "en", theme: "auto", size: "m", release: SLUGS[2], figure: "rank" },
      },
    });
    expect(widgetForUrl(`${ORIGIN}/releases/${SLUGS[0]}?perspective=us`, ORIGIN, SLUGS, first)).toMatchObject({
      ok: true,
      value: { chart: "release-month", options: { perspective: "us", release: SLUGS[0] } },
    });
  });

  it.each([
    ["https://evil.example/embed/bridge", 404],
    [`${ORIGIN}/api/series`, 404],
    [`${ORIGIN}/releases/no-such-release`, 404],
    [`${ORIGIN}/embed/pie`, 404],
    [`${ORIGIN}/embed/bridge?lang=xx`, 400],
    ["not a url", 400],
  ])("%s → %i", (url, status) => {
    expect(widgetForUrl(url, ORIGIN, SLUGS, first)).toMatchObject({ ok: false, status, error: { parameter: "url" } });
  });
});

describe("oembedResponse", () => {
  it("fits maxwidth and maxheight", () => {
    const r = oembedResponse(ORIGIN, widget("series"), { maxwidth: 400, maxheight: 300 });
    expect(r).toMatchObject({
      version: "1.0",
      type: "rich",
      width: 400,
      height: 300,
      provider_name: "Balanza",
      provider_url: `${ORIGIN}/`,
    });
    expect(r.html).toContain('width="400" height="300"');
  });
});

describe("the widget's links", () => {
  const slug = SLUGS[0]!;
  it("Download CSV: the data endpoints' URLs (issue 4) for exactly what the widget shows", () => {
    expect(csvPath(widget("series", "basis=NSA&perspective=us"), slug, { from: "2024-01", to: "2024-12" })).toBe(
      "/api/series.csv?partner=MX&basis=NSA&from=2024-01&to=2024-12&perspective=us&bom=1",
    );
    expect(csvPath(widget("release-month", "perspective=us"), slug)).toBe(
      `/api/releases/${slug}/charts/release-month.csv?perspective=us&bom=1`,
    );
    expect(csvPath(widget("bridge"), slug)).toBe(`/api/releases/${slug}/charts/bridge.csv?perspective=mx&bom=1`);
    expect(csvPath(widget("rank"), slug, { from: "2020-03", to: "2025-02" })).toBe(
      `/api/releases/${slug}/charts/ranks.csv?from=2020-03&to=2025-02&bom=1`,
    );
    expect(csvPath(widget("figure", "lang=en"), slug)).toBe(`/api/releases/${slug}/checks.csv?lang=en&bom=1`);
    // A chart of the release's other figures: that chart's own CSV, its names in the widget's language.
    expect(csvPath(widget("claimed-growth", `release=${slug}`), slug)).toBe(
      `/api/releases/${slug}/charts/claimed-growth.csv?perspective=mx&lang=es&bom=1`,
    );
    expect(csvPath(widget("claimed-shares", "lang=en"), slug)).toBe(
      `/api/releases/${slug}/charts/claimed-shares.csv?perspective=mx&bom=1`,
    );
  });

  it("View in Balanza: the dashboard's query string (lang, perspective, basis, range) and the chart's anchor", () => {
    expect(dashboardPath(widget("series", "lang=en&perspective=us&basis=NSA&range=12m"), slug)).toBe(
      "/?lang=en&perspective=us&basis=NSA&range=12m#chart-series",
    );
    expect(dashboardPath(widget("series", "from=2020-01"), slug, { from: "2020-01", to: "2025-02" })).toBe(
      "/?range=2020-01..2025-02#chart-series",
    );
    expect(dashboardPath(widget("figure", `figure=exports&release=${slug}`), "a-newer-release")).toBe(
      `/releases/${slug}#check-claim-exports`,
    );
    expect(dashboardPath(widget("claimed-levels", `lang=en&release=${slug}`), "a-newer-release")).toBe(
      `/releases/${slug}?lang=en#chart-claimed-levels`,
    );
  });
});
