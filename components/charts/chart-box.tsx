import type { ReactElement } from "react";
import { ResponsiveContainer } from "recharts";
import { formatPeriod, type Lang } from "@/lib/i18n/format";
import { WrappedTick } from "./wrapped-tick";

/** The box every recharts chart draws in: an image with its accessible name, sized by its container. */
export function ChartBox({ label, short, children }: { label: string; short?: boolean; children: ReactElement }) {
  return (
    <div className={short ? "chart-box chart-box-short" : "chart-box"} role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: short ? 160 : 280 }}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}

/**
 * The horizontal grid lines of every chart (recharts wants its own elements as direct children: props, not a wrapper).
 */
export const GRID_PROPS = { strokeDasharray: "3 3", vertical: false, className: "grid" } as const;

/** A month axis: "ene 2024" / "Jan 2024", ticks spaced so labels never collide. */
export function monthAxisProps(lang: Lang) {
  return {
    dataKey: "period",
    tickFormatter: (p: string) => formatPeriod(p, lang, "short"),
    minTickGap: 24,
    tick: { className: "tick" },
  };
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value: unknown } };

/** A category axis whose names wrap onto lines of whole words (so they fit a 375 px screen). */
export function wrappedCategoryAxisProps(dataKey: string, label: (value: string) => string, maxChars?: number) {
  return {
    dataKey,
    height: 40,
    interval: 0,
    tick: (t: TickProps) => <WrappedTick {...t} label={label} maxChars={maxChars} />,
  };
}
