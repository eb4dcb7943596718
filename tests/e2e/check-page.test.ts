import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { collectErrors, launchChromium } from "../helpers/chromium";

const base = inject("baseUrl");
const SHOTS = path.join(process.cwd(), "test-results");
const TEXT_539 = readFileSync(path.join(process.cwd(), "data/releases/2024-03-22-index-usa-539/release.md"), "utf8");
// Composed for this test: Census's January 2024 figures as an English news item would print them.
const TEXT_EN =
  "Mexico remained the top U.S. trading partner at the start of the year. U.S. exports of goods to Mexico were " +
  "$27.2 billion in January 2024, while imports from Mexico were $39.9 billion. The goods deficit with Mexico " +
  "was $12.7 billion.";
const POLL = { timeout: 20_000 };
let browser: Browser;

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
  const response = await page.goto(`${base}${url}`, { waitUntil: "networkidle" });
  return { page, errors, response, close: () => context.close() };
}

async function submit(page: Page, text: string, date: string, lang = "") {
  await page.getByLabel(/^(Texto|Text)$/).fill(text);
  await page.getByLabel(/^(Fecha de publicación|Publication date)$/).fill(date);
  await page.getByLabel(/^(Idioma del texto|Language of the text)$/).selectOption(lang);
  await page.getByRole("button", { name: /^(Verificar|Check)$/ }).click();
}

/** The verdict word of the table row whose quote holds `quote`. */
const rowVerdict = (page: Page, quote: string) =>
  page.locator("table.check-table tbody tr", { hasText: quote }).locator("td .status").innerText();

async function recheckRow(page: Page, quote: string, choices: { period?: string; basis?: string; flow?: string }) {
  const row = page.locator("table.check-table tbody tr", { hasText: quote });
  await row.locator("details.reading-controls summary").click();
  if (choices.period) await row.locator('select[name^="period-"]').selectOption(choices.period);
  if (choices.basis) await row.locator('select[name^="basis-"]').selectOption(choices.basis);
  if (choices.flow) await row.locator('select[name^="flow-"]').selectOption(choices.flow);
  await page
    .getByRole("button", { name: /^(Volver a verificar con estas lecturas|Check again with these readings)$/ })
    .click();
}

