import type { Lang } from "@/lib/i18n/format";
import { clientMessages } from "@/lib/i18n/client-messages";
import { chartImageUrl } from "@/lib/http/download-url";
import { citationBeforeUrl } from "@/lib/export/citation";
import { XLSX_TYPE } from "@/lib/render/export-links";
import { DownloadLink } from "./download-link";

/**
 * "Download XLSX" beside a "Download CSV": the same table as a workbook. `what` says what it holds, for screen readers.
 */
export function XlsxDownloadLink({ href, what, lang }: { href: string; what: string; lang: Lang }) {
  const w = clientMessages(lang).exportWords;
  return (
    <DownloadLink href={href} accessibleName={w.xlsxOf(what)} mimeType={XLSX_TYPE}>
      {w.downloadXlsx}
    </DownloadLink>
  );
}

/** The chart as an image, SVG and PNG, drawn on the server with the options of its widget. */
export function ChartImageLinks({
  chart,
  options,
  title,
  lang,
}: {
  chart: "release-month" | "bridge" | "series" | "rank" | "figure";
  options: Record<string, string | undefined>;
  title: string;
  lang: Lang;
}) {
  const w = clientMessages(lang).exportWords;
  return (
    <span className="image-links">
      {(["svg", "png"] as const).map((format) => (
        <DownloadLink
          key={format}
          href={chartImageUrl(chart, format, { lang, ...options })}
          accessibleName={`${w[format]}: ${w.imageOf(w[format], title)}`}
          mimeType={format === "svg" ? "image/svg+xml" : "image/png"}
        >
          {w[format]}
        </DownloadLink>
      ))}
    </span>
  );
}

/**
 * "Cite this" in a client component (the series and the rank, whose citation follows their range): the same markup
 * as citeThisHtml (lib/render/export-links.ts), the citation line ending in its permanent link.
 */
export function CiteThis({ citation, url, lang, label }: { citation: string; url: string; lang: Lang; label: string }) {
  const w = clientMessages(lang).exportWords;
  return (
    <details className="cite-this">
      <summary aria-label={`${w.citeThis}: ${label}`}>{w.citeThis}</summary>
      <p className="citation">
        {citationBeforeUrl(citation, url)}
        <a className="permalink" href={url}>
          {url}
        </a>
      </p>
    </details>
  );
}
