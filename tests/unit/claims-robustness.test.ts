import { describe, expect, it } from "vitest";
import fc from "fast-check";
import path from "node:path";
import { readDataset } from "@/lib/data/read-dataset";
import { checkText } from "@/lib/claims/check-text";
import { scanNumerals } from "@/lib/claims/numerals";
import { readText } from "@/lib/claims/read-claims";
import { checkTextResultSchema } from "@/lib/claims/schema";

const ds = readDataset(path.resolve(__dirname, "../../data"));
const SENTENCE =
  "En enero de 2025 México exportó a Estados Unidos 41 mil 678 millones de dólares, un alza de 5.5% anual, " +
  "mientras que las importaciones desde EE.UU. sumaron 27,930 mdd. ";

function timeOf(fn: () => void): number {
  fn(); // warm caches and the JIT
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return Math.min(...runs);
}

describe("claim engine robustness", () => {
  it("reads 50 KB of trade prose in time linear in its length (1 KB vs 50 KB)", () => {
    const small = SENTENCE.repeat(Math.ceil(1000 / SENTENCE.length)).slice(0, 1000);
    const large = SENTENCE.repeat(Math.ceil(50_000 / SENTENCE.length)).slice(0, 50_000);
    const tSmall = timeOf(() => readText(small, "2025-03-05", ds.partners, "es"));
    const tLarge = timeOf(() => readText(large, "2025-03-05", ds.partners, "es"));
    // 50 times the text: allow 50× plus slack for noise, far below the quadratic 2,500×.
    expect(tLarge).toBeLessThan(Math.max(50 * tSmall * 4, 400));
  });

  it.each([
    ["10,000 digits in a row", "9".repeat(10_000)],
    ["digits with separators", "1,".repeat(5000) + "1"],
    ["spaced groups", "1 000 ".repeat(3000)],
    ["nested dollars and percents", "$(".repeat(4000) + "%)".repeat(4000)],
    ["scale words without numbers", "mil millones de dólares ".repeat(2000)],
    ["binary junk", String.fromCharCode(...Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 65_535))],
    ["backtracking bait", "millones " + "de ".repeat(10_000) + "dólares"],
  ])("answers %s within a second, in its schema", (_name, text) => {
    const t0 = performance.now();
    const result = checkText(ds, { text, date: "2025-03-05" });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(() => checkTextResultSchema.parse(result)).not.toThrow();
    for (const f of result.figures) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });

  it("never throws on arbitrary strings, and every span is the quote it names", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: "grapheme" }), fc.constantFrom("es", "en"), (s, lang) => {
        const result = checkText(ds, { text: s, date: "2024-06-30", lang });
        for (const f of result.figures) expect(s.slice(f.start, f.end)).toBe(f.quote);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("never throws on trade-like fragments glued at random", () => {
    const piece = fc.constantFrom(
      "39,874 mdd",
      " mil ",
      "millones de dólares",
      "$",
      "12.7",
      "%",
      " (3.40%)",
      "\n",
      " exportaciones ",
      " imports from Mexico ",
      " en enero de 2025",
      " from March to April",
      "6,3",
      "déficit",
      " segundo lugar ",
      " No. 2",
      ".",
      ",",
      "-",
      "--0--",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.constantFrom("2024-03-22", "2025", "2025-09"),
        (parts, date) => {
          const text = parts.join("");
          expect(() => checkTextResultSchema.parse(checkText(ds, { text, date }))).not.toThrow();
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it("scans numbers in one pass: 200,000 characters of digits and separators under a second", () => {
    const text = "12,345.6 ".repeat(22_000);
    const t0 = performance.now();
    const found = scanNumerals(text, ".");
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(found.length).toBe(22_000);
  });
});
