"use client";
import { lazy, type ComponentProps } from "react";

// recharts draws nothing on the server (its size is known only after mount), and it is the largest script of the
// page: each chart is a lazy component that components/charts/deferred-chart.tsx renders only once charts are
// activated, showing the server-drawn chart until its code has arrived (same box, same height: no layout shift).
// Plain function wrappers, since a server component cannot pass a lazy object itself as an element type.
const loadSeries = () => import("./series-chart");
const loadRanks = () => import("./rank-charts");
const LazyReleaseMonth = lazy(() => import("./release-month-chart").then((m) => ({ default: m.ReleaseMonthChart })));
const LazyBridge = lazy(() => import("./bridge-chart").then((m) => ({ default: m.BridgeChart })));
const LazySeries = lazy(() => loadSeries().then((m) => ({ default: m.SeriesChart })));
const LazyRankMonth = lazy(() => loadRanks().then((m) => ({ default: m.RankMonthChart })));
const LazyRankHistory = lazy(() => loadRanks().then((m) => ({ default: m.RankHistoryChart })));

/**
 * Starts fetching the code of the charts whose data is fetched on activation too (series, ranks), so that code and
 * data arrive side by side rather than one after the other.
 */
export function preloadDataCharts(): void {
  void loadSeries();
  void loadRanks();
}

export const ReleaseMonthChart = (p: ComponentProps<typeof LazyReleaseMonth>) => <LazyReleaseMonth {...p} />;
export const BridgeChart = (p: ComponentProps<typeof LazyBridge>) => <LazyBridge {...p} />;
export const SeriesChart = (p: ComponentProps<typeof LazySeries>) => <LazySeries {...p} />;
export const RankMonthChart = (p: ComponentProps<typeof LazyRankMonth>) => <LazyRankMonth {...p} />;
export const RankHistoryChart = (p: ComponentProps<typeof LazyRankHistory>) => <LazyRankHistory {...p} />;
