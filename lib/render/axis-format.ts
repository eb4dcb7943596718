import { formatNumber, type Lang } from "@/lib/i18n/format";
import { linearScale } from "@/lib/render/scale";

/** Axis ticks in millions of dollars, in the locale's separators. */
export const musdTick = (lang: Lang) => (v: number) => formatNumber(v, lang, 0);

/**
 * The value axis of the server-drawn chart (lib/render/scale.ts: the same domain and round ticks), for the recharts
 * chart that replaces it, so the chart keeps its scale when recharts takes over.
 */
export function drawnValueAxis(values: readonly (number | null)[]): {
  domain: [number, number];
  ticks: number[];
  interval: 0;
} {
  const y = linearScale(
    values.filter((v): v is number => v !== null),
    1,
    0,
  );
  return { domain: y.domain, ticks: y.ticks, interval: 0 };
}
