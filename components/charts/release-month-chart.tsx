"use client";
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { ReleaseMonthView } from "@/lib/views/release-month";
import { shortHead } from "@/lib/views/release-month-labels";
import { formatMusd, type Lang } from "@/lib/i18n/format";
import { linkedBar } from "./linked-bar";
import { drawnValueAxis, musdTick } from "../../lib/render/axis-format";
import { ChartBox, GRID_PROPS, wrappedCategoryAxisProps } from "./chart-box";

type Datum = { name: string; claimId: string | null } & Record<string, number | string | null>;

/** Grouped bars per flow: the release's figure beside official SA, NSA and the NSA first release. */
export function ReleaseMonthChart({
  view,
  lang,
  label,
}: {
  view: Pick<ReleaseMonthView, "rows" | "series">;
  lang: Lang;
  label: string;
}) {
  const data: Datum[] = view.rows.map((r) => ({ name: r.short[lang], claimId: r.claimId, ...r.values }));
  const axis = drawnValueAxis(view.rows.flatMap((r) => view.series.map((s) => r.values[s.key] ?? null)));
  return (
    <ChartBox label={label}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid {...GRID_PROPS} />
        <XAxis {...wrappedCategoryAxisProps("name", (v) => v)} />
        <YAxis tickFormatter={musdTick(lang)} width={64} tick={{ className: "tick" }} {...axis} />
        <ReferenceLine y={0} className="zero" />
        <Tooltip formatter={(v) => (typeof v === "number" ? formatMusd(v, lang, { exact: true }) : String(v))} />
        {/* Full names, or on a narrow box the drawing's short ones (container query in globals.css), so the bars keep
            their room. */}
        <Legend
          verticalAlign="top"
          wrapperStyle={{ fontSize: 12 }}
          formatter={(value: string, entry) => {
            const s = view.series.find((x) => x.key === entry.dataKey);
            return s ? (
              <>
                <span className="legend-full">{value}</span>
                <span className="legend-short">{shortHead(s, lang)}</span>
              </>
            ) : (
              value
            );
          }}
        />
        {view.series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label[lang]}
            className={`series-${i}`}
            fill={`var(--c-${i})`}
            isAnimationActive={false}
            shape={linkedBar(`fill-${i}`, (p) => (s.key === "stated" ? ((p as Datum).claimId ?? null) : null))}
          />
        ))}
      </BarChart>
    </ChartBox>
  );
}
