import { describe, expect, inject, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { checksReportSchema } from "@/lib/checks/schema";
import { readCsv, FORMULA_TRIGGERS } from "../helpers/csv-read";

const base = inject("baseUrl");
const SLUG = "2024-03-22-index-usa-539";
// An unknown release's answer names every release there is.
const EVERY_RELEASE = expect.arrayContaining(
  (JSON.parse(readFileSync("data/manifest.json", "utf8")) as { releases: string[] }).releases,
) as unknown as string[];
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });
const cell = (v: number | string | null) => (v === null ? "" : String(v));

describe("GET /api/releases/{slug}/checks.csv", () => {
  it.each(["es", "en"] as const)(
    "has one row per claim and identity whose cells equal the JSON's (explanations in %s)",
    async (lang) => {
      const [csvRes, jsonRes] = await Promise.all([
        get(`/api/releases/${SLUG}/checks.csv?lang=${lang}`),
        get(`/api/releases/${SLUG}/checks`),
      ]);
      expect(csvRes.status).toBe(200);
      expect(csvRes.headers.get("content-disposition")).toBe(
        `attachment; filename="balanza_checks_${SLUG}_${lang}.csv"`,
      );
      const report = checksReportSchema.parse(await jsonRes.json());
      const { header, rows } = readCsv(await csvRes.text());
      expect(header).toEqual([
        "release",
        "release_name",
        "claim_id",
        "quoted_text",
        "measure",
        "partner_code",
        "partner_name",
        "reported_value",
        "official_or_computed_value",
        "delta",
        "tolerance",
        "status",
        "basis",
        "vintage",
        "source",
        "source_title",
        "explanation",
      ]);
      expect(rows.map((r) => r.claim_id)).toEqual([
        "identity-total",
        "identity-balance",
        "claim-total",
        "claim-exports",
        "claim-imports",
        "claim-balance",
        "claim-rank",
      ]);
      rows.forEach((row, i) => {
        const r = report.results[i]!;
        expect(row).toEqual({
          release: SLUG,
          release_name: lang === "es" ? "index, comunicado 539 (2024-03-22)" : "index, press release 539 (2024-03-22)",
          claim_id: r.id,
          quoted_text: r.quote,
          measure: r.measure,
          partner_code: "2010",
          partner_name: lang === "es" ? "México" : "Mexico",
          reported_value: cell(r.reported),
          official_or_computed_value: cell(r.computed),
          delta: cell(r.delta),
          tolerance: cell(r.tolerance),
          status: r.status,
          basis: cell(r.basis),
          vintage: cell(r.vintage),
          source: r.sources.length ? r.sources.map((s) => s.id).join("; ") : `release ${SLUG} (its own figures)`,
          source_title: r.sources.length ? r.sources.map((s) => s.title).join("; ") : report.release.title,
          explanation: r.explanation[lang],
        });
        for (const n of [row.reported_value, row.official_or_computed_value, row.delta, row.tolerance])
          expect(n).toMatch(/^(-?\d+(\.\d+)?)?$/);
        for (const t of [row.claim_id, row.quoted_text, row.status, row.source, row.explanation])
          expect(FORMULA_TRIGGERS).not.toContain(t?.[0]);
      });
      const balance = rows.find((r) => r.claim_id === "claim-balance")!;
      expect(balance.delta).toMatch(/^-48\.18\d+$/);
    },
  );

  it(
    "with perspective=us gives the checks as the dashboard's US view shows them: flows renamed, " +
      "the balance signed from the US",
    async () => {
      const at = (q: string) => get(`/api/releases/${SLUG}/${q}`);
      const [us, mx, release, metadata] = await Promise.all([
        at("checks.csv?lang=en&perspective=us"),
        at("checks.csv?lang=en&perspective=mx"),
        at("checks.csv?lang=en"),
        at("checks.metadata.json?lang=en&perspective=us"),
      ]);
      expect(us.headers.get("content-disposition")).toBe(`attachment; filename="balanza_checks_${SLUG}_en_us.csv"`);
      const rows = Object.fromEntries(readCsv(await us.text()).rows.map((r) => [r.claim_id, r]));
      expect(rows["identity-balance"]).toMatchObject({
        measure: "balance",
        reported_value: "-12700",
        official_or_computed_value: "-12664",
        delta: "-36",
        tolerance: "50",
        status: "within_rounding",
      });
      expect(rows["identity-balance"]?.explanation).toMatch(/^27,210 − 39,874 = -12,664/);
      expect(rows["claim-balance"]?.delta).toMatch(/^48\.18\d+$/);
      expect(rows["claim-exports"]).toMatchObject({
        measure: "imports",
        reported_value: "39874",
        quoted_text: "39,874 mdd",
      });
      expect(rows["claim-total"]?.reported_value).toBe("67084");
      // from the release's own side nothing changes but the file name
      const fromMexico = readCsv(await mx.text()).rows;
      expect(fromMexico).toEqual(readCsv(await release.text()).rows);
      expect((await metadata.json()).query.parameters).toEqual({ slug: SLUG, lang: "en", perspective: "us" });
    },
  );

  it("defaults the explanations to the release's language (Spanish) and takes bom=1", async () => {
    const [plain, es, bom] = await Promise.all([
      get(`/api/releases/${SLUG}/checks.csv`),
      get(`/api/releases/${SLUG}/checks.csv?lang=es`),
      get(`/api/releases/${SLUG}/checks.csv?bom=1`),
    ]);
    const text = await plain.text();
    expect(text).toBe(await es.text());
    expect(text).toContain("coherente una vez redondeado");
    expect(
      Buffer.from(await bom.arrayBuffer()).equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])),
    ).toBe(true);
  });

  it("has a metadata.json companion with sources, vintage, citation, licence and query", async () => {
    const m = await (await get(`/api/releases/${SLUG}/checks.metadata.json?lang=en`)).json();
    expect(m.title).toMatch(/index's press release 539 \(2024-03-22\)/);
    expect(m.sources.map((s: { id: string }) => s.id)).toEqual([
      "census-country-nsa-2025-04",
      "census-ctyseasonal-sa-2025-04",
    ]);
    expect(m).toMatchObject({
      vintage: "2025-04",
      lastUpdated: "2025-04",
      fileName: `balanza_checks_${SLUG}_en.csv`,
      query: {
        csv: `/api/releases/${SLUG}/checks.csv?lang=en`,
        json: `/api/releases/${SLUG}/checks`,
        parameters: { slug: SLUG, lang: "en" },
      },
    });
    expect(m.citation).toMatch(/^Balanza, "Checks of index's press release 539/);
    expect(m.license).toMatch(/public domain/);
    expect(m.units).toMatch(/millions of US dollars, except the rank/);
  });

  it.each([
    [`/api/releases/no-such-release/checks.csv`, 404, "slug", EVERY_RELEASE],
    [`/api/releases/no-such-release/checks.metadata.json`, 404, "slug", EVERY_RELEASE],
    [`/api/releases/${SLUG}/checks.csv?lang=fr`, 400, "lang", ["es", "en"]],
    [`/api/releases/${SLUG}/checks.csv?bom=2`, 400, "bom", ["0", "1"]],
    [`/api/releases/${SLUG}/checks.csv?perspective=eu`, 400, "perspective", ["mx", "us"]],
    [`/api/releases/${SLUG}/checks.csv?format=csv`, 400, "format", ["lang", "bom", "perspective"]],
    [`/api/releases/${SLUG}/checks.metadata.json?bom=1`, 400, "bom", ["lang", "perspective"]],
    [`/api/releases/${SLUG}/checks?lang=en`, 400, "lang", []],
    [`/api/downloads/balanza_everything.csv`, 404, "file", undefined],
  ])("%s → %i naming %s", async (path, status, parameter, allowed) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const body = await res.json();
    expect(body.parameter).toBe(parameter);
    if (allowed) expect(body.allowed).toEqual(allowed);
    else expect(body.allowed).toContain(`balanza_checks_${SLUG}_es.csv`);
  });
});

