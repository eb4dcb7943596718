import { sourceTitles, splitSourceId } from "../data/source-ids";
import type { Dataset } from "../data/dataset";
import type { Basis, Flow } from "../data/schema";
import { isMoneyClaim, type Release } from "../data/release-schema";
import { usFlowOf } from "../data/perspective";
import { revisionHistory, type RevisionEntry } from "../checks/revisions";
import { clean } from "../checks/rounding";
import { partnerName } from "./release-figures";
import { bilingual } from "../i18n/messages";
import type { Bilingual, ChartSource } from "./types";
import { text, word, type DataTable } from "./table";
import { chartSources, MUSD_UNIT, sourceLine } from "./sources";
import { formatNumber, formatPeriod } from "../i18n/format";

/** One basis of a figure's history: every value held, its sources, and the table the page and the widget show. */
export interface RevisionBasisView {
  basis: Basis;
  /** The basis the check attributes to the figure. */
  claimed: boolean;
  entries: RevisionEntry[];
  /** Title of each source id the entries name. */
  sources: Map<string, string>;
  /** The sources as the chart's source line names them (publisher, title, vintage). */
  chartSources: ChartSource[];
  table: DataTable;
}

export interface RevisionHistoryView {
  slug: string;
  claimId: string;
  label: Bilingual;
  quote: string;
  partner: string;
  partnerName: Bilingual;
  period: string;
  /** The claim's measure told from the US side: Mexico's exports are US imports; its surplus the US deficit. */
  usMeasure: Flow | "balance" | "total";
  /** The release's figure in millions of dollars, told from the US side too. */
  releaseValue: number;
  releaseDate: string;
  /** The claim's basis first, then the other: the first release as quoted is NSA. */
  bases: RevisionBasisView[];
}

function revisionTable(
  v: Pick<RevisionHistoryView, "usMeasure" | "partnerName" | "period" | "releaseValue">,
  basis: Basis,
  entries: readonly RevisionEntry[],
  sources: ReadonlyMap<string, string>,
): DataTable {
  const titleOf = (id: string) => sources.get(id);
  return {
    caption: [
      text(bilingual((m) => m.usMeasureWords[v.usMeasure])),
      ", ",
      text(v.partnerName),
      ", ",
      { kind: "month", period: v.period, style: "long" },
      `, ${basis}`,
    ],
    head: [
      { text: [word("vintageColumn")] },
      { text: [word("kindColumn")] },
      { text: [word("value")] },
      { text: [word("revisionsChange")] },
      { text: [word("revisionsRelease")] },
      { text: [word("source")] },
    ],
    rows: entries.map((e) => ({
      key: `${e.kind}-${e.vintage}`,
      head: [e.vintage],
      cells: [
        {
          kind: "text",
          value: bilingual((m) => (e.kind === "reported" ? m.revisionsKindReported : m.revisionsKindOfficial)),
        },
        { kind: "number", value: e.value },
        { kind: "change", value: e.change === null ? null : { change: e.change, percent: e.changePercent } },
        { kind: "number", value: v.releaseValue },
        { kind: "text", value: { es: sourceTitles(e.sourceId, titleOf), en: sourceTitles(e.sourceId, titleOf) } },
      ],
    })),
  };
}

/** Every value held for the month and measure a release's money claim speaks of, on both bases, beside its figure. */
export function revisionHistoryView(ds: Dataset, release: Release, claimId: string): RevisionHistoryView | null {
  const claim = release.claims.find((c) => c.id === claimId);
  // A revision history is of one month's level; a span, change, growth, share or rank has none of its own.
  if (!claim || !isMoneyClaim(claim) || claim.months) return null;
  const usMeasure =
    claim.measure === "exports" || claim.measure === "imports"
      ? usFlowOf(claim.measure, claim.perspective)
      : claim.measure;
  const value = clean((claim.value * claim.scale) / 1e6);
  const releaseValue = claim.measure === "balance" && claim.perspective === "mx" ? -value : value;
  const order: Basis[] = claim.basis === "SA" ? ["SA", "NSA"] : ["NSA", "SA"];
  const head = { usMeasure, partnerName: partnerName(ds, claim.partner), period: claim.period, releaseValue };
  return {
    slug: release.meta.slug,
    claimId,
    label: claim.label,
    quote: claim.quote,
    partner: claim.partner,
    partnerName: partnerName(ds, claim.partner),
    period: claim.period,
    usMeasure,
    releaseValue,
    releaseDate: release.meta.date,
    bases: order.map((basis) => {
      const { entries } = revisionHistory(ds, { partner: claim.partner, flow: usMeasure, basis, period: claim.period });
      const ids = entries.flatMap((e) => splitSourceId(e.sourceId));
      const sources = new Map(ids.map((id) => [id, ds.sources.get(id)?.title ?? id] as const));
      return {
        basis,
        claimed: basis === claim.basis,
        entries,
        sources,
        chartSources: chartSources(ds, ids),
        table: revisionTable(head, basis, entries, sources),
      };
    }),
  };
}

/** The figures of a release whose history can be drawn: its money claims (a rank has no vintages). */
export function revisableFigures(release: Release): string[] {
  return release.claims.filter((c) => isMoneyClaim(c) && !c.months).map((c) => c.id);
}

/** One figure's history on one basis, framed as a chart: what the widget and the image draw. */
export interface RevisionChartView {
  history: RevisionHistoryView;
  shown: RevisionBasisView;
  title: Bilingual;
  unit: Bilingual;
  sourceLine: Bilingual;
  notes: Bilingual[];
  /** GET /api/revisions's parameters for exactly these values. */
  query: { partner: string; flow: string; basis: Basis; period: string };
}

/** `basis` picks the basis shown; without it, the one the check attributes to the figure. Null: no such figure. */
export function revisionChartView(
  ds: Dataset,
  release: Release,
  claimId: string,
  basis?: Basis,
): RevisionChartView | null {
  const history = revisionHistoryView(ds, release, claimId);
  if (!history) return null;
  const shown = history.bases.find((b) => (basis ? b.basis === basis : b.claimed)) ?? history.bases[0];
  if (!shown) return null;
  const period = history.period;
  return {
    history,
    shown,
    title: bilingual((m, lang) => m.revisionsTitle(history.label[lang], formatPeriod(period, lang))),
    unit: MUSD_UNIT,
    sourceLine: sourceLine(shown.chartSources),
    notes: [
      bilingual((m, lang) =>
        m.revisionsIntro(
          formatNumber(history.releaseValue, lang, 1),
          history.releaseDate,
          `${m.usMeasureWords[history.usMeasure]} (${history.partnerName[lang]})`,
        ),
      ),
    ],
    query: { partner: history.partner, flow: history.usMeasure, basis: shown.basis, period },
  };
}
