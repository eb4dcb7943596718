import { describe, expect, inject, it } from "vitest";
import { unzipSync, strFromU8 } from "fflate";
import { decode } from "fast-png";
import { Resvg } from "@resvg/resvg-js";
import { readCsv } from "../helpers/csv-read";
import { readWorkbook, xlsxParts } from "../helpers/xlsx-read";
import { restoreTextCell } from "@/lib/export/csv-cell";
import { toLatin1 } from "@/lib/render/png-text";

const base = inject("baseUrl");
const SLUG = "2024-03-22-index-usa-539";
const get = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init);
const bytes = async (res: Response) => new Uint8Array(await res.arrayBuffer());
const TEXT_COLUMNS = new Set(["partner_code"]);
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// Each workbook beside the CSV it must equal: the same query on both.
const PAIRS: Array<[string, string, string]> = [
  [
    "/api/series.xlsx?partner=MX&basis=SA&from=2023-01&to=2024-12",
    "/api/series.csv?partner=MX&basis=SA&from=2023-01&to=2024-12",
    "balanza_us-mexico_2023-01_2024-12_sa.xlsx",
  ],
  [
    "/api/series.xlsx?partner=MX&basis=NSA&perspective=mx&lang=es",
    "/api/series.csv?partner=MX&basis=NSA&perspective=mx&lang=es",
    "balanza_mexico-us_1985-01_2026-07_nsa_es.xlsx",
  ],
  [
    "/api/series.xlsx?partner=CN&basis=NSA&flow=balance&from=2024-01",
    "/api/series.csv?partner=CN&basis=NSA&flow=balance&from=2024-01",
    "balanza_us-china_balance_2024-01_2026-04_nsa.xlsx",
  ],
  [
    `/api/releases/${SLUG}/checks.xlsx?lang=en`,
    `/api/releases/${SLUG}/checks.csv?lang=en`,
    `balanza_checks_${SLUG}_en.xlsx`,
  ],
  [
    `/api/releases/${SLUG}/checks.xlsx?perspective=us`,
    `/api/releases/${SLUG}/checks.csv?perspective=us`,
    `balanza_checks_${SLUG}_es_us.xlsx`,
  ],
  [
    `/api/releases/${SLUG}/charts/release-month.xlsx?perspective=us&lang=es`,
    `/api/releases/${SLUG}/charts/release-month.csv?perspective=us&lang=es`,
    `balanza_${SLUG}_release-month_us_es.xlsx`,
  ],
  [
    `/api/releases/${SLUG}/charts/bridge.xlsx`,
    `/api/releases/${SLUG}/charts/bridge.csv`,
    `balanza_${SLUG}_bridge_mx.xlsx`,
  ],
  [
    `/api/releases/${SLUG}/charts/ranks.xlsx?from=2023-06&to=2024-06`,
    `/api/releases/${SLUG}/charts/ranks.csv?from=2023-06&to=2024-06`,
    `balanza_${SLUG}_ranks_2023-06_2024-06.xlsx`,
  ],
];

