import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { collectErrors, launchChromium } from "../helpers/chromium";
import { esEngine } from "@/lib/i18n/engine-es";
import { enEngine } from "@/lib/i18n/engine-en";
import { es } from "@/lib/i18n/es";
import { en } from "@/lib/i18n/en";
import { clientEs } from "@/lib/i18n/client-es";
import { clientEn } from "@/lib/i18n/client-en";
import { esCheckPage } from "@/lib/i18n/check-page-es";
import { enCheckPage } from "@/lib/i18n/check-page-en";

const base = inject("baseUrl");
const SHOTS = path.join(process.cwd(), "test-results");
let browser: Browser;
// the machine is shared: give client-side updates time under load
const POLL = { timeout: 10_000 };

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function open(url: string, opts: { width?: number; js?: boolean } = {}) {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: 900 },
    javaScriptEnabled: opts.js ?? true,
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const apiCalls: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/")) apiCalls.push(r.url());
  });
  const response = await page.goto(`${base}${url}`, { waitUntil: "networkidle" });
  return { page, errors, apiCalls, response, close: () => context.close() };
}

// The server draws the charts; recharts replaces them when the reader first points at a chart (or the browser is idle
// well after load).
const chartsDrawn = async (page: Page) => {
  if ((await page.locator(".chart-box.drawn").count()) > 0)
    await page.locator("#chart-release-month .chart-box").hover();
  // recharts in every box (the series and the rank history once their data has arrived too), no drawing left
  await page.waitForFunction(
    () =>
      document.querySelectorAll(".chart-frame .recharts-surface").length >= 5 &&
      document.querySelectorAll(".chart-box.drawn").length === 0,
    undefined,
    { timeout: 15_000 },
  );
};

