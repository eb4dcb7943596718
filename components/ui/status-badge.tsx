import type { CheckStatus } from "@/lib/checks/schema";
import type { Lang } from "@/lib/i18n/format";
import { STATUS_TEXT } from "@/lib/i18n/strings";

/** A check status as icon + word + colour (the colour is never the only signal). */
export function StatusBadge({ status, lang }: { status: CheckStatus; lang: Lang }) {
  const s = STATUS_TEXT[status];
  return (
    <span className="status" data-status={status}>
      <span aria-hidden="true" className="status-icon">
        {s.icon}
      </span>{" "}
      {s[lang]}
    </span>
  );
}
