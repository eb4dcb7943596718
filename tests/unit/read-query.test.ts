import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { z } from "zod";
import * as zm from "zod/mini";
import { readQuery } from "@/lib/http/read-query";
import { periodSchema } from "@/lib/data/schema";
import { PERIOD_PATTERN } from "@/lib/data/vocabulary";
import { readRangeParam } from "@/lib/views/range";

const schema = z.object({ from: periodSchema.optional(), lang: z.enum(["es", "en"]).default("es") });
const known = ["from", "lang"];

describe("readQuery, the one query-string reader", () => {
  it.each([
    ["lang=en&from=2024-01", { ok: true, value: { lang: "en", from: "2024-01" } }],
    ["colour=red", { ok: false, problem: { kind: "unknown", key: "colour" } }],
    ["lang=en&lang=es", { ok: false, problem: { kind: "repeated", key: "lang", count: 2 } }],
    ["from=2024-13", { ok: false, problem: { kind: "invalid", key: "from" } }],
  ])("reads %j", (qs, expected) => {
    expect(readQuery(new URLSearchParams(qs), schema, { known })).toMatchObject(expected);
  });

  it("reads a Next page's searchParams (already decoded, repeated keys as arrays) as it reads URLSearchParams", () => {
    const asRecord = readQuery({ lang: ["en", "es"], from: "2024-01" }, schema, { known });
    const asParams = readQuery(new URLSearchParams("lang=en&lang=es&from=2024-01"), schema, { known });
    expect(asRecord).toEqual(asParams);
    expect(readQuery({ lang: ["en", "es"], x: "1" }, schema, { known, unknown: "ignore", repeated: "first" })).toEqual({
      ok: true,
      value: { lang: "en" },
    });
  });

  it("takes zod/mini schemas as it takes zod's", () => {
    const mini = zm.object({ from: zm.optional(zm.string().check(zm.regex(PERIOD_PATTERN))) });
    expect(readQuery(new URLSearchParams("from=2024-02"), mini)).toEqual({ ok: true, value: { from: "2024-02" } });
    expect(readQuery(new URLSearchParams("from=2024-2"), mini)).toMatchObject({ ok: false, problem: { key: "from" } });
  });

  it("one month rule: the zod schema, the browser's pattern and the dashboard's range agree on any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}-\d{2}$/)), (s) => {
        const month = periodSchema.safeParse(s).success;
        expect(PERIOD_PATTERN.test(s)).toBe(month);
        expect(readRangeParam(`${s}..${s}`) !== null).toBe(month);
      }),
    );
  });
});
