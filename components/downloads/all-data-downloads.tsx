import type { Lang } from "@/lib/i18n/format";
import { allDataDownloads } from "@/lib/export/all-data-server";
import { DownloadLink } from "./download-link";

const WORDS = {
  es: {
    title: "Descargar todos los datos",
    lead: "La serie mensual completa de EUA con México (exportaciones, importaciones y saldo calculado), en millones de dólares, lista para Excel, con su ficha de metadatos (fuente, edición, cita).",
    SA: "desestacionalizada",
    NSA: "sin desestacionalizar",
    csv: "CSV",
    meta: "metadatos (JSON)",
    all: "Descargar todos los datos",
  },
  en: {
    title: "Download all data",
    lead: "The whole monthly series of US trade with Mexico (exports, imports and computed balance), in millions of dollars, Excel-ready, with its metadata (source, vintage, citation).",
    SA: "seasonally adjusted",
    NSA: "not seasonally adjusted",
    csv: "CSV",
    meta: "metadata (JSON)",
    all: "Download all data",
  },
} as const;

/** "Download all data": the prebuilt full series on each basis, each with its metadata (server component). */
export function AllDataDownloads({ lang }: { lang: Lang }) {
  const w = WORDS[lang];
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
              accessibleName={`${w.all}: ${w[d.basis]}, ${d.first} – ${d.last} (${w.csv})`}
            >
              {w.all} ({w[d.basis]}, {d.first} – {d.last}, {w.csv})
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
