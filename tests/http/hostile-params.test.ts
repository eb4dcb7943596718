import { describe, expect, inject, it } from "vitest";
import fc from "fast-check";

const base = inject("baseUrl");
const SLUG = "2024-03-22-index-usa-539";

// Every public route that reads its query string, with the parameter names it knows: a thousand random and
// hostile sets each (issue 6).
// Routes whose valid answers are costly to build (workbooks, PNGs) get fewer runs: `runs`.
const ROUTES: Array<{ path: string; keys: string[]; html?: boolean; runs?: number }> = [
  { path: "/api/series", keys: ["partner", "flow", "basis", "from", "to", "perspective", "format", "bom", "lang"] },
  { path: "/api/series.csv", keys: ["partner", "flow", "basis", "from", "to", "perspective", "bom", "lang"] },
  { path: "/api/series.metadata.json", keys: ["partner", "flow", "basis", "from", "to", "perspective", "lang"] },
  { path: "/api/series.xlsx", keys: ["partner", "flow", "basis", "from", "to", "perspective", "lang"], runs: 200 },
  { path: `/api/releases/${SLUG}/checks.xlsx`, keys: ["lang", "perspective"], runs: 200 },
  { path: `/api/releases/${SLUG}/charts/ranks.xlsx`, keys: ["from", "to", "lang"], runs: 200 },
  {
    path: "/api/images/series.svg",
    keys: ["lang", "theme", "size", "release", "perspective", "basis", "from", "to", "range"],
    runs: 300,
  },
  {
    path: "/api/images/rank.png",
    keys: ["lang", "theme", "size", "release", "from", "to", "range", "period"],
    runs: 100,
  },
  { path: "/api/images/%3Cscript%3E.svg", keys: ["lang"], runs: 100 },
  { path: `/api/releases/${SLUG}/checks`, keys: [] },
  { path: `/api/releases/${SLUG}/checks.csv`, keys: ["lang", "bom", "perspective"] },
  { path: `/api/releases/${SLUG}/checks.metadata.json`, keys: ["lang", "perspective"] },
  { path: "/api/releases/%3Cscript%3Ealert(1)%3C%2Fscript%3E/checks", keys: [] },
  { path: "/api/releases/%3Cscript%3Ealert(1)%3C%2Fscript%3E/checks.csv", keys: ["lang", "bom"] },
  { path: `/api/releases/${SLUG}/ranks`, keys: ["from", "to"] },
  { path: `/api/releases/${SLUG}/charts/release-month.csv`, keys: ["perspective", "bom", "lang"] },
  { path: `/api/releases/${SLUG}/charts/release-month.metadata.json`, keys: ["perspective"] },
  { path: `/api/releases/${SLUG}/charts/bridge.csv`, keys: ["perspective", "bom"] },
  { path: `/api/releases/${SLUG}/charts/bridge.metadata.json`, keys: ["perspective"] },
  { path: `/api/releases/${SLUG}/charts/ranks.csv`, keys: ["from", "to", "bom"] },
  { path: `/api/releases/${SLUG}/charts/ranks.metadata.json`, keys: ["from", "to"] },
  { path: `/api/releases/${SLUG}/charts/%3Cscript%3Ealert(1)%3C%2Fscript%3E.csv`, keys: ["perspective"] },
  { path: "/api/downloads/balanza_us-mexico_2009-01_2025-02_sa.csv", keys: ["bom"] },
  { path: "/api/downloads/%3Cscript%3Ealert(1)%3C%2Fscript%3E", keys: [] },
  { path: "/api/oembed", keys: ["url", "maxwidth", "maxheight", "format"] },
  { path: "/", keys: ["lang", "perspective", "basis", "range", "from", "to"], html: true },
  { path: `/releases/${SLUG}`, keys: ["lang", "perspective", "basis", "range", "from", "to"], html: true },
  { path: "/embed", keys: ["lang"], html: true },
  // Widgets answer bad options with an HTML page in the frame (issue 5), not JSON.
  { path: "/embed/release-month", keys: ["lang", "theme", "size", "release", "perspective"], html: true },
  { path: "/embed/bridge", keys: ["lang", "theme", "size", "release", "perspective"], html: true },
  {
    path: "/embed/series",
    keys: ["lang", "theme", "size", "release", "perspective", "basis", "from", "to", "range"],
    html: true,
  },
  { path: "/embed/rank", keys: ["lang", "theme", "size", "release", "from", "to", "range", "period"], html: true },
  { path: "/embed/figure", keys: ["lang", "theme", "size", "release", "figure"], html: true },
  { path: "/embed/claimed-growth", keys: ["lang", "theme", "size", "release", "perspective"], html: true, runs: 300 },
  { path: "/embed/%3Cscript%3E", keys: ["lang"], html: true },
];
// 500 hostile queries per route: 1000 took this file to 409 s on a slower machine of CI's kind, the suite to 15.4 min.
const RUNS = 500;

