import http from "node:http";
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import axe from "axe-core";
import { axeSerious, collectErrors, launchChromium } from "../helpers/chromium";
import { parseEmbedOptions } from "@/lib/http/embed/options";
import { embedSnippet } from "@/lib/render/snippet";
import { defaultHeight } from "@/lib/http/embed/urls";
import { freePort } from "../helpers/free-port";

const base = inject("baseUrl");
const ALL_CHARTS = ["figure", "bridge", "release-month", "series", "rank", "revisions"];
const SHOTS = "test-results/embed";
let browser: Browser;
let hostServer: http.Server;
let hostUrl: string;
// A release's growth rates (12 of them, the library's longest chart of other figures), as oEmbed sizes its snippet.
const MONITOR = "2025-09-se-monitor-t-mec-julio-2025";
const CLAIMED_GROWTH = `/embed/claimed-growth?release=${MONITOR}`;
let claimedSnippet: string;

function snippet(chart: string, query: string): string {
  const parsed = parseEmbedOptions(chart, new URLSearchParams(query));
  if (!parsed.ok) throw new Error(`bad widget ${chart}?${query}`);
  return embedSnippet(base, parsed.value);
}

// A chamber's page on another origin (another port): two pasted snippets, and a frame of its own that posts
// a fake height, as a hostile or careless script would.
function hostPages(): Record<string, string> {
  const figure = snippet("figure", "");
  const bridge = snippet("bridge", "lang=en");
  return {
    "/":
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chamber ` +
      `news</title></head><body style="font-family:sans-serif;max-width:720px;margin:20px ` +
      `auto"><h1>Chamber news</h1><p>Our members' trade, verified:</p>${figure}<p>And the ` +
      `arithmetic:</p>${bridge}<iframe id="other" src="/other" title="other" ` +
      `height="50"></iframe></body></html>`,
    "/other":
      `<!doctype html><html><body><script>parent.postMessage({ type: "balanza:height", ` +
      `height: 55 }, "*");</script></body></html>`,
    "/no-loader":
      `<!doctype html><html lang="en"><head><title>No loader</title></head><body style="margin:0">` +
      `${[...ALL_CHARTS.map((c) => snippet(c, "")), claimedSnippet]
        .map((s) => s.replace(/<script[^]*<\/script>/, ""))
        .join("")}</body></html>`,
    "/framed-dashboard":
      `<!doctype html><html lang="en"><head><title>Framing the ` +
      `dashboard</title></head><body><iframe id="dash" src="${base}/" title="dashboard" ` +
      `width="800" height="400"></iframe></body></html>`,
  };
}

async function frameHeights(page: Page): Promise<Array<{ src: string; frame: number; content: number }>> {
  const out = [];
  for (const handle of await page.$$('iframe[src*="/embed/"]')) {
    const frame = await handle.contentFrame();
    const content = frame
      ? await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
      : -1;
    out.push({
      src: (await handle.getAttribute("src")) ?? "",
      frame: await handle.evaluate((el) => Math.round(el.getBoundingClientRect().height)),
      content,
    });
  }
  return out;
}

async function waitForSized(page: Page) {
  await expect
    .poll(async () => (await frameHeights(page)).every((h) => h.content > 0 && Math.abs(h.frame - h.content) <= 1), {
      timeout: 15_000,
    })
    .toBe(true);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
  const oembed = await fetch(`${base}/api/oembed?${new URLSearchParams({ url: `${base}${CLAIMED_GROWTH}` })}`);
  claimedSnippet = ((await oembed.json()) as { html: string }).html;
  const pages = hostPages();
  hostServer = http.createServer((req, res) => {
    const body = pages[new URL(req.url ?? "/", "http://x").pathname];
    res.writeHead(body ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
    res.end(body ?? "not found");
  });
  const port = await freePort();
  await new Promise<void>((resolve) => hostServer.listen(port, "127.0.0.1", resolve));
  hostUrl = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => hostServer?.close(resolve));
});

