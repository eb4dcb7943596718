import { describe, expect, it } from "vitest";
import { citationHref, citationLine, permalink } from "@/lib/export/citation";
import { chartImageUrl, xlsxBesideCsv } from "@/lib/http/download-url";
import { citationHtml } from "@/lib/render/export-links";

const release = { issuerShort: "index", number: "539", date: "2024-03-22" };
const census = { publisher: "U.S. Census Bureau", title: "Trade by country (NSA)", vintage: "2025-04" };

describe("citationLine", () => {
  it.each([
    [
      "en",
      [census],
      "Balanza. (n.d.). T [Data set; index, press release 539 (2024-03-22)]. Source: U.S. Census " +
        "Bureau, Trade by country (NSA), 2025-04 vintage. Retrieved [date accessed], from " +
        "https://b.example/releases/r#chart-x",
    ],
    [
      "es",
      [census],
      "Balanza. (s. f.). T [Conjunto de datos; index, comunicado 539 (2024-03-22)]. Fuente: U.S. " +
        "Census Bureau, Trade by country (NSA), edición 2025-04. Consultado el [fecha de " +
        "consulta], de https://b.example/releases/r#chart-x",
    ],
    [
      "en",
      [],
      "Balanza. (n.d.). T [Data set; index, press release 539 (2024-03-22)]. Source: the " +
        "release's own figures. Retrieved [date accessed], from https://b.example/releases/r#chart-x",
    ],
  ] as const)("%s with %j sources", (lang, sources, line) => {
    expect(citationLine({ title: "T", release, sources, url: "https://b.example/releases/r#chart-x", lang })).toBe(
      line,
    );
  });
  it("the permanent link names the release in the path and keeps the view", () => {
    expect(permalink("https://b.example", "2024-03-22-x", "?lang=en&range=12m", "chart-series")).toBe(
      "https://b.example/releases/2024-03-22-x?lang=en&range=12m#chart-series",
    );
  });
});

describe("citationHref", () => {
  const url = "https://b.example/releases/2024-03-22-x?lang=en#check-claim-x";
  it("is the fragment on the page the URL names", () => {
    expect(citationHref(url, "/releases/2024-03-22-x")).toBe("#check-claim-x");
  });
  it("is the path, view and fragment elsewhere (on / the latest release changes)", () => {
    expect(citationHref(url, "/")).toBe("/releases/2024-03-22-x?lang=en#check-claim-x");
    expect(citationHref(url, "/releases/2024-03-22-y")).toBe("/releases/2024-03-22-x?lang=en#check-claim-x");
  });
});

describe("citationHtml", () => {
  const url = "https://b.example/releases/r?lang=en#check-claim-x";
  it("ends the line in its URL, which is the link", () => {
    expect(citationHtml(`Balanza. T. Retrieved [date accessed], from ${url}`, url).value).toBe(
      `<p class="citation">Balanza. T. Retrieved [date accessed], from <a class="permalink" href="${url}">${url}</a></p>`,
    );
  });
  it("writes the link as a fragment of this page when told, the line still reading the absolute URL", () => {
    const markup = citationHtml(`Balanza. T. from ${url}`, url, "#check-claim-x").value;
    expect(markup).toContain(`<a class="permalink" href="#check-claim-x">${url}</a>`);
    expect(markup).not.toContain(`href="${url}"`);
  });
});

describe("download URLs of workbooks and images", () => {
  it.each([
    [
      "/api/series.csv?partner=MX&basis=SA&perspective=us&bom=1",
      "es",
      "/api/series.xlsx?partner=MX&basis=SA&perspective=us&lang=es",
    ],
    [
      "/api/series.csv?partner=MX&basis=SA&perspective=us&bom=1",
      "en",
      "/api/series.xlsx?partner=MX&basis=SA&perspective=us",
    ],
    [
      "/api/releases/r/charts/ranks.csv?from=2024-01&to=2024-02&bom=1",
      "es",
      "/api/releases/r/charts/ranks.xlsx?from=2024-01&to=2024-02&lang=es",
    ],
    // The checks take `lang` for their explanations already: it is kept as the CSV link has it.
    ["/api/releases/r/checks.csv?lang=en&bom=1", "es", "/api/releases/r/checks.xlsx?lang=en"],
  ] as const)("%s → %s", (csv, lang, xlsx) => {
    expect(xlsxBesideCsv(csv, lang)).toBe(xlsx);
  });
  it("image URLs carry only the options given", () => {
    expect(chartImageUrl("bridge", "png", { lang: "en", perspective: "us", from: undefined })).toBe(
      "/api/images/bridge.png?lang=en&perspective=us",
    );
  });
});
