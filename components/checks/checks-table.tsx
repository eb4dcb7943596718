import type { ChecksReport } from "@/lib/checks/schema";
import type { Perspective } from "@/lib/data/schema";
import { checkRowView, type Bilingual } from "@/lib/views";
import type { Lang } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";
import { checksTableHtml } from "@/lib/render/checks-table";
import { ServerHtml } from "../ui/server-html";

/**
 * Every claim and identity with its verdict (lib/render/checks-table.ts), in a region a keyboard can scroll. The
 * table is static markup: written as HTML and carried by the page once (components/ui/server-html.tsx), not repeated
 * in the RSC payload. Seen from the other side than the release's, a note says the figures are restated.
 */
export function ChecksTable({
  report,
  lang,
  perspective,
  partner,
}: {
  report: ChecksReport;
  lang: Lang;
  perspective: Perspective;
  partner: Bilingual;
}) {
  const t = messages(lang);
  const sideName = (p: Perspective) => (p === "us" ? t.us : partner[lang]);
  const restated = report.results.find((r) => checkRowView(r, perspective, partner).releaseLabel)?.perspective;
  return (
    <>
      {restated ? (
        <p className="note checks-restated">{t.checksRestated(sideName(perspective), sideName(restated))}</p>
      ) : null}
      <ServerHtml
        className="table-scroll checks"
        tabIndex={0}
        role="region"
        aria-label={t.checks}
        html={checksTableHtml(report, lang, perspective, partner).value}
      />
    </>
  );
}
