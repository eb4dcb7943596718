import type { Lang } from "../format";
import type { SeriesDownloadState } from "./download-url";

const FLOW_WORDS: Record<Lang, Record<string, string>> = {
  es: { exports: "exportaciones", imports: "importaciones", balance: "saldo", all: "exportaciones, importaciones y saldo" },
  en: { exports: "exports", imports: "imports", balance: "balance", all: "exports, imports and balance" },
};

export const DOWNLOAD_CSV: Record<Lang, string> = { es: "Descargar CSV", en: "Download CSV" };

/**
 * The accessible name of a chart's "Download CSV" link: the visible words first (WCAG 2.5.3), then exactly what
 * the file holds — whose side, flows, basis and months.
 */
export function seriesDownloadLabel(state: SeriesDownloadState, partnerName: string, lang: Lang): string {
  const flows = FLOW_WORDS[lang][state.flow ?? "all"];
  const side = state.perspective === "mx" ? (lang === "es" ? `${partnerName} con EUA` : `${partnerName} with the US`) : lang === "es" ? `EUA con ${partnerName}` : `US with ${partnerName}`;
  const months = monthsWords(state.from, state.to, lang);
  const basis = state.basis === "SA" ? (lang === "es" ? "desestacionalizado" : "seasonally adjusted") : lang === "es" ? "sin desestacionalizar" : "not seasonally adjusted";
  return lang === "es" ? `${DOWNLOAD_CSV.es}: comercio ${side}, ${flows}, ${basis}${months}` : `${DOWNLOAD_CSV.en}: trade ${side}, ${flows}, ${basis}${months}`;
}

function monthsWords(from: string | undefined, to: string | undefined, lang: Lang): string {
  if (from && to) return lang === "es" ? `, de ${from} a ${to}` : `, ${from} to ${to}`;
  if (from) return lang === "es" ? `, desde ${from}` : `, from ${from}`;
  if (to) return lang === "es" ? `, hasta ${to}` : `, up to ${to}`;
  return lang === "es" ? ", todos los meses" : ", all months";
}

export function checksDownloadLabel(releaseName: string, lang: Lang): string {
  return lang === "es" ? `${DOWNLOAD_CSV.es}: verificación de cada cifra de ${releaseName}` : `${DOWNLOAD_CSV.en}: the check of every figure of ${releaseName}`;
}
