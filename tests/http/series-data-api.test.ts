import { describe, expect, inject, it } from "vitest";
import fc from "fast-check";
import { readCsv, FORMULA_TRIGGERS } from "../helpers/csv-read";
import { readDataset } from "@/lib/data/read-dataset";

// The partners file the server reads: the CSV names each partner from it.
const partnersFile = [...readDataset("data").partners.values()];

const base = inject("baseUrl");
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

interface Point {
  period: string;
  reporter: string;
  partner: string;
  flow: string;
  basis: string;
  perspective: string;
  value: number;
  vintage: string;
  sourceId: string;
  computed: boolean;
}
interface SeriesBody {
  query: Record<string, string>;
  vintage: string;
  source: { id: string; title: string } | null;
  /** Every source the points draw on (a series takes each month from the latest vintage that has it). */
  sources: Array<{ id: string; title: string }>;
  points: Point[];
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** Parses the CSV of a query and checks it cell by cell against the JSON of the same query. */
async function expectCsvEqualsJson(qs: string) {
  const [csvRes, jsonRes] = await Promise.all([get(`/api/series.csv?${qs}`), get(`/api/series?${qs}`)]);
  expect([csvRes.status, jsonRes.status]).toEqual([200, 200]);
  const json = (await jsonRes.json()) as SeriesBody;
  const { header, rows } = readCsv(await csvRes.text());
  expect(header).toEqual([
    "period",
    "reporter",
    "partner_code",
    "partner_name",
    "flow",
    "basis",
    "value_musd",
    "vintage",
    "source",
    "source_title",
  ]);
  const names = new Map(partnersFile.map((p) => [p.code, p.name_en]));
  const titles = new Map(json.sources.map((s) => [s.id, s.title]));
  // Each row's own source (a balance's "a+b" where its two flows are two files of one vintage).
  const titleOf = (id: string) =>
    id
      .split("+")
      .map((one) => titles.get(one))
      .join(" + ");
  expect(rows).toHaveLength(json.points.length);
  rows.forEach((row, i) => {
    const p = json.points[i]!;
    expect(row.value_musd).toMatch(NUMBER);
    expect({ ...row, value_musd: Number(row.value_musd) }).toEqual({
      period: p.period,
      reporter: p.reporter,
      partner_code: p.partner,
      partner_name: names.get(p.partner),
      flow: p.flow,
      basis: p.basis,
      value_musd: p.value,
      vintage: p.vintage,
      source: p.computed ? `computed: exports − imports, from ${p.sourceId}` : p.sourceId,
      source_title: titleOf(p.sourceId),
    });
    for (const cell of [row.period, row.reporter, row.partner_code, row.flow, row.basis, row.vintage, row.source])
      expect(FORMULA_TRIGGERS).not.toContain(cell?.[0]);
  });
  return { json, rows };
}

describe("GET /api/series (JSON, backward compatible)", () => {
  it("keeps its shape: query, vintage, source, points with every field", async () => {
    const res = await get("/api/series?from=2024-01&to=2024-01");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await res.json()) as SeriesBody;
    // The one-vintage fields stay; issue 11 adds every source, the vintages there are, the runs of one vintage, gaps.
    expect(Object.keys(body)).toEqual(["query", "vintage", "source", "sources", "vintages", "spans", "gaps", "points"]);
    expect(body.query).toEqual({ partner: "2010", basis: "SA", from: "2024-01", to: "2024-01", perspective: "us" });
    expect(body.source?.id).toBe("census-ctyseasonal-sa-2025-04");
    expect(body.points.map((p) => [p.flow, Math.round(p.value * 10) / 10, p.computed])).toEqual([
      ["exports", 26908.6, false],
      ["imports", 39656.8, false],
      ["balance", -12748.2, true],
    ]);
  });
});

