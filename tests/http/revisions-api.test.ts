import { describe, expect, inject, it } from "vitest";
import { readCsv } from "../helpers/csv-read";

const base = inject("baseUrl");
const get = (path: string) => fetch(`${base}${path}`);

interface Entry {
  vintage: string;
  sourceId: string;
  kind: string;
  value: number;
  change: number | null;
  changePercent: number | null;
  computed: boolean;
}

describe("GET /api/revisions", () => {
  it("lists every value held for January 2024 imports from Mexico (NSA), oldest publication first", async () => {
    const res = await get("/api/revisions?partner=MX&flow=imports&basis=NSA&period=2024-01");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { entries: Entry[]; sources: Array<{ id: string } | null> };
    expect(body.entries.map((e) => [e.vintage, e.kind, Math.round(e.value * 10) / 10])).toEqual([
      ["2024-03-07", "reported", 38042],
      ["2025-04", "official", 38042.3],
      ["2026-09", "official", 37826.1],
    ]);
    expect(body.entries[0]?.change).toBeNull();
    expect(body.entries[2]?.change).toBeCloseTo(37826.106079 - 38042.320835, 6);
    expect(body.entries[2]?.changePercent).toBeCloseTo((100 * (37826.106079 - 38042.320835)) / 38042.320835, 4);
    expect(body.sources.map((s) => s?.id)).toEqual([
      "census-first-release-2024-03-07-press",
      "census-country-nsa-2025-04",
      "fred-impmx-2026-09",
    ]);
  });

  it("gives a balance only for vintages that have both flows", async () => {
    const body = (await (await get("/api/revisions?partner=CN&flow=balance&basis=NSA&period=2024-01")).json()) as {
      entries: Entry[];
    };
    expect(body.entries.map((e) => e.vintage)).toEqual([
      "2024-03-07",
      "2025-04",
      "2026-02-17",
      "2026-03-23",
      "2026-06-17",
    ]);
    expect(body.entries.every((e) => e.computed)).toBe(true);
    expect(body.entries.at(-1)?.value).toBeCloseTo(12075.7 - 35770.8, 6);
  });

  it("answers the CSV with the same rows and a metadata file that describes them", async () => {
    const qs = "partner=MX&flow=imports&basis=NSA&period=2024-01";
    const [csv, json, meta] = await Promise.all([
      get(`/api/revisions.csv?${qs}`),
      get(`/api/revisions?${qs}`),
      get(`/api/revisions.metadata.json?${qs}`),
    ]);
    expect([csv.status, json.status, meta.status]).toEqual([200, 200, 200]);
    expect(csv.headers.get("content-disposition")).toContain("balanza_revisions_us-mexico_imports_2024-01_nsa.csv");
    const { header, rows } = readCsv(await csv.text());
    expect(header).toEqual([
      "period",
      "reporter",
      "partner",
      "flow",
      "basis",
      "vintage",
      "kind",
      "value_musd",
      "change_musd",
      "change_percent",
      "source",
    ]);
    const entries = ((await json.json()) as { entries: Entry[] }).entries;
    expect(rows.map((r) => [r.vintage, r.kind, Number(r.value_musd), r.source])).toEqual(
      entries.map((e) => [e.vintage, e.kind, e.value, e.sourceId]),
    );
    expect(rows[0]?.change_musd).toBe("");
    const metadata = (await meta.json()) as {
      columns: Record<string, unknown>;
      sources: unknown[];
      query: { csv: string };
    };
    expect(Object.keys(metadata.columns)).toEqual(header);
    expect(metadata.sources).toHaveLength(3);
    expect(metadata.query.csv).toBe(`/api/revisions.csv?partner=2010&flow=imports&basis=NSA&period=2024-01`);
  });

  it.each([
    ["partner=MX&flow=imports&basis=NSA", 400, "period"],
    ["flow=imports&basis=NSA&period=2024-01", 400, "partner"],
    ["partner=MX&flow=surplus&basis=NSA&period=2024-01", 400, "flow"],
    ["partner=MX&flow=imports&basis=XX&period=2024-01", 400, "basis"],
    ["partner=MX&flow=imports&basis=NSA&period=2024-13", 400, "period"],
    ["partner=MX&flow=imports&basis=NSA&period=2024-01&colour=red", 400, "colour"],
    ["partner=9999&flow=imports&basis=NSA&period=2024-01", 400, "partner"],
    ["partner=MX&flow=imports&basis=NSA&period=2030-01", 404, "period"],
    ["partner=MX&flow=balance&basis=NSA&period=2025-06", 404, "period"],
  ])("%s → %i naming %s", async (qs, status, parameter) => {
    for (const path of ["/api/revisions", "/api/revisions.csv", "/api/revisions.metadata.json"]) {
      const res = await get(`${path}?${qs}`);
      expect(res.status, path).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/json/);
      const body = (await res.json()) as { error: string; parameter: string };
      expect(body.parameter).toBe(parameter);
      expect(body.error.length).toBeGreaterThan(10);
    }
  });
});