const SCRIPT = "<script>alert(1)</script>";
const hostileValue = fc.oneof(
  fc.constantFrom(
    SCRIPT,
    '"><img src=x onerror=alert(1)>',
    "../../etc/passwd",
    "%00",
    "\u0000",
    "MX",
    "mx",
    "SA",
    "NSA",
    "2024-01",
    "2024-13",
    "9999-12",
    "exports",
    "balance",
    "us",
    "mx",
    "",
    " ",
    "=1+1",
    "ñandú 🇲🇽",
    "A".repeat(3000),
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.integer().map(String),
);

// oEmbed's `url` is worth aiming at Balanza's own origin, where it is parsed further: widget and dashboard URLs
// with hostile paths (broken percent-encoding among them) and options.
const balanzaUrl = fc.oneof(
  fc
    .tuple(
      fc.oneof(
        fc.constantFrom("series", "rank", "figure", "%", "%E0%A4%A", "%3Cscript%3E", "..%2F"),
        fc.string({ maxLength: 12 }),
      ),
      fc.array(fc.tuple(fc.constantFrom("lang", "theme", "period", "range", SCRIPT), hostileValue), { maxLength: 3 }),
    )
    .map(([chart, pairs]) => `${base}/embed/${chart}?${new URLSearchParams(pairs)}`),
  fc
    .tuple(
      fc.oneof(fc.constant(SLUG), fc.string({ maxLength: 12 })),
      fc.constantFrom("", "?lang=en", "?perspective=us", `?lang=${SCRIPT}`),
    )
    .map(([slug, q]) => `${base}/releases/${slug}${q}`),
);

function paramsFor(keys: string[]) {
  const key = fc.oneof(
    fc.constantFrom(...(keys.length ? keys : ["x"])),
    fc.constantFrom("__proto__", "constructor", SCRIPT, "../", "format", "bom"),
    fc.string({ maxLength: 12 }),
  );
  const value = keys.includes("url") ? fc.oneof(hostileValue, balanzaUrl) : hostileValue;
  return fc.array(fc.tuple(key, value), { maxLength: 6 });
}

describe.each(ROUTES)("random and hostile query strings on $path", ({ path, keys, html, runs }) => {
  it("answer only 200, 304, 400 or 404 — errors as JSON — and never reflect a script", async () => {
    await fc.assert(
      fc.asyncProperty(paramsFor(keys), async (pairs) => {
        const params = new URLSearchParams();
        for (const [k, v] of pairs) params.append(k, v);
        const res = await fetch(`${base}${path}?${params}`);
        const body = await res.text();
        // oEmbed answers format=xml with 501, as its spec says; nothing else may.
        expect(path === "/api/oembed" ? [200, 304, 400, 404, 501] : [200, 304, 400, 404]).toContain(res.status);
        expect(body).not.toContain(SCRIPT);
        expect(body).not.toContain("onerror=alert");
        if (res.status >= 400 && !html) {
          expect(res.headers.get("content-type")).toMatch(/^application\/json/);
          expect(typeof JSON.parse(body).error).toBe("string");
        }
      }),
      { numRuns: runs ?? RUNS },
    );
  }, 300_000);
});
