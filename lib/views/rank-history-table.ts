import type { RankHistoryRow } from "../http/responses";
import type { Bilingual } from "./types";
import { text, word, type DataTable } from "./table";

// Apart from rank.ts, which ranks the dataset: the browser builds this table for the range a reader picks.
/** The rank history's data table: a row per month, a column per followed partner. */
export function rankHistoryTable(
  rows: readonly RankHistoryRow[],
  partners: ReadonlyArray<{ partner: string; name: Bilingual }>,
  range: { from: string; to: string },
): DataTable {
  return {
    caption: [word("rankOverTime"), `, ${range.from}–${range.to}`],
    head: [{ text: [word("month")] }, ...partners.map((p) => ({ text: [text(p.name)] }))],
    rows: rows.map((r) => ({
      key: r.period,
      head: [r.period],
      releaseMonth: r.isReleaseMonth,
      cells: partners.map((p) => ({ kind: "rank" as const, value: r.ranks[p.partner] ?? null })),
    })),
  };
}
