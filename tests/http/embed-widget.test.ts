import { createHash } from "node:crypto";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { readDataset } from "@/lib/data/read-dataset";
import { reconcileRelease } from "@/lib/checks/reconcile";
import {
  bridgeView,
  DEFAULT_RANGE,
  rankView,
  releaseMonthView,
  resolveRange,
  seriesBounds,
  seriesViewFromDataset,
} from "@/lib/views";
import { readMarks, valuesByKey } from "../helpers/svg-marks";

const base = inject("baseUrl");
const SLUG = "2024-03-22-index-usa-539";
// The dashboard's view models, from the same data the server reads.
const ds = readDataset(path.join(process.cwd(), "data"));
const release = ds.releases.get(SLUG)!;
const report = reconcileRelease(ds, release);

// The series from the US side, NSA, over 2023: as the widget and its tables page draw it for those options.
const NSA_US_2023 = seriesViewFromDataset(ds, {
  partner: "2010",
  basis: "NSA",
  perspective: "us",
  range: { preset: "custom", from: "2023-01", to: "2023-12" },
  release,
});

async function page(pathAndQuery: string) {
  const res = await fetch(`${base}${pathAndQuery}`);
  return { res, text: await res.text() };
}

describe("GET /embed/{chart}: the widget is server-drawn SVG with the dashboard's numbers", () => {
  it.each(["release-month", "bridge", "series", "rank", "figure"])(
    "%s inlines exactly the one stylesheet its Content-Security-Policy allows by hash",
    async (chart) => {
      const { res, text } = await page(`/embed/${chart}`);
      const styles = [...text.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1] ?? "");
      expect(styles).toHaveLength(1);
      const hash = `'sha256-${createHash("sha256")
        .update(styles[0] ?? "")
        .digest("base64")}'`;
      expect(res.headers.get("content-security-policy")).toContain(`style-src ${hash}`);
    },
  );

  it.each(["release-month", "bridge", "series", "rank", "figure"])(
    "%s answers 200 HTML with title, unit, source line, View in Balanza and Download CSV, and no framework script",
    async (chart) => {
      const { res, text } = await page(`/embed/${chart}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(text).toMatch(/<h1 id="[\w-]+-title">[^<]+<\/h1>/);
      expect(text).toContain("Unidad: ");
      expect(text).toMatch(/<p class="src">Fuente: [^<]*(SA|NSA)[^<]*edición/);
      expect(text).toMatch(/<a href="\/[^"]*#(chart|check)-[\w-]+" target="_blank" rel="noopener">Ver en Balanza/);
      expect(text).toMatch(
        new RegExp(
          String.raw`<a href="\/api\/(series\.csv\?partner=MX&amp;[^"]*bom=1|` +
            String.raw`releases\/2024-03-22-index-usa-539\/` +
            String.raw`(checks|charts\/(release-month|bridge|ranks))\.csv\?[^"]*bom=1)" ` +
            String.raw`download aria-label="Descargar CSV: [^"]+"`,
        ),
      );
      expect([...text.matchAll(/<script[^>]*>/g)].map((m) => m[0])).toEqual(['<script src="/embed-widget.js" defer>']);
      expect(text).not.toContain("/_next/");
      if (chart !== "figure") expect(text).toContain('<svg class="chart"');
    },
  );

  it("release month: every bar is the view model's value, from either perspective", async () => {
    for (const perspective of ["mx", "us"] as const) {
      const view = releaseMonthView(ds, release, report, perspective);
      const drawn = valuesByKey((await page(`/embed/release-month?perspective=${perspective}`)).text);
      const expected = new Map(
        view.rows
          .flatMap((r) => view.series.map((s) => [`${r.flow}|${s.key}`, r.values[s.key]] as const))
          .filter(([, v]) => v !== null),
      );
      expect(drawn).toEqual(expected);
    }
  });

  it("bridge: the four steps are the view model's, and each bar's height is proportional to its step", async () => {
    const view = bridgeView(ds, release, report, "mx")!;
    const { text } = await page("/embed/bridge");
    const marks = readMarks(text);
    expect(marks.map((m) => [m.attrs["data-key"], Number(m.attrs["data-value"])])).toEqual(
      view.steps.map((s) => [s.key, s.value]),
    );
    const perUnit = marks.map((m, i) => Number(m.attrs.height) / Math.abs(view.steps[i]!.end - view.steps[i]!.start));
    for (const r of perUnit) expect(r).toBeCloseTo(perUnit[0]!, 2);
    expect(text).toContain("12,664");
    expect(text).toContain("12,700");
    expect(text).toContain("Dentro del redondeo");
  });

  it("series: one mark per month of the view model (default range), with its balance", async () => {
    const view = seriesViewFromDataset(ds, {
      partner: "2010",
      basis: "SA",
      perspective: "mx",
      range: DEFAULT_RANGE,
      release,
    });
    const drawn = valuesByKey((await page("/embed/series")).text);
    expect([...drawn.keys()]).toEqual(view.rows.map((r) => r.period));
    expect([...drawn.values()]).toEqual(view.rows.map((r) => r.balance));
    const custom = NSA_US_2023;
    const drawnCustom = valuesByKey(
      (await page("/embed/series?basis=NSA&perspective=us&from=2023-01&to=2023-12")).text,
    );
    expect([...drawnCustom.values()]).toEqual(custom.rows.map((r) => r.balance));
    expect(drawnCustom.size).toBe(12);
  });

  it("rank: the month's ranks and totals are the view model's", async () => {
    const claim = release.claims.find((c) => c.measure === "rank")!;
    const bounds = seriesBounds(ds, claim.partner, claim.basis)!;
    const view = rankView(ds, release, report, resolveRange(DEFAULT_RANGE, bounds));
    const marks = readMarks((await page("/embed/rank")).text).filter((m) => /^\d{4}$/.test(m.attrs["data-key"] ?? ""));
    expect(
      marks.map((m) => [m.attrs["data-key"], Number(m.attrs["data-value"]), Number(m.attrs["data-total"])]),
    ).toEqual(view.month.map((e) => [e.partner, e.rank, e.total]));
  });

  it("rank with period: another month's ranks, from the same view model, with no claim checked there", async () => {
    const claim = release.claims.find((c) => c.measure === "rank")!;
    const bounds = seriesBounds(ds, claim.partner, claim.basis)!;
    const view = rankView(ds, release, report, resolveRange(DEFAULT_RANGE, bounds), "2019-06");
    expect(view.period).toBe("2019-06");
    expect(view.status).toBeNull();
    const { res, text } = await page("/embed/rank?period=2019-06&lang=en");
    expect(res.status).toBe(200);
    const marks = readMarks(text).filter((m) => /^\d{4}$/.test(m.attrs["data-key"] ?? ""));
    expect(
      marks.map((m) => [m.attrs["data-key"], Number(m.attrs["data-value"]), Number(m.attrs["data-total"])]),
    ).toEqual(view.month.map((e) => [e.partner, e.rank, e.total]));
    expect(text).toContain("Month chosen: 2019-06");
  });

  it.each(["period=1984-12", "period=2025-03", "period=2024-13", "period=jan"])(
    "rank with %s answers 400 naming the option",
    async (q) => {
      const { res, text } = await page(`/embed/rank?${q}&lang=en`);
      expect(res.status).toBe(400);
      expect(text).toContain("«period»");
    },
  );

  it("figure card: the printed figure and each check's official or computed value", async () => {
    const { text } = await page("/embed/figure?figure=balance&lang=en");
    expect(text).toContain('data-figure="balance" data-value="12700"');
    for (const r of report.results.filter((x) => x.claimId === "balance"))
      expect(text).toContain(`data-check="${r.id}" data-value="${r.computed}"`);
    expect(text).toContain("Within rounding");
    expect(text).toContain("January 2024 (inferred)");
  });
});

