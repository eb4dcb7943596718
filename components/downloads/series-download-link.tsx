import type { Lang } from "@/lib/i18n/format";
import { seriesCsvDownloadUrl, type SeriesDownloadState } from "@/lib/http/download-url";
import { seriesDownloadLabel } from "@/lib/i18n/download-labels";
import { clientMessages } from "@/lib/i18n/client-messages";
import { DownloadLink } from "./download-link";

/** "Download CSV" for exactly what a series chart shows: its partner, flows, basis, months and perspective. */
export function SeriesDownloadLink({
  state,
  partnerName,
  lang,
}: {
  state: SeriesDownloadState;
  partnerName: string;
  lang: Lang;
}) {
  return (
    <DownloadLink
      href={seriesCsvDownloadUrl(state, lang)}
      accessibleName={seriesDownloadLabel(state, partnerName, lang)}
    >
      {clientMessages(lang).downloadCsv}
    </DownloadLink>
  );
}