describe("XLSX: each CSV as a workbook, read back with SheetJS (not exceljs, which writes it)", () => {
  it.each(PAIRS)("%s equals %s value for value", async (xlsxPath, csvPath, fileName) => {
    const [xRes, cRes] = await Promise.all([get(xlsxPath), get(csvPath)]);
    expect([xRes.status, cRes.status]).toEqual([200, 200]);
    expect(xRes.headers.get("content-type")).toBe(XLSX_TYPE);
    expect(xRes.headers.get("content-disposition")).toBe(`attachment; filename="${fileName}"`);
    const book = await bytes(xRes);
    const { header, rows } = readCsv(await cRes.text());
    const wb = readWorkbook(book);
    expect(wb.names).toEqual(["Data", "About"]);
    const data = wb.sheet("Data");
    expect(data.rows[0]!.map((c) => c?.v)).toEqual(header);
    expect(data.rows).toHaveLength(rows.length + 1);
    rows.forEach((row, i) => {
      const cells = data.rows[i + 1]!;
      header.forEach((col, k) => {
        const text = row[col] ?? "";
        const c = cells[k];
        if (text === "") return expect(c?.v ?? "").toBe("");
        // A Census code is text (2010 is Mexico, not a year): the workbook keeps it as text, as the CSV holds it.
        if (/^-?\d+(\.\d+)?$/.test(text) && !TEXT_COLUMNS.has(col)) {
          // A number: a number cell of the same value, shown with thousands separators.
          expect(c?.t).toBe("n");
          expect(c?.v).toBe(Number(text));
          expect(c?.z).toMatch(/^#,##0(\.0+)?$/);
        } else {
          // Text: a text cell holding the text itself (the CSV's protective ' dropped: a workbook needs none).
          expect(c?.t).toBe("s");
          expect(c?.v).toBe(restoreTextCell(text));
        }
        expect(c?.f).toBeUndefined();
      });
    });
    // Header frozen, no formula anywhere, and every column as wide as its longest text (up to 60 characters).
    const parts = xlsxParts(book);
    expect(parts["xl/worksheets/sheet1.xml"]).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    for (const [name, xml] of Object.entries(parts)) expect([name, /<f[ >]/.test(xml)]).toEqual([name, false]);
    const widths = new Map<number, number>();
    for (const m of parts["xl/worksheets/sheet1.xml"]!.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g))
      for (let i = Number(m[1]); i <= Number(m[2]); i++) widths.set(i, Number(m[3]));
    header.forEach((col, k) => {
      const longest = Math.max(col.length, ...rows.map((r) => restoreTextCell(r[col] ?? "").length));
      expect([col, widths.get(k + 1)! >= Math.min(60, longest)]).toEqual([col, true]);
    });
  });

  it("has an About sheet with the metadata: title, source, vintage, citation and the query", async () => {
    const [x, m] = await Promise.all([
      get("/api/series.xlsx?partner=MX&basis=SA&perspective=mx"),
      get("/api/series.metadata.json?partner=MX&basis=SA&perspective=mx"),
    ]);
    const meta = await m.json();
    const about = new Map(
      readWorkbook(await bytes(x))
        .sheet("About")
        .rows.slice(1)
        .map((r) => [String(r[0]?.v), String(r[1]?.v)]),
    );
    expect(about.get("title")).toBe(meta.title);
    expect(about.get("vintage")).toBe("2025-04");
    expect(about.get("citation")).toBe(meta.citation);
    expect(about.get("query (CSV)")).toBe(meta.query.csv);
    expect(about.get("source")).toContain("census-ctyseasonal-sa-2025-04");
    expect(about.get("column partner_name")).toContain("English");
  });

  it("is deterministic (same bytes, strong ETag) and answers If-None-Match with 304", async () => {
    const path = `/api/releases/${SLUG}/checks.xlsx?lang=es`;
    const [a, b] = await Promise.all([get(path), get(path)]);
    expect(Buffer.from(await bytes(a)).equals(Buffer.from(await bytes(b)))).toBe(true);
    const etag = a.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect((await get(path, { headers: { "If-None-Match": etag } })).status).toBe(304);
  });

  it.each([
    ["/api/series.xlsx?bom=1", 400, "bom"],
    ["/api/series.xlsx?lang=fr", 400, "lang"],
    ["/api/series.xlsx?partner=1010", 404, "basis"],
    [`/api/releases/nope/checks.xlsx`, 404, "slug"],
    [`/api/releases/${SLUG}/checks.xlsx?bom=1`, 400, "bom"],
    [`/api/releases/${SLUG}/checks.xlsx?lang=de`, 400, "lang"],
    [`/api/releases/${SLUG}/charts/ranks.xlsx?from=2030-01&to=2030-02`, 404, "from"],
    [`/api/releases/${SLUG}/charts/bridge.xlsx?bom=1`, 400, "bom"],
    [`/api/releases/${SLUG}/charts/pie.xlsx`, 404, "file"],
  ])("%s → %i JSON naming %s", async (path, status, parameter) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect((await res.json()).parameter).toBe(parameter);
  });
});

