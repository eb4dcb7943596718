import type { Lang } from "@/lib/i18n/format";
import type { Perspective } from "@/lib/data/schema";
import { checksDownload } from "@/lib/export/all-data-server";
import { checksDownloadLabel } from "@/lib/i18n/download-labels";
import { messages } from "@/lib/i18n/messages";
import { DownloadLink } from "./download-link";

/**
 * The checks table's "Download CSV": every claim and identity, explanations in `lang`, and restated from the reader's
 * side when the table is (server component).
 */
export function ChecksDownloadLink({
  slug,
  releaseName,
  lang,
  restatedFrom,
}: {
  slug: string;
  releaseName: string;
  lang: Lang;
  restatedFrom?: Perspective;
}) {
  const { href, fileName } = checksDownload(slug, lang, restatedFrom);
  return (
    <DownloadLink href={href} fileName={fileName} accessibleName={checksDownloadLabel(releaseName, lang)}>
      {messages(lang).downloadCsv}
    </DownloadLink>
  );
}
