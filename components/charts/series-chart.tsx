"use client";
import {
  ReferenceArea,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import type { SeriesView } from "@/lib/views/series";
import { formatDelta, formatMusd, formatPeriod, type Lang } from "@/lib/i18n/format";
import { clientMessages } from "@/lib/i18n/client-messages";
import { drawnValueAxis, musdTick } from "../../lib/render/axis-format";
import { ChartBox, GRID_PROPS, monthAxisProps } from "./chart-box";

function YoyTooltip({
  active,
  payload,
  label,
  view,
  lang,
}: Partial<TooltipContentProps<number, string>> & { view: SeriesView; lang: Lang }) {
  if (!active || !payload?.length) return null;
  const row = view.rows.find((r) => r.period === label);
  if (!row) return null;
  const t = clientMessages(lang);
  return (
    <div className="tooltip">
      <p className="tooltip-title">
        {formatPeriod(row.period, lang)}
        {row.isReleaseMonth ? ` · ${t.releaseMonth}` : ""}
      </p>
      {view.flows.map(({ flow, short }) => {
        const v = row[flow];
        const y = row.yoy[flow];
        return v === null ? null : (
          <p key={flow}>
            <span className={`key key-${flow}`} aria-hidden="true" /> {short[lang]}:{" "}
            {formatMusd(v, lang, { exact: true })}
            {y
              ? ` (${t.yoy} ` +
                (y.percent === null ? formatDelta(y.change, lang, 1) : `${formatDelta(y.percent, lang, 1)} %`) +
                ")"
              : ""}
          </p>
        );
      })}
    </div>
  );
}

/** Exports, imports and balance month by month, the release month marked; year-on-year change in the tooltip. */
export function SeriesChart({ view, lang, label }: { view: SeriesView; lang: Lang; label: string }) {
  const data = view.rows.map((r) => ({ period: r.period, exports: r.exports, imports: r.imports, balance: r.balance }));
  const axis = drawnValueAxis(view.rows.flatMap((r) => view.flows.map((f) => r[f.flow])));
  const releaseIndex = view.rows.findIndex((r) => r.isReleaseMonth);
  const releaseInRange = releaseIndex >= 0;
  // the mark's label sits on the side of the line with room for it
  const markSide = releaseIndex > view.rows.length / 2 ? "insideTopRight" : "insideTopLeft";
  return (
    <ChartBox label={label}>
      <LineChart data={data} margin={{ top: 16, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid {...GRID_PROPS} />
        <XAxis {...monthAxisProps(lang)} />
        <YAxis tickFormatter={musdTick(lang)} width={64} tick={{ className: "tick" }} {...axis} />
        <ReferenceLine y={0} className="zero" />
        {view.claimedSpans.map((s) => (
          <ReferenceArea
            key={`span-${s.first}`}
            x1={s.first}
            x2={s.last}
            className="span-band"
            label={{ value: clientMessages(lang).claimedSpan, position: "insideBottomLeft", className: "span-label" }}
          />
        ))}
        {releaseInRange && view.releasePeriod ? (
          <ReferenceLine
            x={view.releasePeriod}
            className="release-mark"
            strokeDasharray="4 2"
            label={{ value: clientMessages(lang).releaseMonth, position: markSide, className: "release-mark-label" }}
          />
        ) : null}
        {[...new Map(view.seams.map((sm) => [sm.period, sm])).values()].map((sm, k, all) => (
          <ReferenceLine
            key={`seam-${sm.period}`}
            x={sm.period}
            className="seam-line"
            stroke="var(--fg)"
            strokeDasharray="1 3"
            strokeWidth={1.5}
            {...(all.length <= 3
              ? {
                  label: {
                    value: `${clientMessages(lang).seamLabel} ${sm.to}`,
                    position: "insideTopLeft",
                    fontSize: 10,
                  },
                }
              : {})}
          />
        ))}
        <Tooltip
          content={(p) => (
            <YoyTooltip {...(p as Partial<TooltipContentProps<number, string>>)} view={view} lang={lang} />
          )}
        />
        <Legend verticalAlign="top" wrapperStyle={{ fontSize: 12 }} />
        {view.flows.map(({ flow, short }) => (
          <Line
            key={flow}
            dataKey={flow}
            name={short[lang]}
            className={`line-${flow}`}
            stroke={`var(--c-${flow})`}
            dot={(d: { cx?: number; cy?: number; index?: number }) => {
              const row = view.rows[d.index ?? -1];
              const seam = row && view.seams.some((sm) => sm.flow === flow && sm.period === row.period);
              return seam && d.cx !== undefined && d.cy !== undefined ? (
                <circle
                  key={`ring-${flow}-${row.period}`}
                  cx={d.cx}
                  cy={d.cy}
                  r={3.5}
                  fill="var(--bg)"
                  stroke={`var(--c-${flow})`}
                  strokeWidth={2}
                />
              ) : (
                <g key={`nodot-${flow}-${d.index ?? 0}`} />
              );
            }}
            strokeWidth={flow === "balance" ? 2.5 : 1.75}
            strokeDasharray={flow === "imports" ? "6 3" : undefined}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </LineChart>
    </ChartBox>
  );
}
