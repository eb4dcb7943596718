"use client";
import { Suspense, type ReactNode } from "react";
import { useChartsActive } from "./chart-activation";

/**
 * Shows the chart the server drew (`drawn`, plain SVG in the HTML: no JavaScript needed to see it) until charts are
 * activated and the interactive recharts chart (`children`, a lazy component in a box of the same height) has
 * loaded; the drawing stays in place while its code arrives, so the swap neither blanks nor shifts anything.
 */
export function DeferredChart({ drawn, children }: { drawn: ReactNode; children: ReactNode }) {
  // No Suspense boundary before activation: the server would stream the drawing out of line beside a copy as fallback.
  return useChartsActive() ? <Suspense fallback={drawn}>{children}</Suspense> : drawn;
}
