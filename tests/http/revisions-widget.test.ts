import { describe, expect, inject, it } from "vitest";

const base = inject("baseUrl");
const get = (path: string) => fetch(`${base}${path}`);
const SLUG = "2024-03-22-index-usa-539";

interface Entry {
  vintage: string;
  kind: string;
  value: number;
}

async function history(flow: string, basis: string): Promise<Entry[]> {
  const res = await get(`/api/revisions?partner=MX&flow=${flow}&basis=${basis}&period=2024-01`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { entries: Entry[] }).entries;
}

/** data-value of each drawn mark, in order. */
function drawnValues(page: string): number[] {
  return [...page.matchAll(/<(?:circle|rect) class="pt [^"]*"[^>]*data-value="([^"]*)"/g)].map((m) => Number(m[1]));
}

describe("GET /embed/revisions: how one figure of a release was revised, as a widget", () => {
  it("draws every vintage held of January 2024 imports from Mexico (NSA), with its table and links", async () => {
    // Release 539 speaks from Mexico's side: its "exports" (39,874 mdd) are US imports from Mexico.
    const res = await get(`/embed/revisions?figure=exports&basis=NSA&lang=en&release=${SLUG}`);
    expect(res.status).toBe(200);
    const page = await res.text();
    const entries = await history("imports", "NSA");
    expect(entries.length).toBeGreaterThanOrEqual(3);
    expect(drawnValues(page)).toEqual(entries.map((e) => e.value));
    // The first release as quoted is a square, official vintages circles.
    expect(page).toMatch(/<rect class="pt f-reportedNSA"[^>]*data-key="reported-2024-03-07"/);
    expect(page).toMatch(/<circle class="pt f-officialNSA"[^>]*data-key="official-2026-09"/);
    expect(page).toContain("How this figure was revised");
    // Its table: one row per vintage, the vintage as the row header.
    for (const e of entries) expect(page).toContain(`<th scope="row">${e.vintage}</th>`);
    expect(page).toContain("The release&#39;s figure");
    // The CSV link gives exactly those values; the dashboard link opens the figure's revision page.
    expect(page).toContain('href="/api/revisions.csv?partner=2010&amp;flow=imports&amp;basis=NSA&amp;period=2024-01');
    expect(page).toContain(`/releases/${SLUG}/revisions/exports?lang=en`);
  });

  it("shows the basis the check attributes to the figure unless basis= asks, in Spanish by default", async () => {
    // Mexico's imports (27,210 mdd) are US exports to Mexico, checked on SA.
    const page = await (await get(`/embed/revisions?figure=imports`)).text();
    const entries = await history("exports", "SA");
    expect(drawnValues(page)).toEqual(entries.map((e) => e.value));
    expect(page).toContain("Cómo se revisó esta cifra");
    expect(page).toContain('<html lang="es"');
    const nsa = await (await get(`/embed/revisions?figure=imports&basis=NSA`)).text();
    expect(drawnValues(nsa)).toEqual((await history("exports", "NSA")).map((e) => e.value));
  });

  it.each([
    ["figure=rank", 400, "figure"],
    ["figure=nope", 400, "figure"],
    ["basis=XX", 400, "basis"],
    ["period=2024-01", 400, "period"],
  ])("%s answers %i naming «%s»", async (q, status, option) => {
    const res = await get(`/embed/revisions?${q}&lang=en`);
    expect(res.status).toBe(status);
    const text = await res.text();
    expect(text).toContain(`«${option}»`);
    expect(text).not.toContain("<svg");
  });

  it("release=no-such-release answers 400 saying so and naming the releases there are", async () => {
    const res = await get(`/embed/revisions?release=no-such-release&lang=en`);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain("There is no such release.");
    expect(text).toContain(SLUG);
    expect(text).not.toContain("no-such-release");
  });

  it("is an image too: SVG with its title as text, and a PNG", async () => {
    const svg = await get(`/api/images/revisions.svg?figure=imports&lang=en`);
    expect(svg.status).toBe(200);
    expect(await svg.text()).toMatch(/<text class="title"[^>]*>How this figure was revised: Imports/);
    expect(svg.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    const png = await get(`/api/images/revisions.png?figure=total&lang=es`);
    expect(png.status).toBe(200);
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");
  });

  it("the total's history is served by /api/revisions with flow=total (exports + imports of one vintage)", async () => {
    const [total, exp, imp] = await Promise.all([
      history("total", "NSA"),
      history("exports", "NSA"),
      history("imports", "NSA"),
    ]);
    for (const t of total) {
      const e = exp.find((x) => x.vintage === t.vintage && x.kind === t.kind);
      const i = imp.find((x) => x.vintage === t.vintage && x.kind === t.kind);
      expect(e && i).toBeTruthy();
      expect(t.value).toBeCloseTo(e!.value + i!.value, 6);
    }
  });
});

describe("GET /revisions: the revision distribution", () => {
  it("shows Mexico's, Canada's, China's and all partners' groups with their pairs, in two data tables", async () => {
    const stats = (await (await get("/api/revisions/stats")).json()) as {
      totalPairs: number;
      groups: Array<{ basis: string; flow: string; partner: string; lag: string; pairs: number }>;
    };
    const res = await get("/revisions?lang=en");
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain(stats.totalPairs.toLocaleString("en-US"));
    const tables = page.match(/<table>/g) ?? [];
    expect(tables).toHaveLength(2);
    const rows = page.match(/<tr><th scope="row">(SA|NSA)<\/th>/g) ?? [];
    // Mexico, Canada, China and all partners, over any lag and by lag; the other partners' groups are in the JSON.
    const shown = stats.groups.filter((g) => ["2010", "1220", "5700", "all"].includes(g.partner));
    expect(rows).toHaveLength(shown.length);
    expect(page).toContain(`The ${stats.groups.length - shown.length} groups of every other partner, as JSON`);
    expect(page).toMatch(/<th scope="col">Largest<\/th>/);
  });

  it("is linked from each figure's revision page", async () => {
    const page = await (await get(`/releases/${SLUG}/revisions/exports?lang=en`)).text();
    expect(page).toContain('href="/revisions?lang=en"');
    expect(page).toContain(
      "/api/revisions.csv?partner=2010&amp;flow=imports&amp;basis=NSA&amp;period=2024-01&amp;bom=1",
    );
  });
});
