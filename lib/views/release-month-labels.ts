import type { Lang } from "../i18n/format";
import { clientMessages } from "../i18n/client-messages";
import type { ReleaseMonthView } from "./release-month";

/**
 * A series' short name, for narrow legends and table heads: "Comunicado", "SA 2025-04", "NSA 1.ª publ. 2024-03-07".
 */
export function shortHead(s: ReleaseMonthView["series"][number], lang: Lang): string {
  switch (s.key) {
    case "stated":
      return clientMessages(lang).releaseMonthShortStated;
    case "reportedNSA":
      return clientMessages(lang).releaseMonthShortReported(s.vintage ?? "");
    default:
      return `${s.basis} ${s.vintage ?? ""}`;
  }
}
