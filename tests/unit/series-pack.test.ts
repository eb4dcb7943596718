import { describe, expect, it } from "vitest";
import { packSeries, unpackSeries } from "@/components/query/series-pack";
import type { SeriesWire } from "@/lib/http/responses";

const wire: SeriesWire = {
  sources: [
    {
      publisher: "U.S. Census Bureau",
      title: "ctyseasonal",
      url: "https://example.org/a.xlsx",
      vintage: "2025-04",
      basis: "SA",
    },
  ],
  points: [
    { period: "2019-03", flow: "exports", value: 29834.03889747409, vintage: "2025-04" },
    { period: "2019-03", flow: "imports", value: 21820.235904717207, vintage: "2025-04" },
    { period: "2019-03", flow: "balance", value: 8013.802992757, vintage: "2025-04" },
    { period: "2026-07", flow: "imports", value: -0.5, vintage: "2026-09-04" },
  ],
};

describe("the prefetched series, packed for the page", () => {
  it("unpacks to exactly what was packed, every digit of every value", () => {
    const packed = packSeries(wire);
    expect(packed).toMatchObject({ packed: "series/1", vintages: ["2025-04", "2026-09-04"] });
    expect(unpackSeries(JSON.parse(JSON.stringify(packed)))).toEqual(wire);
  });

  it("is smaller in the page than the points as objects", () => {
    expect(JSON.stringify(packSeries(wire)).length).toBeLessThan(JSON.stringify(wire).length * 0.75);
  });

  it("passes anything else through (the rank history, an empty answer)", () => {
    const ranks = [{ period: "2024-01", ranks: { MX: 1 }, isReleaseMonth: true }];
    expect(packSeries(ranks)).toBe(ranks);
    expect(unpackSeries(ranks)).toBe(ranks);
    expect(unpackSeries(undefined)).toBeUndefined();
  });
});
