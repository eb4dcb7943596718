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
  it(
    "the checks table's Download CSV works with the keyboard " + "and saves exactly the endpoint's bytes (with a BOM)",
    async () => {
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
    },
  );

  it.each([
    [
      "desestacionalizada",
      "balanza_us-mexico_2009-01_2025-02_sa.csv",
      "/api/series.csv?partner=MX&basis=SA&perspective=us&bom=1",
    ],
    ["sin desestacionalizar", "balanza_us-mexico_1985-01_2026-07_nsa.csv", "/api/series.csv?basis=NSA&bom=1"],
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
      /\/charts\/release-month\.csv\?perspective=mx&lang=es&bom=1$/,
      "balanza_2024-03-22-index-usa-539_release-month_mx_es.csv",
    ],
    [
      "chart-bridge",
      /\/charts\/bridge\.csv\?perspective=mx&lang=es&bom=1$/,
      "balanza_2024-03-22-index-usa-539_bridge_mx_es.csv",
    ],
    [
      "chart-series",
      /^\/api\/series\.csv\?partner=MX&basis=SA&from=2020-03&to=2025-02&perspective=mx&lang=es&bom=1$/,
      "balanza_mexico-us_2020-03_2025-02_sa_es.csv",
    ],
    [
      "chart-rank",
      /\/charts\/ranks\.csv\?from=2020-03&to=2025-02&lang=es&bom=1$/,
      "balanza_2024-03-22-index-usa-539_ranks_2020-03_2025-02_es.csv",
    ],
  ])("the %s chart's Download CSV saves exactly its endpoint's bytes", async (id, hrefPattern, fileName) => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const link = page.locator(`#${id} .chart-actions a.download-link[type="text/csv"]`);
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
    const link = frame.locator('.chart-actions a.download-link[type="text/csv"]');
    await expect
      .poll(() => link.getAttribute("href"))
      .toBe("/api/series.csv?partner=MX&basis=NSA&from=2025-08&to=2026-07&perspective=us&bom=1");
    expect(await link.getAttribute("aria-label")).toBe(
      "Download CSV: trade US with Mexico, exports, imports and balance, not seasonally adjusted, 2025-08 to 2026-07",
    );
    await link.focus();
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    const saved = path.join(shots, "series-12m-nsa.csv");
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    expect(
      bytes.equals(
        await endpointBytes("/api/series.csv?partner=MX&basis=NSA&from=2025-08&to=2026-07&perspective=us&bom=1"),
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
    // Checks: CSV + XLSX; all data: CSV and XLSX on each basis + the ZIP; each of 4 charts: CSV, XLSX, SVG, PNG; and
    // the CSV where each table written on demand will be (the series' months, the rank's history).
    expect(names.length).toBe(2 + 5 + 4 * 4 + 2);
    for (const name of names) expect(name).toMatch(/^(Descargar (CSV|XLSX|todos los datos)|SVG|PNG): .{20,}/);
    await page.locator(".all-data-downloads").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, "home-downloads.png"), fullPage: true });
    console.log(`screenshot: ${path.join(SCREENSHOTS, "home-downloads.png")}`);
    await page.close();
  });

  it.each([
    ["chart-release-month", `balanza_${SLUG}_release-month_mx_es.xlsx`],
    ["chart-bridge", `balanza_${SLUG}_bridge_mx_es.xlsx`],
    ["chart-series", "balanza_mexico-us_2020-03_2025-02_sa_es.xlsx"],
    ["chart-rank", `balanza_${SLUG}_ranks_2020-03_2025-02_es.xlsx`],
  ])(
    "the %s chart's Download XLSX works with the keyboard and saves %s, its endpoint's bytes",
    async (id, fileName) => {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      const link = page.locator(`#${id} a.download-link[href*=".xlsx"]`);
      await expect(link.count()).resolves.toBe(1);
      expect(await link.getAttribute("aria-label")).toMatch(/^Descargar XLSX: .{20,}/);
      await link.focus();
      const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
      expect(download.suggestedFilename()).toBe(fileName);
      const saved = path.join(shots, fileName);
      await download.saveAs(saved);
      const bytes = readFileSync(saved);
      expect(bytes.equals(await endpointBytes((await link.getAttribute("href"))!))).toBe(true);
      expect(bytes.subarray(0, 2).toString()).toBe("PK");
      await context.close();
    },
  );

  it(
    "the checks table's Download XLSX and the all-data " + "ZIP are reached with Tab and save the right files",
    async () => {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      await tabTo(page, /^Descargar XLSX: verificación de cada cifra/);
      const [xlsx] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
      expect(xlsx.suggestedFilename()).toBe(`balanza_checks_${SLUG}_es.xlsx`);
      await tabTo(page, /ZIP: cada CSV, sus metadatos y un README/);
      const [zip] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
      expect(zip.suggestedFilename()).toBe("balanza_all-data.zip");
      const saved = path.join(shots, "all-data.zip");
      await zip.saveAs(saved);
      expect(readFileSync(saved).equals(await endpointBytes("/api/downloads/balanza_all-data.zip"))).toBe(true);
      await context.close();
    },
  );

  it.each(["png", "svg"] as const)(
    "the bridge's %s image is saved with the keyboard and shows in Chromium with its title (screenshot)",
    async (format) => {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(`${base}/?lang=en`);
      const link = page.locator(`#chart-bridge a.download-link[href*=".${format}"]`);
      expect(await link.getAttribute("aria-label")).toMatch(new RegExp(`^${format.toUpperCase()}: Download`));
      await link.focus();
      const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
      expect(download.suggestedFilename()).toBe(`balanza_${SLUG}_bridge_mx_en.${format}`);
      const saved = path.join(SCREENSHOTS, download.suggestedFilename());
      await download.saveAs(saved);
      const href = (await link.getAttribute("href"))!;
      expect(readFileSync(saved).equals(await endpointBytes(href))).toBe(true);
      // Chromium decodes it: an <img> of the endpoint gets its natural size.
      const view = await context.newPage();
      await view.setViewportSize({ width: 800, height: 900 });
      await view.goto(`${base}/`);
      const size = await view.evaluate(async (src) => {
        document.body.innerHTML = `<img id="x" src="${src}">`;
        const img = document.getElementById("x") as HTMLImageElement;
        await img.decode();
        return [img.naturalWidth, img.naturalHeight];
      }, href);
      expect(size[0]).toBe(format === "png" ? 1520 : 760);
      if (format === "svg") {
        // Its text is text: the SVG parses as XML, and its <text> elements hold the title; drawn inline for a look.
        const text = await view.evaluate(async (src) => {
          const svg = await (await fetch(src)).text();
          const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
          if (doc.querySelector("parsererror")) return "parse error";
          return [...doc.querySelectorAll("text")].map((t) => t.textContent).join(" ");
        }, href);
        expect(text).toContain("From the arithmetic to the printed figure");
        expect(text).toContain("Unit: millions of US dollars");
        const svg = (await endpointBytes(href)).toString("utf8").replace(/^<\?xml[^>]*>/, "");
        await view.setContent(`<body style="margin:0">${svg}</body>`);
        await view.screenshot({ path: path.join(SCREENSHOTS, "bridge-svg-in-chromium.png") });
      }
      console.log(`image: ${saved}`);
      await context.close();
    },
  );

  it(
    "Cite this opens with the keyboard: a citation with the release, source and vintage, and a " +
      "permanent link that reproduces the view",
    async () => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await page.goto(`${base}/?lang=en&perspective=us&basis=NSA&range=12m`);
      const frame = page.locator("#chart-series");
      const summary = frame.locator(".cite-this > summary");
      await summary.focus();
      await page.keyboard.press("Enter");
      await expect(frame.locator(".cite-this").getAttribute("open")).resolves.toBe("");
      const citation = (await frame.locator(".cite-this .citation").textContent())!;
      expect(citation).toMatch(/^Balanza\. \(n\.d\.\)\. Monthly series/);
      expect(citation).toContain("index, press release 539 (2024-03-22)");
      // NSA, 12 months: imports from FRED only (Census NSA exports end 2025-02), cited with their vintage.
      expect(citation).toContain(
        "IMPMX: U.S. imports of goods by customs basis from Mexico, not seasonally adjusted, 2026-09 vintage",
      );
      expect(citation).toContain("Retrieved [date accessed], from http");
      const url = (await frame.locator(".cite-this a.permalink").getAttribute("href"))!;
      // the line ends in its permanent URL, which is the link itself: copied, it reads as the citation
      expect(citation.endsWith(url)).toBe(true);
      expect(await frame.locator(".cite-this a.permalink").textContent()).toBe(url);
      expect(new URL(url).pathname + new URL(url).search + new URL(url).hash).toBe(
        `/releases/${SLUG}?lang=en&perspective=us&basis=NSA&range=12m#chart-series`,
      );
      await frame.screenshot({ path: path.join(SCREENSHOTS, "series-cite.png") });
      // The permanent link shows the same chart, in the same state.
      const again = await browser.newPage();
      await again.goto(url);
      await expect(again.locator("#chart-series .cite-this a.permalink").getAttribute("href")).resolves.toBe(url);
      await again.close();
      // Every check has its citation too.
      const checks = page.locator(".checks-section .cite-this");
      await checks.locator("summary").focus();
      await page.keyboard.press("Enter");
      const lines = await checks.locator(".citation").allTextContents();
      expect(lines.length).toBe(7);
      for (const line of lines)
        expect(line).toMatch(
          /^Balanza\. \(n\.d\.\)\. Check of ".+" \[Data set; index, press release 539 \(2024-03-22\)\]\. /,
        );
      // A check's line ends in its absolute permanent URL. On "/" (whichever release is latest) the link is that URL
      // without the origin; on the release's own page it is the row's fragment, the same address.
      const first = checks.locator("a.permalink").first();
      const absolute = (await first.textContent())!;
      const { pathname, search, hash } = new URL(absolute);
      expect(pathname + search).toBe(`/releases/${SLUG}?lang=en&perspective=us&basis=NSA&range=12m`);
      expect(await first.getAttribute("href")).toBe(pathname + search + hash);
      await first.click();
      await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe(pathname + search);
      await page.locator(".checks-section .cite-this > summary").click();
      const own = page.locator(`.checks-section .cite-this a.permalink[href="${hash}"]`);
      expect(await own.textContent()).toBe(absolute);
      await own.click();
      expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe(
        pathname + search + hash,
      );
      await expect(page.locator(hash).count()).resolves.toBe(1);
      await page.close();
    },
  );
});
