import { formatNumber, type Lang } from "@/lib/format";

/** Axis ticks in millions of dollars, in the locale's separators. */
export const musdTick = (lang: Lang) => (v: number) => formatNumber(v, lang, 0);
