import type { Dataset } from "../data/dataset";
import { bilingual } from "../i18n/messages";
import type { Basis } from "../data/schema";
import type { Release } from "../data/release-schema";
import type { ChecksReport } from "../checks/schema";
import { partnerRanking } from "../checks/partner-ranking";
import type { Bilingual, ChartMeta, FigureLink } from "./types";
import { figureLink, partnerName } from "./release-figures";
import { sourceLine, toChartSource } from "./sources";
import { monthsBetween } from "./periods";
import { text, word, type DataTable } from "./table";
import { rankHistoryTable } from "./rank-history-table";
import type { RankHistoryRow } from "../http/responses";

/** Mexico, Canada and China: the partners the rank chart follows. */
export const RANK_PARTNERS = ["2010", "1220", "5700"] as const;

export interface RankEntry {
  partner: string;
  name: Bilingual;
  /** Null where the partner has no data that month. */
  rank: number | null;
  /** Two-way trade (exports + imports), millions of dollars. */
  total: number | null;
  exports: number | null;
  imports: number | null;
}

/** One month of the rank history (its schema is GET /api/releases/{slug}/ranks's). */
export type { RankHistoryRow };

export interface RankView extends ChartMeta, FigureLink {
  id: "rank";
  period: string;
  basis: Basis;
  vintage: string | null;
  /** How many partners were ranked that month. */
  partnersRanked: number;
  /** The month's ranks of the followed partners, the claim's partner first. */
  month: RankEntry[];
  /** The rank over time, `from`..`to`. */
  history: RankHistoryRow[];
  from: string;
  to: string;
  partners: Array<{ partner: string; name: Bilingual }>;
  /** The month's data table: each followed partner's rank, two-way trade, exports and imports. */
  table: DataTable;
  /** The rank history's data table (the browser builds it with rankHistoryTable for another range). */
  historyTable: DataTable;
}

function rankMonthTable(v: Omit<RankView, "table" | "historyTable">): DataTable {
  return {
    caption: [
      word("rank"),
      ", ",
      { kind: "month", period: v.period, style: "long" },
      " (",
      { kind: "partnersRanked", count: v.partnersRanked },
      // A month the all-partner files do not hold has no vintage to name.
      v.vintage ? `, ${v.basis} ${v.vintage})` : ")",
    ],
    head: (["partner", "rank", "twoWayTrade", "usExports", "usImports"] as const).map((w) => ({ text: [word(w)] })),
    rows: v.month.map((m, i) => ({
      key: m.partner,
      head: [text(m.name)],
      // The claim's partner comes first: its row states the rank claim.
      claimId: i === 0 ? v.claimId : null,
      cells: [
        { kind: "rank" as const, value: m.rank },
        ...[m.total, m.exports, m.imports].map((value) => ({ kind: "number" as const, value })),
      ],
    })),
  };
}

/** Ranks of `partners` among all US partners by two-way trade, month by month from `from` to `to`. */
export function rankHistory(
  ds: Dataset,
  opts: {
    from: string;
    to: string;
    basis: Basis;
    asOf: string;
    partners?: readonly string[];
    releasePeriod?: string | null;
  },
): RankHistoryRow[] {
  const partners = opts.partners ?? RANK_PARTNERS;
  return monthsBetween(opts.from, opts.to).flatMap((period) => {
    const ranking = partnerRanking(ds, period, opts.basis, opts.asOf);
    if (!ranking) return [];
    const ranks = Object.fromEntries(partners.map((p) => [p, ranking.rows.find((r) => r.partner === p)?.rank ?? null]));
    return [{ period, ranks, isReleaseMonth: period === opts.releasePeriod }];
  });
}

/**
 * The release's rank claim (or, without one, Mexico in the release month): the month's ranks of Mexico, Canada and
 * China among every US partner by two-way trade, from the all-country file (NSA), and the ranks from `from` to `to`.
 */
export function rankView(
  ds: Dataset,
  release: Release,
  report: ChecksReport | undefined,
  range: { from: string; to: string },
  month?: string,
): RankView {
  const rankClaim = release.claims.find((c) => c.measure === "rank");
  const anyClaim = rankClaim ?? release.claims[0];
  const releasePeriod = anyClaim?.period ?? release.meta.date.slice(0, 7);
  // Another month than the release's (the widget's `period`) shows that month's ranks; the claim is not checked there.
  const period = month ?? releasePeriod;
  const claim = period === releasePeriod ? rankClaim : undefined;
  const basis: Basis = claim?.basis ?? "NSA";
  const asOf = release.meta.date;
  const claimPartner = anyClaim?.partner ?? "2010";
  const followed = [claimPartner, ...RANK_PARTNERS.filter((p) => p !== claimPartner)];
  const ranking = partnerRanking(ds, period, basis, asOf);
  const entries: RankEntry[] = followed.map((partner) => {
    const row = ranking?.rows.find((r) => r.partner === partner);
    return {
      partner,
      name: partnerName(ds, partner),
      rank: row?.rank ?? null,
      total: row?.total ?? null,
      exports: row?.exports ?? null,
      imports: row?.imports ?? null,
    };
  });
  const sources = ranking?.source ? [toChartSource(ranking.source)] : [];
  const notes: Bilingual[] = [
    bilingual((m) => m.rankNote),
    ...(claim
      ? [claim.periodAttribution, claim.basisAttribution, claim.valueAttribution]
          .filter((a) => a.inferred)
          .map((a) => a.reason)
      : []),
    ...(period !== releasePeriod ? [bilingual((m) => m.rankOtherMonth(period, releasePeriod))] : []),
  ];
  const view: Omit<RankView, "table" | "historyTable"> = {
    id: "rank",
    title: bilingual((m, lang) => m.rankTitle(partnerName(ds, claimPartner)[lang])),
    unit: bilingual((m) => m.rankUnit),
    valueUnit: "rank",
    sources,
    sourceLine: sourceLine(sources),
    notes,
    ...figureLink(report, claim?.id ?? null),
    period,
    basis,
    vintage: ranking?.vintage ?? null,
    partnersRanked: ranking?.rows.length ?? 0,
    month: entries,
    history: rankHistory(ds, { from: range.from, to: range.to, basis, asOf, partners: followed, releasePeriod }),
    from: range.from,
    to: range.to,
    partners: followed.map((partner) => ({ partner, name: partnerName(ds, partner) })),
  };
  return { ...view, table: rankMonthTable(view), historyTable: rankHistoryTable(view.history, view.partners, range) };
}
