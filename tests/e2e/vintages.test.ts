import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { axeSerious, collectErrors, launchChromium } from "../helpers/chromium";

const base = inject("baseUrl");
const SHOTS = path.join(process.cwd(), "test-results");
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function open(url: string, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  // A release page's first render builds its checks, ranks and revision statistics: give a shared machine time.
  const response = await page.goto(`${base}${url}`, { waitUntil: "networkidle", timeout: 120_000 });
  return { page, errors, response, close: () => context.close() };
}

describe("every vintage in the browser (Chromium)", () => {
  it(
    "links each money claim's check to how its figure was revised, with every vintage beside the release's",
    { timeout: 240_000 },
    async () => {
      const { page, errors, close } = await open("/releases/2024-03-22-index-usa-539?lang=en");
      const links = page.locator("a.how-revised");
      expect(await links.count()).toBe(4); // total, exports, imports, balance; not the rank
      // Mexico's exports = US imports from Mexico: the claim "exports".
      await page.locator('a.how-revised[href*="/revisions/exports"]').first().click();
      await page.waitForLoadState("networkidle");
      expect(page.url()).toContain("/releases/2024-03-22-index-usa-539/revisions/exports?lang=en");
      await expect.poll(() => page.locator("h1").innerText()).toMatch(/How this figure was revised/);
      const nsa = page.locator("section", { has: page.locator("h2", { hasText: /^NSA/ }) });
      const rows = await nsa.locator("tbody tr").allInnerTexts();
      expect(rows.map((r) => r.split("\t").slice(0, 3))).toEqual([
        ["2024-03-07", "first release, as reported (rounded)", "38,042"],
        ["2025-04", "official", "38,042.3"],
        ["2026-09", "official", "37,826.1"],
      ]);
      expect(rows.every((r) => r.includes("39,874"))).toBe(true); // the release's figure beside each
      const sa = page.locator("section", { has: page.locator("h2", { hasText: /^SA/ }) });
      expect(await sa.locator("h2").innerText()).toMatch(/attributed/);
      expect(await sa.locator("tbody tr").allInnerTexts()).toHaveLength(1);
      // One drawing per basis (the widget's SVG, drawn on the server), each beside its table.
      expect(await page.locator("section .chart-box.drawn").count()).toBe(2);
      // its square markers would stretch in a fluid drawing: drawn in two sizes, the box's width showing one (1280 px)
      expect(await nsa.locator(".chart-box.drawn svg.chart.narrow").count()).toBe(1);
      expect(await nsa.locator(".chart-box.drawn svg.chart.wide").isVisible()).toBe(true);
      expect(await nsa.locator(".chart-box.drawn svg.chart.narrow").isVisible()).toBe(false);
      expect(await axeSerious(page)).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, "revisions-exports-1280.png"), fullPage: true });
      expect(errors).toEqual([]);
      await close();
    },
  );

  it(
    "shows NSA imports from Mexico to 2026-07 on the dashboard, each table row with its vintage",
    { timeout: 240_000 },
    async () => {
      const { page, errors, close } = await open("/?lang=en&basis=NSA&perspective=us&range=2025-01..2026-07");
      const table = page.locator("#chart-series table");
      await page.evaluate(() =>
        document.querySelectorAll<HTMLDetailsElement>("#chart-series details").forEach((d) => (d.open = true)),
      );
      expect(await table.locator("thead th").last().innerText()).toBe("Vintage");
      const last = await table.locator("tbody tr").last().innerText();
      const first = await table.locator("tbody tr").first().innerText();
      expect([first, last].join("\n")).toMatch(/2026-07/);
      expect([first, last].join("\n")).toMatch(/2026-09/);
      expect(await page.locator("#chart-series").innerText()).toMatch(/latest vintage that has it/);
      await page.locator("#chart-series").screenshot({ path: path.join(SHOTS, "series-mx-nsa-vintages-1280.png") });
      expect(errors).toEqual([]);
      await close();
    },
  );
});
