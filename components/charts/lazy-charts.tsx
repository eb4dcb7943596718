"use client";
import dynamic from "next/dynamic";

// recharts draws nothing on the server (its size is known only after mount), so the charts load after the page:
// the first paint ships no charting code, and each chart's box keeps its height meanwhile (no layout shift).
const box = (short = false) =>
  function ChartPlaceholder() {
    return <div className={short ? "chart-box chart-box-short" : "chart-box"} aria-hidden="true" />;
  };

export const ReleaseMonthChart = dynamic(() => import("./release-month-chart").then((m) => m.ReleaseMonthChart), { ssr: false, loading: box() });
export const BridgeChart = dynamic(() => import("./bridge-chart").then((m) => m.BridgeChart), { ssr: false, loading: box() });
export const SeriesChart = dynamic(() => import("./series-chart").then((m) => m.SeriesChart), { ssr: false, loading: box() });
export const RankMonthChart = dynamic(() => import("./rank-charts").then((m) => m.RankMonthChart), { ssr: false, loading: box(true) });
export const RankHistoryChart = dynamic(() => import("./rank-charts").then((m) => m.RankHistoryChart), { ssr: false, loading: box() });
