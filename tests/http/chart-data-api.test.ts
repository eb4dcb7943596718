import { describe, expect, inject, it } from "vitest";
import { readDataset } from "@/lib/data/read-dataset";
import { reconcileRelease } from "@/lib/checks/reconcile";
import { releaseMonthView } from "@/lib/views/release-month";
import { bridgeView } from "@/lib/views/bridge";
import { rankView } from "@/lib/views/rank";
import { partnerRanking } from "@/lib/checks/partner-ranking";
import { readCsv, FORMULA_TRIGGERS } from "../helpers/csv-read";

const base = inject("baseUrl");
const SLUG = "2024-03-22-index-usa-539";
const get = (path: string) => fetch(`${base}${path}`);
const cell = (v: number | string | null | undefined) => (v === null || v === undefined ? "" : String(v));
// The same data/ the server reads: the CSV must hold exactly the numbers the chart's view model gives.
const ds = readDataset("data");
const release = ds.releases.get(SLUG)!;
const report = reconcileRelease(ds, release);
// Which source each series of the release-month chart is drawn from (data/sources.json).
const SOURCE_OF: Record<string, string> = {
  stated: `release ${SLUG} (its own figures)`,
  officialSA: "census-ctyseasonal-sa-2025-04",
  officialNSA: "census-country-nsa-2025-04",
  reportedNSA: "census-first-release-2024-03-07-press",
};

describe("GET /api/releases/{slug}/charts/{chart}.csv: exactly the numbers each chart draws", () => {
  it.each(["mx", "us"] as const)("release-month (perspective %s)", async (perspective) => {
    const res = await get(`/api/releases/${SLUG}/charts/release-month.csv?perspective=${perspective}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="balanza_${SLUG}_release-month_${perspective}.csv"`,
    );
    const view = releaseMonthView(ds, release, report, perspective);
    const { rows } = readCsv(await res.text());
    expect(rows).toEqual(
      view.rows.flatMap((r) =>
        view.series.map((s) => ({
          period: "2024-01",
          partner_code: "2010",
          partner_name: "Mexico",
          perspective,
          flow: r.flow,
          series: s.key,
          kind: s.kind,
          basis: s.basis,
          vintage: cell(s.vintage),
          source: SOURCE_OF[s.key],
          source_title: s.kind === "release" ? release.meta.title : ds.sources.get(SOURCE_OF[s.key]!)!.title,
          value_musd: cell(r.values[s.key]),
        })),
      ),
    );
    const stated = rows.find((r) => r.flow === "exports" && r.series === "stated");
    expect(stated?.value_musd).toBe(perspective === "mx" ? "39874" : "27210");
  });

  it("bridge: 39,874 − 27,210 = 12,664 beside the printed 12,700, imports a negative number", async () => {
    const { rows } = readCsv(await (await get(`/api/releases/${SLUG}/charts/bridge.csv`)).text());
    const view = bridgeView(ds, release, report, "mx")!;
    expect(rows.map((r) => [r.step, r.value_musd, r.start_musd, r.end_musd, r.status])).toEqual(
      view.steps.map((s) => [s.key, cell(s.value), cell(s.start), cell(s.end), cell(s.status)]),
    );
    expect(rows.map((r) => r.value_musd)).toEqual(["39874", "-27210", "12664", "12700"]);
    for (const r of rows) expect(FORMULA_TRIGGERS).not.toContain(r.step?.[0]);
  });

  it("ranks: each month and partner, with the totals ranked; Mexico first in January 2024", async () => {
    const res = await get(`/api/releases/${SLUG}/charts/ranks.csv?from=2023-11&to=2024-02`);
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="balanza_${SLUG}_ranks_2023-11_2024-02.csv"`,
    );
    const { header, rows } = readCsv(await res.text());
    expect(header).toEqual([
      "period",
      "partner_code",
      "partner_name",
      "rank",
      "total_musd",
      "us_exports_musd",
      "us_imports_musd",
      "release_month",
      "basis",
      "vintage",
      "source",
      "source_title",
    ]);
    const view = rankView(ds, release, report, { from: "2023-11", to: "2024-02" });
    expect(rows.map((r) => [r.period, r.partner_code, r.rank])).toEqual(
      view.history.flatMap((h) => view.partners.map((p) => [h.period, p.partner, cell(h.ranks[p.partner])])),
    );
    for (const r of rows) {
      const t = partnerRanking(ds, r.period!, "NSA", release.meta.date)?.rows.find((x) => x.partner === r.partner_code);
      expect([Number(r.total_musd), Number(r.us_exports_musd), Number(r.us_imports_musd)]).toEqual([
        t?.total,
        t?.exports,
        t?.imports,
      ]);
    }
    expect(rows.find((r) => r.period === "2024-01" && r.partner_code === "2010")).toMatchObject({
      rank: "1",
      release_month: "yes",
      partner_name: "Mexico",
    });
  });

  it("has a metadata.json companion for each chart", async () => {
    const m = await (await get(`/api/releases/${SLUG}/charts/ranks.metadata.json?from=2024-01&to=2024-12`)).json();
    expect(m.query).toEqual({
      csv: `/api/releases/${SLUG}/charts/ranks.csv?from=2024-01&to=2024-12`,
      json: null,
      parameters: { slug: SLUG, from: "2024-01", to: "2024-12" },
    });
    expect(m.sources.map((s: { id: string }) => s.id)).toEqual(["census-country-nsa-2025-04"]);
    expect(m).toMatchObject({
      vintage: "2025-04",
      lastUpdated: "2025-04",
      fileName: `balanza_${SLUG}_ranks_2024-01_2024-12.csv`,
    });
    expect(Object.keys(m.columns)).toEqual(readCsv(await (await get(m.query.csv)).text()).header);
  });

  it.each([
    [`/api/releases/nope/charts/bridge.csv`, 404, "slug"],
    [`/api/releases/${SLUG}/charts/pie.csv`, 404, "file"],
    [`/api/releases/${SLUG}/charts/bridge.csv?perspective=ca`, 400, "perspective"],
    [`/api/releases/${SLUG}/charts/bridge.csv?from=2024-01`, 400, "from"],
    [`/api/releases/${SLUG}/charts/ranks.csv?from=2024-05&to=2024-01`, 400, "from"],
    [`/api/releases/${SLUG}/charts/ranks.csv?from=2030-01&to=2030-02`, 404, "from"],
    [`/api/releases/${SLUG}/charts/ranks.csv?to=1980-01`, 400, "from"],
    [`/api/releases/${SLUG}/charts/ranks.metadata.json?bom=1`, 400, "bom"],
    [`/api/releases/${SLUG}/ranks?from=2024-05&to=2024-01`, 400, "from"],
  ])("%s → %i naming %s", async (path, status, parameter) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const body = await res.json();
    expect(body.parameter).toBe(parameter);
    expect(body.allowed).toEqual(expect.any(Array));
  });
});