describe("the dashboard (Chromium)", () => {
  it(
    "loads with no console errors, draws the four charts and the checks with the right numbers, " +
      "and fetches the series and ranks only once charts are activated",
    async () => {
      const { page, errors, apiCalls, response, close } = await open("/");
      expect(response?.status()).toBe(200);
      // the page carries no chart data: the server's drawings show it until the reader reaches for a chart
      expect(apiCalls).toEqual([]);
      await chartsDrawn(page);
      expect(await page.locator(".chart-frame").count()).toBe(4);
      for (const id of ["chart-release-month", "chart-bridge", "chart-series", "chart-rank"]) {
        expect(await page.locator(`#${id} .recharts-surface`).count(), id).toBeGreaterThan(0);
        // every source line names the basis and the vintage of what the chart draws
        expect(await page.locator(`#${id} .chart-source`).innerText(), id).toMatch(/^Fuente:.*\b(SA|NSA)\b.*edición/s);
      }
      // the bridge: computed and printed balance, visible
      await expect
        .poll(() => page.locator("#chart-bridge .bridge-sum").innerText(), POLL)
        .toMatch(/39,874 − 27,210 = 12,664 · Reportado: 12,700 \(Diferencia \+36, Tolerancia ±50\)/);
      expect(await page.getByText("12,664", { exact: true }).first().isVisible()).toBe(true);
      expect(await page.locator("#chart-bridge .recharts-label-list").first().textContent()).toMatch(
        /39,874.*-27,210.*12,664.*12,700/,
      );
      // statuses by icon, word and data attribute
      const status = (id: string) => page.locator(`#check-${id} td .status`).innerText();
      expect(await status("identity-balance")).toBe("≈ dentro del redondeo");
      expect(await status("identity-total")).toBe("✓ exacta");
      expect(await status("claim-exports")).toBe("↻ revisada");
      expect(await status("claim-rank")).toBe("✓ exacta");
      expect(await page.locator(".summary-text").first().innerText()).toMatch(
        /^2 de 5 cifras coherentes con los datos oficiales; 3 revisadas/,
      );
      expect(await page.locator("#check-claim-exports").innerText()).toContain("39,656.8");
      // the release month and the rank charts' tables
      expect(await page.locator("#chart-release-month table").textContent()).toMatch(
        /Exportaciones de México a EUA39,87439,656\.838,042\.338,042/,
      );
      expect(await page.locator("#chart-rank .rank-claim").innerText()).toMatch(
        /México: #1 entre \d+ socios, enero de 2024 \(comercio total 64,524 mdd\)/,
      );
      // activated, the page fetched its range's series (with the year before, for the year-on-year change) and ranks
      expect(apiCalls.map((u) => new URL(u).pathname + new URL(u).search).sort()).toEqual([
        "/api/releases/2024-03-22-index-usa-539/ranks?from=2020-03&to=2025-02",
        "/api/series?partner=MX&basis=SA&perspective=mx&from=2019-03&to=2025-02",
      ]);
      // recharts' series, and the table written from the fetched data, have the range's months
      expect(await page.locator("#chart-series table tbody tr").count()).toBe(60);
      expect(errors).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, "dashboard-1280.png"), fullPage: true });
      await page.screenshot({ path: path.join(SHOTS, "dashboard-1280-top.png") });
      await page.locator(".checks-section").screenshot({ path: path.join(SHOTS, "checks-1280.png") });
      for (const id of ["chart-release-month", "chart-bridge", "chart-series", "chart-rank"])
        await page.locator(`#${id}`).screenshot({ path: path.join(SHOTS, `${id}-1280.png`) });
      await close();
    },
  );

  it("at 375 px the page fits the screen", async () => {
    const { page, errors, close } = await open("/", { width: 375 });
    await chartsDrawn(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // chart boxes keep their height while recharts loads: no layout shift
    const cls = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
              if (!e.hadRecentInput) sum += e.value;
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(sum), 500);
        }),
    );
    expect(cls).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, "dashboard-375.png"), fullPage: true });
    for (const id of ["chart-release-month", "chart-bridge", "chart-series", "chart-rank"])
      await page.locator(`#${id}`).screenshot({ path: path.join(SHOTS, `${id}-375.png`) });
    await page.screenshot({ path: path.join(SHOTS, "dashboard-375-top.png") });
    expect(errors).toEqual([]);
    await close();
  });

  it(
    "Tab reaches each figure; focusing one highlights its chart element and its check, and " +
      "hovering a bar highlights the figure",
    async () => {
      const { page, close } = await open("/");
      await chartsDrawn(page);
      const reached = new Set<string>();
      for (let i = 0; i < 12 && reached.size < 5; i++) {
        await page.keyboard.press("Tab");
        const claim = await page.evaluate(() =>
          document.activeElement?.classList.contains("figure")
            ? document.activeElement.getAttribute("data-claim")
            : null,
        );
        if (claim) reached.add(claim);
      }
      expect([...reached].sort()).toEqual(["balance", "exports", "imports", "rank", "total"]);

      await page.locator('.release-text .figure[data-claim="balance"]').focus();
      // the computed and the printed balance bars both state the balance
      expect(await page.locator('#chart-bridge rect[data-claim="balance"].is-linked').count()).toBe(2);
      expect(await page.locator('#chart-release-month rect[data-claim="balance"].is-linked').count()).toBe(1);
      expect(await page.locator("#check-identity-balance.is-linked").count()).toBe(1);
      expect(await page.locator("#check-claim-balance.is-linked").count()).toBe(1);
      expect(await page.locator('.release-text .figure[data-claim="exports"].is-linked').count()).toBe(0);

      await page.locator('#chart-release-month rect[data-claim="exports"]').hover();
      expect(await page.locator('.release-text .figure[data-claim="exports"].is-linked').count()).toBe(1);
      expect(await page.locator("#check-claim-exports.is-linked").count()).toBe(1);
      await page.locator("#check-claim-rank").hover();
      expect(await page.locator('.release-text .figure[data-claim="rank"].is-linked').count()).toBe(1);
      await close();
    },
  );

  it("links back from the chart side and the checks by keyboard (Tab) and by touch (tap)", async () => {
    const { page, close } = await open("/");
    const linkedFigure = () =>
      page
        .locator(".release-text .figure.is-linked")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-claim")));
    // the checks: Tab from the checks' download link reaches the first check row (the total's identity)
    // (the last of its download links: Download CSV, then Download XLSX)
    await page.locator(".checks-section .downloads a").last().focus();
    await page.keyboard.press("Tab"); // the table's scroll region
    await page.keyboard.press("Tab"); // its first row
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("check-identity-total");
    expect(await linkedFigure()).toEqual(["total"]);
    // a chart element by keyboard: open the release month's data table, Tab into it, to the first figure's row
    await page.locator("#chart-release-month .chart-table > summary").focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab"); // the table's scroll region
    await page.keyboard.press("Tab"); // its first row that states a figure
    expect(
      await page.evaluate(
        () => document.activeElement?.closest("#chart-release-month") !== null && document.activeElement?.tagName,
      ),
    ).toBe("TR");
    const rowClaim = await page.evaluate(() => document.activeElement?.getAttribute("data-claim"));
    expect(rowClaim).toBeTruthy();
    expect(await linkedFigure()).toEqual([rowClaim]);
    await close();

    // touch: tap a bar, then a check row; each pins its figure in the text
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const phone = await context.newPage();
    await phone.goto(`${base}/`, { waitUntil: "networkidle" });
    const linkedOnPhone = () =>
      phone
        .locator(".release-text .figure.is-linked")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-claim")));
    await phone
      .locator(
        '#chart-bridge svg.chart rect[data-claim="imports"], #chart-bridge .recharts-surface ' +
          'rect[data-claim="imports"]',
      )
      .first()
      .tap();
    await expect.poll(linkedOnPhone, POLL).toEqual(["imports"]);
    await phone.locator("#check-claim-rank").tap();
    await expect.poll(linkedOnPhone, POLL).toEqual(["rank"]);
    await context.close();
  });

  it(
    "draws every chart on the server first: linking works on it, and recharts loads when the " +
      "reader reaches for a chart",
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${base}/`, { waitUntil: "load" });
      // before any interaction (recharts otherwise waits for the browser to be idle 10 s after load)
      expect(await page.locator(".chart-box.drawn").count()).toBe(5);
      expect(await page.locator(".recharts-surface").count()).toBe(0);
      // the server-drawn bars carry exactly the view model's values
      const bridgeValues = await page
        .locator("#chart-bridge svg.chart rect")
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-value"))));
      expect(bridgeValues).toEqual([39874, -27210, 12664, 12700]);
      // the value axis of each drawing, to compare with recharts' once it takes over
      const MONEY_CHARTS = ["chart-release-month", "chart-bridge", "chart-series"];
      const toNumbers = (texts: string[]) => texts.map((t) => Number(t.replace(/,/g, ""))).sort((x, y) => x - y);
      const drawnTicks = await Promise.all(
        MONEY_CHARTS.map(async (id) =>
          toNumbers(await page.locator(`#${id} svg.chart text.tk[text-anchor="end"]`).allTextContents()),
        ),
      );
      expect(drawnTicks.every((t) => t.length >= 3)).toBe(true);
      await page.locator('.release-text .figure[data-claim="balance"]').focus();
      await expect
        .poll(() => page.locator('#chart-bridge svg.chart rect[data-claim="balance"].is-linked').count(), POLL)
        .toBe(2);
      expect(await page.locator('#chart-release-month svg.chart rect[data-claim="balance"].is-linked').count()).toBe(1);
      // hovering a drawn bar highlights its figure (and starts loading recharts, which then draws in its place)
      await page.locator('#chart-release-month svg.chart rect[data-claim="exports"]').hover();
      expect(await page.locator('.release-text .figure[data-claim="exports"].is-linked').count()).toBe(1);
      // pointing at a chart brought recharts in place of the drawings, in boxes of the same height
      await chartsDrawn(page);
      expect(await page.locator(".chart-box.drawn").count()).toBe(0);
      expect(await page.locator("#chart-bridge .chart-box").evaluate((el) => el.getBoundingClientRect().height)).toBe(
        280,
      );
      await page.screenshot({ path: path.join(SHOTS, "dashboard-1280-recharts.png") });
      // ...on the same scale: recharts' value axis has the drawing's ticks, so the chart does not change its axis
      const rechartsTicks = await Promise.all(
        MONEY_CHARTS.map(async (id) =>
          toNumbers(
            await page
              .locator(`#${id} .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value`)
              .allTextContents(),
          ),
        ),
      );
      expect(rechartsTicks).toEqual(drawnTicks);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it(
    "on a 375 px phone, recharts' release-month legend takes " +
      "the drawing's short names and leaves the bars their room",
    async () => {
      const { page, errors, close } = await open("/", { width: 375 });
      await chartsDrawn(page);
      const legend = page.locator("#chart-release-month .recharts-legend-wrapper");
      expect(await legend.locator(".legend-short").first().isVisible()).toBe(true);
      expect(await legend.locator(".legend-full").first().isVisible()).toBe(false);
      expect((await legend.locator(".legend-short").allInnerTexts()).sort()).toEqual([
        "Comunicado",
        "NSA 1.ª publ. 2024-03-07",
        "NSA 2025-04",
        "SA 2025-04",
      ]);
      // the plot keeps most of the 240 px box
      const grid = await page.locator("#chart-release-month .recharts-cartesian-grid").boundingBox();
      expect(grid!.height).toBeGreaterThan(120);
      await page
        .locator("#chart-release-month")
        .screenshot({ path: path.join(SHOTS, "chart-release-month-375-recharts.png") });
      expect(errors).toEqual([]);
      await close();
    },
  );

  it("keeps the series' drawing and table in place, at the same height, until its data has arrived", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    // hold the series' answer until the other charts have taken over
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route("**/api/series?*", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${base}/`, { waitUntil: "load" });
    const seriesBox = page.locator("#chart-series .chart-box");
    const heightBefore = await seriesBox.evaluate((el) => el.getBoundingClientRect().height);
    await page.locator("#chart-release-month .chart-box").hover();
    await page.waitForFunction(() => document.querySelector("#chart-bridge .recharts-surface") !== null, undefined, {
      timeout: 15_000,
    });
    // the other charts are recharts now; the series still shows the server's drawing and its source, and where its
    // table will be, a line saying so with the CSV of the same months
    expect(await page.locator("#chart-series .chart-box.drawn svg").count()).toBeGreaterThan(0);
    expect(await page.locator("#chart-series .recharts-wrapper").count()).toBe(0);
    expect(await page.locator("#chart-series table").count()).toBe(0);
    // the same file as the frame's own Download CSV, named as it is
    const pendingCsv = page.locator("#chart-series .table-pending a");
    expect(await pendingCsv.getAttribute("href")).toBe(
      await page.locator("#chart-series .chart-actions a.download-link[type='text/csv']").getAttribute("href"),
    );
    expect(await pendingCsv.getAttribute("href")).toMatch(/^\/api\/series\.csv\?.*from=2020-03&to=2025-02.*lang=es/);
    expect(await pendingCsv.getAttribute("aria-label")).toMatch(/^Descargar CSV: .*2020-03.*2025-02/);
    expect(await page.locator("#chart-series .chart-source").innerText()).toMatch(/edición/);
    release();
    await page.waitForFunction(() => document.querySelector("#chart-series .recharts-wrapper") !== null, undefined, {
      timeout: 15_000,
    });
    expect(await page.locator("#chart-series .chart-box.drawn").count()).toBe(0);
    expect(await seriesBox.evaluate((el) => el.getBoundingClientRect().height)).toBe(heightBefore);
    expect(await page.locator("#chart-series table tbody tr").count()).toBe(60);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("with no interaction, recharts still replaces the drawings once the browser is idle well after load", async () => {
    const { page, errors, close } = await open("/");
    expect(await page.locator(".chart-box.drawn").count()).toBe(5);
    await page.waitForFunction(
      () =>
        document.querySelectorAll(".chart-frame .recharts-surface").length >= 5 &&
        document.querySelectorAll(".chart-box.drawn").length === 0,
      undefined,
      { timeout: 30_000 },
    );
    expect(await page.locator(".chart-box.drawn").count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  }, 45_000);

  it("the server-drawn charts fit a 1280 and a 375 px screen (screenshots before any interaction)", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/`, { waitUntil: "load" });
    // One drawing per chart, fluid: its plot spans the box less the axis margins, and its text keeps its size.
    const fit = () =>
      page.locator("#chart-series .chart-box.drawn").evaluate((box) => {
        const plot = box.querySelector("svg.chart .plot")!.getBoundingClientRect();
        const tick = box.querySelector("svg.chart text.tk")!.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        return { spare: b.width - plot.width, plotWidth: plot.width, tickHeight: Math.round(tick.height) };
      });
    expect(await page.locator("#chart-series svg.chart").count()).toBe(1);
    expect(await page.locator("#chart-series svg.chart").isVisible()).toBe(true);
    const narrow = await fit();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.locator(".charts").screenshot({ path: path.join(SHOTS, "charts-drawn-375.png") });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator(".charts").screenshot({ path: path.join(SHOTS, "charts-drawn-1280.png") });
    const wide = await fit();
    expect(wide.plotWidth).toBeGreaterThan(narrow.plotWidth * 1.5);
    expect(Math.round(wide.spare)).toBe(Math.round(narrow.spare));
    expect(wide.tickHeight).toBe(narrow.tickHeight);
    await context.close();
  });

  it("switches language and perspective through the URL, and both survive a reload", async () => {
    const { page, errors, close } = await open("/");
    await chartsDrawn(page);
    await page.getByRole("link", { name: "English" }).click();
    await page.waitForURL(/lang=en/);
    await expect.poll(() => page.locator("#charts-title").innerText(), POLL).toBe("Charts");
    await page.getByRole("link", { name: "US", exact: true }).click();
    await page.waitForURL(/perspective=us/);
    await expect
      .poll(() => page.locator("#chart-release-month table tbody th").first().textContent(), POLL)
      .toBe("US exports to Mexico");
    await page.reload({ waitUntil: "networkidle" });
    expect(page.url()).toMatch(/lang=en/);
    expect(page.url()).toMatch(/perspective=us/);
    expect(await page.locator("#charts-title").innerText()).toBe("Charts");
    expect(await page.locator("#chart-bridge .bridge-sum").innerText()).toMatch(
      /27,210 − 39,874 = -12,664 · Reported: -12,700/,
    );
    expect(await page.locator("#check-identity-balance td .status").innerText()).toBe("≈ within rounding");
    // the checks follow the perspective too: named and signed from the US, the quote as printed
    expect(await page.locator("#check-identity-balance").innerText()).toMatch(
      new RegExp(
        /^US balance with Mexico \(surplus \+\)\s*\(identity: 27,210 − 39,874\)\s*/.source +
          /in the release: .*«12,700 mdd»\s*-12,700\s*-12,664\s*-36\s*±50/.source,
        "s",
      ),
    );
    expect(await page.locator("#check-claim-exports th").innerText()).toMatch(/^US imports from Mexico/);
    expect(await page.locator(".checks-restated").innerText()).toMatch(/^Seen from the US: .* from Mexico\.$/);
    // an English billion is a thousand millions (never the Spanish "billón")
    expect(await page.locator("#chart-rank .rank-claim").innerText()).toMatch(
      /Mexico: #1 among \d+ partners, January 2024 \(two-way trade US\$64\.5 billion\)/,
    );
    await chartsDrawn(page);
    await page.screenshot({ path: path.join(SHOTS, "dashboard-en-us-1280.png"), fullPage: true });
    for (const id of ["chart-release-month", "chart-bridge", "chart-series"])
      await page.locator(`#${id}`).screenshot({ path: path.join(SHOTS, `${id}-en-us-1280.png`) });
    expect(await page.locator("#chart-series table tbody th").first().textContent()).toMatch(/^\d{4}-\d{2}/);
    expect(await page.locator("#chart-series table thead").textContent()).toContain("US exports to Mexico");
    await page.goBack({ waitUntil: "networkidle" });
    await expect.poll(() => page.url(), POLL).not.toMatch(/perspective=us/);
    expect(errors).toEqual([]);
    await close();
  });

  it("a range change fetches /api/series through react-query, lands in the URL, and Back restores it", async () => {
    const { page, apiCalls, errors, close } = await open("/");
    await chartsDrawn(page);
    const rowsBefore = await page.locator("#chart-series table tbody tr").count();
    expect(rowsBefore).toBe(60);
    await page.locator("#chart-series").getByRole("link", { name: "12 meses" }).click();
    await page.waitForURL(/range=12m/);
    await expect.poll(() => page.locator("#chart-series table tbody tr").count(), POLL).toBe(12);
    // the table may already show 12 months from the previous range's data (keepPreviousData) as the request leaves
    await expect
      .poll(
        () =>
          apiCalls.some((u) => u.includes("/api/series?") && u.includes("from=2023-03") && u.includes("to=2025-02")),
        POLL,
      )
      .toBe(true);
    await expect
      .poll(() => apiCalls.some((u) => /\/api\/releases\/[^/]+\/ranks\?from=2024-03&to=2025-02/.test(u)), POLL)
      .toBe(true);
    await page.goBack();
    await expect.poll(() => page.url(), POLL).not.toMatch(/range=12m/);
    await expect.poll(() => page.locator("#chart-series table tbody tr").count(), POLL).toBe(60);
    expect(errors).toEqual([]);
    await close();
  });

  it("TanStack Query stays out of the page load; when its code cannot be fetched each panel says so", async () => {
    // react-query's own message when a hook has no client: in whichever chunk holds the library
    const isQueryCode = (body: string) => body.includes("No QueryClient set");
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on("response", async (r) => {
      if (r.request().resourceType() === "script" && isQueryCode(await r.text().catch(() => ""))) loaded.push(r.url());
    });
    await page.goto(`${base}/`, { waitUntil: "networkidle" });
    expect(loaded).toEqual([]);
    // from now on the library's chunk fails to arrive (a dropped connection, a deploy that removed it)
    await page.route("**/_next/static/chunks/**", async (route) => {
      const response = await route.fetch();
      if (isQueryCode(await response.text())) await route.abort();
      else await route.fulfill({ response });
    });
    await page.locator("#chart-series .chart-box").hover();
    for (const id of ["chart-series", "chart-rank"])
      await expect
        .poll(() => page.locator(`#${id} [role=alert]`).allInnerTexts(), POLL)
        .toEqual(["No se pudieron cargar los datos."]);
    // the page stands: its heading and the server's drawing of the series are still there
    expect(await page.locator("h1").innerText()).toMatch(/^Comunicado 539/);
    expect(await page.locator("#chart-series .chart-box.drawn").count()).toBe(1);
    await context.close();
  });

  it("a page's scripts carry the words its client leaves show, not the claim engine's nor the server's", async () => {
    // plain sentences of a catalogue (ASCII ones: a minifier may escape the rest)
    const sentences = (...catalogues: object[]) =>
      catalogues
        .flatMap((c) => Object.values(c))
        .filter((v): v is string => typeof v === "string" && v.length > 20 && /^[\x20-\x7e]+$/.test(v));
    // every string of the client catalogue, nested ones too: a server word equal to one of them is in the scripts
    const strings = (v: unknown): unknown[] => (v && typeof v === "object" ? Object.values(v).flatMap(strings) : [v]);
    const clientWords = new Set(strings([clientEs, clientEn]));
    const engineWords = sentences(esEngine, enEngine);
    // the words only the server writes: the whole catalogue's, less those the scripts show
    const serverWords = sentences(es, en).filter((w) => !clientWords.has(w));
    const checkPageWords = sentences(esCheckPage, enCheckPage);
    for (const list of [engineWords, serverWords, checkPageWords]) expect(list.length).toBeGreaterThan(5);
    const scriptsOf = async (route: string) => {
      const page = await browser.newPage();
      const scripts: string[] = [];
      page.on("response", async (r) => {
        if (r.request().resourceType() === "script") scripts.push(await r.text().catch(() => ""));
      });
      await page.goto(`${base}${route}`, { waitUntil: "networkidle" });
      // charts activated: their lazy code arrives too
      if (route !== "/check") await page.locator("#chart-series .chart-box").hover();
      await page.waitForLoadState("networkidle");
      await page.close();
      return scripts.join("\n");
    };
    const found = (all: string, words: string[]) => words.filter((w) => all.includes(w));
    for (const route of ["/", "/?lang=en", "/check"]) {
      const all = await scriptsOf(route);
      // the client's own words are there (the scripts do hold a catalogue) …
      expect(all, route).toContain(clientEs.loadError);
      expect(all, route).toContain(clientEn.loadError);
      // … and none of the engine's or the server's; the check page's only on the check page
      expect(found(all, engineWords), route).toEqual([]);
      expect(found(all, serverWords), route).toEqual([]);
      if (route === "/check") expect(found(all, checkPageWords), route).toEqual(checkPageWords);
      else expect(found(all, checkPageWords), route).toEqual([]);
    }
  });

  it("reads without JavaScript: text, figures, checks and every chart's table, in the HTML or framed", async () => {
    const { page, close } = await open("/?range=12m", { js: false });
    expect(await page.locator(".release-text .figure").count()).toBe(5);
    expect(await page.locator(".checks tbody tr").count()).toBe(7);
    for (const id of ["chart-release-month", "chart-bridge", "chart-rank"])
      expect(await page.locator(`#${id} table tbody tr`).count(), id).toBeGreaterThan(0);
    // the long tables are left out of the page (written from the fetched data once charts are activated): without
    // JavaScript each is framed from /embed/{chart}/table in its place
    const seriesTable = page.frameLocator("#chart-series iframe.table-frame").locator("table tbody tr");
    expect(await seriesTable.count()).toBe(12);
    expect(await seriesTable.first().locator("th").textContent()).toBe("2024-03");
    // the rank's month table is in the page; its frame holds the history alone
    const rankFrame = page.frameLocator("#chart-rank iframe.table-frame");
    expect(await rankFrame.locator("table").count()).toBe(1);
    expect(await rankFrame.locator("table tbody tr").count()).toBe(12);
    expect(await page.locator(".table-pending").first().isVisible()).toBe(false);
    expect(await page.locator("#chart-bridge table").textContent()).toMatch(/12,664[\s\S]*12,700/);
    const mexicoRow = page.locator("#chart-rank table").first().locator("tbody tr").first();
    expect([await mexicoRow.locator("th").textContent(), await mexicoRow.locator("td").first().textContent()]).toEqual([
      "México",
      "1",
    ]);
    // every chart is drawn by the server (one fluid SVG per box), with its table open beneath it
    expect(await page.locator(".chart-box.drawn").count()).toBe(5);
    expect(await page.locator(".chart-box.drawn svg.chart").count()).toBe(5);
    expect(await page.locator(".chart-box.drawn svg.chart.fluid").count()).toBe(5);
    expect(await page.locator(".chart-box").first().isVisible()).toBe(true);
    expect(await page.locator("#chart-bridge svg.chart").isVisible()).toBe(true);
    expect(await page.locator("#chart-bridge table").isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, "dashboard-no-js-1280.png") });
    await close();
  });

  it("has no serious or critical axe-core violations, in light and dark mode", async () => {
    const axeSource = readFileSync(path.join(process.cwd(), "node_modules/axe-core/axe.min.js"), "utf8");
    for (const colorScheme of ["light", "dark"] as const) {
      const { page, close } = await open("/");
      await page.emulateMedia({ colorScheme });
      await chartsDrawn(page);
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const r = await (
          window as unknown as {
            axe: {
              run: () => Promise<{
                violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
              }>;
            };
          }
        ).axe.run();
        return r.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map(
            (v) =>
              `${v.id}: ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(" "))
                .join(", ")}`,
          );
      });
      expect(violations, colorScheme).toEqual([]);
      if (colorScheme === "dark") await page.screenshot({ path: path.join(SHOTS, "dashboard-dark-1280.png") });
      await close();
    }
  });

  it(
    "says so when a custom range misses the data, and shows " + "the default five years rather than one clamped month",
    async () => {
      const { page, errors, close } = await open("/?range=1995-01..1995-12");
      expect(await page.locator(".range-missed").innerText()).toBe(
        "No hay datos de 1995-01 a 1995-12: la serie va de 2009-01 a 2025-02. Se muestra 2020-03 a 2025-02.",
      );
      expect(await page.locator("#chart-series .chart-table > summary").innerText()).toBe("Tabla de datos (60)");
      // NSA goes back to 1985: the same months have data there
      await page.goto(`${base}/?range=1995-01..1995-12&basis=NSA`, { waitUntil: "networkidle" });
      expect(await page.locator(".range-missed").count()).toBe(0);
      expect(await page.locator("#chart-series .chart-table > summary").innerText()).toBe("Tabla de datos (12)");
      expect(errors).toEqual([]);
      await close();
    },
  );

  it("prints without controls, the release text in full", async () => {
    const { page, close } = await open("/");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".toggles").isVisible()).toBe(false);
    expect(await page.locator(".range-controls").isVisible()).toBe(false);
    expect(
      await page.locator(".release-text").evaluate((el) => getComputedStyle(el.closest(".release")!).position),
    ).toBe("static");
    await close();
  });

  it("prints in the light palette even when the system is dark (dark status colours are pale on paper)", async () => {
    const { page, close } = await open("/");
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    const colours = () =>
      page.evaluate(() => {
        const css = getComputedStyle(document.documentElement);
        return {
          bg: getComputedStyle(document.body).backgroundColor,
          exact: css.getPropertyValue("--s-exact").trim(),
          panel: css.getPropertyValue("--panel").trim(),
        };
      });
    expect(await colours()).toEqual({ bg: "rgb(255, 255, 255)", exact: "#006b47", panel: "#f6f6f4" });
    // on screen the same dark system gets the dark palette
    await page.emulateMedia({ media: "screen", colorScheme: "dark" });
    expect((await colours()).exact).toBe("#5fd3a6");
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    await page.pdf({ path: path.join(SHOTS, "dashboard-print-dark-system.pdf"), format: "A4" });
    await close();
  });

  it("serves any release at /releases/{slug}", async () => {
    const { page, response, errors, close } = await open("/releases/2024-03-22-index-usa-539?lang=en");
    expect(response?.status()).toBe(200);
    expect(await page.locator("h1").innerText()).toBe("Press release 539, index (2024-03-22)");
    expect(await page.title()).toMatch(/^Press release 539/);
    expect(errors).toEqual([]);
    await close();
  });

  it("answers an unknown release with the 404 page", async () => {
    const { page, response, errors, close } = await open("/releases/no-such-release");
    expect(response?.status()).toBe(404);
    expect(errors.filter((e) => !e.includes("/releases/no-such-release") && !e.includes("404 (Not Found)"))).toEqual(
      [],
    );
    expect(await page.locator("h1").innerText()).toBe("Comunicado no encontrado");
    await close();
  });
});