const DATA_ENDPOINTS = [
  "/api/series",
  "/api/series?format=csv",
  "/api/series.csv?partner=CN&basis=NSA",
  "/api/series.csv?bom=1",
  "/api/series.metadata.json?perspective=mx",
  `/api/releases/${SLUG}/checks`,
  `/api/releases/${SLUG}/checks.csv?lang=en`,
  `/api/releases/${SLUG}/checks.metadata.json`,
  `/api/releases/${SLUG}/ranks?from=2024-01&to=2024-06`,
  `/api/releases/${SLUG}/charts/release-month.csv?perspective=us`,
  `/api/releases/${SLUG}/charts/bridge.metadata.json`,
  `/api/releases/${SLUG}/charts/ranks.csv?from=2024-01&to=2024-03&bom=1`,
];

describe("caching: deterministic, cacheable, readable from other sites", () => {
  it.each(DATA_ENDPOINTS)(
    "%s: strong ETag of the body, Cache-Control for a CDN, CORS, and 304 on If-None-Match",
    async (path) => {
      const first = await get(path);
      expect(first.status).toBe(200);
      const etag = first.headers.get("etag")!;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
      const body = Buffer.from(await first.arrayBuffer());
      expect(etag).toBe(`"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`);
      expect(first.headers.get("cache-control")).toMatch(/s-maxage=\d+/);
      expect(first.headers.get("cache-control")).toMatch(/stale-while-revalidate=\d+/);
      expect(first.headers.get("access-control-allow-origin")).toBe("*");

      const again = await get(path);
      expect(again.headers.get("etag")).toBe(etag);
      expect(Buffer.from(await again.arrayBuffer()).equals(body)).toBe(true);

      for (const header of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
        const cached = await get(path, { "If-None-Match": header });
        expect(cached.status).toBe(304);
        expect(cached.headers.get("etag")).toBe(etag);
        expect(cached.headers.get("access-control-allow-origin")).toBe("*");
        expect(await cached.text()).toBe("");
      }
      const stale = await get(path, { "If-None-Match": '"not-this-one"' });
      expect(stale.status).toBe(200);
      expect(Buffer.from(await stale.arrayBuffer()).equals(body)).toBe(true);
    },
  );
});

