import type { Lang } from "@/lib/i18n/format";
import { allDataDownloads } from "@/lib/export/all-data-server";
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
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
