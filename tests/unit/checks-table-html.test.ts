import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/get-dataset";
import { frontPageSlug, getChecksReport } from "@/lib/checks/release-checks";
import { partnerName } from "@/lib/views";
import { checksTableHtml } from "@/lib/render/checks-table";

const slug = frontPageSlug()!;
const report = getChecksReport(slug)!;
const mexico = partnerName(getDataset(), "2010");
const rowsOf = (markup: string) => [...markup.matchAll(/<tr\s+id="check-([^"]+)"([^>]*)>([\s\S]*?)<\/tr\s*>/g)];

describe("the dashboard's checks table, written as HTML", () => {
  it("has one row per check, each carrying what the figure ↔ chart ↔ check linking reads", () => {
    const rows = rowsOf(checksTableHtml(report, "es", "mx", mexico).value);
    expect(rows.map((m) => m[1])).toEqual(report.results.map((r) => r.id));
    for (const [m, r] of rows.map((m, i) => [m, report.results[i]!] as const)) {
      expect(m[2]).toContain(`data-claim="${r.claimId}"`);
      expect(m[2]).toContain(`data-status="${r.status}"`);
      expect(m[2]).toContain('tabindex="0"');
      // the status as icon and word, not colour alone
      expect(m[3]).toMatch(
        new RegExp(`<td id="check-${r.id}-status"><span class="status-badge"><span class="status st-${r.status}"`),
      );
    }
  });

  it("escapes the quoted text and names each figure from the reader's side, the quote as printed", () => {
    const tampered = {
      ...report,
      results: report.results.map((r, i) => (i === 0 ? { ...r, quote: `<b>"12,700" & más</b>` } : r)),
    };
    const markup = checksTableHtml(tampered, "es", "mx", mexico).value;
    expect(markup).toContain("«&lt;b&gt;&quot;12,700&quot; &amp; más&lt;/b&gt;»");
    expect(markup).not.toContain("<b>");
    const fromUs = checksTableHtml(report, "en", "us", mexico).value;
    const balance = rowsOf(fromUs).find((m) => m[1] === "identity-balance")![3];
    expect(balance).toMatch(/^\s*<th scope="row">US balance with Mexico/);
    expect(balance).toContain("27,210 − 39,874");
    expect(balance).toContain('<span class="kind release-label"> in the release:');
  });

  it("links a month's level to its revision history, and no other figure", () => {
    const markup = checksTableHtml(report, "en", "mx", mexico).value;
    const linked = rowsOf(markup)
      .filter((m) => (m[3] ?? "").includes('class="how-revised"'))
      .map((m) => m[1]);
    expect(linked).toEqual(["claim-total", "claim-exports", "claim-imports", "claim-balance"]);
    expect(markup).toContain(`href="/releases/${slug}/revisions/exports?lang=en"`);
  });
});