describe("the snippet on another site (a second origin)", () => {
  it(
    "renders both widgets with the right numbers and sizes " +
      "each frame to its content; foreign messages are ignored",
    async () => {
      const page = await browser.newPage({ viewport: { width: 800, height: 1400 } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(hostUrl);
      await waitForSized(page);
      const heights = await frameHeights(page);
      expect(heights).toHaveLength(2);
      // The loader changed each frame from its snippet height to its own content height.
      expect(heights.map((h) => h.frame)).not.toEqual([defaultHeight("figure", "m"), defaultHeight("bridge", "m")]);
      expect(heights[0]!.frame).not.toBe(heights[1]!.frame);

      const [figureFrame, bridgeFrame] = await Promise.all(
        (await page.$$('iframe[src*="/embed/"]')).map((h) => h.contentFrame()),
      );
      const figureText = await figureFrame!.locator("main").innerText();
      expect(figureText).toContain("12,700 mdd");
      expect(figureText).toContain("Dentro del redondeo");
      expect(figureText).toContain("12,664");
      const bridgeText = await bridgeFrame!.locator("main").innerText();
      expect(bridgeText).toContain("Printed 12,700 against 12,664 computed");
      expect(bridgeText).toContain("Within rounding");
      await page.screenshot({ path: `${SHOTS}/host-page-two-widgets.png`, fullPage: true });

      // The host's own frame (another origin) posted height 55: ignored. Now the host page itself, and a window of
      // Balanza's origin that is not one of the page's iframes (a popup), post heights: ignored too.
      await page.evaluate(() => window.postMessage({ type: "balanza:height", height: 44 }, "*"));
      const [popup] = await Promise.all([
        page.waitForEvent("popup"),
        page.evaluate((url) => void window.open(url), `${base}/embed/figure`),
      ]);
      await popup.waitForLoadState();
      await popup.evaluate(() => window.opener.postMessage({ type: "balanza:height", height: 66 }, "*"));
      await page.waitForTimeout(500);
      const after = await frameHeights(page);
      expect(after.map((h) => h.frame)).toEqual(heights.map((h) => h.frame));
      expect(after.map((h) => h.frame)).not.toContain(44);
      expect(after.map((h) => h.frame)).not.toContain(55);
      expect(after.map((h) => h.frame)).not.toContain(66);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it(
    "checks the origin even for its own frame: a Balanza " + "iframe navigated to another origin cannot resize it",
    async () => {
      const page = await browser.newPage({ viewport: { width: 800, height: 1400 } });
      await page.goto(hostUrl);
      await waitForSized(page);
      const before = (await frameHeights(page))[0]!.frame;
      // Same iframe element (src attribute still Balanza's), but its window now shows the host's page, which posts
      // height 55.
      const navigated = page.waitForEvent("framenavigated", (f) => f.url() === `${hostUrl}/other`);
      // A parent may set (not read) a cross-origin frame's location.
      await page.evaluate((url) => {
        (document.querySelector('iframe[src*="/embed/figure"]') as HTMLIFrameElement).contentWindow!.location.href =
          url;
      }, `${hostUrl}/other`);
      await navigated;
      await page.waitForTimeout(500);
      const height = await page.evaluate(() =>
        Math.round(
          (document.querySelector('iframe[src*="/embed/figure"]') as HTMLIFrameElement).getBoundingClientRect().height,
        ),
      );
      expect(height).toBe(before);
      expect(height).not.toBe(55);
      await page.close();
    },
  );

  it("a frame follows its widget when the widget grows (the notes opened)", async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 1400 } });
    await page.goto(hostUrl);
    await waitForSized(page);
    const before = (await frameHeights(page))[1]!.frame;
    const bridgeFrame = await (await page.$$('iframe[src*="/embed/"]'))[1]!.contentFrame();
    await bridgeFrame!.locator("details.note summary").click();
    await waitForSized(page);
    expect((await frameHeights(page))[1]!.frame).toBeGreaterThan(before);
    await page.close();
  });

  it.each([720, 320])(
    "without the loader script each iframe still shows its whole widget at the snippet's height (column %i px)",
    async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 4000 } });
      await page.goto(`${hostUrl}/no-loader`);
      const handles = await page.$$("iframe");
      expect(handles).toHaveLength(ALL_CHARTS.length + 1);
      for (const handle of handles) {
        const frame = await handle.contentFrame();
        await frame!.waitForSelector("p.links");
        const content = await frame!.evaluate(() => document.documentElement.scrollHeight);
        const height = Number(await handle.getAttribute("height"));
        expect(
          await frame!.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
        ).toBe(true);
        expect({ src: await handle.getAttribute("src"), fits: content <= height }).toEqual({
          src: await handle.getAttribute("src"),
          fits: true,
        });
      }
      if (width === 320) await page.screenshot({ path: `${SHOTS}/no-loader-320px.png`, fullPage: true });
      await page.close();
    },
  );

  it("the dashboard refuses to be framed there", async () => {
    const page = await browser.newPage();
    const refused: string[] = [];
    page.on("console", (m) => m.text().includes("frame-ancestors") && refused.push(m.text()));
    await page.goto(`${hostUrl}/framed-dashboard`);
    await expect.poll(() => refused.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(refused[0]).toContain("frame-ancestors 'none'");
    const frame = await (await page.$("#dash"))!.contentFrame();
    const text = await frame!.evaluate(() => document.body?.innerText ?? "").catch(() => "");
    expect(text).not.toContain("Balanza");
    await page.close();
  });
});

