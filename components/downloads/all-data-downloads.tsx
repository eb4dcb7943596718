import type { Lang } from "@/lib/i18n/format";
import { allDataDownloads, commonDownloadUrl } from "@/lib/export/all-data-server";
import { BUNDLE_FILE_NAME } from "@/lib/export/all-data";
import { xlsxBesideCsv, seriesCsvDownloadUrl } from "@/lib/http/download-url";
import { XlsxDownloadLink } from "./export-links";
import { messages } from "@/lib/i18n/messages";
import { DownloadLink } from "./download-link";

/** "Download all data": the prebuilt full series on each basis, each with its metadata (server component). */
export function AllDataDownloads({ lang }: { lang: Lang }) {
  const w = messages(lang).allData;
  return (
    <section className="all-data-downloads" aria-labelledby="all-data-title">
      <h2 id="all-data-title">{w.title}</h2>
      <p>{w.lead}</p>
      <ul>
        {allDataDownloads().map((d) => (
          <li key={d.basis}>
            <DownloadLink
              href={d.csv.href}
              fileName={d.csv.fileName}
              accessibleName={`${w.title}: ${w.basis[d.basis]}, ${d.first} – ${d.last} (${w.csv})`}
            >
              {w.title} ({w.basis[d.basis]}, {d.first} – {d.last}, {w.csv})
            </DownloadLink>{" "}
            ·{" "}
            <a href={d.metadata.href} download={d.metadata.fileName}>
              {w.meta}
            </a>{" "}
            ·{" "}
            <XlsxDownloadLink
              href={xlsxBesideCsv(seriesCsvDownloadUrl({ partner: "MX", basis: d.basis, perspective: "us" }), lang)}
              what={`${w.lead.split(" (")[0]}, ${w.basis[d.basis]}, ${d.first} – ${d.last}`}
              lang={lang}
            />
          </li>
        ))}
        <li>
          <DownloadLink
            href={commonDownloadUrl(BUNDLE_FILE_NAME)}
            fileName={BUNDLE_FILE_NAME}
            accessibleName={`${w.title}: ${messages(lang).exportWords.zipLabel}`}
            mimeType="application/zip"
          >
            {w.title} ({messages(lang).exportWords.zip})
          </DownloadLink>
        </li>
      </ul>
    </section>
  );
}
