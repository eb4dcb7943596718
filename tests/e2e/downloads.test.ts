import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { readFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import axe from "axe-core";
import { launchChromium } from "../helpers/chromium";

const base = inject("baseUrl");
const SLUG = "2024-03-22-index-usa-539";
const shots = mkdtempSync(path.join(tmpdir(), "balanza-e2e-"));
// Screenshots go beside the other browser tests' (test-results/), to be looked at; saved downloads stay in shots.
const SCREENSHOTS = path.join(process.cwd(), "test-results", "downloads");
mkdirSync(SCREENSHOTS, { recursive: true });
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function endpointBytes(href: string): Promise<Buffer> {
  const res = await fetch(new URL(href, base));
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/** Tabs from the top of the page until the link named `name` has focus: it must be reachable by keyboard. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(
      () => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "",
    );
    if (name.test(label)) return;
  }
  throw new Error(`No focusable link named ${name}`);
}

describe("download links in Chromium", () => {
  it("the checks table's Download CSV works with the keyboard and saves exactly the endpoint's bytes (with a BOM)", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const link = page.getByRole("link", {
      name: /^Descargar CSV: verificación de cada cifra de index, comunicado 539/,
    });
    await expect(link.count()).resolves.toBe(1);
    await tabTo(page, /^Descargar CSV: verificación/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe(`balanza_checks_${SLUG}_es.csv`);
    const saved = path.join(shots, download.suggestedFilename());
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    const href = (await link.getAttribute("href"))!;
    expect(bytes.equals(await endpointBytes(href))).toBe(true);
    expect(bytes.equals(await endpointBytes(`/api/releases/${SLUG}/checks.csv?bom=1`))).toBe(true);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("millones de dólares");
    await context.close();
  });

  it.each([
    [
      "desestacionalizada",
      "balanza_us-mexico_2009-01_2025-02_sa.csv",
      "/api/series.csv?partner=MX&basis=SA&perspective=us&bom=1",
    ],
    ["sin desestacionalizar", "balanza_us-mexico_1985-01_2025-02_nsa.csv", "/api/series.csv?basis=NSA&bom=1"],
  ])("Download all data (%s) saves %s, equal to %s", async (basisWords, fileName, api) => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const link = page.getByRole("link", { name: new RegExp(`^Descargar todos los datos: ${basisWords},`) });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(fileName);
    const saved = path.join(shots, fileName);
    await download.saveAs(saved);
    expect(readFileSync(saved).equals(await endpointBytes(api))).toBe(true);
    await context.close();
  });

  it.each([
    [
      "chart-release-month",
      /\/charts\/release-month\.csv\?perspective=mx&bom=1$/,
      "balanza_2024-03-22-index-usa-539_release-month_mx.csv",
    ],
    ["chart-bridge", /\/charts\/bridge\.csv\?perspective=mx&bom=1$/, "balanza_2024-03-22-index-usa-539_bridge_mx.csv"],
    [
      "chart-series",
      /^\/api\/series\.csv\?partner=MX&basis=SA&from=2020-03&to=2025-02&perspective=mx&bom=1$/,
      "balanza_mexico-us_2020-03_2025-02_sa.csv",
    ],
    [
      "chart-rank",
      /\/charts\/ranks\.csv\?from=2020-03&to=2025-02&bom=1$/,
      "balanza_2024-03-22-index-usa-539_ranks_2020-03_2025-02.csv",
    ],
  ])("the %s chart's Download CSV saves exactly its endpoint's bytes", async (id, hrefPattern, fileName) => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const link = page.locator(`#${id} a.download-link`);
    await expect(link.count()).resolves.toBe(1);
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(hrefPattern);
    expect(await link.getAttribute("aria-label")).toMatch(/^Descargar CSV: .{20,}/);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(fileName);
    const saved = path.join(shots, fileName);
    await download.saveAs(saved);
    expect(readFileSync(saved).equals(await endpointBytes(href))).toBe(true);
    await context.close();
  });

  it("the series chart's Download CSV follows its range and basis as the reader changes them", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/?lang=en&perspective=us`);
    const frame = page.locator("#chart-series");
    await frame.getByRole("link", { name: "12 months" }).click();
    await frame.getByRole("link", { name: "NSA", exact: true }).click();
    const link = frame.locator("a.download-link");
    await expect
      .poll(() => link.getAttribute("href"))
      .toBe("/api/series.csv?partner=MX&basis=NSA&from=2024-03&to=2025-02&perspective=us&bom=1");
    expect(await link.getAttribute("aria-label")).toBe(
      "Download CSV: trade US with Mexico, exports, imports and balance, not seasonally adjusted, 2024-03 to 2025-02",
    );
    await link.focus();
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    const saved = path.join(shots, "series-12m-nsa.csv");
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    expect(
      bytes.equals(
        await endpointBytes("/api/series.csv?partner=MX&basis=NSA&from=2024-03&to=2025-02&perspective=us&bom=1"),
      ),
    ).toBe(true);
    const periods = new Set(
      bytes
        .toString("utf8")
        .split("\r\n")
        .slice(1, -1)
        .map((line) => line.slice(0, 7)),
    );
    expect([...periods]).toHaveLength(12);
    await frame.screenshot({ path: path.join(SCREENSHOTS, "series-frame.png") });
    console.log(`screenshot: ${path.join(SCREENSHOTS, "series-frame.png")}`);
    await context.close();
  });

  it("every download link has an accessible name that says what it downloads (axe, screenshot)", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${base}/`);
    await page.addScriptTag({ content: axe.source });
    const result = await page.evaluate(async () =>
      (window as unknown as { axe: typeof axe }).axe.run(
        { include: [["a[download]"]] },
        { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      ),
    );
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    const names = await page
      .locator("a.download-link")
      .evaluateAll((links) => links.map((a) => a.getAttribute("aria-label") ?? ""));
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(names.length).toBe(7);
    for (const name of names) expect(name).toMatch(/^Descargar (CSV|todos los datos): .{20,}/);
    await page.locator(".all-data-downloads").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, "home-downloads.png"), fullPage: true });
    console.log(`screenshot: ${path.join(SCREENSHOTS, "home-downloads.png")}`);
    await page.close();
  });
});