describe("GET /api/revisions/stats", () => {
  it("gives the distribution of revisions with the pairs it rests on", async () => {
    const res = await get("/api/revisions/stats");
    expect(res.status).toBe(200);
    const stats = (await res.json()) as {
      method: string;
      totalPairs: number;
      groups: Array<{
        basis: string;
        flow: string;
        partner: string;
        lag: string;
        pairs: number;
        maxPercent: number;
        p95Percent: number;
        medianPercent: number;
      }>;
    };
    expect(stats.method).toMatch(/Every pair/);
    expect(stats.totalPairs).toBeGreaterThan(1000);
    const mx = stats.groups.find(
      (g) => g.basis === "SA" && g.flow === "imports" && g.partner === "2010" && g.lag === "all",
    );
    expect(mx?.pairs).toBeGreaterThanOrEqual(30);
    expect(mx!.medianPercent).toBeLessThanOrEqual(mx!.p95Percent);
    expect(mx!.p95Percent).toBeLessThanOrEqual(mx!.maxPercent);
  });
});

describe("GET /api/series with vintages", () => {
  it(
    "lists the vintages and takes each month from the latest: " + "imports from Mexico reach 2026-07, exports 2025-02",
    async () => {
      const body = (await (await get("/api/series?partner=MX&basis=NSA&from=2025-01")).json()) as {
        vintages: string[];
        points: Array<{ period: string; flow: string; vintage: string; sourceId: string }>;
        gaps: Array<{ first: string; last: string; reason: { en: string } }>;
      };
      expect(body.vintages).toEqual(expect.arrayContaining(["2017-03", "2023-03", "2024-01", "2025-04", "2026-09"]));
      const last = (flow: string) => body.points.filter((p) => p.flow === flow).at(-1);
      expect([last("imports")?.period, last("imports")?.sourceId]).toEqual(["2026-07", "fred-impmx-2026-09"]);
      expect([last("exports")?.period, last("exports")?.vintage]).toEqual(["2025-02", "2025-04"]);
      expect(last("balance")?.period).toBe("2025-02");
      expect(body.gaps).toEqual([
        {
          flow: "balance",
          first: "2025-03",
          last: "2026-07",
          reason: expect.objectContaining({ en: expect.stringMatching(/No vintage has exports/) }),
        },
      ]);
    },
  );

  it("asks for one vintage with vintage=, and names the vintages there are for an unknown one", async () => {
    const one = (await (await get("/api/series?partner=MX&basis=NSA&vintage=2023-03&from=2022-12")).json()) as {
      vintage: string;
      points: Array<{ period: string; vintage: string }>;
    };
    expect(one.vintage).toBe("2023-03");
    expect(one.points.at(-1)?.period).toBe("2023-01");
    const bad = await get("/api/series?partner=MX&basis=NSA&vintage=2024-07");
    expect(bad.status).toBe(400);
    const err = (await bad.json()) as { parameter: string; allowed: string[] };
    expect(err.parameter).toBe("vintage");
    expect(err.allowed).toContain("2026-09");
    const csv = await (await get("/api/series.csv?partner=MX&basis=NSA&flow=imports&from=2026-07")).text();
    expect(csv).toContain("2026-07,US,2010,Mexico,imports,NSA,60549.615043,2026-09,fred-impmx-2026-09,");
  });
});