describe("GET /embed/{chart}/table: a widget's data tables alone, written open", () => {
  const rowHeads = (text: string) => [...text.matchAll(/<tr><th scope="row">([^<]*)<\/th>/g)].map((m) => m[1] ?? "");

  it("series: the months of the view model, in one open table, and no drawing", async () => {
    const view = NSA_US_2023;
    const { res, text } = await page("/embed/series/table?basis=NSA&perspective=us&from=2023-01&to=2023-12");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(text.match(/<table>/g)).toHaveLength(1);
    expect(text).not.toMatch(/<svg|<details/);
    expect(rowHeads(text)).toEqual(view.rows.map((r) => r.period));
    expect(text).toContain("2023-01");
  });

  it("rank: the release month's table and the history over the range asked for", async () => {
    const { res, text } = await page(`/embed/rank/table?release=${SLUG}&from=2024-03&to=2025-02`);
    expect(res.status).toBe(200);
    expect(text.match(/<table>/g)).toHaveLength(2);
    const heads = rowHeads(text);
    expect(heads.slice(-12)).toEqual([
      ...["2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11"],
      ...["2024-12", "2025-01", "2025-02"],
    ]);
  });

  it("rank with table=history: the history alone, as the dashboard frames it", async () => {
    const { res, text } = await page(`/embed/rank/table?release=${SLUG}&from=2024-03&to=2025-02&table=history`);
    expect(res.status).toBe(200);
    expect(text.match(/<table>/g)).toHaveLength(1);
    expect(rowHeads(text)).toHaveLength(12);
  });

  it.each([
    ["/embed/series/table?table=history", 400, "Valor no válido en la opción «table»."],
    ["/embed/rank/table?lang=en&table=month", 400, "Invalid value for the option «table»."],
    ["/embed/figure/table", 404, "Gráficos de este comunicado"],
    ["/embed/series/table?bogus=1", 400, "Opción desconocida «bogus»."],
    ["/embed/series/table?from=2025-01&to=2024-01", 400, "El mes de la opción «from» es posterior al de «to»"],
    ["/embed/pie/table", 404, "No existe ese gráfico."],
  ])("%s → %i, said in the frame", async (url, status, message) => {
    const { res, text } = await page(url);
    expect(res.status).toBe(status);
    expect(text).toContain(message);
  });
});

