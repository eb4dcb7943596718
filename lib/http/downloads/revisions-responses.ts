import { splitSourceId } from "../../data/source-ids";
import type { Dataset } from "../../data/dataset";
import type { Partner } from "../../data/schema";
import type { RevisionHistory } from "../../checks/revisions";
import { cachedBody, CSV_CONTENT_TYPE, type CachedBody } from "../cache";
import { revisionsFileName, revisionsToCsv } from "../../export/revisions-csv";
import { revisionsCsvMetadata } from "../../export/metadata";

export function revisionsMemoKey(history: RevisionHistory, extra: string): string {
  const q = history.query;
  return `${q.partner}|${q.flow}|${q.basis}|${q.period}|${extra}`;
}

export function revisionsJsonBody(ds: Dataset, history: RevisionHistory): CachedBody {
  const ids = [...new Set(history.entries.flatMap((e) => splitSourceId(e.sourceId)))];
  return cachedBody(
    JSON.stringify({
      query: history.query,
      entries: history.entries,
      sources: ids.map((id) => ds.sources.get(id) ?? null),
    }),
    "application/json",
  );
}

export function revisionsCsvBody(history: RevisionHistory, partner: Partner, bom: boolean): CachedBody {
  return cachedBody(revisionsToCsv(history, { bom }), CSV_CONTENT_TYPE, revisionsFileName(history, partner));
}

export function revisionsMetadataBody(ds: Dataset, history: RevisionHistory, partner: Partner): CachedBody {
  return cachedBody(JSON.stringify(revisionsCsvMetadata(history, partner, ds.sources), null, 2), "application/json");
}
