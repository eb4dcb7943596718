import type { CheckStatus } from "@/lib/checks/schema";
import type { Lang } from "@/lib/i18n/format";
import { statusBadge } from "@/lib/render/status-badge";

/** The one status badge (lib/render/status-badge.ts), in a React tree: its markup is built and escaped there. */
export function StatusBadge({ status, lang }: { status: CheckStatus; lang: Lang }) {
  return <span className="status-badge" dangerouslySetInnerHTML={{ __html: statusBadge(status, lang).value }} />;
}
