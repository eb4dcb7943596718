import type { ClaimedChart } from "@/lib/views/types";
import type { Lang } from "@/lib/i18n/format";
import type { Perspective } from "@/lib/data/schema";
import { chartCsvDownloadUrl } from "@/lib/http/download-url";
import { chartDownloadLabel } from "@/lib/i18n/download-labels";
import { clientMessages } from "@/lib/i18n/client-messages";
import { DownloadLink } from "./download-link";

export interface ChartDownloadLinkProps {
  slug: string;
  chart: "release-month" | "bridge" | "ranks" | ClaimedChart;
  /** The chart's state: perspective for the release month and bridge, months for the ranks. */
  state: { perspective?: Perspective; from?: string; to?: string };
  lang: Lang;
}

/** "Download CSV" for exactly the numbers one of a release's charts draws. */
export function ChartDownloadLink({ slug, chart, state, lang }: ChartDownloadLinkProps) {
  return (
    <DownloadLink
      href={chartCsvDownloadUrl(slug, chart, state, lang)}
      accessibleName={chartDownloadLabel(chart, state, lang)}
    >
      {clientMessages(lang).downloadCsv}
    </DownloadLink>
  );
}