describe("/check (Chromium)", () => {
  it.each([
    ["with JavaScript", true],
    ["without JavaScript", false],
  ])(
    "%s: release 539's text gives its five figures marked by verdict, linked to their rows; a " +
      "changed reading is rechecked",
    async (label, js) => {
      const { page, errors, response, close } = await open("/check", { js });
      expect(response?.status()).toBe(200);
      await submit(page, TEXT_539, "2024-03-22");
      await page.locator(".check-result").waitFor(POLL);
      const marks = page.locator(".checked-text a.figure");
      expect(await marks.count()).toBe(5);
      // each mark: icon and word, never colour alone, and a link to its row
      for (let i = 0; i < 5; i++) {
        const a = marks.nth(i);
        expect(await a.locator(".status-icon").innerText()).toMatch(/^[✓≈↻✗?]$/);
        const href = (await a.getAttribute("href")) ?? "";
        expect(await page.locator(href).count(), href).toBe(1);
      }
      expect(await rowVerdict(page, "67,084")).toBe("↻ revisada");
      expect(await rowVerdict(page, "12,700")).toBe("≈ dentro del redondeo");
      expect(await rowVerdict(page, "principales socios")).toBe("✓ exacta");
      expect(await page.locator(".summary-text").innerText()).toMatch(
        /^5 cifras de comercio; 2 coherentes con los datos oficiales; 3 revisadas\.$/,
      );
      // the silent period and basis are marked as inferred, with the reason a click away
      const row = page.locator("table.check-table tbody tr", { hasText: "39,874" });
      expect(await row.innerText()).toMatch(/enero de 2024 \(inferido\)/);
      expect(await row.locator("details.reason").first().textContent()).toMatch(/no nombra el periodo/);
      expect(await page.locator("table.check-table thead th[scope=col]").count()).toBe(15);
      expect(await page.locator("table.check-table tbody th[scope=row]").count()).toBe(5);
      await page.screenshot({ path: path.join(SHOTS, `check-539-${js ? "js" : "nojs"}.png`), fullPage: true });

      await recheckRow(page, "39,874", { period: "2023-06", basis: "NSA" });
      await expect.poll(() => rowVerdict(page, "39,874"), POLL).toBe("✗ no coincide");
      const changed = page.locator("table.check-table tbody tr", { hasText: "39,874" });
      expect(await changed.innerText()).toMatch(/junio de 2023 \(elegido por ti\)/);
      expect(await changed.innerText()).toMatch(/NSA \(elegido por ti\)/);
      // the other figures keep their reading
      expect(await rowVerdict(page, "67,084")).toBe("↻ revisada");
      expect(await page.locator(".check-result").innerText()).toMatch(/Lecturas cambiadas por ti: 1\./);
      expect(errors, label).toEqual([]);
      await close();
    },
  );

  it("checks an English text in English (?lang=en), and shows the same result as JSON", async () => {
    const { page, errors, close } = await open("/check?lang=en");
    expect(await page.locator("h1").innerText()).toBe("Check any text");
    await submit(page, TEXT_EN, "2024-03-22", "en");
    await page.locator(".check-result").waitFor(POLL);
    // "the top U.S. trading partner" is a rank claim too
    expect(await page.locator(".checked-text a.figure").count()).toBe(4);
    expect(await page.locator(".checked-text").getAttribute("lang")).toBe("en");
    expect(await rowVerdict(page, "$12.7 billion")).toBe("≈ within rounding");
    const flows = await page.locator("table.check-table tbody tr td:nth-child(5)").allInnerTexts();
    expect(flows.map((f) => f.split("\n")[0]?.trim())).toEqual([
      "Two-way trade",
      "US exports",
      "US imports",
      "US balance",
    ]);
    expect(await page.locator(".identities").innerText()).toMatch(/holds/);
    await page.screenshot({ path: path.join(SHOTS, "check-en.png"), fullPage: true });
    expect(errors).toEqual([]);
    // The JSON answer is a document of its own (the browser asks it for /favicon.ico, which Balanza does not have).
    await page.getByRole("button", { name: "See this result as JSON" }).click();
    await page.waitForLoadState("load");
    const json = JSON.parse(await page.locator("body").innerText()) as {
      lang: string;
      figures: Array<{ claim: boolean; quote: string }>;
    };
    expect(json.lang).toBe("en");
    expect(json.figures.filter((f) => f.claim && f.quote.startsWith("$")).map((f) => f.quote)).toEqual([
      "$27.2 billion",
      "$39.9 billion",
      "$12.7 billion",
    ]);
    await close();
  });

  it.each([
    ["empty text", "", "2024-03-22", /Falta el texto/, "#check-text"],
    ["future date", "39,874 mdd", "2999-01-01", /posterior a hoy/, "#check-date"],
    ["malformed date", "39,874 mdd", "22/03/2024", /AAAA-MM-DD/, "#check-date"],
  ])("%s: says what is wrong, in words, and marks the field", async (_name, text, date, message, field) => {
    const { page, close } = await open("/check");
    await submit(page, text, date);
    await expect.poll(() => page.locator("#check-error").innerText(), POLL).toMatch(message);
    expect(await page.locator(field).getAttribute("aria-invalid")).toBe("true");
    await close();
  });

  it.each([true, false])(
    "a text over 50,000 characters is not cut silently: the page says how long it is (JavaScript %s)",
    async (js) => {
      const { page, close } = await open("/check?lang=en", { js });
      await submit(page, "Exports to Mexico were $27.2 billion in January 2024. ".repeat(1200), "2024-03-22", "en");
      // 54 characters × 1,200 = 64,800: all of it reaches the server, which names the length and the limit.
      await expect
        .poll(() => page.locator(".check-error").innerText(), POLL)
        .toContain("The text has 64,800 characters; at most 50,000 are checked.");
      expect(await page.getByLabel(/^Text$/).getAttribute("aria-invalid")).toBe("true");
      await close();
    },
  );

  it("is linked from the dashboard's header and back", async () => {
    const { page, close } = await open("/");
    await page.getByRole("link", { name: "Verificar otro texto" }).click();
    await page.waitForURL(/\/check$/);
    expect(await page.locator("h1").innerText()).toBe("Verificar cualquier texto");
    await page.getByRole("link", { name: /Volver al comunicado más reciente/ }).click();
    await page.waitForURL(`${base}/`);
    await close();
  });

  it("has no serious or critical axe-core violations with a result shown; at 375 px it fits the screen", async () => {
    const axeSource = readFileSync(path.join(process.cwd(), "node_modules/axe-core/axe.min.js"), "utf8");
    for (const width of [1280, 375]) {
      const { page, close } = await open("/check", { width });
      await submit(page, TEXT_539, "2024-03-22");
      await page.locator(".check-result").waitFor(POLL);
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
      expect(violations, String(width)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, String(width)).toBeLessThanOrEqual(0);
      // keyboard: Tab from the text's first figure reaches the next, and Enter follows its link to the row
      await page.locator(".checked-text a.figure").first().focus();
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => location.hash)).toMatch(/^#fig-\d+$/);
      if (width === 375) await page.screenshot({ path: path.join(SHOTS, "check-375.png"), fullPage: true });
      await close();
    }
  });
});
