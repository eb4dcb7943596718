import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readDataset } from "@/lib/data/read-dataset";
import { checkText } from "@/lib/claims/check-text";
import { draftRelease } from "@/lib/claims/release-draft";

const dataDir = path.resolve(__dirname, "../../data");
const ds = readDataset(dataDir);

/** Writes a draft into a copy of data/, registers it in the manifest and loads the whole dataset as the app does. */
function loadWithDraft(slug: string, text: string, date: string) {
  const draft = draftRelease(text, checkText(ds, { text, date }), { slug, date });
  const dir = mkdtempSync(path.join(tmpdir(), "balanza-draft-"));
  cpSync(dataDir, dir, { recursive: true });
  mkdirSync(path.join(dir, "releases", slug), { recursive: true });
  writeFileSync(path.join(dir, "releases", slug, "release.md"), text);
  writeFileSync(path.join(dir, "releases", slug, "release.json"), JSON.stringify(draft));
  const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as { releases: string[] };
  manifest.releases.push(slug);
  writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
  return { draft, loaded: readDataset(dir).releases.get(slug) };
}

describe("release:draft", () => {
  it("drafts release 539 from its text alone, and the loader validates it", () => {
    const release = ds.releases.get("2024-03-22-index-usa-539");
    if (!release) throw new Error("release 539 missing");
    const { draft, loaded } = loadWithDraft("draft-539", release.text, "2024-03-22");
    expect(loaded).toBeDefined();
    const curated = new Map(release.claims.map((c) => [c.measure, c]));
    for (const c of draft.claims) {
      const k = curated.get(c.measure);
      expect(k, c.measure).toBeDefined();
      expect([c.value, c.partner, c.period, c.basis, c.perspective]).toEqual([
        k?.value,
        k?.partner,
        k?.period,
        k?.basis,
        k?.perspective,
      ]);
      expect(c.periodAttribution.inferred).toBe(true);
    }
    expect(draft.claims.map((c) => c.measure).sort()).toEqual(["balance", "exports", "imports", "rank", "total"]);
  }, 60_000);

  it("drafts an English text with a stated period; a growth rate and a span of months become claims too", () => {
    const text =
      "In January 2024, U.S. exports to Mexico were $26,481 million and imports from Mexico $38,042 million, " +
      "up 2.1 percent. From January to February 2024 imports totaled $78.28 billion.";
    const { draft, loaded } = loadWithDraft("draft-en", text, "2024-04-04");
    expect(loaded).toBeDefined();
    expect(draft.meta.language).toBe("en");
    expect(draft.claims.map((c) => [c.measure, c.value, c.period, c.months ?? null, c.unit])).toEqual([
      ["exports", 26481, "2024-01", null, "USD"],
      ["imports", 38042, "2024-01", null, "USD"],
      ["growth", 2.1, "2024-01", null, "percent"],
      ["imports", 78.28, "2024-02", ["2024-01", "2024-02"], "USD"],
    ]);
    const growth = draft.claims.find((c) => c.measure === "growth");
    expect(growth && "flow" in growth ? growth.flow : null).toBe("imports");
    expect(growth && "compareMonths" in growth ? growth.compareMonths : null).toHaveLength(1);
    // The loader checks what the quote prints: a span's scale as the quote writes it ("billion").
    const span = draft.claims.find((c) => c.months);
    expect(span && "scale" in span ? span.scale : null).toBe(1e9);
    expect(draft.nonFigures.map((n) => n.quote)).not.toContain("2.1 percent");
  }, 60_000);
});
