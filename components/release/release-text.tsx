import type { Release } from "@/lib/data/release-schema";
import type { ChecksReport } from "@/lib/checks/schema";
import type { Lang } from "@/lib/i18n/format";
import { parseReleaseText, type Inline } from "@/lib/views/release-text";
import { html, type Html } from "@/lib/render/html";
import { statusBadgeBox } from "@/lib/render/status-badge";
import { ServerHtml } from "../ui/server-html";

/**
 * The release text, verbatim, with every stated figure marked by its check status and linked to its check. Static
 * markup (the figure linking reads `data-claim` through one document listener), written as HTML and carried by the
 * page once (components/ui/server-html.tsx).
 */
export function ReleaseText({ release, report, lang }: { release: Release; report: ChecksReport; lang: Lang }) {
  const blocks = parseReleaseText(
    release.text,
    release.claims.map((c) => ({ quote: c.quote, claimId: c.id })),
  );
  const statusOf = (claimId: string) =>
    report.results.find((r) => r.kind === "claim" && r.claimId === claimId)?.status ?? "unverified";
  const labelOf = (claimId: string) => release.claims.find((c) => c.id === claimId)?.label[lang] ?? claimId;
  const inline = (x: Inline): Html => {
    if (x.kind === "text") return x.bold ? html`<strong>${x.text}</strong>` : html`<span>${x.text}</span>`;
    const status = statusOf(x.claimId);
    const text = x.bold ? html`<strong>${x.text}</strong>` : x.text;
    const badge = statusBadgeBox(status, lang);
    // prettier-ignore
    return html`<a class="figure" href="#check-claim-${x.claimId}" data-claim="${x.claimId}" data-status="${status}" aria-describedby="check-claim-${x.claimId}-status" title="${labelOf(x.claimId)}">${text} ${badge}</a>`;
  };
  const markup = blocks.map((b) =>
    b.kind === "heading" ? html`<h3>${b.inlines.map(inline)}</h3>` : html`<p>${b.inlines.map(inline)}</p>`,
  );
  return <ServerHtml className="release-text" lang={release.meta.language} html={html`${markup}`.value} />;
}
