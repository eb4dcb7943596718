import type { Release } from "@/lib/data/release-schema";
import type { ChecksReport } from "@/lib/checks/schema";
import type { Lang } from "@/lib/i18n/format";
import { parseReleaseText, type Inline } from "@/lib/views/release-text";
import { StatusBadge } from "../ui/status-badge";

/** The release text, verbatim, with every stated figure marked by its check status and linked to its check. */
export function ReleaseText({ release, report, lang }: { release: Release; report: ChecksReport; lang: Lang }) {
  const blocks = parseReleaseText(
    release.text,
    release.claims.map((c) => ({ quote: c.quote, claimId: c.id })),
  );
  const statusOf = (claimId: string) =>
    report.results.find((r) => r.kind === "claim" && r.claimId === claimId)?.status ?? "unverified";
  const labelOf = (claimId: string) => release.claims.find((c) => c.id === claimId)?.label[lang] ?? claimId;
  const inline = (x: Inline, i: number) => {
    if (x.kind === "text") return x.bold ? <strong key={i}>{x.text}</strong> : <span key={i}>{x.text}</span>;
    const status = statusOf(x.claimId);
    return (
      <a
        key={i}
        className="figure"
        href={`#check-claim-${x.claimId}`}
        data-claim={x.claimId}
        data-status={status}
        aria-describedby={`check-claim-${x.claimId}-status`}
        title={labelOf(x.claimId)}
      >
        {x.bold ? <strong>{x.text}</strong> : x.text} <StatusBadge status={status} lang={lang} />
      </a>
    );
  };
  return (
    <div className="release-text" lang={release.meta.language}>
      {blocks.map((b, i) =>
        b.kind === "heading" ? <h3 key={i}>{b.inlines.map(inline)}</h3> : <p key={i}>{b.inlines.map(inline)}</p>,
      )}
    </div>
  );
}
