import { z } from "zod";
import type { ApiError } from "../errors";
import type { Lang } from "../../i18n/format";
import type { ChecksReport } from "../../checks/schema";
import { parseSearchParams } from "../query-params";
import { bomParamSchema } from "../query-common";
import { langSchema } from "../../data/release-schema";
import { perspectiveSchema, type Perspective } from "../../data/schema";
import { unknownReleaseError } from "../cache";

const checksOptionsSchema = z.object({
  lang: langSchema.optional(),
  bom: bomParamSchema.optional(),
  perspective: perspectiveSchema.optional(),
});
const ALLOWED = { lang: ["es", "en"], bom: ["0", "1"], perspective: ["mx", "us"] };

/**
 * `perspective` null: every figure as the release states it; else named and signed from that side (as the dashboard
 * shows them).
 */
export type ChecksRequest =
  | { ok: true; report: ChecksReport; lang: Lang; bom: boolean; perspective: Perspective | null }
  | { ok: false; status: 400 | 404; error: ApiError };

/**
 * Reads a checks download request: the release (404 naming the slugs there are), then the options this
 * endpoint takes — `lang` for the explanations (default: the release's own language) and, for CSV, `bom`.
 */
export function readChecksRequest(
  slug: string,
  params: URLSearchParams,
  known: ReadonlyArray<"lang" | "bom" | "perspective">,
  lookup: { report: (slug: string) => ChecksReport | undefined; slugs: () => string[] },
): ChecksRequest {
  const report = lookup.report(slug);
  if (!report) return { ok: false, status: 404, error: unknownReleaseError(slug, lookup.slugs()) };
  const parsed = parseSearchParams(checksOptionsSchema, params, known, ALLOWED);
  if (!parsed.ok) return { ok: false, status: 400, error: parsed.error };
  return {
    ok: true,
    report,
    lang: parsed.value.lang ?? report.release.language,
    bom: parsed.value.bom === "1",
    perspective: parsed.value.perspective ?? null,
  };
}
