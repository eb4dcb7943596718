import { describe, expect, inject, it } from "vitest";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

const base = inject("baseUrl");
const SLUG = "2024-03-22-index-usa-539";
const APP = path.resolve(__dirname, "../../app");

// A concrete URL (and an error case where the route has one) for every route file under app/.
// A new route without an entry here fails the first test, so no route goes unchecked.
const ROUTES: Record<string, string[]> = {
  // The preset views are the prerendered pages (static-views); any other view is rendered per request.
  "page.tsx": ["/?basis=NSA", "/?lang=en&range=12m"],
  "releases/[slug]/page.tsx": [`/releases/${SLUG}?range=all`, "/releases/no-such-release"],
  "static-views/[slug]/[view]/page.tsx": [
    "/",
    "/?lang=en&perspective=us",
    `/releases/${SLUG}`,
    `/static-views/${SLUG}/es-mx`,
  ],
  "releases/[slug]/revisions/[claim]/page.tsx": [
    `/releases/${SLUG}/revisions/exports?lang=en`,
    `/releases/${SLUG}/revisions/no-such-claim`,
  ],
  "revisions/page.tsx": ["/revisions", "/revisions?lang=en"],
  "releases/page.tsx": ["/releases", "/releases?lang=en&verdict=mismatch&sort=nope"],
  "releases/feed.xml/route.ts": ["/releases/feed.xml", "/releases/feed.xml?lang=xx"],
  "check/page.tsx": ["/check", "/check?lang=en"],
  "api/check/route.ts": ["/api/check"],
  "embed/page.tsx": ["/embed"],
  "embed/[chart]/table/route.ts": ["/embed/series/table", "/embed/figure/table", "/embed/rank/table?lang=xx"],
  "embed/[chart]/route.ts": [
    "/embed/bridge",
    "/embed/figure?figure=exports",
    "/embed/bridge?lang=xx",
    "/embed/pie",
    "/embed/revisions?figure=total&basis=SA",
  ],
  "api/series/route.ts": ["/api/series?partner=MX", "/api/series?partner=XX"],
  "api/series.csv/route.ts": ["/api/series.csv?partner=MX&basis=NSA", "/api/series.csv?from=2025-01&to=2024-01"],
  "api/series.metadata.json/route.ts": ["/api/series.metadata.json?partner=MX"],
  "api/revisions/route.ts": [
    "/api/revisions?partner=MX&flow=imports&basis=NSA&period=2024-01",
    "/api/revisions?partner=MX&flow=imports&basis=NSA&period=1990-01",
  ],
  "api/revisions.csv/route.ts": ["/api/revisions.csv?partner=MX&flow=exports&basis=SA&period=2024-01"],
  "api/revisions.metadata.json/route.ts": [
    "/api/revisions.metadata.json?partner=MX&flow=exports&basis=SA&period=2024-01",
  ],
  "api/revisions/stats/route.ts": ["/api/revisions/stats"],
  "api/series.xlsx/route.ts": ["/api/series.xlsx?partner=MX&lang=es", "/api/series.xlsx?partner=XX"],
  "api/releases/[slug]/checks/route.ts": [`/api/releases/${SLUG}/checks`, "/api/releases/nope/checks"],
  "api/releases/[slug]/checks.csv/route.ts": [`/api/releases/${SLUG}/checks.csv`],
  "api/releases/[slug]/checks.metadata.json/route.ts": [`/api/releases/${SLUG}/checks.metadata.json`],
  "api/releases/[slug]/checks.xlsx/route.ts": [`/api/releases/${SLUG}/checks.xlsx`, "/api/releases/nope/checks.xlsx"],
  "api/releases/[slug]/ranks/route.ts": [`/api/releases/${SLUG}/ranks`],
  "api/releases/[slug]/charts/[file]/route.ts": [
    `/api/releases/${SLUG}/charts/bridge.csv`,
    `/api/releases/${SLUG}/charts/bridge.xlsx`,
    `/api/releases/${SLUG}/charts/nope.csv`,
    "/api/releases/2025-09-04-elfinanciero-julio-2025/charts/claimed-growth.csv",
  ],
  "api/downloads/[file]/route.ts": ["/api/downloads/balanza_all-data.zip", "/api/downloads/nope.csv"],
  "api/images/[file]/route.ts": ["/api/images/bridge.svg", "/api/images/series.png?lang=en", "/api/images/pie.png"],
  "api/oembed/route.ts": [
    `/api/oembed?url=${encodeURIComponent(`${base}/embed/bridge`)}`,
    "/api/oembed?url=https://example.org/",
  ],
};
const EXTRA = ["/embed.js", "/embed-widget.js", "/no-such-page", "/api/releases/%E0%A4%A/checks"];

function routeFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) return routeFiles(full, rel);
    return name === "page.tsx" || name === "route.ts" ? [rel] : [];
  });
}

describe("security headers on every route", () => {
  it("every route file under app/ has URLs in this test", () => {
    expect(routeFiles(APP).sort()).toEqual(Object.keys(ROUTES).sort());
  });

  const urls = [...Object.values(ROUTES).flat(), ...EXTRA];
  it.each(urls)("%s sends CSP, frame-ancestors, nosniff, Referrer-Policy and Permissions-Policy", async (url) => {
    const res = await fetch(`${base}${url}`, { redirect: "manual" });
    expect(res.status).toBeLessThan(500);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/default-src/);
    const widget = /^\/embed\/[^/?]+/.test(url);
    expect(csp).toContain(widget ? "frame-ancestors *" : "frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("permissions-policy")).toMatch(/camera=\(\)/);
  });
});
