import type { Lang } from "./format";
import type { Perspective } from "../data/schema";
import type { SeriesDownloadState } from "../http/download-url";

const FLOW_WORDS: Record<Lang, Record<string, string>> = {
  es: {
    exports: "exportaciones",
    imports: "importaciones",
    balance: "saldo",
    all: "exportaciones, importaciones y saldo",
  },
  en: { exports: "exports", imports: "imports", balance: "balance", all: "exports, imports and balance" },
};

export const DOWNLOAD_CSV: Record<Lang, string> = { es: "Descargar CSV", en: "Download CSV" };

/**
 * The accessible name of a chart's "Download CSV" link: the visible words first (WCAG 2.5.3), then exactly what
 * the file holds — whose side, flows, basis and months.
 */
export function seriesDownloadLabel(state: SeriesDownloadState, partnerName: string, lang: Lang): string {
  const flows = FLOW_WORDS[lang][state.flow ?? "all"];
  const side =
    state.perspective === "mx"
      ? lang === "es"
        ? `${partnerName} con EUA`
        : `${partnerName} with the US`
      : lang === "es"
        ? `EUA con ${partnerName}`
        : `US with ${partnerName}`;
  const months = monthsWords(state.from, state.to, lang);
  const basis =
    state.basis === "SA"
      ? lang === "es"
        ? "desestacionalizado"
        : "seasonally adjusted"
      : lang === "es"
        ? "sin desestacionalizar"
        : "not seasonally adjusted";
  return lang === "es"
    ? `${DOWNLOAD_CSV.es}: comercio ${side}, ${flows}, ${basis}${months}`
    : `${DOWNLOAD_CSV.en}: trade ${side}, ${flows}, ${basis}${months}`;
}

function monthsWords(from: string | undefined, to: string | undefined, lang: Lang): string {
  if (from && to) return lang === "es" ? `, de ${from} a ${to}` : `, ${from} to ${to}`;
  if (from) return lang === "es" ? `, desde ${from}` : `, from ${from}`;
  if (to) return lang === "es" ? `, hasta ${to}` : `, up to ${to}`;
  return lang === "es" ? ", todos los meses" : ", all months";
}

export function checksDownloadLabel(releaseName: string, lang: Lang): string {
  return lang === "es"
    ? `${DOWNLOAD_CSV.es}: verificación de cada cifra de ${releaseName}`
    : `${DOWNLOAD_CSV.en}: the check of every figure of ${releaseName}`;
}

const CHART_WORDS: Record<Lang, Record<"release-month" | "bridge" | "ranks", string>> = {
  es: {
    "release-month": "cifras del mes del comunicado, reportadas y oficiales",
    bridge: "de exportaciones menos importaciones al saldo impreso",
    ranks: "lugar entre los socios comerciales de EUA por mes",
  },
  en: {
    "release-month": "the release month's figures, reported and official",
    bridge: "from exports minus imports to the printed balance",
    ranks: "rank among US trading partners by month",
  },
};

/** The accessible name of a release chart's "Download CSV": the visible words, the chart, and its state. */
export function chartDownloadLabel(
  chart: "release-month" | "bridge" | "ranks",
  state: { perspective?: Perspective; from?: string; to?: string },
  lang: Lang,
): string {
  const side = state.perspective
    ? state.perspective === "mx"
      ? lang === "es"
        ? ", desde el lado de México"
        : ", from Mexico's side"
      : lang === "es"
        ? ", desde el lado de EUA"
        : ", from the US side"
    : "";
  const months = chart === "ranks" ? monthsWords(state.from, state.to, lang) : "";
  return `${DOWNLOAD_CSV[lang]}: ${CHART_WORDS[lang][chart]}${side}${months}`;
}
