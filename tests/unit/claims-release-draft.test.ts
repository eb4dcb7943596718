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

  it("drafts an English text with a stated period; multi-month and percent figures go to nonFigures", () => {
    const text =
      "In January 2024, U.S. exports to Mexico were $26,481 million and imports from Mexico $38,042 million, " +
      "up 2.1 percent. From January to February 2024 imports totaled $78.28 billion.";
    const { draft, loaded } = loadWithDraft("draft-en", text, "2024-04-04");
    expect(loaded).toBeDefined();
    expect(draft.meta.language).toBe("en");
    expect(draft.claims.map((c) => [c.measure, c.value, c.period, c.periodAttribution.inferred])).toEqual([
      ["exports", 26481, "2024-01", false],
      ["imports", 38042, "2024-01", false],
    ]);
    expect(draft.nonFigures.map((n) => n.quote)).toEqual(expect.arrayContaining(["2.1 percent", "$78.28 billion"]));
  }, 60_000);
});