describe("bad options: a clear message in the frame, the right status, nothing echoed", () => {
  it.each([
    ["/embed/pie", 404, "No existe ese gráfico."],
    ["/embed/%3Cscript%3Ealert(1)%3C%2Fscript%3E", 404, "No existe ese gráfico."],
    ["/embed/bridge?lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E", 400, "Valor no válido en la opción «lang»."],
    [
      "/embed/bridge?lang=en&theme=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
      400,
      "Invalid value for the option «theme».",
    ],
    ["/embed/series?from=<5000 nines>", 400, "Las opciones son demasiado largas."],
    ["/embed/series?from=2025-01&to=2024-01", 400, "El mes de la opción «from» es posterior al de «to»"],
    ["/embed/rank?lang=en&from=2025-01&to=2024-01", 400, "The month in «from» is after the one in «to»"],
    ["/embed/figure?release=no-such-release", 400, "No existe ese comunicado."],
    // months that miss the data altogether: said, not quietly replaced by others (as /api/series answers 404)
    ["/embed/series?basis=SA&from=1995-01&to=1995-12", 404, "No hay datos en los meses que pide la opción «to»."],
    ["/embed/series?lang=en&from=2030-01", 404, "There are no data in the months asked for by the option «from»."],
    ["/embed/rank?to=1980-12", 404, "Valores admitidos: 1985-01..2025-02"],
    ["/embed/figure?%3Csvg%20onload%3Dalert(1)%3E=1", 400, "Opción desconocida «&lt;svg onload=alert(1)&gt;»."],
  ])("%s → %i", async (label, status, message) => {
    const { res, text } = await page(label.replace("<5000 nines>", "9".repeat(5000)));
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(text).toContain(message);
    expect(text).not.toMatch(/<script>|<img|<svg onload|alert\(1\)<\/script>/);
  });
});

describe("security headers", () => {
  const COMMON = { "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin" };
  it.each(["/embed/bridge", "/embed/pie", "/embed/figure?lang=xx"])(
    "the widget %s may be framed by any site, with a strict CSP",
    async (url) => {
      const res = await fetch(`${base}${url}`);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-ancestors *");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(res.headers.get("x-frame-options")).toBeNull();
      expect(res.headers.get("permissions-policy")).toContain("camera=()");
      for (const [k, v] of Object.entries(COMMON)) expect(res.headers.get(k)).toBe(v);
    },
  );

  it.each(["/", "/embed", "/api/series", "/api/oembed?url=x", "/embed.js", "/embed-widget.js", "/no-such-page"])(
    "%s may not be framed and sends CSP, nosniff, Referrer-Policy, Permissions-Policy",
    async (url) => {
      const res = await fetch(`${base}${url}`);
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("permissions-policy")).toContain("camera=()");
      for (const [k, v] of Object.entries(COMMON)) expect(res.headers.get(k)).toBe(v);
    },
  );
});
