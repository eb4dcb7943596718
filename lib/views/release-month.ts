import { shownDate } from "../data/release-schema";
import type { Dataset } from "../data/dataset";
import { bilingual } from "../i18n/messages";
import type { Basis, MeasureFlow, Perspective } from "../data/schema";
import type { ChecksReport } from "../checks/schema";
import type { Release } from "../data/release-schema";
import { latestSeriesFile } from "../data/query-series";
import type { Bilingual, ChartMeta, FigureLink } from "./types";
import { FLOW_SHORT, flowLabel } from "./flow-labels";
import { chartSources, MUSD_UNIT, sourceLine } from "./sources";
import { figureLink, fromUs, partnerName, releaseAnchor, statedFlow, usFlowsAt } from "./release-figures";
import { text, word, type DataTable } from "./table";

export type ReleaseMonthSeriesKey = "stated" | "officialSA" | "officialNSA" | "reportedNSA";

export interface ReleaseMonthSeries {
  key: ReleaseMonthSeriesKey;
  label: Bilingual;
  basis: Basis;
  /**
   * The vintage of the values: a Census file's, or the date the reported figures were first released; null for the
   * release.
   */
  vintage: string | null;
  kind: "release" | "official" | "reported";
}

export interface ReleaseMonthRow extends FigureLink {
  flow: MeasureFlow;
  /** The flow named from the view's perspective. */
  label: Bilingual;
  short: Bilingual;
  /** Millions of US dollars; null where that source has no value. */
  values: Record<ReleaseMonthSeriesKey, number | null>;
}

export interface ReleaseMonthView extends ChartMeta {
  id: "release-month";
  partner: string;
  period: string;
  perspective: Perspective;
  series: ReleaseMonthSeries[];
  rows: ReleaseMonthRow[];
  /** Its data table: a row per flow, a column per source, and the release figure's check status. */
  table: DataTable;
}

function releaseMonthTable(v: Omit<ReleaseMonthView, "table">): DataTable {
  return {
    caption: [text(v.title), ", ", { kind: "month", period: v.period, style: "long" }],
    head: [{ text: [word("figure")] }, ...v.series.map((s) => ({ text: [text(s.label)] })), { text: [word("status")] }],
    rows: v.rows.map((r) => ({
      key: r.flow,
      head: [text(r.label)],
      claimId: r.claimId,
      cells: [
        ...v.series.map((s) => ({ kind: "number" as const, value: r.values[s.key] })),
        { kind: "status" as const, value: r.status },
      ],
    })),
  };
}

const FLOWS: MeasureFlow[] = ["exports", "imports", "balance"];

function uniqueNotes(notes: Bilingual[]): Bilingual[] {
  const seen = new Set<string>();
  return notes.filter((n) => !seen.has(n.en) && Boolean(seen.add(n.en)));
}

/**
 * The release month: for exports, imports and balance named from `perspective`, the value the release states,
 * the official SA and NSA values from the latest vintage, and the NSA first release as reported in the press
 * (where the data has it). Millions of US dollars. The release's period and basis are those the analyst attributes to
 * its claims.
 */
export function releaseMonthView(
  ds: Dataset,
  release: Release,
  report: ChecksReport | undefined,
  perspective: Perspective,
): ReleaseMonthView {
  const at = releaseAnchor(release);
  const anchor = release.claims.find((c) => c.partner === at?.partner && c.period === at.period) ?? release.claims[0];
  const partner = anchor?.partner ?? "2010";
  const period = anchor?.period ?? release.meta.date.slice(0, 7);
  const statedBasis = anchor?.basis ?? "SA";
  const name = partnerName(ds, partner);

  const sa = latestSeriesFile(ds, "SA");
  const nsa = latestSeriesFile(ds, "NSA");
  const official = (file: typeof sa) =>
    file
      ? usFlowsAt(ds, partner, period, file.basis, (o) => o.kind === "official" && o.vintage === file.vintage)
      : null;
  const saUs = official(sa);
  const nsaUs = official(nsa);
  // The first release as reported: the earliest reported vintage that has both flows.
  const reportedUs = usFlowsAt(ds, partner, period, "NSA", (o) => o.kind === "reported");

  const series: ReleaseMonthSeries[] = [
    {
      key: "stated",
      label: bilingual((m) => m.releaseMonthStated(statedBasis)),
      basis: statedBasis,
      vintage: null,
      kind: "release",
    },
    {
      key: "officialSA",
      label: bilingual((m) => m.releaseMonthOfficial("SA", sa?.vintage ?? "—")),
      basis: "SA",
      vintage: sa?.vintage ?? null,
      kind: "official",
    },
    {
      key: "officialNSA",
      label: bilingual((m) => m.releaseMonthOfficial("NSA", nsa?.vintage ?? "—")),
      basis: "NSA",
      vintage: nsa?.vintage ?? null,
      kind: "official",
    },
  ];
  if (reportedUs) {
    series.push({
      key: "reportedNSA",
      label: bilingual((m) => m.releaseMonthReported(reportedUs.vintage)),
      basis: "NSA",
      vintage: reportedUs.vintage,
      kind: "reported",
    });
  }

  const rows: ReleaseMonthRow[] = FLOWS.map((flow) => {
    const stated = statedFlow(release, flow, perspective);
    return {
      flow,
      label: flowLabel(flow, perspective, name),
      short: FLOW_SHORT[flow],
      values: {
        stated: stated?.value ?? null,
        officialSA: saUs ? fromUs(flow, perspective, saUs) : null,
        officialNSA: nsaUs ? fromUs(flow, perspective, nsaUs) : null,
        reportedNSA: reportedUs ? fromUs(flow, perspective, reportedUs) : null,
      },
      ...figureLink(report, stated?.claim.id ?? null),
    };
  });

  const sources = chartSources(
    ds,
    [saUs?.sourceId, nsaUs?.sourceId, reportedUs?.sourceId].filter((id): id is string => Boolean(id)),
  );
  const notes = uniqueNotes([
    bilingual((m) => m.releaseMonthNote(statedBasis)),
    ...rows
      .flatMap((r) => release.claims.filter((c) => c.id === r.claimId))
      .flatMap((c) => [c.periodAttribution, c.basisAttribution])
      .filter((a) => a.inferred)
      .map((a) => a.reason),
  ]);

  const view: Omit<ReleaseMonthView, "table"> = {
    id: "release-month",
    title: bilingual((m, lang) => m.releaseMonthTitle(name[lang])),
    unit: MUSD_UNIT,
    valueUnit: "musd",
    sources,
    sourceLine: sourceLine(
      sources,
      bilingual((m) => m.releaseRef(release.meta.issuerShort, release.meta.number, shownDate(release.meta))),
    ),
    notes,
    partner,
    period,
    perspective,
    series,
    rows,
  };
  return { ...view, table: releaseMonthTable(view) };
}
