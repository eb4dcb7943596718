import type { Lang } from "@/lib/format";
import type { Perspective } from "@/lib/schema/dataset";
import { checksDownload } from "@/lib/downloads/common-downloads-server";
import { checksDownloadLabel, DOWNLOAD_CSV } from "@/lib/downloads/download-label";
import { DownloadLink } from "./download-link";

/**
 * The checks table's "Download CSV": every claim and identity, explanations in `lang`, and restated from the reader's
 * side when the table is (server component).
 */
export function ChecksDownloadLink({ slug, releaseName, lang, restatedFrom }: { slug: string; releaseName: string; lang: Lang; restatedFrom?: Perspective }) {
  const { href, fileName } = checksDownload(slug, lang, restatedFrom);
  return (
    <DownloadLink href={href} fileName={fileName} accessibleName={checksDownloadLabel(releaseName, lang)}>
      {DOWNLOAD_CSV[lang]}
    </DownloadLink>
  );
}
