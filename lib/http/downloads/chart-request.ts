import { z } from "zod";
import type { Dataset } from "../../data/dataset";
import type { ApiError } from "../errors";
import type { ChecksReport } from "../../checks/schema";
import type { Release } from "../../data/release-schema";
import { periodSchema, perspectiveSchema } from "../../data/schema";
import { bomParamSchema, FROM_NOT_AFTER_TO, fromNotAfterTo } from "../query-common";
import { parseSearchParams } from "../query-params";
import { echoSegment } from "../cache";
import { releaseMonthView } from "../../views/release-month";
import { bridgeView } from "../../views/bridge";
import { rankView } from "../../views/rank";
import { partnerRanking } from "../../checks/partner-ranking";
import { DEFAULT_RANGE, resolveRange } from "../../views/range";
import { rankBounds } from "../../views/series-data";
import type { ChartMeta } from "../../views/types";
import {
  bridgeTable,
  claimedTable,
  ranksTable,
  releaseMonthTable,
  type ChartTable,
  type TableNames,
} from "../../export/chart-csv";
import { claimedFiguresView } from "../../views/claimed-figures";
import { CLAIMED_CHARTS } from "../../views/types";
import { langSchema, type Lang } from "../../data/release-schema";

export const CHART_NAMES = ["release-month", "bridge", "ranks", ...CLAIMED_CHARTS] as const;
export type ChartName = (typeof CHART_NAMES)[number];
export const CHART_FILES = CHART_NAMES.flatMap((c) => [`${c}.csv`, `${c}.xlsx`, `${c}.metadata.json`]);
export type ChartFormat = "csv" | "xlsx" | "metadata";

const perspectiveOnly = z.object({
  perspective: perspectiveSchema.optional(),
  lang: langSchema.optional(),
  bom: bomParamSchema.optional(),
});
const rangeOnly = z
  .object({
    from: periodSchema.optional(),
    to: periodSchema.optional(),
    lang: langSchema.optional(),
    bom: bomParamSchema.optional(),
  })
  .refine(fromNotAfterTo, FROM_NOT_AFTER_TO);
const ALLOWED = { perspective: ["us", "mx"], from: ["YYYY-MM"], to: ["YYYY-MM"], lang: ["es", "en"], bom: ["0", "1"] };

export type ChartRequest =
  | {
      ok: true;
      chart: ChartName;
      format: ChartFormat;
      lang: Lang;
      view: ChartMeta;
      table: ChartTable;
      bom: boolean;
      parameters: Record<string, string>;
      fileName: string;
    }
  | { ok: false; status: 400 | 404; error: ApiError };

/**
 * A chart's CSV (or its metadata) for a release: `release-month` and `bridge` take `perspective` (default: the
 * release's own), `ranks` takes `from`/`to` (default: the dashboard's five years); all take `lang` (the language of
 * partner names, default en); `bom` on CSV only. `.xlsx` is the same table as a workbook.
 */
