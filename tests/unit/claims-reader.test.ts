import { describe, expect, it } from "vitest";
import path from "node:path";
import { readDataset } from "@/lib/data/read-dataset";
import { readText } from "@/lib/claims/read-claims";
import { checkText } from "@/lib/claims/check-text";
import { decimalMarkEvidence, scanNumerals } from "@/lib/claims/numerals";

const ds = readDataset(path.resolve(__dirname, "../../data"));

describe("scanNumerals: every form of a figure", () => {
  it.each<[string, "." | ",", number, number, number, boolean]>([
    // text, decimal mark, value, scale, step, percent
    ["39,874 mdd", ".", 39874, 1e6, 1, false],
    ["45 mil 366 millones de dólares", ".", 45366, 1e6, 1, false],
    ["534 mil 874 millones de dólares", ".", 534874, 1e6, 1, false],
    ["448 mil millones", ".", 448, 1e9, 1, false],
    ["399.5 mil millones de dólares", ".", 399.5, 1e9, 0.1, false],
    ["$38,232,900,000", ".", 38232900000, 1, 100000, false],
    ["557 034 millones", ".", 557034, 1e6, 1, false],
    ["US$12.7 billion", ".", 12.7, 1e9, 0.1, false],
    ["$171.809 billion dollars", ".", 171.809, 1e9, 0.001, false],
    ["40.377 billion dollars", ".", 40.377, 1e9, 0.001, false],
    ["$0.7 billion", ".", 0.7, 1e9, 0.1, false],
    ["6,3%", ",", 6.3, 1, 0.1, true],
    ["8.24 por ciento", ".", 8.24, 1, 0.01, true],
    ["3.4 percent", ".", 3.4, 1, 0.1, true],
    ["0.3 puntos porcentuales", ".", 0.3, 1, 0.1, true],
    ["39.874 millones de dólares", ",", 39874, 1e6, 1, false],
    ["2 billones de dólares", ".", 2, 1e12, 1, false],
    ["12,700 mdd", ".", 12700, 1e6, 100, false],
  ])("%s", (text, mark, value, scale, step, percent) => {
    const [n] = scanNumerals(text, mark);
    expect(n?.value).toBeCloseTo(value, 9);
    expect(n?.scale).toBe(scale);
    expect(n?.step).toBeCloseTo(step, 12);
    expect(n?.percent).toBe(percent);
    expect(n?.end).toBe(text.length);
  });

  it("reads a cut-off scale word at the end of an excerpt ('$4.4 bi')", () => {
    expect(scanNumerals("fell to $4.4 bi", ".")[0]?.scale).toBe(1e9);
  });

  it("never reads a Spanish billón as a thousand million", () => {
    expect(scanNumerals("1.5 billones", ".")[0]?.scale).toBe(1e12);
  });

  it.each([
    ["Las ventas fueron de 1.234.567 dólares y el alza de 6,3%.", ","],
    ["Exports were $12.7 billion, up 3.4 percent.", "."],
    ["Un total de 39,874 mdd, con un alza de 2.5%.", "."],
  ])("decides the decimal mark from the whole text: %s", (text, mark) => {
    const ev = decimalMarkEvidence(text);
    expect(ev.comma > ev.dot ? "," : ".").toBe(mark);
  });
});

type Row = [
  string,
  string,
  Partial<Record<"kind" | "partner" | "flow" | "value" | "months" | "compareMonths", unknown>>,
];

