import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findFigures, parseFigure, FigureParseError, type FigureLocale } from "@/lib/claims/figures";

describe("parseFigure", () => {
  it.each<[string, FigureLocale, { value: number; unit: string | null; scale: number; precision: number }]>([
    ["39,874 mdd", "es-MX", { value: 39874, unit: "USD", scale: 1e6, precision: 1 }],
    ["67,084 millones de dólares", "es-MX", { value: 67084, unit: "USD", scale: 1e6, precision: 1 }],
    ["12,700 mdd", "es-MX", { value: 12700, unit: "USD", scale: 1e6, precision: 100 }],
    ["27,210 mdd", "es-MX", { value: 27210, unit: "USD", scale: 1e6, precision: 1 }],
    ["12.7 mil millones de dólares", "es-MX", { value: 12.7, unit: "USD", scale: 1e9, precision: 0.1 }],
    ["US$12.7 billion", "en-US", { value: 12.7, unit: "USD", scale: 1e9, precision: 0.1 }],
    ["$64.5B", "en-US", { value: 64.5, unit: "USD", scale: 1e9, precision: 0.1 }],
    ["$67 billion", "en-US", { value: 67, unit: "USD", scale: 1e9, precision: 1 }],
    ["1,234.5", "en-US", { value: 1234.5, unit: null, scale: 1, precision: 0.1 }],
    ["39.874", "es-ES", { value: 39874, unit: null, scale: 1, precision: 1 }],
    ["39.874 millones de dólares", "es-ES", { value: 39874, unit: "USD", scale: 1e6, precision: 1 }],
    ["12,7 mil millones de dólares", "es-ES", { value: 12.7, unit: "USD", scale: 1e9, precision: 0.1 }],
    ["39 874", "es-ES", { value: 39874, unit: null, scale: 1, precision: 1 }],
    ["39.874", "es-MX", { value: 39.874, unit: null, scale: 1, precision: 0.001 }],
    ["2 billones de dólares", "es-MX", { value: 2, unit: "USD", scale: 1e12, precision: 1 }],
    ["1 billón", "es-MX", { value: 1, unit: null, scale: 1e12, precision: 1 }],
    ["5.4%", "en-US", { value: 5.4, unit: "percent", scale: 1, precision: 0.1 }],
  ])("reads %s (%s)", (text, locale, expected) => {
    expect(parseFigure(text, locale)).toEqual(expected);
  });

  it.each<[string, FigureLocale, number]>([
    ["39,874 MDD", "es-MX", 1e6],
    ["12.7 Mil Millones de Dólares", "es-MX", 1e9],
    ["67,084 MILLONES DE DÓLARES", "es-MX", 1e6],
    ["2 Billones", "es-MX", 1e12],
    ["US$12.7 Billion", "en-US", 1e9],
  ])("reads the scale word of %s whatever its case", (text, locale, scale) => {
    expect(parseFigure(text, locale).scale).toBe(scale);
  });

  it("keeps case where it carries meaning: 500 MN is moneda nacional, 5m is no compact million", () => {
    expect(findFigures("500 MN")).toEqual([expect.objectContaining({ text: "500", scale: 1 })]);
    expect(() => parseFigure("$5m", "en-US")).toThrow(FigureParseError);
    expect(parseFigure("$5M", "en-US").scale).toBe(1e6);
  });

  it("reads any scale word in upper, lower or title case to the same figure", () => {
    const words = [
      "mdd",
      "mmdd",
      "millones de dólares",
      "mil millones de dólares",
      "billones",
      "billón",
      "billion",
      "million",
      "trillion",
      "dólares",
      "dollars",
    ];
    const cases = [(w: string) => w.toUpperCase(), (w: string) => w.replace(/(^|\s)\p{L}/gu, (m) => m.toUpperCase())];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        fc.constantFrom(...words),
        fc.constantFrom(...cases),
        (n, word, recase) => {
          expect(parseFigure(`${n} ${recase(word)}`)).toEqual(parseFigure(`${n} ${word}`));
        },
      ),
    );
  });

  it.each(["", "mdd", "39,874 mdd y 4", "tres mil"])("refuses %j with a FigureParseError that quotes it", (text) => {
    expect(() => parseFigure(text)).toThrow(FigureParseError);
  });

  it("never reads a Spanish billón as a thousand million", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom("billón", "billones", "billones de dólares", "billón de dólares"),
        (n, word) => {
          expect(parseFigure(`${n} ${word}`).scale).toBe(1e12);
        },
      ),
    );
  });

  it("reads back any whole number of mdd written with es-MX or en-US grouping", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom("es-MX", "en-US"), (n, locale) => {
        const text = `${new Intl.NumberFormat(locale).format(n)} mdd`;
        const fig = parseFigure(text, locale);
        expect(fig.value).toBe(n);
        expect(fig.scale).toBe(1e6);
      }),
    );
  });

  it("reads back any number written the Spanish (es-ES) way, '.' for thousands and ',' for decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
        expect(parseFigure(`${grouped},${String(cents).padStart(2, "0")}`, "es-ES").value).toBeCloseTo(
          whole + cents / 100,
          6,
        );
        expect(parseFigure(grouped, "es-ES").value).toBe(whole);
      }),
    );
  });

  it("gives the printed precision: decimals, and two or more trailing zeros of a whole number", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 3 }),
        (lead, zeros, decimals) => {
          const whole = `${lead}${"0".repeat(zeros)}`;
          const text = decimals > 0 ? `${whole}.${"5".repeat(decimals)}` : whole;
          const expected = decimals > 0 ? 10 ** -decimals : zeros >= 2 ? 10 ** zeros : 1;
          expect(parseFigure(text, "en-US").precision).toBeCloseTo(expected, 12);
        },
      ),
    );
  });
});

describe("findFigures", () => {
  it("finds each figure of a Spanish sentence with its span, and none inside words", () => {
    const text =
      "Ciudad de México, a 22 de marzo de 2024: exportaciones por 39,874 mdd e importaciones por " +
      "27,210 mdd (T-MEC2, COVID19).";
    const found = findFigures(text);
    expect(found.map((f) => f.text)).toEqual(["22", "2024", "39,874 mdd", "27,210 mdd"]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