describe("the widget itself", () => {
  it("works with JavaScript disabled: the SVG chart, its numbers and the source line are in the page", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 600, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/embed/series`);
    const svg = page.locator("svg.chart");
    expect((await svg.boundingBox())!.height).toBeGreaterThan(150);
    expect(await page.locator("svg.chart path.ln").count()).toBe(3);
    expect(await page.locator("p.src").innerText()).toMatch(/U\.S\. Census Bureau.*\(SA, edición 2025-04\)/);
    expect(await page.locator("table td").count()).toBeGreaterThan(100);
    await page.screenshot({ path: `${SHOTS}/series-javascript-off.png`, fullPage: true });
    await page.goto(`${base}/embed/bridge`);
    expect(await page.locator("main").innerText()).toContain("12,664");
    await context.close();
  });

  it.each(["figure", "bridge", "release-month", "series", "rank"])(
    "/embed/%s: first view is under the 30 KB compressed budget, nothing from third parties",
    async (chart) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const requests: Array<Promise<{ url: string; bytes: number }>> = [];
      page.on("requestfinished", (r) =>
        requests.push(r.sizes().then((s) => ({ url: r.url(), bytes: s.responseBodySize + s.responseHeadersSize }))),
      );
      await page.goto(`${base}/embed/${chart}`, { waitUntil: "networkidle" });
      const done = await Promise.all(requests);
      expect(done.every((r) => r.url.startsWith(base))).toBe(true);
      expect(done.map((r) => new URL(r.url).pathname).sort()).toEqual([`/embed/${chart}`, "/embed-widget.js"].sort());
      expect(done.reduce((sum, r) => sum + r.bytes, 0)).toBeLessThan(30 * 1024);
      await context.close();
    },
  );

  it("adds tooltips and keyboard moves between marks", async () => {
    const page = await browser.newPage({ viewport: { width: 600, height: 900 } });
    await page.goto(`${base}/embed/bridge?lang=en`);
    await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-key"))).toBe("exports");
    expect(await page.locator(".tip").innerText()).toContain("39,874");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-key"))).toBe("imports");
    expect(await page.locator(".tip").innerText()).toContain("-27,210");
    await page.screenshot({ path: `${SHOTS}/bridge-tooltip-keyboard.png` });
    await page.close();
  });

  it.each(["figure", "bridge", "release-month", "series", "rank", "bridge?theme=dark&lang=en", "pie"])(
    "axe finds no serious or critical violation in /embed/%s",
    async (path) => {
      const context = await browser.newContext({ bypassCSP: true, viewport: { width: 600, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}/embed/${path}`);
      await page.addScriptTag({ content: axe.source });
      const result = await page.evaluate(() =>
        (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] }),
      );
      const bad = result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(bad).toEqual([]);
      if (path.includes("dark")) await page.screenshot({ path: `${SHOTS}/bridge-dark-en.png`, fullPage: true });
      await context.close();
    },
  );

  it("hostile options show the clear error and never run a script (even with the widget's CSP bypassed)", async () => {
    // The widget's CSP (script-src 'self') would stop an injected inline script anyway; bypass it so this test
    // checks the escaping itself and fails if an option reached the markup unescaped.
    const page = await browser.newPage({ viewport: { width: 600, height: 500 }, bypassCSP: true });
    const dialogs: string[] = [];
    page.on("dialog", (d) => (dialogs.push(d.message()), void d.dismiss()));
    for (const url of [
      `/embed/figure?lang=${encodeURIComponent("<script>window.__pwned=1;alert(1)</script>")}`,
      `/embed/${encodeURIComponent('<img src=x onerror="window.__pwned=1;alert(1)">')}`,
      `/embed/bridge?${encodeURIComponent('"><svg onload=alert(1)>')}=1`,
    ]) {
      const res = await page.goto(`${base}${url}`);
      expect([400, 404]).toContain(res!.status());
      expect(await res!.text()).not.toMatch(/<script>window|<img src=x|<svg onload/);
      expect(await page.locator("h1").first().innerText()).toContain("No se puede mostrar este gráfico de Balanza");
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    }
    await page.screenshot({ path: `${SHOTS}/hostile-option-error.png` });
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe("a widget of a release's other figures (claimed-growth)", () => {
  it.each(["light", "dark"])(
    "theme %s: drawn, every figure in its table, keyboard and tooltip, axe clean, no console error",
    async (theme) => {
      const page = await browser.newPage({ viewport: { width: 600, height: 900 } });
      const errors = collectErrors(page);
      const res = await page.goto(`${base}${CLAIMED_GROWTH}&lang=en&theme=${theme}`);
      expect(res!.status()).toBe(200);
      expect(await page.locator("h1").innerText()).toBe(
        "Growth rates the release states, with the two periods compared",
      );
      // Drawn: one group per figure, each with its stated bar, as tall as its figures need.
      const svg = page.locator("svg.chart.claimed-bars");
      const figures = await svg.locator("g[data-claim]").count();
      expect(figures).toBeGreaterThan(5);
      expect((await svg.boundingBox())!.height).toBeGreaterThan(figures * 50);
      expect(await svg.locator('rect.pt[data-key$="|stated"]').count()).toBe(figures);
      // The first mark is the tab stop; its tooltip names the figure, the value and the verdict.
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-key") ?? "");
      expect(focused).toMatch(/\|stated$/);
      expect(await page.locator(".tip").innerText()).toMatch(/^Growth .* — Stated in the release: [\d.,-]+ % \(/);
      await page.keyboard.press("ArrowDown");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-key"))).not.toBe(focused);
      // The data table: behind its summary, one row per figure drawn.
      await page.getByText("Show the data as a table").click();
      const table = page.locator("table");
      await expect.poll(() => table.isVisible()).toBe(true);
      expect(await table.locator("tbody tr").count()).toBe(figures);
      await page.screenshot({ path: `${SHOTS}/claimed-growth-${theme}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
      // axe is injected as an inline script, which the widget's own CSP refuses: a second look with it bypassed.
      const context = await browser.newContext({ bypassCSP: true, viewport: { width: 600, height: 900 } });
      const axePage = await context.newPage();
      await axePage.goto(`${base}${CLAIMED_GROWTH}&lang=en&theme=${theme}`);
      // Every disclosure open (the data table; the notes, when its figures are restated), so axe sees all of it.
      for (const summary of await axePage.locator("details summary").all()) await summary.click();
      expect(await axeSerious(axePage)).toEqual([]);
      await context.close();
    },
  );
});

/** Opens a chart's Embed dialog: the dialog, the snippet it offers and the widget URL in it. */
async function openEmbedDialog(page: Page, chart: string) {
  await page
    .locator(chart)
    .getByRole("button", { name: /^Embed/ })
    .click();
  const dialog = page.getByRole("dialog");
  const code = await dialog.locator("textarea").inputValue();
  const src = new URL(/src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, "&"));
  return { dialog, code, src };
}

describe("the Embed dialog", () => {
  it("on a release's page, each chart of its other figures offers its widget, sized to its figures", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/releases/${MONITOR}?lang=en`);
    const { dialog, code, src } = await openEmbedDialog(page, "#chart-claimed-growth");
    expect(src.pathname).toBe("/embed/claimed-growth");
    expect(Object.fromEntries(src.searchParams)).toEqual({ lang: "en", release: MONITOR });
    // The same height as oEmbed gives the same widget (both from its drawing).
    expect(/height="(\d+)"/.exec(code)?.[1]).toBe(/height="(\d+)"/.exec(claimedSnippet)?.[1]);
    const frame = await (await dialog.locator("iframe").elementHandle()).contentFrame();
    await expect
      .poll(async () =>
        frame!
          .locator("svg.claimed-bars g[data-claim]")
          .count()
          .catch(() => 0),
      )
      .toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("offers language, theme and size with a live preview and copies the snippet", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 1100 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
    const page = await context.newPage();
    await page.goto(`${base}/embed`);
    await page.getByRole("button", { name: /Insertar — Del cálculo/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Idioma").selectOption("en");
    await dialog.getByLabel("Tema").selectOption("dark");
    const code = await dialog.locator("textarea").inputValue();
    expect(code).toContain(
      `<iframe src="${base}/embed/bridge?lang=en&amp;theme=dark" title="Balanza — From the ` +
        `arithmetic to the printed balance" loading="lazy"`,
    );
    expect(code).toContain(`<script src="${base}/embed.js" async></script>`);
    const preview = dialog.locator("iframe");
    expect(await preview.getAttribute("src")).toBe("/embed/bridge?lang=en&theme=dark");
    const frame = await (await preview.elementHandle()).contentFrame();
    await expect
      .poll(async () =>
        frame!
          .locator("main")
          .innerText()
          .catch(() => ""),
      )
      .toContain("Printed 12,700 against 12,664 computed");
    await dialog.getByRole("button", { name: "Copiar código" }).click();
    await expect.poll(() => dialog.getByRole("status").innerText()).toBe("Código copiado.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await page.screenshot({ path: `${SHOTS}/embed-dialog.png` });
    await page.addScriptTag({ content: axe.source });
    const result = await page.evaluate(() =>
      (window as unknown as { axe: typeof axe }).axe.run("dialog", { resultTypes: ["violations"] }),
    );
    expect(result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual(
      [],
    );
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await context.close();
  });

  it(
    "lets the editor pick the verified figure; the preview " +
      "takes no focus, so Escape closes the dialog wherever Tab is",
    async () => {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1100 } });
      await page.goto(`${base}/embed`);
      const opener = page.getByRole("button", { name: /Insertar — Cifra verificada/ });
      await opener.click();
      const dialog = page.getByRole("dialog");
      // the balance, the default
      expect(await dialog.locator("textarea").inputValue()).toContain(`/embed/figure" title=`);
      await dialog.getByLabel("Cifra").selectOption("exports");
      expect(await dialog.locator("textarea").inputValue()).toContain(`/embed/figure?figure=exports"`);
      const frame = await (await dialog.locator("iframe").elementHandle()).contentFrame();
      await expect
        .poll(async () =>
          frame!
            .locator("main")
            .innerText()
            .catch(() => ""),
        )
        .toContain("39,874");
      // Tab all the way round the dialog: focus never enters the preview
      const inPreview: boolean[] = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press("Tab");
        inPreview.push(await page.evaluate(() => document.activeElement?.tagName === "IFRAME"));
      }
      expect(inPreview).not.toContain(true);
      await page.keyboard.press("Escape");
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Insertar/);
      await page.close();
    },
  );

  it(
    "on the dashboard, carries the chart's current state " + "(release, perspective, basis, range) into the widget",
    async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${base}/?lang=en&perspective=us&basis=NSA&range=12m`);
      const { dialog, src } = await openEmbedDialog(page, "#chart-series");
      expect(src.pathname).toBe("/embed/series");
      expect(Object.fromEntries(src.searchParams)).toEqual({
        lang: "en",
        release: "2024-03-22-index-usa-539",
        range: "12m",
        perspective: "us",
        basis: "NSA",
      });
      const frame = await (await dialog.locator("iframe").elementHandle()).contentFrame();
      await expect
        .poll(
          async () =>
            (await frame!
              .locator("svg.chart")
              .count()
              .catch(() => 0)) > 0,
        )
        .toBe(true);
      expect(await frame!.locator("p.src").innerText()).toContain("NSA, 2026-09 vintage");
      await page.screenshot({ path: `${SHOTS}/dashboard-embed-dialog.png` });
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