describe("readText: what each figure claims", () => {
  it.each<Row>([
    // Spanish, Mexico's side
    [
      "En marzo de 2024 las exportaciones de Canadá a Estados Unidos sumaron 35,120 millones de dólares.",
      "2024-05-10",
      { kind: "level", partner: "1220", flow: "us_imports", value: 35120, months: ["2024-03"] },
    ],
    [
      "Durante abril, Estados Unidos vendió a México bienes por 27 mil 105 millones de dólares.",
      "2024-06-06",
      { kind: "level", partner: "2010", flow: "us_exports", value: 27105, months: ["2024-04"] },
    ],
    [
      "Las compras de EUA a China cayeron 4.2% anual en febrero de 2023.",
      "2023-04-05",
      {
        kind: "growth_pct",
        partner: "5700",
        flow: "us_imports",
        value: -4.2,
        months: ["2023-02"],
        compareMonths: ["2022-02"],
      },
    ],
    [
      "México obtuvo un superávit de 15.3 mil millones de dólares con Estados Unidos en junio de 2022.",
      "2022-08-04",
      { kind: "level", partner: "2010", flow: "balance", value: -15300, months: ["2022-06"] },
    ],
    [
      "En el primer trimestre de 2023 el intercambio comercial con Japón llegó a 57,300 millones de dólares.",
      "2023-05-04",
      { kind: "level", partner: "5880", flow: "total", value: 57300, months: ["2023-01", "2023-02", "2023-03"] },
    ],
    [
      "Entre enero y mayo de 2024, las importaciones mexicanas procedentes de Estados Unidos sumaron " +
        "135 mil 20 millones de dólares.",
      "2024-07-03",
      {
        kind: "level",
        partner: "2010",
        flow: "us_exports",
        months: ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05"],
      },
    ],
    // English, US side
    [
      "U.S. imports from Germany rose $1.2 billion in May 2021 to $12.4 billion.",
      "2021-07-02",
      {
        kind: "change",
        partner: "4280",
        flow: "us_imports",
        value: 1200,
        months: ["2021-05"],
        compareMonths: ["2021-04"],
      },
    ],
    [
      "The goods deficit with Japan narrowed to $5.1 billion in October 2019.",
      "2019-12-05",
      { kind: "level", partner: "5880", flow: "balance", value: -5100, months: ["2019-10"] },
    ],
    [
      "In the first three months of 2022, U.S. exports to Canada totaled $88.9 billion.",
      "2022-05-04",
      { kind: "level", partner: "1220", flow: "us_exports", value: 88900, months: ["2022-01", "2022-02", "2022-03"] },
    ],
    [
      "Two-way trade with Mexico reached $798.8 billion in 2023, up 2.1 percent from 2022.",
      "2024-02-07",
      { kind: "level", partner: "2010", flow: "total", value: 798800 },
    ],
    [
      "Canada ranked second among U.S. trading partners in 2023.",
      "2024-02-07",
      { kind: "rank", partner: "1220", value: 2 },
    ],
    [
      "The U.S. surplus with the Netherlands was $4.1 billion in August 2024.",
      "2024-10-08",
      { kind: "level", partner: "4210", flow: "balance", value: 4100, months: ["2024-08"] },
    ],
  ])("%s", (text, date, expected) => {
    const claims = readText(text, date, ds.partners).figures.filter((f) => f.claim);
    expect(claims[0]).toMatchObject(expected);
  });

  it("finds the growth as a share when the text says so", () => {
    const [, share] = readText(
      "México exportó 40,120 millones de dólares, una participación de 15.2% de las importaciones de EUA.",
      "2024-03-07",
      ds.partners,
    ).figures.filter((f) => f.claim);
    expect(share).toMatchObject({ kind: "share_pct", value: 15.2 });
  });

  it.each([
    ["El comunicado 612 se publicó el 3 de abril de 2024.", ["release number", "date", "year (period label)"]],
    ["Los tres principales socios: en 2023 hubo 5 reuniones.", ["year (period label)", "count"]],
  ])("says why a number is not a claim: %s", (text, whys) => {
    const figures = readText(text, "2024-04-03", ds.partners).figures;
    expect(figures.every((f) => !f.claim)).toBe(true);
    expect(figures.map((f) => f.why)).toEqual(expect.arrayContaining(whys));
  });
});

