import type { Dataset } from "../../data/dataset";
import type { Partner } from "../../data/schema";
import { unknownPartner, type ApiError } from "../errors";
import { parseSearchParams } from "../query-params";
import { bomParamSchema } from "../query-common";
import { REVISIONS_ALLOWED, REVISIONS_PARAMETERS, revisionsQuerySchema } from "../revisions-query";
import { revisionHistory, type RevisionHistory } from "../../checks/revisions";
import { seriesBounds } from "../../views/series-data";

export type RevisionsRequest =
  | { ok: true; history: RevisionHistory; partner: Partner; bom: boolean }
  | { ok: false; status: 400 | 404; error: ApiError };

/**
 * Reads a revision-history request: the four parameters (each named when missing or wrong), `bom` where CSV is the
 * answer; a month no vintage has is a 404 that names `period` and the months there are.
 */
export function readRevisionsRequest(
  ds: Dataset,
  params: URLSearchParams,
  options: { csv: boolean },
): RevisionsRequest {
  const known = [...REVISIONS_PARAMETERS, ...(options.csv ? ["bom"] : [])];
  for (const name of REVISIONS_PARAMETERS)
    if (!params.has(name))
      return {
        ok: false,
        status: 400,
        error: {
          error:
            `Missing parameter "${name}": a revision history is of one month of one series ` +
            `(partner, flow, basis, period).`,
          parameter: name,
          allowed: REVISIONS_ALLOWED[name] ?? [],
        },
      };
  const query = new URLSearchParams(params);
  const bomText = query.get("bom");
  query.delete("bom");
  if (bomText !== null && !options.csv)
    return {
      ok: false,
      status: 400,
      error: {
        error: `Unknown parameter "bom": it applies to /api/revisions.csv only.`,
        parameter: "bom",
        allowed: known,
      },
    };
  const bom = bomText === null ? { success: true as const, data: undefined } : bomParamSchema.safeParse(bomText);
  if (!bom.success)
    return {
      ok: false,
      status: 400,
      error: { error: `Invalid "bom": expected 0 or 1.`, parameter: "bom", allowed: ["0", "1"] },
    };
  const parsed = parseSearchParams(revisionsQuerySchema, query, REVISIONS_PARAMETERS, REVISIONS_ALLOWED);
  if (!parsed.ok) return { ok: false, status: 400, error: parsed.error };
  const q = parsed.value;
  const partner = ds.partners.get(q.partner);
  if (!partner) return unknownPartner(q.partner, REVISIONS_ALLOWED.partner);
  const history = revisionHistory(ds, q);
  if (history.entries.length === 0) {
    const bounds = seriesBounds(ds, q.partner, q.basis);
    return {
      ok: false,
      status: 404,
      error: bounds
        ? {
            error:
              `No ${q.basis} ${q.flow} value for partner ${q.partner} in ${q.period} in any vintage` +
              (q.flow === "balance"
                ? " (a balance is listed only for a vintage that has both flows of the month)"
                : "") +
              `; there are months from ${bounds.first} to ${bounds.last}.`,
            parameter: "period",
            allowed: [`a month from ${bounds.first} to ${bounds.last}`],
          }
        : { error: `No ${q.basis} data for partner ${q.partner}.`, parameter: "basis", allowed: ["SA", "NSA"] },
    };
  }
  return { ok: true, history, partner, bom: bom.data === "1" };
}
