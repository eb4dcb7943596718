import type { Lang } from "@/lib/format";
import { checksDownload } from "@/lib/downloads/common-downloads-server";
import { checksDownloadLabel, DOWNLOAD_CSV } from "@/lib/downloads/download-label";
import { DownloadLink } from "./download-link";

/** The checks table's "Download CSV": every claim and identity, explanations in `lang` (server component). */
export function ChecksDownloadLink({ slug, releaseName, lang }: { slug: string; releaseName: string; lang: Lang }) {
  const { href, fileName } = checksDownload(slug, lang);
  return (
    <DownloadLink href={href} fileName={fileName} accessibleName={checksDownloadLabel(releaseName, lang)}>
      {DOWNLOAD_CSV[lang]}
    </DownloadLink>
  );
}
