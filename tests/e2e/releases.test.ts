import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { axeSerious, collectErrors, launchChromium } from "../helpers/chromium";

const base = inject("baseUrl");
const SHOTS = path.join(process.cwd(), "test-results");
const manifest = JSON.parse(readFileSync("data/manifest.json", "utf8")) as { releases: string[] };
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function open(url: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const response = await page.goto(`${base}${url}`, { waitUntil: "networkidle", timeout: 120_000 });
  return { page, errors, response, close: () => context.close() };
}

const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

describe("the library of releases in the browser (Chromium)", () => {
  it(
    "lists every release, filters and sorts without JavaScript, and is axe clean at 375 px",
    { timeout: 240_000 },
    async () => {
      const { page, errors, close } = await open("/releases?lang=en", { javaScriptEnabled: false });
      expect(await page.locator("table.library-table tbody tr").count()).toBe(manifest.releases.length);
      await page.selectOption('select[name="textLang"]', "en");
      await Promise.all([page.waitForURL(/textLang=en/), page.click('form.library-filters button[type="submit"]')]);
      const langs = await page.locator("table.library-table tbody tr td:nth-child(3)").allInnerTexts();
      expect(langs.length).toBeGreaterThan(0);
      expect(new Set(langs)).toEqual(new Set(["English"]));
      // Oldest first, by the column header's link; the header says how the column is sorted.
      await page.click('th[aria-sort="descending"] a');
      const dates = await page.locator("table.library-table tbody tr td:first-child").allInnerTexts();
      expect(dates).toEqual([...dates].sort());
      expect(await page.locator('th[aria-sort="ascending"]').count()).toBe(1);
      expect(errors).toEqual([]);
      await close();

      const phone = await open("/releases?verdict=mismatch", { viewport: { width: 375, height: 800 } });
      expect(await overflows(phone.page)).toBe(false);
      expect(await axeSerious(phone.page)).toEqual([]);
      await phone.page.screenshot({ path: path.join(SHOTS, "releases-375.png"), fullPage: true });
      await phone.close();
    },
  );

  it("serves an Atom feed of every release", async () => {
    const res = await fetch(`${base}/releases/feed.xml?lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/atom\+xml/);
    const xml = await res.text();
    expect(xml.match(/<entry>/g)).toHaveLength(manifest.releases.length);
    expect((await fetch(`${base}/releases/feed.xml?lang=fr`)).status).toBe(400);
  });

  // Three shapes: one month (Mexico and China, January 2024), months summed (January to July 2025) with growth and a
  // share, and three partners' July 2025 figures with their growth rates.
  const SHAPES = [
    { slug: "2024-03-07-efe-deficit-january", charts: ["chart-release-month", "chart-bridge", "chart-claimed-levels"] },
    {
      slug: "2025-09-04-elfinanciero-julio-2025",
      charts: ["chart-claimed-levels", "chart-claimed-growth", "chart-claimed-shares"],
    },
    {
      slug: "2025-09-04-eleconomista-julio-2025",
      charts: ["chart-release-month", "chart-claimed-levels", "chart-claimed-growth"],
    },
  ];
  for (const { slug, charts } of SHAPES) {
    it(
      `draws what ${slug} claims, links each figure, and holds in English, dark, print and at 375 px`,
      { timeout: 300_000 },
      async () => {
        const release = JSON.parse(readFileSync(`data/releases/${slug}/release.json`, "utf8")) as {
          claims: Array<{ id: string; measure: string; months?: string[] }>;
        };
        const { page, errors, close } = await open(`/releases/${slug}?lang=en`);
        for (const id of charts) expect(await page.locator(`#${id}`).count(), id).toBe(1);
        // A chart with nothing to show is not drawn: no rank without a rank claim, no bridge without its three flows.
        const hasRank = release.claims.some((c) => c.measure === "rank");
        expect(await page.locator("#chart-rank").count()).toBe(hasRank ? 1 : 0);
        if (!charts.includes("chart-bridge")) expect(await page.locator("#chart-bridge").count()).toBe(0);
        // Every claim is a linked figure in the text and a row of the checks table.
        expect(await page.locator(".release-text a.figure").count()).toBe(release.claims.length);
        for (const c of release.claims) expect(await page.locator(`#check-claim-${c.id}`).count(), c.id).toBe(1);
        // Each other figure is drawn with the claim it states, and named in the chart's table.
        for (const id of charts.filter((c) => c.startsWith("chart-claimed"))) {
          const drawn = await page.locator(`#${id} svg.claimed-bars g[data-claim]`).count();
          expect(drawn).toBe(await page.locator(`#${id} table tbody tr`).count());
          expect(drawn).toBeGreaterThan(0);
        }
        // Clicking a figure of the text goes to its check.
        const first = page.locator(".release-text a.figure").first();
        const href = await first.getAttribute("href");
        await first.click();
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(href?.replace(/^[^#]*/, ""));
        expect(await axeSerious(page)).toEqual([]);
        expect(errors).toEqual([]);
        await page.emulateMedia({ media: "print" });
        await page.screenshot({ path: path.join(SHOTS, `release-${slug}-print.png`) });
        await close();

        const dark = await open(`/releases/${slug}`, { colorScheme: "dark", viewport: { width: 375, height: 800 } });
        expect(await overflows(dark.page)).toBe(false);
        expect(await axeSerious(dark.page)).toEqual([]);
        await dark.page.screenshot({ path: path.join(SHOTS, `release-${slug}-375-dark.png`), fullPage: true });
        expect(dark.errors).toEqual([]);
        await dark.close();

        // Without JavaScript the page is whole: the text, the drawn charts and their tables.
        const plain = await open(`/releases/${slug}`, { javaScriptEnabled: false });
        for (const id of charts) expect(await plain.page.locator(`#${id} svg`).count(), id).toBeGreaterThan(0);
        expect(await plain.page.locator("#checks-title").count()).toBe(1);
        await plain.close();
      },
    );
  }

  it(
    "the perspective switch restates a release's other figures: chart, table, note, CSV and widget",
    { timeout: 240_000 },
    async () => {
      const slug = "2025-09-04-eleconomista-julio-2025";
      const { page, errors, close } = await open(`/releases/${slug}?lang=en`);
      const frame = page.locator("#chart-claimed-levels");
      // The table is in a closed disclosure: its text, not its rendered text.
      const rows = async () => (await frame.locator("table tbody tr th").allTextContents()).map((t) => t.trim());
      const starting = async (words: string) => (await rows()).filter((r) => r.startsWith(words));
      expect(await starting("Canada's exports to the US · Jul 2025")).toHaveLength(1);
      await Promise.all([
        page.waitForURL(/perspective=us/),
        page.locator("nav.segmented a", { hasText: /^US$/ }).click(),
      ]);
      await expect.poll(() => starting("US imports from Canada · Jul 2025")).toHaveLength(1);
      // Seen from the US, the figures the release states from Canada's and China's side are restated, and say so.
      expect((await frame.locator(".chart-notes li").first().textContent())?.trim()).toMatch(/^Seen from the US/);
      const csvHref = await frame.locator('a[href*="claimed-levels.csv"]').first().getAttribute("href");
      expect(csvHref).toContain("perspective=us");
      const csv = await (await fetch(`${base}${csvHref}`)).text();
      expect(csv).toContain("US imports from Canada");
      const widget = await (await fetch(`${base}/embed/claimed-levels?release=${slug}&lang=en&perspective=us`)).text();
      expect(widget).toContain("US imports from Canada · Jul 2025");
      expect(errors).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `release-${slug}-us.png`), fullPage: true });
      await close();
    },
  );

  it("downloads exactly what each chart of other figures draws, as CSV", async () => {
    const slug = "2025-09-04-elfinanciero-julio-2025";
    const release = JSON.parse(readFileSync(`data/releases/${slug}/release.json`, "utf8")) as {
      claims: Array<{ id: string; measure: string }>;
    };
    const res = await fetch(`${base}/api/releases/${slug}/charts/claimed-growth.csv`);
    expect(res.status).toBe(200);
    const lines = (await res.text()).trim().split(/\r?\n/);
    expect(lines[0]?.split(",").slice(0, 3)).toEqual(["claim_id", "figure", "quote"]);
    const growth = release.claims.filter((c) => c.measure === "growth").map((c) => c.id);
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(growth);
    // Release 539 states no growth rate: no such chart, and the answer says which files there are.
    const none = await fetch(`${base}/api/releases/2024-03-22-index-usa-539/charts/claimed-growth.csv`);
    expect(none.status).toBe(404);
    expect(((await none.json()) as { allowed: string[] }).allowed).toContain("bridge.csv");
  });

  it("embeds any figure of any release as a card, and refuses one it does not state", async () => {
    const slug = "2025-09-04-elfinanciero-julio-2025";
    const ok = await fetch(`${base}/embed/figure?release=${slug}&figure=growth-2&lang=en`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/data-figure="growth-2"[^>]*>[^<]*%/);
    const bad = await fetch(`${base}/embed/figure?release=${slug}&figure=balance`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("growth-2");
  });
});
