import { notFound } from "next/navigation";
import { getChecksReport, listReleaseSlugs } from "@/lib/releases";
import { formatDelta, formatNumber } from "@/lib/format";
import { ChecksDownloadLink } from "@/components/downloads/checks-download-link";
import { AllDataDownloads } from "@/components/downloads/all-data-downloads";

// Until the dashboard lands: the latest release's figures and their checks, rendered on the server.
export default function HomePage() {
  const [slug] = listReleaseSlugs();
  const report = slug ? getChecksReport(slug) : undefined;
  if (!report) notFound();
  return (
    <main>
      <h1>Balanza</h1>
      <p>
        {report.release.issuerShort}, comunicado {report.release.number} ({report.release.date}): {report.release.title}
      </p>
      <p>{report.summary.text.es}</p>
      <p>
        <ChecksDownloadLink slug={report.release.slug} releaseName={`${report.release.issuerShort}, comunicado ${report.release.number} (${report.release.date})`} lang="es" />
      </p>
      <table>
        <caption>Verificación de cada cifra del comunicado</caption>
        <thead>
          <tr>
            <th scope="col">Cifra</th>
            <th scope="col">Texto</th>
            <th scope="col">Reportado</th>
            <th scope="col">Oficial o calculado</th>
            <th scope="col">Diferencia</th>
            <th scope="col">Tolerancia</th>
            <th scope="col">Estado</th>
            <th scope="col">Base y edición</th>
            <th scope="col">Explicación</th>
          </tr>
        </thead>
        <tbody>
          {report.results.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.kind === "identity" ? `${r.label.es} (${r.formula})` : r.label.es}</th>
              <td>«{r.quote}»</td>
              <td>{formatNumber(r.reported, "es")}</td>
              <td>{r.computed === null ? "—" : formatNumber(r.computed, "es")}</td>
              <td>{r.delta === null ? "—" : formatDelta(r.delta, "es")}</td>
              <td>±{formatNumber(r.tolerance, "es")}</td>
              <td>{r.status}</td>
              <td>
                {r.basis ?? "—"} {r.vintage ?? "(cifras del propio comunicado)"}
              </td>
              <td>{r.explanation.es}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <AllDataDownloads lang="es" />
    </main>
  );
}
