import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { SeriesDownloadLink } from "@/components/downloads/series-download-link";
import { seriesDownloadLabel, checksDownloadLabel } from "@/lib/i18n/download-labels";
import { CODE_TO_ALIAS } from "@/lib/http/download-url";
import { PARTNER_ALIASES } from "@/lib/http/series-query";

it("the browser's copy of the partner aliases equals the schema's", () => {
  expect(Object.fromEntries([...CODE_TO_ALIAS].map(([code, alias]) => [alias, code]))).toEqual(PARTNER_ALIASES);
});

describe("SeriesDownloadLink (server-rendered markup)", () => {
  it(
    "is a plain download link to the CSV of the chart's state (partner named in the reader's language), " +
      "named by what it downloads",
    () => {
      const html = renderToStaticMarkup(
        createElement(SeriesDownloadLink, {
          state: { partner: "MX", basis: "NSA", from: "2020-01", to: "2024-12", perspective: "mx" },
          partnerName: "México",
          lang: "es",
        }),
      );
      expect(html).toBe(
        '<a class="download-link" ' +
          'href="/api/series.csv?partner=MX&amp;basis=NSA&amp;from=2020-01&amp;to=2024-12&amp;perspective=mx' +
          '&amp;lang=es&amp;bom=1"' +
          ' download="" aria-label="Descargar CSV: comercio México con EUA, exportaciones, importaciones y saldo, ' +
          'sin desestacionalizar, de 2020-01 a 2024-12" type="text/csv">Descargar CSV</a>',
      );
    },
  );
});

describe("download labels start with the visible words and say what the file holds", () => {
  it.each([
    [
      { basis: "SA", perspective: "us" } as const,
      "en",
      "Download CSV: trade US with Mexico, exports, imports and balance, seasonally adjusted, all months",
    ],
    [
      { basis: "SA", perspective: "us", flow: "balance", from: "2024-01" } as const,
      "en",
      "Download CSV: trade US with Mexico, balance, seasonally adjusted, from 2024-01",
    ],
    [
      { basis: "NSA", perspective: "mx", flow: "exports", to: "2010-12" } as const,
      "es",
      "Descargar CSV: comercio Mexico con EUA, exportaciones, sin desestacionalizar, hasta 2010-12",
    ],
  ])("%j (%s)", (state, lang, label) => {
    expect(seriesDownloadLabel(state, "Mexico", lang as "es" | "en")).toBe(label);
  });
  it("names the release for the checks", () => {
    expect(checksDownloadLabel("index 539", "en")).toBe("Download CSV: the check of every figure of index 539");
  });
});
