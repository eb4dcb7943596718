import { describe, expect, inject, it } from "vitest";
import { z } from "zod";

const base = inject("baseUrl");

// oEmbed 1.0 (https://oembed.com §2.3.4): the fields every response has, and those a `rich` response must have.
const oembedRichSchema = z
  .object({
    type: z.literal("rich"),
    version: z.literal("1.0"),
    title: z.string().optional(),
    author_name: z.string().optional(),
    author_url: z.url().optional(),
    provider_name: z.string().optional(),
    provider_url: z.url().optional(),
    cache_age: z.number().int().nonnegative().optional(),
    thumbnail_url: z.url().optional(),
    html: z.string().min(1),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  })
  .strict();

const oembed = (params: Record<string, string>) => fetch(`${base}/api/oembed?${new URLSearchParams(params)}`);

describe("GET /api/oembed", () => {
  it.each([
    `/embed/bridge?lang=en`,
    `/embed/figure?figure=exports`,
    `/`,
    `/?lang=en&perspective=us`,
    `/releases/2024-03-22-index-usa-539`,
  ])("answers a valid oEmbed 1.0 rich response for %s", async (path) => {
    const res = await oembed({ url: `${base}${path}`, format: "json" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const body = oembedRichSchema.parse(await res.json());
    expect(body.provider_url).toBe(`${base}/`);
    expect(body.html).toMatch(
      new RegExp(
        `^<iframe src="${base.replace(/[.]/g, "\\.")}/embed/[a-z-]+[^"]*" title="Balanza — ` +
          `[^"]+" loading="lazy" width="${body.width}" height="${body.height}"`,
      ),
    );
    expect(body.html).toContain(`<script src="${base}/embed.js" async></script>`);
  });

  it("keeps within maxwidth and maxheight, and format defaults to json", async () => {
    const body = oembedRichSchema.parse(
      await (await oembed({ url: `${base}/embed/series`, maxwidth: "300", maxheight: "200" })).json(),
    );
    expect([body.width, body.height]).toEqual([300, 200]);
  });

  it("answers 404 naming the release's widgets for a chart its release does not draw", async () => {
    const res = await oembed({ url: `${base}/embed/claimed-growth?release=2024-03-22-index-usa-539` });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { parameter: string; allowed: string[] };
    expect(body.parameter).toBe("url");
    expect(body.allowed).toContain("bridge");
    expect(body.allowed).not.toContain("claimed-growth");
    // …and embeds it where it is drawn, as tall as its figures need (taller than the default for four).
    const ok = await oembed({ url: `${base}/embed/claimed-growth?release=2025-09-se-monitor-t-mec-julio-2025` });
    expect(ok.status).toBe(200);
    const unknown = await oembed({ url: `${base}/embed/claimed-growth` });
    expect(unknown.status).toBe(404);
    expect(oembedRichSchema.parse(await ok.json()).height).toBeGreaterThan(1000);
  });

  it("answers 501 for format=xml", async () => {
    const res = await oembed({ url: `${base}/embed/bridge`, format: "xml" });
    expect(res.status).toBe(501);
    expect(await res.json()).toMatchObject({ parameter: "format" });
  });

  it.each(["https://example.com/embed/bridge", `${base}/embed/pie`, `${base}/api/series`, `${base}/releases/nope`])(
    "answers 404 for %s, which is not an embeddable Balanza URL",
    async (url) => {
      const res = await oembed({ url });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ parameter: "url" });
    },
  );

  it.each([
    [{}, "url"],
    [{ url: "/embed/bridge" }, "url"],
    [{ url: "x", maxwidth: "abc" }, "maxwidth"],
    [{ url: "x", maxheight: "-5" }, "maxheight"],
    [{ url: "x", format: "yaml" }, "format"],
  ])("answers 400 naming the parameter for %j", async (params, parameter) => {
    const res = await oembed(params);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ parameter });
  });
});

describe("oEmbed discovery on dashboard pages", () => {
  it.each(["/", "/?lang=en&perspective=us", "/releases/2024-03-22-index-usa-539"])(
    "%s links to an oEmbed answer for itself that embeds its release",
    async (page) => {
      const html = await (await fetch(`${base}${page}`)).text();
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/
        .exec(html)?.[1]
        ?.replaceAll("&amp;", "&");
      expect(link).toBeDefined();
      const href = new URL(link ?? "");
      expect(href.pathname).toBe("/api/oembed");
      expect(
        new URL(href.searchParams.get("url") ?? "").pathname + new URL(href.searchParams.get("url") ?? "").search,
      ).toBe(page);
      const res = await fetch(`${base}${href.pathname}${href.search}`);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body).toMatchObject({ version: "1.0", type: "rich" });
      expect(body.html).toContain("/embed/release-month");
    },
  );
});
