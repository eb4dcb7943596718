import { describe, expect, inject, it } from "vitest";

const base = inject("baseUrl");

describe("a path with broken percent-encoding (proxy.ts)", () => {
  it.each([
    "/api/releases/%E0%A4%A/checks",
    "/api/releases/%E0%A4%A/checks.csv",
    "/api/releases/%ZZ/charts/bridge.csv",
    "/api/downloads/%E0%A4%A",
    "/releases/%E0%A4%A",
  ])("%s answers 400 JSON naming the path, not a 500", async (path) => {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ error: "The path is not valid percent-encoded UTF-8.", parameter: "path" });
  });

  it("lets well-formed paths through untouched", async () => {
    expect((await fetch(`${base}/api/releases/no%2Dsuch/checks`)).status).toBe(404);
    expect((await fetch(`${base}/api/series.csv?partner=%43N`)).status).toBe(200);
  });
});
