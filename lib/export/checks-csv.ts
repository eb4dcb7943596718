import type { Lang } from "../i18n/format";
import type { ChecksReport, CheckResult } from "../checks/schema";
import type { Partner, Perspective } from "../data/schema";
import { writeCsv, type CsvCell, type CsvOptions } from "./write-csv";
import { checkRowView } from "../views/check-rows";
import { partnerNameOf, releaseNameIn, type DownloadExtension } from "./readable-names";

/**
 * The checks CSV's columns, in the order the API documents: one row per claim and per identity, each naming the
 * release it checks, the partner (code and name) and the sources (ids and titles).
 */
export const CHECKS_CSV_COLUMNS = [
  "release",
  "release_name",
  "claim_id",
  "quoted_text",
  "measure",
  "partner_code",
  "partner_name",
  "reported_value",
  "official_or_computed_value",
  "delta",
  "tolerance",
  "status",
  "basis",
  "vintage",
  "source",
  "source_title",
  "explanation",
] as const;

/** Where a result's comparison value comes from: the Census files, or for identities the release's own figures. */
export function checkSourceCell(result: Pick<CheckResult, "sources" | "kind">, slug: string): string {
  if (result.sources.length > 0) return result.sources.map((s) => s.id).join("; ");
  return `release ${slug} (its own figures)`;
}

/** The titles of a result's sources, or for identities the release's own title. */
export function checkSourceTitleCell(result: Pick<CheckResult, "sources">, releaseTitle: string): string {
  return result.sources.length > 0 ? result.sources.map((s) => s.title).join("; ") : releaseTitle;
}

/** One row per check; with a perspective, the numbers and explanations as the dashboard shows them from that side. */
export function checksCsvRows(
  report: ChecksReport,
  lang: Lang,
  partners: ReadonlyMap<string, Partner>,
  perspective: Perspective | null = null,
): CsvCell[][] {
  const release = report.release;
  const releaseName = releaseNameIn(release, lang);
  return report.results.map((r) => {
    // The partner's name is only used in row labels, which the CSV does not carry.
    const v = perspective ? checkRowView(r, perspective, { es: "", en: "" }) : r;
    return [
      release.slug,
      releaseName,
      r.id,
      r.quote,
      v.measure,
      r.partner,
      partnerNameOf(partners, r.partner, lang),
      v.reported,
      v.computed,
      v.delta,
      r.tolerance,
      r.status,
      r.basis,
      r.vintage,
      checkSourceCell(r, release.slug),
      checkSourceTitleCell(r, release.title),
      v.explanation[lang],
    ];
  });
}

/** A release's checks as CSV; values in millions of US dollars except the rank claim's (a place, 1 = first). */
export function checksToCsv(
  report: ChecksReport,
  lang: Lang,
  partners: ReadonlyMap<string, Partner>,
  options: CsvOptions = {},
  perspective: Perspective | null = null,
): string {
  return writeCsv(CHECKS_CSV_COLUMNS, checksCsvRows(report, lang, partners, perspective), options);
}

/**
 * `balanza_checks_2024-03-22-index-usa-539_es.csv`: the release and the language of the explanations, then the side
 * the figures are told from when one was asked for (`…_es_us.csv`).
 */
export function checksFileName(
  slug: string,
  lang: Lang,
  extension: DownloadExtension = "csv",
  perspective: Perspective | null = null,
): string {
  return `balanza_checks_${slug}_${lang}${perspective ? `_${perspective}` : ""}.${extension}`;
}
