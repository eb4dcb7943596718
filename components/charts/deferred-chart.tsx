"use client";
import { Suspense, useEffect, type ReactNode } from "react";
import { useChartsActive } from "./chart-activation";
import { preloadDataCharts } from "./lazy-charts";

/**
 * Shows the chart the server drew (`drawn`, plain SVG in the HTML: no JavaScript needed to see it) until charts are
 * activated and the interactive recharts chart (`children`, a lazy component in a box of the same height) has
 * loaded, and its data (`ready`, for a chart whose data is fetched on activation) is there; the drawing stays in
 * place while code and data arrive, so the swap neither blanks nor shifts anything.
 */
export function DeferredChart({
  drawn,
  ready = true,
  children,
}: {
  drawn: ReactNode;
  ready?: boolean;
  children: ReactNode;
}) {
  const active = useChartsActive();
  // Waiting for its data: fetch the chart's code meanwhile.
  useEffect(() => {
    if (active && !ready) preloadDataCharts();
  }, [active, ready]);
  // No Suspense boundary before activation: the server would stream the drawing out of line beside a copy as fallback.
  return active && ready ? <Suspense fallback={drawn}>{children}</Suspense> : drawn;
}
