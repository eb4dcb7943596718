import { describe, expect, inject, it } from "vitest";
import { PAGE_CACHE_CONTROL } from "@/lib/http/cache";

const base = inject("baseUrl");
const SLUG = "2024-03-22-index-usa-539";

describe("dashboard pages are cacheable by a CDN, like the data (next.config.ts)", () => {
  it.each([
    "/",
    "/?lang=en&perspective=us&range=12m",
    `/releases/${SLUG}`,
    `/releases/${SLUG}?basis=NSA&range=2020-01..2024-12`,
  ])("%s: the HTML document may be kept a day", async (path) => {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("cache-control")).toBe(PAGE_CACHE_CONTROL);
  });

  it("leaves Next's client-navigation (RSC) responses uncached: they vary by headers many CDNs ignore", async () => {
    // Next redirects to add its _rsc hash; fetch follows
    const res = await fetch(`${base}/?lang=en`, { headers: { RSC: "1" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/x-component/);
    expect(res.headers.get("cache-control") ?? "").not.toMatch(/public|s-maxage/);
  });

  it("keeps an unknown release's 404 and other pages out of it", async () => {
    const missing = await fetch(`${base}/releases/no-such-release`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control") ?? "").not.toMatch(/public|s-maxage/);
    expect((await fetch(`${base}/embed`)).headers.get("cache-control")).not.toBe(PAGE_CACHE_CONTROL);
  });
});
