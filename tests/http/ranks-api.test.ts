import { describe, expect, inject, it } from "vitest";

const base = inject("baseUrl");
const SLUG = "2024-03-22-index-usa-539";

describe("GET /api/releases/{slug}/ranks (real HTTP, built app)", () => {
  it("gives the monthly ranks of Mexico, Canada and China, the release month marked", async () => {
    const res = await fetch(`${base}/api/releases/${SLUG}/ranks?from=2023-12&to=2024-02`);
    expect(res.status).toBe(200);
    const { rows } = (await res.json()) as {
      rows: Array<{ period: string; ranks: Record<string, number | null>; isReleaseMonth: boolean }>;
    };
    expect(rows.map((r) => r.period)).toEqual(["2023-12", "2024-01", "2024-02"]);
    const jan = rows.find((r) => r.isReleaseMonth);
    expect(jan?.period).toBe("2024-01");
    expect(jan?.ranks["2010"]).toBe(1);
    expect(Object.keys(jan?.ranks ?? {}).sort()).toEqual(["1220", "2010", "5700"]);
  });

  it.each([
    ["from=2024-13&to=2024-02", "from"],
    ["from=2024-05&to=2024-01", "from"],
    ["from=2024-01", "to"],
    ["from=2024-01&to=2024-02&basis=SA", "basis"],
  ])("answers 400 naming the parameter for %s", async (qs, parameter) => {
    const res = await fetch(`${base}/api/releases/${SLUG}/ranks?${qs}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ parameter });
  });

  it("answers 404 for an unknown release", async () => {
    const res = await fetch(`${base}/api/releases/no-such/ranks?from=2024-01&to=2024-01`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ parameter: "slug" });
  });
});
