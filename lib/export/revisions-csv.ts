import type { Partner } from "../data/schema";
import type { RevisionHistory } from "../checks/revisions";
import { writeCsv, type CsvCell, type CsvOptions } from "./write-csv";
import { fileSlug } from "./series-csv";

export const REVISIONS_CSV_COLUMNS = [
  "period",
  "reporter",
  "partner",
  "flow",
  "basis",
  "vintage",
  "kind",
  "value_musd",
  "change_musd",
  "change_percent",
  "source",
] as const;

export function revisionsCsvRows(history: RevisionHistory): CsvCell[][] {
  const q = history.query;
  return history.entries.map((e) => [
    q.period,
    "US",
    q.partner,
    q.flow,
    q.basis,
    e.vintage,
    e.kind,
    e.value,
    e.change,
    e.changePercent,
    e.computed
      ? `computed: ${q.flow === "total" ? "exports + imports" : "exports − imports"}, from ${e.sourceId}`
      : e.sourceId,
  ]);
}

/** Every value held for one month, oldest publication first, one row per vintage. */
export function revisionsToCsv(history: RevisionHistory, options: CsvOptions = {}): string {
  return writeCsv(REVISIONS_CSV_COLUMNS, revisionsCsvRows(history), options);
}

/** `balanza_revisions_us-mexico_imports_2024-01_nsa.csv` */
export function revisionsFileName(
  history: RevisionHistory,
  partner: Pick<Partner, "name_en">,
  extension: "csv" | "metadata.json" = "csv",
): string {
  const q = history.query;
  const slug = fileSlug(partner.name_en);
  return `balanza_revisions_us-${slug}_${q.flow}_${q.period}_${q.basis.toLowerCase()}.${extension}`;
}
