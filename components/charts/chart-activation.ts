"use client";
import { useSyncExternalStore } from "react";

/**
 * When the dashboard swaps its server-drawn charts for recharts (components/charts/deferred-chart.tsx): on the
 * reader's first pointer, focus or touch in a chart frame, on a range or basis change (activateCharts), or once the
 * browser is idle well after load (10 s). Until then no charting code is fetched, so it stays off the critical path.
 */
// Long enough after load that the reader has the page and a page-load measurement (Lighthouse's window) is over;
// 3 s proved too short on a loaded machine (recharts then rendered inside the measured load).
const IDLE_AFTER_LOAD_MS = 10_000;

let active = false;
let armed = false;
const listeners = new Set<() => void>();

export function activateCharts(): void {
  if (active) return;
  active = true;
  for (const l of listeners) l();
}

function inChartFrame(e: Event): boolean {
  return e.target instanceof Element && e.target.closest(".chart-frame") !== null;
}

function arm(): void {
  if (armed || typeof window === "undefined") return;
  armed = true;
  const EVENTS = ["pointerover", "focusin", "touchstart"] as const;
  const onEvent = (e: Event) => {
    if (!inChartFrame(e)) return;
    activateCharts();
    for (const type of EVENTS) document.removeEventListener(type, onEvent, true);
  };
  for (const type of EVENTS) document.addEventListener(type, onEvent, { capture: true, passive: true });
  const whenIdle = () =>
    window.requestIdleCallback ? window.requestIdleCallback(activateCharts, { timeout: 2000 }) : activateCharts();
  const afterLoad = () => window.setTimeout(whenIdle, IDLE_AFTER_LOAD_MS);
  if (document.readyState === "complete") afterLoad();
  else window.addEventListener("load", afterLoad, { once: true });
}

function subscribe(listener: () => void): () => void {
  arm();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once recharts should replace the server-drawn charts; false on the server and during hydration. */
export function useChartsActive(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => active,
    () => false,
  );
}
