import type { ClaimedChart } from "../views/types";
import type { Lang } from "./format";
import type { Perspective } from "../data/schema";
import type { SeriesDownloadState } from "../http/download-url";
import { clientMessages } from "./client-messages";

/**
 * The accessible name of a chart's "Download CSV" link: the visible words first (WCAG 2.5.3), then exactly what
 * the file holds — whose side, flows, basis and months.
 */
export function seriesDownloadLabel(state: SeriesDownloadState, partnerName: string, lang: Lang): string {
  const m = clientMessages(lang);
  return m.downloadSeries({
    side: m.downloadSide(state.perspective === "mx" ? "mx" : "us", partnerName),
    flows: m.flowWords[state.flow ?? "all"],
    basis: m.basisAdjective[state.basis === "SA" ? "SA" : "NSA"],
    months: m.downloadMonths(state.from, state.to),
  });
}

export function checksDownloadLabel(releaseName: string, lang: Lang): string {
  return clientMessages(lang).downloadChecks(releaseName);
}

/** The accessible name of a release chart's "Download CSV": the visible words, the chart, and its state. */
export function chartDownloadLabel(
  chart: "release-month" | "bridge" | "ranks" | ClaimedChart,
  state: { perspective?: Perspective; from?: string; to?: string },
  lang: Lang,
): string {
  const m = clientMessages(lang);
  const side = state.perspective ? m.downloadChartSide[state.perspective] : "";
  const months = chart === "ranks" ? m.downloadMonths(state.from, state.to) : "";
  return `${m.downloadCsv}: ${m.downloadChart[chart]}${side}${months}`;
}
