"use client";
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { BridgeView } from "@/lib/views/bridge";
import { formatNumber, type Lang } from "@/lib/i18n/format";
import { clientMessages } from "@/lib/i18n/client-messages";
import { claimBarShape } from "./linked-bar";
import { drawnValueAxis, musdTick } from "../../lib/render/axis-format";
import { ChartBox, GRID_PROPS, wrappedCategoryAxisProps } from "./chart-box";

// The printed balance in pink (as drawn on the server and in the widget): blue is the exports bar's colour.
const CLASS = {
  exports: "fill-exports",
  imports: "fill-imports",
  computed: "fill-balance",
  printed: "fill-3",
} as const;

/** Floating bars: exports, minus imports, down to the computed balance, beside the balance the release prints. */
export function BridgeChart({ view, lang, label }: { view: Pick<BridgeView, "steps">; lang: Lang; label: string }) {
  const data = view.steps.map((s) => ({
    key: s.key,
    name: s.label[lang],
    short: s.short[lang],
    range: [s.start, s.end] as [number, number],
    value: s.value,
    claimId: s.claimId,
  }));
  // recharts sizes the axis from ranged bars' first values only; give it every end (so deficits show below zero),
  // on the server drawing's own scale.
  const axis = drawnValueAxis(view.steps.flatMap((s) => [s.start, s.end]));
  return (
    <ChartBox label={label}>
      <BarChart data={data} margin={{ top: 20, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid {...GRID_PROPS} />
        <XAxis {...wrappedCategoryAxisProps("key", (k) => data.find((d) => d.key === k)?.short ?? k, 10)} />
        <YAxis tickFormatter={musdTick(lang)} width={64} tick={{ className: "tick" }} {...axis} />
        <ReferenceLine y={0} className="zero" />
        <Tooltip
          formatter={(_v, _n, item) => formatNumber((item.payload as { value: number }).value, lang, 1)}
          labelFormatter={(k) => data.find((d) => d.key === k)?.name ?? (typeof k === "string" ? k : "")}
        />
        <Bar
          dataKey="range"
          name={clientMessages(lang).value}
          isAnimationActive={false}
          shape={claimBarShape((p) => CLASS[(p as { key: keyof typeof CLASS }).key])}
        >
          <LabelList
            dataKey="value"
            position="top"
            formatter={(v) => (typeof v === "number" ? formatNumber(v, lang, 1) : "")}
            className="bar-label"
          />
        </Bar>
      </BarChart>
    </ChartBox>
  );
}
