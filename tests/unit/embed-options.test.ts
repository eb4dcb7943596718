import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { EMBED_CHARTS, MAX_QUERY_LENGTH, parseEmbedOptions } from "@/lib/http/embed/options";
import { embedPath } from "@/lib/http/embed/urls";
import { errorFrame } from "@/lib/render/error-frame";

const parse = (chart: string, query: string) => parseEmbedOptions(chart, new URLSearchParams(query));

describe("parseEmbedOptions", () => {
  it("fills the defaults: Spanish, automatic theme, medium size, Mexico's perspective, SA", () => {
    expect(parse("series", "")).toEqual({
      ok: true,
      value: { chart: "series", options: { lang: "es", theme: "auto", size: "m", perspective: "mx", basis: "SA" } },
    });
    expect(parse("figure", "lang=en&figure=exports")).toMatchObject({
      ok: true,
      value: { options: { lang: "en", figure: "exports" } },
    });
  });

  it("answers 404 for an unknown chart and lists the charts", () => {
    const r = parse("pie", "lang=en");
    expect(r).toMatchObject({
      ok: false,
      error: { status: 404, problem: "unknown_chart", allowed: EMBED_CHARTS, lang: "en" },
    });
  });

  it.each([
    ["lang=fr", "lang", "bad_value"],
    ["theme=neon", "theme", "bad_value"],
    ["from=2024-13", "from", "bad_value"],
    ["from=2025-01&to=2024-01", "from", "from_after_to"],
    ["basis=SA&basis=NSA", "basis", "repeated_option"],
    ["colour=red", "colour", "unknown_option"],
  ])("answers 400 for %s, naming %s", (query, parameter, problem) => {
    expect(parse("series", query)).toMatchObject({ ok: false, error: { status: 400, parameter, problem } });
  });

  it("refuses an option the chart does not use (from on the figure card)", () => {
    expect(parse("figure", "from=2024-01")).toMatchObject({
      ok: false,
      error: { status: 400, parameter: "from", problem: "unknown_option" },
    });
  });

  it("refuses an oversized query before parsing it", () => {
    expect(parse("bridge", `lang=${"e".repeat(MAX_QUERY_LENGTH)}`)).toMatchObject({
      ok: false,
      error: { status: 400, problem: "too_long" },
    });
  });

  it("never carries the value sent, and trims a hostile option name", () => {
    const r = parse("bridge", `${"<script>".repeat(10)}=1`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.parameter.length).toBeLessThanOrEqual(24);
  });

  it("round-trips through embedPath: the canonical URL parses back to the same options", () => {
    for (const chart of EMBED_CHARTS) {
      const parsed = parse(chart, "lang=en&theme=dark&size=l");
      if (!parsed.ok) throw new Error(chart);
      const path = embedPath(parsed.value);
      const url = new URL(path, "http://x");
      expect(url.pathname).toBe(`/embed/${chart}`);
      expect(parse(chart, url.search.slice(1))).toEqual(parsed);
    }
  });
});

describe("the error frame", () => {
  it("shows what is wrong and what is allowed, in the language asked for when it was valid", () => {
    const r = parse("series", "lang=en&basis=XX");
    if (r.ok) throw new Error("should fail");
    const page = errorFrame(r.error);
    expect(page).toContain("Invalid value for the option «basis»");
    expect(page).toContain("Allowed values: SA, NSA");
    expect(page).not.toContain("XX");
  });

  it("never lets a hostile query put markup of its own into the page (property)", { timeout: 30_000 }, () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "javascript:alert(1)",
        "'><svg onload=alert(1)>",
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...EMBED_CHARTS, "<script>x</script>", "pie"),
        hostile,
        hostile,
        (chart, key, value) => {
          const r = parseEmbedOptions(
            chart,
            new URLSearchParams([
              [key, value],
              ["lang", value],
            ]),
          );
          if (r.ok) return;
          const page = errorFrame(r.error);
          // Escaped text holds no "<", so every tag in the page is the frame's own: check their names and attributes.
          const tags = [...page.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)];
          for (const [, name, attrs] of tags) {
            expect([
              "html",
              "head",
              "meta",
              "link",
              "title",
              "style",
              "script",
              "body",
              "main",
              "div",
              "h1",
              "p",
            ]).toContain(name);
            expect(attrs).not.toMatch(/\son\w+\s*=/i);
          }
          expect(page.match(/<script/g)).toHaveLength(1);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("chart-options (the zod-free constants the browser uses)", () => {
  it("list exactly the keys and defaults of the zod schemas", async () => {
    const { OPTION_DEFAULTS, OPTION_KEYS } = await import("@/lib/http/embed/chart-options");
    const { embedOptionSchemas } = await import("@/lib/http/embed/options");
    for (const chart of EMBED_CHARTS) {
      expect([...OPTION_KEYS[chart]].sort()).toEqual(Object.keys(embedOptionSchemas[chart].shape).sort());
      const defaults = Object.fromEntries(
        Object.entries(embedOptionSchemas[chart].parse({})).filter(([, v]) => v !== undefined),
      );
      expect(OPTION_DEFAULTS[chart]).toEqual(defaults);
    }
  });

  it("the series widget takes the dashboard's range presets; from/to win over them", () => {
    expect(parse("series", "range=12m")).toMatchObject({ ok: true, value: { options: { range: "12m" } } });
    expect(parse("series", "range=10y")).toMatchObject({
      ok: false,
      error: { parameter: "range", allowed: ["12m", "5y", "all"] },
    });
  });
});
