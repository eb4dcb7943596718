import type { Dataset } from "../data/dataset";
import type { Release } from "../data/release-schema";
import type { ChecksReport } from "../checks/schema";
import { bridgeView } from "./bridge";
import { claimedFiguresView } from "./claimed-figures";
import { releaseMonthView } from "./release-month";
import type { ClaimedChart } from "./types";

/** A chart of a release's page (and the widget of the same name). */
export type ReleaseChart = "release-month" | ClaimedChart | "bridge" | "series" | "rank";

/**
 * The charts a release's page draws, in the page's order: a chart with nothing to show is not drawn — the release
 * month only when the release states one of its flows, each kind of other figure only when the release states one,
 * the bridge only when it states exports, imports and balance, the rank only when it claims one. The series always.
 */
export function releaseCharts(ds: Dataset, release: Release, report: ChecksReport): ReleaseChart[] {
  const month = releaseMonthView(ds, release, report, "mx");
  return [
    ...(month.rows.some((r) => r.values.stated !== null) ? (["release-month"] as const) : []),
    ...claimedFiguresView(ds, release, report).map((c) => c.id),
    ...(bridgeView(ds, release, report, "mx") ? (["bridge"] as const) : []),
    "series",
    ...(release.claims.some((c) => c.measure === "rank") ? (["rank"] as const) : []),
  ];
}
