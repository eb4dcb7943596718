import { describe, expect, inject, it } from "vitest";
import fc from "fast-check";

const base = inject("baseUrl");
const SLUG = "2024-03-22-index-usa-539";

// Every public route that reads its query string, with the parameter names it knows.
// The main data endpoints and a widget get a thousand random sets each; the others a few hundred.
const ROUTES: Array<{ path: string; keys: string[]; html?: boolean; runs?: number }> = [
  { path: "/api/series", keys: ["partner", "flow", "basis", "from", "to", "perspective"], runs: 1000 },
  { path: `/api/releases/${SLUG}/checks`, keys: [] },
  { path: "/api/releases/%3Cscript%3Ealert(1)%3C%2Fscript%3E/checks", keys: [] },
  { path: "/", keys: ["lang", "perspective", "from", "to"], html: true },
  { path: "/api/series.csv", keys: ["partner", "flow", "basis", "from", "to", "perspective", "bom"], runs: 1000 },
  { path: "/api/series.metadata.json", keys: ["partner", "flow", "basis", "from", "to", "perspective"] },
  { path: `/api/releases/${SLUG}/checks.csv`, keys: ["lang", "bom"] },
  { path: `/api/releases/${SLUG}/checks.metadata.json`, keys: ["lang"] },
  { path: "/api/releases/%3Cscript%3Ealert(1)%3C%2Fscript%3E/checks.csv", keys: ["lang", "bom"] },
  { path: `/api/releases/${SLUG}/charts/ranks.csv`, keys: ["from", "to", "bom"] },
  { path: `/api/releases/${SLUG}/charts/bridge.csv`, keys: ["perspective", "bom"] },
  { path: `/api/releases/${SLUG}/charts/%3Cscript%3Ealert(1)%3C%2Fscript%3E.csv`, keys: ["perspective"] },
  { path: `/api/releases/${SLUG}/ranks`, keys: ["from", "to"] },
  { path: "/api/downloads/%3Cscript%3Ealert(1)%3C%2Fscript%3E", keys: [] },
  { path: "/api/oembed", keys: ["url", "maxwidth", "maxheight", "format"], runs: 1000 },
  { path: `/releases/${SLUG}`, keys: ["lang", "perspective", "basis", "range"], html: true },
  { path: "/embed", keys: ["lang"], html: true },
  // Widgets answer bad options with an HTML page in the frame (issue 5), not JSON.
  { path: "/embed/series", keys: ["lang", "theme", "size", "release", "perspective", "basis", "from", "to", "range"], html: true, runs: 1000 },
  { path: "/embed/figure", keys: ["lang", "theme", "size", "release", "figure"], html: true },
  { path: "/embed/%3Cscript%3E", keys: ["lang"], html: true },
];

const SCRIPT = "<script>alert(1)</script>";
const hostileValue = fc.oneof(
  fc.constantFrom(SCRIPT, "\"><img src=x onerror=alert(1)>", "../../etc/passwd", "%00", "\u0000", "MX", "mx", "SA", "NSA", "2024-01", "2024-13", "9999-12", "exports", "balance", "us", "mx", "", " ", "=1+1", "ñandú 🇲🇽", "A".repeat(3000)),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.integer().map(String),
);

function paramsFor(keys: string[]) {
  const key = fc.oneof(fc.constantFrom(...(keys.length ? keys : ["x"])), fc.constantFrom("__proto__", "constructor", SCRIPT, "../", "format", "bom"), fc.string({ maxLength: 12 }));
  return fc.array(fc.tuple(key, hostileValue), { maxLength: 6 });
}

describe.each(ROUTES)("random and hostile query strings on $path", ({ path, keys, html, runs = 300 }) => {
  it("answer only 200, 304, 400 or 404 — errors as JSON — and never reflect a script", async () => {
    await fc.assert(
      fc.asyncProperty(paramsFor(keys), async (pairs) => {
        const params = new URLSearchParams();
        for (const [k, v] of pairs) params.append(k, v);
        const res = await fetch(`${base}${path}?${params}`);
        const body = await res.text();
        expect([200, 304, 400, 404]).toContain(res.status);
        expect(body).not.toContain(SCRIPT);
        expect(body).not.toContain("onerror=alert");
        if (res.status >= 400 && !html) {
          expect(res.headers.get("content-type")).toMatch(/^application\/json/);
          expect(typeof JSON.parse(body).error).toBe("string");
        }
      }),
      { numRuns: runs },
    );
  }, 300_000);
});
