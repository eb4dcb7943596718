"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { RankEntry, RankHistoryRow } from "@/lib/views/rank";
import { formatMusd, formatNumber, formatPeriod, type Lang } from "@/lib/i18n/format";
import { clientMessages } from "@/lib/i18n/client-messages";
import { claimBarShape } from "./linked-bar";
import { ChartBox, GRID_PROPS, monthAxisProps } from "./chart-box";

/** The month: two-way trade of the followed partners, each bar labelled with its rank. */
export function RankMonthChart({
  month,
  claimId,
  lang,
  label,
}: {
  month: RankEntry[];
  claimId: string | null;
  lang: Lang;
  label: string;
}) {
  const data = month.map((m, i) => ({
    name: m.name[lang],
    total: m.total,
    rankLabel: m.rank === null ? "—" : `#${m.rank}`,
    claimId: i === 0 ? claimId : null,
    i,
  }));
  return (
    <ChartBox label={label} short>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 0, left: 8 }}>
        <XAxis type="number" tickFormatter={(v: number) => formatNumber(v, lang, 0)} tick={{ className: "tick" }} />
        <YAxis type="category" dataKey="name" width={72} tick={{ className: "tick" }} />
        <Tooltip formatter={(v) => (typeof v === "number" ? formatMusd(v, lang) : String(v))} />
        <Bar
          dataKey="total"
          name={clientMessages(lang).twoWayTrade}
          isAnimationActive={false}
          shape={claimBarShape((p) => `fill-p${(p as { i: number }).i}`)}
        >
          <LabelList dataKey="rankLabel" position="right" className="bar-label" />
        </Bar>
      </BarChart>
    </ChartBox>
  );
}

/** Ranks month by month (1 at the top). */
export function RankHistoryChart({
  rows,
  partners,
  releasePeriod,
  lang,
  label,
}: {
  rows: RankHistoryRow[];
  partners: Array<{ partner: string; name: { es: string; en: string } }>;
  releasePeriod: string;
  lang: Lang;
  label: string;
}) {
  const data = rows.map((r) => ({ period: r.period, ...r.ranks }));
  const releaseIndex = rows.findIndex((r) => r.period === releasePeriod);
  const markSide = releaseIndex > rows.length / 2 ? "insideTopRight" : "insideTopLeft";
  const maxRank = Math.max(3, ...rows.flatMap((r) => Object.values(r.ranks).filter((v): v is number => v !== null)));
  return (
    <ChartBox label={label}>
      <LineChart data={data} margin={{ top: 20, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid {...GRID_PROPS} />
        <XAxis {...monthAxisProps(lang)} />
        <YAxis reversed domain={[1, maxRank]} allowDecimals={false} width={32} tick={{ className: "tick" }} />
        {rows.some((r) => r.period === releasePeriod) ? (
          <ReferenceLine
            x={releasePeriod}
            className="release-mark"
            strokeDasharray="4 2"
            label={{ value: clientMessages(lang).releaseMonth, position: markSide, className: "release-mark-label" }}
          />
        ) : null}
        <Tooltip
          labelFormatter={(p) => formatPeriod(typeof p === "string" ? p : "", lang)}
          formatter={(v) => `#${String(v)}`}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {partners.map((p, i) => (
          <Line
            key={p.partner}
            dataKey={p.partner}
            name={p.name[lang]}
            type="stepAfter"
            className={`line-p${i}`}
            stroke={`var(--c-p${i})`}
            strokeWidth={i === 0 ? 2.5 : 1.5}
            strokeDasharray={i === 2 ? "2 2" : i === 1 ? "6 3" : undefined}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartBox>
  );
}