describe("CSV names: partner code and name in the language asked, source title beside its id", () => {
  it.each([
    ["en", "Mexico"],
    ["es", "México"],
  ])("lang=%s names Mexico %s", async (lang, name) => {
    const res = await get(`/api/series.csv?partner=MX&from=2024-01&to=2024-01&lang=${lang}`);
    const { rows } = readCsv(await res.text());
    expect(new Set(rows.map((r) => [r.partner_code, r.partner_name, r.source, r.source_title].join("|")))).toEqual(
      new Set([
        "2010|" +
          name +
          "|census-ctyseasonal-sa-2025-04|U.S. trade in goods by country, seasonally adjusted " +
          "(ctyseasonal.xlsx, FT-900 exhibit 19)",
        "2010|" +
          name +
          "|computed: exports − imports, from census-ctyseasonal-sa-2025-04|U.S. trade in goods " +
          "by country, seasonally adjusted (ctyseasonal.xlsx, FT-900 exhibit 19)",
      ]),
    );
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="balanza_us-mexico_2024-01_2024-01_sa${lang === "es" ? "_es" : ""}.csv"`,
    );
  });
  it("the metadata says the language of the names and lists every column", async () => {
    const [m, c] = await Promise.all([
      get("/api/series.metadata.json?partner=CA&basis=NSA&lang=es"),
      get("/api/series.csv?partner=CA&basis=NSA&lang=es"),
    ]);
    const meta = await m.json();
    expect(meta.columns.partner_name.description).toContain("Spanish");
    expect(meta.columns.partner_name.description).toContain("Canadá");
    expect(Object.keys(meta.columns)).toEqual(readCsv(await c.text()).header);
    expect(meta.query.csv).toContain("lang=es");
  });
});

describe("GET /api/downloads/balanza_all-data.zip: every common CSV, its metadata and a README", () => {
  it("holds exactly the files its README names, each byte for byte the prebuilt download", async () => {
    const res = await get("/api/downloads/balanza_all-data.zip");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="balanza_all-data.zip"');
    const files = unzipSync(await bytes(res));
    const readme = strFromU8(files["README.md"]!);
    const listed = [
      ...readme
        .split("## Files")[1]!
        .split("\n## ")[0]!
        .matchAll(/^- `([^`]+)`/gm),
    ].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(files).sort());
    expect(listed).toEqual(
      expect.arrayContaining([
        "balanza_us-mexico_2009-01_2025-02_sa.csv",
        "balanza_us-mexico_1985-01_2026-07_nsa.metadata.json",
        `balanza_checks_${SLUG}_es.csv`,
      ]),
    );
    for (const name of Object.keys(files).filter((n) => n !== "README.md")) {
      const one = await bytes(await get(`/api/downloads/${name}`));
      expect([name, Buffer.from(one).equals(Buffer.from(files[name]!))]).toEqual([name, true]);
      // Each CSV has its own section: columns, sources with vintages, how to cite.
      if (name.endsWith(".csv")) {
        const section = readme.split(`\n## ${name}\n`)[1]!.split("\n## ")[0]!;
        const meta = JSON.parse(strFromU8(files[name.replace(/\.csv$/, ".metadata.json")]!));
        for (const col of Object.keys(meta.columns)) expect(section).toContain(`- \`${col}\`:`);
        for (const s of meta.sources) expect(section).toContain(`vintage ${s.vintage}`);
        expect(section).toContain(`How to cite: ${meta.citation}`);
      }
    }
  });
  it("is the same bytes on every request (built at build time)", async () => {
    const [a, b] = await Promise.all([
      get("/api/downloads/balanza_all-data.zip"),
      get("/api/downloads/balanza_all-data.zip"),
    ]);
    expect(Buffer.from(await bytes(a)).equals(Buffer.from(await bytes(b)))).toBe(true);
  });
});

