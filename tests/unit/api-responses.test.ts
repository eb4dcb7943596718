import { afterEach, describe, expect, it, vi } from "vitest";
import { ranksQuery, seriesQuery } from "@/components/query/queries";

const answer = (body: unknown, status = 200) =>
  vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status })));
const run = <T>(q: { queryFn?: unknown }) => (q.queryFn as () => Promise<T>)();

afterEach(() => vi.unstubAllGlobals());

describe("the dashboard's API queries parse each answer with its schema", () => {
  const params = { basis: "SA", perspective: "mx", from: "2024-01", to: "2024-02" } as const;

  it("keep only what the chart draws from a good series answer", async () => {
    const source = { publisher: "U.S. Census Bureau", title: "t", url: "https://x", vintage: "2025-04", basis: "SA" };
    vi.stubGlobal(
      "fetch",
      answer({
        query: {},
        vintage: "2025-04",
        source,
        sources: [source],
        points: [{ period: "2024-01", flow: "exports", value: 1.5, vintage: "2025-04", sourceId: "s", x: 1 }],
      }),
    );
    expect(await run(seriesQuery(params))).toEqual({
      sources: [source],
      points: [{ period: "2024-01", flow: "exports", value: 1.5, vintage: "2025-04" }],
    });
  });

  it.each([
    [
      "a value that is not a number",
      { sources: [], points: [{ period: "2024-01", flow: "exports", value: "1", vintage: "2025-04" }] },
    ],
    [
      "a month that is not YYYY-MM",
      { sources: [], points: [{ period: "2024-13", flow: "exports", value: 1, vintage: "2025-04" }] },
    ],
    ["an unknown flow", { sources: [], points: [{ period: "2024-01", flow: "total", value: 1, vintage: "2025-04" }] }],
    ["a value without its vintage", { sources: [], points: [{ period: "2024-01", flow: "exports", value: 1 }] }],
    ["no sources", { points: [{ period: "2024-01", flow: "exports", value: 1, vintage: "2025-04" }] }],
    ["no points", { sources: [] }],
  ])("reject a series answer with %s, naming the URL", async (_, body) => {
    vi.stubGlobal("fetch", answer(body));
    await expect(run(seriesQuery(params))).rejects.toThrow(/^\/api\/series\?.*: unexpected answer/);
  });

  it("read the rank rows, and reject rows of another shape", async () => {
    const rows = [{ period: "2024-01", ranks: { "2010": 1, "1220": null }, isReleaseMonth: true }];
    vi.stubGlobal("fetch", answer({ rows }));
    expect(await run(ranksQuery("a-release", { from: "2024-01", to: "2024-01" }))).toEqual(rows);
    vi.stubGlobal("fetch", answer({ rows: [{ period: "2024-01", ranks: { "2010": "1" } }] }));
    await expect(run(ranksQuery("a-release", { from: "2024-01", to: "2024-01" }))).rejects.toThrow(
      /^\/api\/releases\/a-release\/ranks\?from=2024-01&to=2024-01: unexpected answer/,
    );
  });

  it("reject an HTTP error with its status", async () => {
    vi.stubGlobal("fetch", answer({ error: "x" }, 404));
    await expect(run(seriesQuery(params))).rejects.toThrow(/HTTP 404$/);
  });
});
