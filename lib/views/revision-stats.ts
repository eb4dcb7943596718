import type { Dataset } from "../data/dataset";
import { datasetRevisionStats, LAG_PARTNERS, type RevisionGroupStats } from "../checks/revision-stats";
import { bilingual } from "../i18n/messages";
import { partnerName } from "./release-figures";
import type { Bilingual } from "./types";
import { text, word, type DataTable, type TableCell } from "./table";

/**
 * The revision distribution as the /revisions page shows it: Mexico, Canada, China and all partners together, over
 * any lag and by lag (every other partner's group is in GET /api/revisions/stats).
 */
export interface RevisionStatsView {
  totalPairs: number;
  vintages: number;
  /** Groups in the JSON beyond the ones shown. */
  otherGroups: number;
  overall: DataTable;
  byLag: DataTable;
}

function groupName(ds: Dataset, g: RevisionGroupStats): Bilingual {
  return g.partner === "all" ? bilingual((m) => m.revisionStatsAll) : partnerName(ds, g.partner);
}

/** Where the largest revision was: the partner (for the all-partners groups), the month and the two vintages. */
function largestAt(ds: Dataset, g: RevisionGroupStats): Bilingual {
  const l = g.largest;
  if (!l) return { es: "—", en: "—" };
  const when = `${l.period} (${l.earlier.vintage} → ${l.later.vintage})`;
  if (l.partner === g.partner) return { es: when, en: when };
  const name = partnerName(ds, l.partner);
  return { es: `${name.es}, ${when}`, en: `${name.en}, ${when}` };
}

function statsTable(ds: Dataset, groups: readonly RevisionGroupStats[], lagColumn: boolean): DataTable {
  const cells = (g: RevisionGroupStats): TableCell[] => [
    { kind: "text", value: bilingual((m) => m.flowWords[g.flow]) },
    { kind: "text", value: groupName(ds, g) },
    ...(lagColumn
      ? [{ kind: "text" as const, value: bilingual((m) => m.revisionStatsMonths(g.lag)) }]
      : ([] as TableCell[])),
    { kind: "number", value: g.pairs },
    { kind: "number", value: g.revised },
    { kind: "percent", value: g.medianPercent },
    { kind: "percent", value: g.medianRevisedPercent },
    { kind: "percent", value: g.p95Percent },
    { kind: "percent", value: g.maxPercent },
    { kind: "text", value: largestAt(ds, g) },
  ];
  return {
    caption: [
      text(bilingual((m) => m.revisionStatsCaption(lagColumn ? m.revisionStatsByLag : m.revisionStatsAllLags))),
    ],
    head: [
      { text: [word("colBasis")] },
      { text: [word("colFlow")] },
      { text: [word("colPartner")] },
      ...(lagColumn ? [{ text: [word("colLag")] }] : []),
      { text: [word("colPairs")] },
      { text: [word("colRevised")] },
      { text: [word("colMedian")] },
      { text: [word("colMedianRevised")] },
      { text: [word("colP95")] },
      { text: [word("colLargest")] },
      { text: [word("colLargestAt")] },
    ],
    rows: groups.map((g) => ({
      key: `${g.basis}-${g.flow}-${g.partner}-${g.lag}`,
      head: [g.basis],
      cells: cells(g),
    })),
  };
}

/** From every pair of vintages in the dataset (computed once per dataset). */
export function revisionStatsView(ds: Dataset): RevisionStatsView {
  const stats = datasetRevisionStats(ds);
  const shown = stats.groups.filter((g) => g.partner === "all" || LAG_PARTNERS.includes(g.partner));
  const overall = shown.filter((g) => g.lag === "all");
  const byLag = shown.filter((g) => g.lag !== "all");
  return {
    totalPairs: stats.totalPairs,
    vintages: stats.vintages.length,
    otherGroups: stats.groups.length - shown.length,
    overall: statsTable(ds, overall, false),
    byLag: statsTable(ds, byLag, true),
  };
}
