import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { checksReportSchema } from "@/lib/checks/schema";

const base = inject("baseUrl");
const SLUG = "2024-03-22-index-usa-539";

describe("GET /api/releases/{slug}/checks (real HTTP, built app)", () => {
  it("returns the release's metadata and every check, numbers as numbers", async () => {
    const res = await fetch(`${base}/api/releases/${SLUG}/checks`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const report = checksReportSchema.parse(await res.json());
    expect(report.release).toMatchObject({
      slug: SLUG,
      issuerShort: "index",
      number: "539",
      date: "2024-03-22",
      city: "Ciudad de México",
      language: "es",
    });
    const byId = new Map(report.results.map((r) => [r.id, r]));

    expect(byId.get("identity-balance")).toMatchObject({
      status: "within_rounding",
      reported: 12700,
      computed: 12664,
      delta: 36,
      tolerance: 50,
    });
    expect(byId.get("identity-total")).toMatchObject({ status: "exact", reported: 67084, computed: 67084, delta: 0 });
    const exports = byId.get("claim-exports");
    const imports = byId.get("claim-imports");
    expect(exports).toMatchObject({ status: "revised", basis: "SA", vintage: "2025-04" });
    expect(imports).toMatchObject({ status: "revised", basis: "SA", vintage: "2025-04" });
    expect(Math.round((exports?.computed ?? 0) * 10) / 10).toBe(39656.8);
    expect(Math.round((imports?.computed ?? 0) * 10) / 10).toBe(26908.6);
    expect(byId.get("claim-rank")).toMatchObject({ status: "exact", reported: 1, computed: 1, period: "2024-01" });
    expect(byId.get("claim-rank")?.ranking?.[0]?.name.en).toBe("Mexico");
  });

  it.each(["no-such-release", "2024-03-22-index-usa-540", "%3Cscript%3E"])(
    "answers 404 with a JSON error for the unknown slug %s",
    async (slug) => {
      const res = await fetch(`${base}/api/releases/${slug}/checks`);
      expect(res.status).toBe(404);
      const body = await res.json();
      // It names every release there is, the one meant among them.
      expect(body).toMatchObject({ parameter: "slug", allowed: expect.arrayContaining([SLUG]) as unknown });
      expect(body.allowed).toHaveLength(
        (JSON.parse(readFileSync("data/manifest.json", "utf8")) as { releases: string[] }).releases.length,
      );
      expect(body.error).toMatch(/^No (such )?release/);
      expect(body.error).not.toContain("<script>");
    },
  );
});

describe("GET / (server-rendered, no JavaScript needed)", () => {
  it("lists the release's figures and their computed check results", async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const text of ["12,664", "12,700", "39,656.8", "26,908.6", "within_rounding", "revised", "67,084"])
      expect(html).toContain(text);
  });
});
