import type { Lang } from "../i18n/format";
import type { Partner, Source } from "../data/schema";
import type { ReleaseMeta } from "../data/release-schema";

/** What a download can be saved as: the data (CSV or XLSX) or its metadata companion. */
export type DownloadExtension = "csv" | "xlsx" | "metadata.json";

/** A partner's name in the language asked for (the partners file has both). */
export function partnerNameIn(partner: Pick<Partner, "name_en" | "name_es">, lang: Lang): string {
  return lang === "es" ? partner.name_es : partner.name_en;
}

/** The partner's name by its Census code, or the code itself when the partners file lacks it (never a blank cell). */
export function partnerNameOf(partners: ReadonlyMap<string, Partner>, code: string, lang: Lang): string {
  const p = partners.get(code);
  return p ? partnerNameIn(p, lang) : code;
}

/** The titles of sources by id, joined like their ids in the `source` cell ("a; b"); an unknown id keeps its id. */
export function sourceTitlesOf(sources: ReadonlyMap<string, Pick<Source, "title">>, ids: readonly string[]): string {
  return ids.map((id) => sources.get(id)?.title ?? id).join("; ");
}

/** A release as a reader names it: "index, comunicado 539 (2024-03-22)" / "index, press release 539 (2024-03-22)". */
export function releaseNameIn(meta: Pick<ReleaseMeta, "issuerShort" | "number" | "date">, lang: Lang): string {
  return `${meta.issuerShort}, ${lang === "es" ? "comunicado" : "press release"} ${meta.number} (${meta.date})`;
}
