import { getDataset } from "@/lib/dataset";
import { getSeries } from "@/lib/series";
import { seriesQuerySchema } from "@/lib/schema/series-query";
import { parseSearchParams } from "@/lib/query-params";
import { jsonError } from "@/lib/http";

const KNOWN = ["partner", "flow", "basis", "from", "to", "perspective"] as const;
const ALLOWED = { flow: ["exports", "imports", "balance"], basis: ["SA", "NSA"], perspective: ["us", "mx"], partner: ["MX", "CA", "CN", "a four-digit Census code"], from: ["YYYY-MM"], to: ["YYYY-MM"] };

export function GET(request: Request) {
  const parsed = parseSearchParams(seriesQuerySchema, new URL(request.url).searchParams, KNOWN, ALLOWED);
  if (!parsed.ok) return jsonError(400, parsed.error);
  const ds = getDataset();
  if (!ds.partners.has(parsed.value.partner)) return jsonError(400, { error: `Unknown partner "${parsed.value.partner}".`, parameter: "partner", allowed: ALLOWED.partner });
  const series = getSeries(ds, parsed.value);
  return Response.json({ query: series.query, vintage: series.vintage, source: series.source ?? null, points: series.points });
}