describe("GET /api/series.csv", () => {
  it("is RFC 4180 UTF-8 with a header row, CRLF line ends, and a file name that says what it is", async () => {
    const res = await get("/api/series.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="balanza_us-mexico_2009-01_2025-02_sa.csv"',
    );
    const text = await res.text();
    expect(
      text.startsWith(
        "period,reporter,partner_code,partner_name,flow,basis,value_musd,vintage,source,source_title\r\n",
      ),
    ).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(text.split("\r\n")).toHaveLength(1 + 194 * 3 + 1);
  });

  it.each([
    [
      "partner=MX&from=2024-01&to=2024-01",
      [
        ["exports", 26908.6],
        ["imports", 39656.8],
        ["balance", -12748.2],
      ],
    ],
    [
      "partner=MX&perspective=mx&from=2024-01&to=2024-01",
      [
        ["exports", 39656.8],
        ["imports", 26908.6],
        ["balance", 12748.2],
      ],
    ],
    [
      "partner=mx&basis=NSA&from=2024-01&to=2024-01",
      [
        ["exports", 26481.5],
        ["imports", 37826.1], // FRED IMPMX of 2026-09, the latest vintage that has the month
        ["balance", -11560.8], // 26,481.5 − 38,042.3, both of 2025-04: never from two vintages
      ],
    ],
    ["partner=CA&basis=NSA&flow=imports&from=2024-01&to=2024-01", [["imports", 0]]],
    ["partner=CN&flow=exports&from=2024-01&to=2024-01", [["exports", 0]]],
    ["partner=5700&flow=exports&from=2024-01&to=2024-01", [["exports", 0]]],
    ["partner=4280&basis=SA&flow=balance&from=2024-01&to=2024-01", [["balance", 0]]],
  ])("%s: CSV equals JSON cell by cell", async (qs, expected) => {
    const { rows } = await expectCsvEqualsJson(qs);
    expect(rows.map((r) => r.flow)).toEqual(expected.map(([flow]) => flow));
    for (const [i, [, value]] of expected.entries())
      if (value !== 0) expect(Math.round(Number(rows[i]!.value_musd) * 10) / 10).toBe(value);
  });

  it("filters by an inclusive month range and names the covered months in the file name", async () => {
    const res = await get("/api/series.csv?partner=MX&perspective=mx&flow=balance&from=2023-11&to=2024-02&basis=NSA");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="balanza_mexico-us_balance_2023-11_2024-02_nsa.csv"',
    );
    expect(readCsv(await res.text()).rows.map((r) => r.period)).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
  });

  it("writes negative balances as numbers, never neutralised text", async () => {
    const { rows } = readCsv(await (await get("/api/series.csv?flow=balance")).text());
    const negatives = rows.filter((r) => r.value_musd?.startsWith("-"));
    expect(negatives.length).toBeGreaterThan(100);
    for (const r of negatives) expect(r.value_musd).toMatch(NUMBER);
  });

  it("bom=1 prefixes the UTF-8 byte-order mark and changes nothing else", async () => {
    const [plain, bom] = await Promise.all([
      get("/api/series.csv?partner=MX&from=2024-01"),
      get("/api/series.csv?partner=MX&from=2024-01&bom=1"),
    ]);
    const [a, b] = [new Uint8Array(await plain.arrayBuffer()), new Uint8Array(await bom.arrayBuffer())];
    expect([...b.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(b.slice(3)).equals(Buffer.from(a))).toBe(true);
    expect(plain.headers.get("etag")).not.toBe(bom.headers.get("etag"));
    expect((await get("/api/series.csv?bom=0")).status).toBe(200);
  });

  it("/api/series?format=csv answers the same bytes as /api/series.csv, and format=json the JSON", async () => {
    const qs = "partner=MX&basis=NSA&from=2020-01&to=2020-12";
    const [a, b, c, d] = await Promise.all([
      get(`/api/series.csv?${qs}&bom=1`),
      get(`/api/series?${qs}&format=csv&bom=1`),
      get(`/api/series?${qs}&format=json`),
      get(`/api/series?${qs}`),
    ]);
    expect(await b.text()).toBe(await a.text());
    expect(b.headers.get("content-disposition")).toBe(a.headers.get("content-disposition"));
    expect(b.headers.get("etag")).toBe(a.headers.get("etag"));
    expect(await c.text()).toBe(await d.text());
  });

  it(
    "property: for any valid query, the CSV parses back to exactly the JSON's values and no " +
      "text cell can start a formula",
    async () => {
      const month = fc
        .record({ y: fc.integer({ min: 2009, max: 2025 }), m: fc.integer({ min: 1, max: 12 }) })
        .map(({ y, m }) => `${y}-${String(m).padStart(2, "0")}`)
        .filter((p) => p <= "2025-02");
      const query = fc
        .record({
          partner: fc.constantFrom("MX", "CA", "CN", "2010", "4280"),
          flow: fc.constantFrom(undefined, "exports", "imports", "balance"),
          basis: fc.constantFrom("SA", "NSA"),
          months: fc.tuple(month, month),
          mx: fc.boolean(),
        })
        .map(({ partner, flow, basis, months, mx }) => {
          const [from, to] = months.sort();
          const p = new URLSearchParams({ partner, basis, from: from, to: to });
          if (flow) p.set("flow", flow);
          if (mx && (partner === "MX" || partner === "2010")) p.set("perspective", "mx");
          return p.toString();
        });
      await fc.assert(
        fc.asyncProperty(query, async (qs) => void (await expectCsvEqualsJson(qs))),
        { numRuns: 25 },
      );
    },
  );
});