describe("CORS preflight", () => {
  it.each(DATA_ENDPOINTS)("OPTIONS %s allows GET from any origin with If-None-Match", async (path) => {
    const res = await fetch(`${base}${path}`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://example.org",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "if-none-match",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toContain("GET");
    expect(res.headers.get("access-control-allow-headers")).toMatch(/if-none-match/i);
  });
});

describe("common downloads, prebuilt at next build", () => {
  const PREBUILT: Array<[string, string]> = [
    ["balanza_us-mexico_2009-01_2025-02_sa.csv", "/api/series.csv?partner=MX&basis=SA&perspective=us&bom=1"],
    ["balanza_us-mexico_2009-01_2025-02_sa.metadata.json", "/api/series.metadata.json?partner=MX&basis=SA"],
    ["balanza_us-mexico_1985-01_2026-07_nsa.csv", "/api/series.csv?basis=NSA&bom=1"],
    ["balanza_us-mexico_1985-01_2026-07_nsa.metadata.json", "/api/series.metadata.json?basis=NSA"],
    [`balanza_checks_${SLUG}_es.csv`, `/api/releases/${SLUG}/checks.csv?bom=1`],
    [`balanza_checks_${SLUG}_es.metadata.json`, `/api/releases/${SLUG}/checks.metadata.json`],
  ];
  it.each(PREBUILT)(
    "/api/downloads/%s is served from the build (x-nextjs-cache) and equals %s byte for byte",
    async (file, api) => {
      const [pre, live] = await Promise.all([get(`/api/downloads/${file}`), get(api)]);
      expect(pre.status).toBe(200);
      expect(pre.headers.get("x-nextjs-cache")).toBe("HIT");
      expect(Buffer.from(await pre.arrayBuffer()).equals(Buffer.from(await live.arrayBuffer()))).toBe(true);
      for (const h of ["etag", "content-type", "content-disposition", "cache-control", "access-control-allow-origin"])
        expect(pre.headers.get(h)).toBe(live.headers.get(h));
      if (file.endsWith(".csv")) expect(pre.headers.get("content-disposition")).toBe(`attachment; filename="${file}"`);
    },
  );
});

describe("the dashboard's checks Download CSV", () => {
  it(
    "links the checks' Download CSV to the view's side: the " +
      "prebuilt file from Mexico's, the restated CSV from the US",
    async () => {
      const mx = await (await get("/")).text();
      const us = await (await get("/?perspective=us&lang=en")).text();
      expect(mx).toContain(`href="/api/downloads/balanza_checks_${SLUG}_es.csv"`);
      expect(us).toContain(`href="/api/releases/${SLUG}/checks.csv?lang=en&amp;perspective=us&amp;bom=1"`);
      expect(us).toContain(`download="balanza_checks_${SLUG}_en_us.csv"`);
    },
  );
});