describe("checkText: verdicts and the text's own identities", () => {
  it("finds January 2024 NSA imports from Mexico exact at the first release", () => {
    const r = checkText(ds, {
      text: "In January 2024 U.S. imports from Mexico were $38,042 million, not seasonally adjusted.",
      date: "2024-03-08",
    });
    const f = r.figures.find((x) => x.claim);
    expect(f?.verdict).toMatch(/exact|within_rounding/);
    expect(f?.basis).toBe("NSA");
    expect(f?.basisStated).toBe(true);
  });

  it("flags the figure that breaks total = exports + imports when the other two match the data", () => {
    const r = checkText(ds, {
      text:
        "En enero de 2024 México exportó a Estados Unidos 38,042 millones de dólares e importó de ese país " +
        "26,081 millones de dólares, para un comercio bilateral de 64,523 millones de dólares.",
      date: "2024-03-08",
    });
    const exports = r.figures.find((f) => f.quote.startsWith("26,081"));
    expect(exports?.verdict).toBe("mismatch");
    const identity = r.identities.find((i) => i.formula.startsWith("total"));
    expect(identity?.holds).toBe(false);
    expect(identity?.breaks).toBe(r.figures.indexOf(exports as (typeof r.figures)[number]));
  });

  it("leaves a figure unverified, with the reason, when nothing we hold covers it", () => {
    const r = checkText(ds, {
      text: "U.S. exports to Mexico were $30.1 billion in August 2025.",
      date: "2025-10-06",
    });
    const f = r.figures.find((x) => x.claim);
    expect(f?.verdict).toBe("unverified");
    expect(f?.explanation?.en).toMatch(/No official data/);
  });
});

describe("checkText on composed sentences against the real data", () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      "In 2023, the U.S. goods deficit with China was $279.4 billion, down $103.0 billion from 2022.",
      "$103.0 billion",
      { kind: "change", partner: "5700", flow: "balance", value: 103000, verdict: "within_rounding" },
    ],
    [
      "México registró un superávit comercial con Estados Unidos de 171 mil 809 millones de dólares en 2024.",
      "171 mil 809",
      { kind: "level", partner: "2010", flow: "balance", value: -171809, verdict: "within_rounding" },
    ],
    [
      "The trade gap with Mexico widened by $2.1 billion to $16.0 billion in March 2024.",
      "$2.1 billion",
      { kind: "change", flow: "balance", value: -2100, months: ["2024-03"], compareMonths: ["2024-02"] },
    ],
    [
      "La participación de China en las importaciones estadounidenses bajó a 13.4% en 2024.",
      "13.4%",
      { kind: "share_pct", partner: "5700", flow: "us_imports", value: 13.4, verdict: "within_rounding" },
    ],
    [
      "Mexico was the largest U.S. trading partner in 2024, ahead of Canada and China.",
      "largest U.S. trading partner",
      { kind: "rank", partner: "2010", value: 1, verdict: "exact", fromWords: true },
    ],
    [
      "Las importaciones de EE. UU. desde México alcanzaron 475.608,2 millones de dólares en 2023, " +
        "un 4,6% más que en 2022.",
      "4,6%",
      { kind: "growth_pct", flow: "us_imports", value: 4.6, verdict: "within_rounding" },
    ],
    [
      "China cayó al tercer lugar entre los socios comerciales de EUA en 2023, detrás de México y Canadá.",
      "tercer lugar",
      { kind: "rank", partner: "5700", value: 3, verdict: "exact" },
    ],
    [
      "Imports of goods from Japan totaled $148.2 billion in 2024; exports to Japan were $79.7 billion.",
      "$79.7 billion",
      { kind: "level", partner: "5880", flow: "us_exports", value: 79700, verdict: "within_rounding" },
    ],
  ])("%s", (text, quote, expected) => {
    const f = checkText(ds, { text, date: "2025-02-07" }).figures.find((x) => x.claim && x.quote.includes(quote));
    expect(f).toMatchObject(expected);
  });
});

describe("checkText: the decimal mark when one number is ambiguous, and bad dates", () => {
  it.each([
    ["Las exportaciones de México a Estados Unidos fueron de 38.042 millones de dólares en enero de 2024.", 38042],
    ["Las exportaciones de México a Estados Unidos fueron de 38,042 millones de dólares en enero de 2024.", 38042],
  ])("reads %s with the mark that makes it agree with the data", (text, value) => {
    const f = checkText(ds, { text, date: "2024-03-08" }).figures.find((x) => x.claim);
    expect(f?.value).toBe(value);
    expect(f?.verdict).toMatch(/exact|within_rounding/);
  });

  it.each(["2024-13-01", "yesterday", "", "2024/03/08"])(
    "refuses the date %j with a message naming the forms",
    (date) => {
      expect(() => checkText(ds, { text: "39,874 mdd", date })).toThrow(/YYYY-MM-DD, YYYY-MM or YYYY/);
    },
  );
});
