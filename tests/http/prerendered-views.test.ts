import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";

const base = inject("baseUrl");
const RELEASES = (JSON.parse(readFileSync("data/manifest.json", "utf8")) as { releases: string[] }).releases;
const VIEWS: Record<string, string> = {
  "es-mx": "",
  "en-mx": "?lang=en",
  "es-us": "?perspective=us",
  "en-us": "?lang=en&perspective=us",
};
const FRONT = "2024-03-22-index-usa-539";
const built = (slug: string, view: string) =>
  readFileSync(path.join(".next/server/app/static-views", slug, `${view}.html`), "utf8");
const page = async (url: string) => {
  const res = await fetch(`${base}${url}`, { headers: { accept: "text/html" } });
  return { status: res.status, html: await res.text() };
};
// The segments marked current in the header: language, perspective, range, basis.
const current = (html: string) => [...html.matchAll(/aria-current="true"[^>]*>([^<]*)</g)].map((m) => m[1]).join(" | ");

describe("release pages in their preset views are the files `next build` wrote", () => {
  it("builds every release's four preset views and the front page's", () => {
    for (const slug of RELEASES)
      for (const view of Object.keys(VIEWS))
        expect(existsSync(path.join(".next/server/app/static-views", slug, `${view}.html`))).toBe(true);
    expect(existsSync(path.join(".next/server/app/static-views", FRONT, "front-es-mx.html"))).toBe(true);
  });

  it.each(RELEASES)("/releases/%s answers each preset view with its prerendered file", async (slug) => {
    for (const [view, query] of Object.entries(VIEWS)) {
      const { status, html } = await page(`/releases/${slug}${query}`);
      expect(status).toBe(200);
      expect(html).toBe(built(slug, view));
    }
  });

  it("/ is the front release's prerendered views, its links keeping /", async () => {
    for (const [view, query] of Object.entries(VIEWS)) {
      const { html } = await page(`/${query}`);
      expect(html).toBe(built(FRONT, `front-${view}`));
    }
    expect(built(FRONT, "front-en-us")).toContain('href="/?perspective=us"');
    expect(built(FRONT, "es-mx")).toContain(`href="/releases/${FRONT}?lang=en"`);
  });

  it("reads the query as the page rendered per request does: unknown keys ignored, a repeated key by its last value", async () => {
    expect((await page("/?utm_source=x&lang=en")).html).toBe(built(FRONT, "front-en-mx"));
    expect((await page("/?lang=es&lang=en")).html).toBe(built(FRONT, "front-en-mx"));
    expect((await page("/?lang=xx&perspective=us")).html).toBe(built(FRONT, "front-es-us"));
    // The same queries with a default basis written out go to the page rendered per request: the same view.
    for (const q of ["?utm_source=x&lang=en", "?lang=es&lang=en", "?lang=xx&perspective=us"]) {
      const perRequest = await page(`/${q}&basis=SA`);
      const prerendered = await page(`/${q}`);
      expect(current(perRequest.html)).toBe(current(prerendered.html));
    }
  });

  it("renders any other view per request, in that view", async () => {
    const { status, html } = await page(`/releases/${FRONT}?basis=NSA&range=12m&lang=en`);
    expect(status).toBe(200);
    expect(Object.keys(VIEWS).some((v) => html === built(FRONT, v))).toBe(false);
    expect(current(html)).toMatch(/English .*12 months.*NSA/);
  });

  it("does not serve the prerendered pages under their own paths", async () => {
    expect((await page(`/static-views/${FRONT}/es-mx`)).status).toBe(404);
    expect((await page(`/static-views/${FRONT}/nope`)).status).toBe(404);
  });
});
