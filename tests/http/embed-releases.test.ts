import { parse } from "csv-parse/sync";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { readMarks } from "../helpers/svg-marks";

const base = inject("baseUrl");
const RELEASES = path.join(process.cwd(), "data/releases");
// Every release of the library, read from its folder (not from the code under test).
const SLUGS = readdirSync(RELEASES).filter((s) => !s.startsWith("."));
const claimsOf = (slug: string): Array<{ id: string; measure: string; months?: string[] }> =>
  JSON.parse(readFileSync(path.join(RELEASES, slug, "release.json"), "utf8")).claims;

// The widgets of the dashboard's charts: each is offered exactly when the release's page draws that chart.
const PAGE_CHARTS = [
  "release-month",
  "claimed-levels",
  "claimed-growth",
  "claimed-shares",
  "bridge",
  "series",
  "rank",
] as const;

async function get(pathAndQuery: string) {
  const res = await fetch(`${base}${pathAndQuery}`);
  return { status: res.status, text: await res.text() };
}

/** The charts a release's page draws: its chart frames (`<section id="chart-…">`), in the page's order. */
async function drawnOnPage(slug: string): Promise<string[]> {
  const { status, text } = await get(`/releases/${slug}`);
  expect(status).toBe(200);
  return [...text.matchAll(/ id="chart-([a-z-]+)"/g)].map((m) => m[1]!).filter((id) => !id.endsWith("-title"));
}

/** "Gráficos de este comunicado: a, b, c" in a widget's error frame. */
const offeredIn = (page: string) => /Gráficos de este comunicado: ([a-z, -]+)</.exec(page)?.[1]?.split(", ") ?? null;

describe("every release's widgets", () => {
  it("the library has the releases the issue names (so the loop below is not vacuous)", () => {
    expect(SLUGS.length).toBe(14);
  });

  it.each(SLUGS)(
    "%s: every chart its page draws is a widget (200); every other answers 404 naming them",
    async (slug) => {
      const drawn = await drawnOnPage(slug);
      expect(drawn).toContain("series");
      for (const chart of PAGE_CHARTS) {
        const { status, text } = await get(`/embed/${chart}?release=${slug}`);
        if (drawn.includes(chart)) {
          expect({ chart, status }).toEqual({ chart, status: 200 });
          expect(text).toContain('<svg class="chart');
          expect(readMarks(text).length).toBeGreaterThan(0);
          expect(text).toMatch(/<table[^>]*>/);
          if (chart.startsWith("claimed-")) {
            // Its CSV link is that chart's own CSV, seen from the widget's side, and it answers with what it draws.
            const csv = /<a href="([^"]+)" download/.exec(text)?.[1]?.replaceAll("&amp;", "&");
            expect(csv).toBe(`/api/releases/${slug}/charts/${chart}.csv?perspective=mx&lang=es&bom=1`);
            const res = await fetch(`${base}${csv}`);
            expect(res.status).toBe(200);
            expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
            // Every stated bar is that figure's row of the CSV, with the same value.
            const rows = parse<Record<string, string>>(await res.text(), { columns: true, bom: true });
            const stated = new Map(rows.map((r) => [r.claim_id, Number(r.stated)]));
            const bars = readMarks(text).filter((m) => m.attrs["data-key"]?.endsWith("|stated"));
            expect(bars.length).toBeGreaterThan(0);
            for (const m of bars)
              expect(stated.get(m.attrs["data-key"]!.split("|")[0])).toBe(Number(m.attrs["data-value"]));
          }
        } else {
          expect({ chart, status }).toEqual({ chart, status: 404 });
          expect(text).toContain("Este comunicado no tiene ese gráfico");
          const offered = offeredIn(text);
          // It names the charts the page draws, in the page's order, then the card and (when it has one) the history.
          expect(offered?.filter((c) => c !== "figure" && c !== "revisions")).toEqual(drawn);
          expect(offered).toContain("figure");
          expect(offered).not.toContain(chart);
        }
      }
    },
  );

  it.each(SLUGS)(
    "%s: the card of each figure is a widget; a figure the release does not state is refused",
    async (slug) => {
      const claims = claimsOf(slug);
      for (const claim of claims)
        expect((await get(`/embed/figure?release=${slug}&figure=${claim.id}`)).status).toBe(200);
      const bad = await get(`/embed/figure?release=${slug}&figure=no-such-figure`);
      expect(bad.status).toBe(400);
      expect(bad.text).toContain(claims[0]!.id);
    },
  );
});

describe("oEmbed of every release's dashboard URL", () => {
  it.each(SLUGS)("%s: embeds its first chart that has something to show, in the page's language", async (slug) => {
    const drawn = await drawnOnPage(slug);
    const url = `${base}/releases/${slug}?lang=en&perspective=us`;
    const res = await fetch(`${base}/api/oembed?${new URLSearchParams({ url })}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { html: string; height: number };
    const src = new URL(/src="([^"]+)"/.exec(body.html)![1]!.replaceAll("&amp;", "&"));
    const first = drawn.find((c) => c === "release-month" || c.startsWith("claimed-"));
    expect(src.pathname).toBe(`/embed/${first ?? "figure"}`);
    expect(src.searchParams.get("lang")).toBe("en");
    expect(src.searchParams.get("release")).toBe(slug);
    // The perspective goes along (every chart it may pick takes one).
    expect(src.searchParams.get("perspective")).toBe(first ? "us" : null);
    // What it embeds is a widget with something drawn, not an empty chart or an error.
    const widget = await get(src.pathname + src.search);
    expect(widget.status).toBe(200);
    expect(readMarks(widget.text).length).toBeGreaterThan(0);
  });
});