describe("GET /api/series.metadata.json", () => {
  it(
    "describes the CSV of the same query: title, units, source " + "and vintage, citation, licence, query, last update",
    async () => {
      const qs = "partner=MX&basis=SA&from=2024-01&to=2024-12&perspective=mx";
      const [meta, csv] = await Promise.all([get(`/api/series.metadata.json?${qs}`), get(`/api/series.csv?${qs}`)]);
      expect(meta.status).toBe(200);
      const m = await meta.json();
      expect(m.title).toMatch(/Mexico's goods trade with the US.*seasonally adjusted \(SA\), 2024-01 to 2024-12/);
      expect(m.units).toMatch(/^millions of US dollars/);
      expect(m.sources).toEqual([
        expect.objectContaining({
          id: "census-ctyseasonal-sa-2025-04",
          publisher: "U.S. Census Bureau",
          vintage: "2025-04",
          basis: "SA",
        }),
      ]);
      expect(m.vintage).toBe("2025-04");
      expect(m.lastUpdated).toBe("2025-04");
      expect(m.citation).toContain(
        "vintage 2025-04, https://www.census.gov/foreign-trade/statistics/country/ctyseasonal.xlsx",
      );
      expect(m.license).toMatch(/public domain/);
      expect(m.query).toEqual({
        csv: `/api/series.csv?${qs}`,
        json: `/api/series?${qs}`,
        parameters: { partner: "MX", basis: "SA", from: "2024-01", to: "2024-12", perspective: "mx" },
      });
      expect(Object.keys(m.columns)).toEqual(readCsv(await csv.text()).header);
      expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="${m.fileName}"`);
      expect(await (await get(m.query.csv)).text()).toBe(await (await get(`/api/series.csv?${qs}`)).text());
    },
  );
});

describe(
  "series errors: 400 or 404 with a JSON body naming the parameter and what is allowed, " +
    "never a 500 or an empty 200",
  () => {
    it.each([
      ["/api/series?partner=XX", 400, "partner", ["MX", "CA", "CN", "a four-digit Census code"]],
      ["/api/series?partner=9999", 400, "partner", ["MX", "CA", "CN", "a four-digit Census code"]],
      ["/api/series.csv?partner=", 400, "partner", ["MX", "CA", "CN", "a four-digit Census code"]],
      ["/api/series?flow=surplus", 400, "flow", ["exports", "imports", "balance"]],
      ["/api/series.csv?basis=sa", 400, "basis", ["SA", "NSA"]],
      ["/api/series.csv?perspective=ca", 400, "perspective", ["us", "mx"]],
      ["/api/series.csv?partner=CA&perspective=mx", 400, "perspective", ["us", "mx"]],
      ["/api/series.csv?from=2024-13", 400, "from", ["YYYY-MM"]],
      ["/api/series.csv?to=24-01", 400, "to", ["YYYY-MM"]],
      ["/api/series.csv?from=2024-05&to=2024-01", 400, "from", ["YYYY-MM"]],
      ["/api/series.metadata.json?from=2024-05&to=2024-01", 400, "from", ["YYYY-MM"]],
      ["/api/series?format=xml", 400, "format", ["json", "csv"]],
      ["/api/series?format=CSV", 400, "format", ["json", "csv"]],
      ["/api/series?bom=1", 400, "bom", ["format=csv"]],
      ["/api/series?format=csv&bom=true", 400, "bom", ["0", "1"]],
      [
        "/api/series.csv?format=csv",
        400,
        "format",
        ["partner", "flow", "basis", "from", "to", "perspective", "vintage", "bom", "lang"],
      ],
      [
        "/api/series.metadata.json?bom=1",
        400,
        "bom",
        ["partner", "flow", "basis", "from", "to", "perspective", "vintage", "lang"],
      ],
      [
        "/api/series.csv?colour=red",
        400,
        "colour",
        ["partner", "flow", "basis", "from", "to", "perspective", "vintage", "bom", "lang"],
      ],
      ["/api/series.csv?lang=fr", 400, "lang", ["es", "en"]],
      ["/api/series?lang=es", 400, "lang", ["format=csv"]],
      [
        "/api/series.xlsx?bom=1",
        400,
        "bom",
        ["partner", "flow", "basis", "from", "to", "perspective", "vintage", "lang"],
      ],
      ["/api/series.xlsx?from=2030-01", 404, "from", ["a month from 2009-01 to 2025-02"]],
      ["/api/series.xlsx?partner=XX", 400, "partner", ["MX", "CA", "CN", "a four-digit Census code"]],
      ["/api/series.csv?flow=exports&flow=imports", 400, "flow", ["exports", "imports", "balance"]],
      ["/api/series.csv?from=2030-01", 404, "from", ["a month from 2009-01 to 2025-02"]],
      ["/api/series?to=2008-12", 404, "to", ["a month from 2009-01 to 2025-02"]],
      // NSA imports from Mexico run to 2026-07 (FRED IMPMX, 2026-09 vintage).
      ["/api/series.metadata.json?basis=NSA&to=1984-12", 404, "to", ["a month from 1985-01 to 2026-07"]],
      ["/api/series.csv?partner=1010", 404, "basis", ["NSA"]],
    ])("%s → %i naming %s", async (path, status, parameter, allowed) => {
      const res = await get(path);
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("cache-control")).toBe("no-store");
      const body = await res.json();
      expect(body.parameter).toBe(parameter);
      expect(body.allowed).toEqual(allowed);
      expect(body.error).toEqual(expect.any(String));
    });
  },
);