const IMAGES: Array<[string, string, string]> = [
  ["release-month", "lang=en", "The release month: reported and official, Mexico"],
  ["bridge", "lang=es&perspective=us", "Del cálculo a la cifra impresa"],
  ["series", "lang=en&basis=NSA&from=2023-01&to=2024-12", "Monthly series"],
  ["rank", "lang=es&period=2023-06", "Lugar de México entre los socios comerciales de EUA"],
  ["figure", "lang=en&figure=exports&theme=dark", "Verified figure"],
];

describe("GET /api/images/{chart}.svg|png: every chart and the figure card as an image", () => {
  it.each(IMAGES)("%s.svg?%s is SVG whose text is text: title, unit and source line", async (chart, qs, title) => {
    const res = await get(`/api/images/${chart}.svg?${qs}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(new RegExp(`filename="balanza_${SLUG}_${chart}_.*\\.svg"`));
    const svg = await res.text();
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg\s+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const texts = [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));
    const unescape = (s: string) =>
      s
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&");
    const allText = unescape(texts.join(" "));
    expect(allText).toContain(title.split(":")[0]!);
    expect(unescape(/<title[^>]*>([^<]*)<\/title>/.exec(svg)![1]!)).toContain(title);
    const lang = qs.includes("lang=es") ? "es" : "en";
    expect(allText).toContain(lang === "es" ? "Unidad:" : "Unit:");
    expect(allText).toContain(lang === "es" ? "Fuente:" : "Source:");
    expect(allText).toContain(`/releases/${SLUG}`);
    // It decodes: resvg parses it and draws something the size it says.
    const drawn = new Resvg(svg).render();
    expect(drawn.width).toBe(760);
  });

  it.each(IMAGES)(
    "%s.png?%s decodes (fast-png), twice the SVG's size, with its title as PNG text",
    async (chart, qs) => {
      const [png, svg] = await Promise.all([
        get(`/api/images/${chart}.png?${qs}`),
        get(`/api/images/${chart}.svg?${qs}`),
      ]);
      expect(png.status).toBe(200);
      expect(png.headers.get("content-type")).toBe("image/png");
      const image = decode(await bytes(png));
      const svgText = await svg.text();
      const height = Number(/height="(\d+)"/.exec(svgText)![1]);
      expect([image.width, image.height]).toEqual([1520, height * 2]);
      const title = /<title[^>]*>([^<]*)<\/title>/
        .exec(svgText)![1]!
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'");
      expect(image.text.Title).toBe(toLatin1(title));
      expect(image.text.URL).toContain(`/releases/${SLUG}`);
      // Not blank: many distinct colours (text, bars, lines) over the background.
      const colours = new Set<number>();
      for (let i = 0; i < image.data.length; i += image.channels * 97)
        colours.add(image.data[i]! * 65536 + image.data[i + 1]! * 256 + image.data[i + 2]!);
      expect(colours.size).toBeGreaterThan(10);
    },
  );

  it("the same options give the same bytes (ETag) and If-None-Match a 304", async () => {
    const a = await get("/api/images/bridge.png?lang=en");
    const etag = a.headers.get("etag")!;
    const b = await get("/api/images/bridge.png?lang=en", { headers: { "If-None-Match": etag } });
    expect(b.status).toBe(304);
  });

  it.each([
    ["/api/images/pie.svg", 404, "file"],
    ["/api/images/bridge.gif", 404, "file"],
    ["/api/images/bridge.svg?lang=fr", 400, "lang"],
    ["/api/images/bridge.png?basis=SA", 400, "basis"],
    ["/api/images/series.svg?from=2024-05&to=2024-01", 400, "from"],
    ["/api/images/series.svg?from=2030-01", 404, "from"],
    ["/api/images/rank.png?period=1970-01", 400, "period"],
    ["/api/images/figure.svg?figure=nope", 400, "figure"],
    ["/api/images/bridge.svg?release=no-such-release", 404, "release"],
    ["/api/images/bridge.svg?lang=en&lang=es", 400, "lang"],
  ])("%s → %i JSON naming %s", async (path, status, parameter) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body.parameter).toBe(parameter);
    expect(body.allowed).toEqual(expect.any(Array));
  });
});