export function readChartRequest(
  ds: Dataset,
  release: Release,
  report: ChecksReport | undefined,
  file: string,
  params: URLSearchParams,
): ChartRequest {
  const match =
    /^(release-month|bridge|ranks|claimed-levels|claimed-growth|claimed-shares)\.(csv|xlsx|metadata\.json)$/.exec(file);
  if (!match)
    return {
      ok: false,
      status: 404,
      error: { error: `No ${echoSegment(file, "chart file")}.`, parameter: "file", allowed: CHART_FILES },
    };
  const chart = match[1] as ChartName;
  const format: ChartFormat = match[2] === "csv" ? "csv" : match[2] === "xlsx" ? "xlsx" : "metadata";
  const known = [
    ...(chart === "ranks" ? ["from", "to"] : ["perspective"]),
    "lang",
    ...(format === "csv" ? ["bom"] : []),
  ];
  const base = `balanza_${release.meta.slug}_${chart}`;
  const names = (lang: Lang): TableNames => ({
    lang,
    partners: ds.partners,
    sources: ds.sources,
    release: release.meta,
  });
  // English names are the default (the file names of before); Spanish ones say so.
  const langPart = (lang: Lang) => (lang === "es" ? "_es" : "");
  // A good answer: `lang` joins the query words when it is Spanish, and the file is named from those words.
  const answer = (
    lang: Lang,
    view: ChartMeta,
    table: ChartTable,
    bom: boolean,
    parameters: Record<string, string>,
    namePart: string,
  ): ChartRequest => ({
    ok: true,
    chart,
    format,
    lang,
    view,
    table,
    bom,
    parameters: { ...parameters, ...(lang === "es" ? { lang } : {}) },
    fileName: `${base}_${namePart}${langPart(lang)}.${format === "xlsx" ? "xlsx" : "csv"}`,
  });

  if (chart === "ranks") {
    const parsed = parseSearchParams(rangeOnly, params, known, ALLOWED);
    if (!parsed.ok) return { ok: false, status: 400, error: parsed.error };
    const bounds = rankBounds(ds, release.claims.find((c) => c.measure === "rank")?.partner ?? "2010", "NSA");
    if (!bounds)
      return {
        ok: false,
        status: 404,
        error: {
          error: "No NSA data to rank.",
          parameter: "file",
          allowed: CHART_FILES.filter((f) => !f.startsWith("ranks")),
        },
      };
    const fallback = resolveRange(DEFAULT_RANGE, bounds);
    const from = parsed.value.from ?? fallback.from;
    const to = parsed.value.to ?? fallback.to;
    if (from > to)
      return {
        ok: false,
        status: 400,
        error: {
          error: `Invalid "from": ${from} is after ${to}.`,
          parameter: "from",
          allowed: [`a month from ${bounds.first} to ${bounds.last}`],
        },
      };
    const view = rankView(ds, release, report, { from, to });
    if (view.history.length === 0)
      return {
        ok: false,
        status: 404,
        error: {
          error: `No months to rank from ${from} to ${to}.`,
          parameter: from > bounds.last ? "from" : "to",
          allowed: [`a month from ${bounds.first} to ${bounds.last}`],
        },
      };
    const first = view.history[0]!.period;
    const last = view.history.at(-1)!.period;
    const lang = parsed.value.lang ?? "en";
    const table = ranksTable(
      view,
      (period, partner) =>
        partnerRanking(ds, period, view.basis, release.meta.date)?.rows.find((r) => r.partner === partner) ?? null,
      names(lang),
    );
    return answer(lang, view, table, parsed.value.bom === "1", { from, to }, `${first}_${last}`);
  }

  if (chart === "claimed-levels" || chart === "claimed-growth" || chart === "claimed-shares") {
    const parsed = parseSearchParams(perspectiveOnly, params, known, ALLOWED);
    if (!parsed.ok) return { ok: false, status: 400, error: parsed.error };
    // Without `perspective`, the figures as the release states them; with it, seen from that side.
    const perspective = parsed.value.perspective;
    const all = report ? claimedFiguresView(ds, release, report, perspective) : [];
    const view = all.find((v) => v.id === chart);
    if (!view)
      return {
        ok: false,
        status: 404,
        error: {
          error: `This release states no figures for ${chart}.`,
          parameter: "file",
          allowed: CHART_FILES.filter((f) => !f.startsWith("claimed-") || all.some((v) => f.startsWith(v.id))),
        },
      };
    const lang = parsed.value.lang ?? "en";
    return answer(
      lang,
      view,
      claimedTable(view, names(lang)),
      parsed.value.bom === "1",
      perspective ? { perspective } : {},
      perspective ? `figures_${perspective}` : "figures",
    );
  }

  const parsed = parseSearchParams(perspectiveOnly, params, known, ALLOWED);
  if (!parsed.ok) return { ok: false, status: 400, error: parsed.error };
  const perspective = parsed.value.perspective ?? release.claims[0]?.perspective ?? "us";
  const view =
    chart === "bridge"
      ? bridgeView(ds, release, report, perspective)
      : releaseMonthView(ds, release, report, perspective);
  if (!view)
    return {
      ok: false,
      status: 404,
      error: {
        error: "This release states no exports, imports and balance to bridge.",
        parameter: "file",
        allowed: CHART_FILES.filter((f) => !f.startsWith("bridge")),
      },
    };
  const lang = parsed.value.lang ?? "en";
  const partner = release.claims.find((c) => c.measure === "balance")?.partner ?? "2010";
  const table = view.id === "bridge" ? bridgeTable(view, names(lang), partner) : releaseMonthTable(view, names(lang));
  return answer(lang, view, table, parsed.value.bom === "1", { perspective }, perspective);
}
