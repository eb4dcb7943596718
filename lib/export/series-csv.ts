import { sourceTitles } from "../data/source-ids";
import type { Partner } from "../data/schema";
import type { Lang } from "../i18n/format";
import type { Series, SeriesPoint } from "../data/query-series";
import { writeCsv, type CsvCell, type CsvOptions } from "./write-csv";
import { partnerNameIn, type DownloadExtension } from "./readable-names";

/**
 * The series CSV's columns, in the order the API documents: the partner by its Census code and its name (a code
 * such as 2010 alone reads as a year in a spreadsheet), the source by its id and its title.
 */
export const SERIES_CSV_COLUMNS = [
  "period",
  "reporter",
  "partner_code",
  "partner_name",
  "flow",
  "basis",
  "value_musd",
  "vintage",
  "source",
  "source_title",
] as const;

/**
 * The source cell: the Census file's id, or for balance (never published, always computed) a note that says
 * so and which file it was computed from.
 */
export function seriesSourceCell(point: Pick<SeriesPoint, "computed" | "sourceId">): string {
  return point.computed ? `computed: exports − imports, from ${point.sourceId}` : point.sourceId;
}

/** The partner and language a series' rows are named in (every point of a series has one partner). */
export interface SeriesNames {
  partner: Pick<Partner, "code" | "name_en" | "name_es">;
  lang: Lang;
}

export function seriesCsvRows(series: Series, names: SeriesNames): CsvCell[][] {
  const name = partnerNameIn(names.partner, names.lang);
  // Each row's own source: the latest vintage that has the month, so one series may draw on several files; a
  // balance is computed from two flows of one vintage ("a+b" where they are two files of it).
  const titles = new Map(series.sources.map((s) => [s.id, s.title]));
  return series.points.map((p) => [
    p.period,
    p.reporter,
    p.partner,
    name,
    p.flow,
    p.basis,
    p.value,
    p.vintage,
    seriesSourceCell(p),
    sourceTitles(p.sourceId, (id) => titles.get(id)),
  ]);
}

/** A series as CSV, one row per month and flow, values in millions of US dollars at full precision. */
export function seriesToCsv(series: Series, names: SeriesNames, options: CsvOptions = {}): string {
  return writeCsv(SERIES_CSV_COLUMNS, seriesCsvRows(series, names), options);
}

/** ASCII, lower case, words joined by hyphens: "Korea, South" → "korea-south". */
export function fileSlug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "partner"
  );
}

/** The months a series actually covers (not the months asked for), or null when it has none. */
export function seriesSpan(series: Series): { first: string; last: string } | null {
  const first = series.points[0]?.period;
  const last = series.points.at(-1)?.period;
  return first && last ? { first, last } : null;
}

/**
 * A file name that says what the file holds: whose side the flows are told from, the partner, the flow when
 * one is chosen, the months covered and the basis: `balanza_us-mexico_2009-01_2025-02_sa.csv`,
 * `balanza_mexico-us_exports_2024-01_2024-12_nsa.csv`; partner names in Spanish add `_es`.
 */
export function seriesFileName(
  series: Series,
  partner: Pick<Partner, "name_en">,
  extension: DownloadExtension = "csv",
  lang: Lang = "en",
): string {
  const name = fileSlug(partner.name_en);
  const sides = series.query.perspective === "mx" ? `${name}-us` : `us-${name}`;
  const span = seriesSpan(series);
  // English names are the default (and the file names of before names were added); Spanish ones say so.
  const parts = [
    "balanza",
    sides,
    series.query.flow,
    span?.first,
    span?.last,
    series.query.basis.toLowerCase(),
    lang === "es" ? "es" : undefined,
  ].filter(Boolean);
  return `${parts.join("_")}.${extension}`;
}
