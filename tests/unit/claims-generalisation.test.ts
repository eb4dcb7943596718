// Sentences composed outside the labelled corpus, their figures taken from data/ (not from the engine): each asserts
// what the claim engine must read (kind, partner, flow, months, value) and the verdict the data support.
import { describe, expect, it } from "vitest";
import path from "node:path";
import { readDataset } from "@/lib/data/read-dataset";
import { checkText } from "@/lib/claims/check-text";
import type { CheckedFigure } from "@/lib/claims/schema";

const ds = readDataset(path.resolve(__dirname, "../../data"));

type UsFlow = "us_exports" | "us_imports" | "balance" | "total";

const months = (from: string, to: string): string[] => {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number) as [number, number];
  for (;;) {
    const k = `${String(y)}-${String(m).padStart(2, "0")}`;
    out.push(k);
    if (k === to) return out;
    if (++m > 12) [y, m] = [y + 1, 1];
  }
};
const year = (y: number) => months(`${String(y)}-01`, `${String(y)}-12`);

/** One flow of one vintage summed over months, read straight from the dataset's observations ($M). */
function flowSum(partner: string, flow: "exports" | "imports", basis: "SA" | "NSA", vintage: string, ms: string[]) {
  const byPeriod = new Map(
    (ds.byKey.get(`${partner}|${flow}|${basis}`) ?? []).filter((o) => o.vintage === vintage).map((o) => [o.period, o]),
  );
  return ms.reduce((s, p) => {
    const o = byPeriod.get(p);
    if (!o) throw new Error(`no ${partner} ${flow} ${basis} ${p} in vintage ${vintage}`);
    return s + o.value;
  }, 0);
}
function official(partner: string, flow: UsFlow, ms: string[], basis: "SA" | "NSA" = "NSA", vintage = "2025-04") {
  const e = () => flowSum(partner, "exports", basis, vintage, ms);
  const i = () => flowSum(partner, "imports", basis, vintage, ms);
  return flow === "us_exports" ? e() : flow === "us_imports" ? i() : flow === "balance" ? e() - i() : e() + i();
}
const growth = (now: number, then: number) => (now / then - 1) * 100;

// How the press writes a figure in $M.
const milMillones = (v: number) => {
  const r = Math.round(Math.abs(v));
  return `${String(Math.floor(r / 1000))} mil ${String(r % 1000)} millones`;
};
const mdd = (v: number) => `${Math.round(Math.abs(v)).toLocaleString("en-US")} mdd`;
const bn = (v: number) => (Math.abs(v) / 1000).toFixed(1);
const pct = (v: number) => Math.abs(v).toFixed(1);

interface Expect {
  kind: NonNullable<CheckedFigure["kind"]>;
  partner: string;
  flow: UsFlow;
  months: string[];
  compareMonths?: string[];
  value: number;
  verdict: NonNullable<CheckedFigure["verdict"]>;
}

function claims(text: string, date: string, lang: "es" | "en") {
  return checkText(ds, { text, date, lang }).figures.filter((f) => f.claim);
}
function expectReading(f: CheckedFigure | undefined, e: Expect) {
  expect(f).toBeDefined();
  expect({
    kind: f?.kind,
    partner: f?.partner,
    flow: f?.flow,
    months: f?.months,
    ...(e.compareMonths ? { compareMonths: f?.compareMonths } : {}),
    verdict: f?.verdict,
  }).toEqual({
    kind: e.kind,
    partner: e.partner,
    flow: e.flow,
    months: e.months,
    ...(e.compareMonths ? { compareMonths: e.compareMonths } : {}),
    verdict: e.verdict,
  });
  expect(f?.value).toBeCloseTo(e.value, 6);
}
const consistent = "within_rounding" as const;

describe("Spanish prose outside the corpus", () => {
  it("a year-to-date level and its growth (de enero a julio, frente al mismo periodo)", () => {
    const now = months("2025-01", "2025-07");
    const then = months("2024-01", "2024-07");
    const v = official("2010", "us_imports", now, "NSA", "2026-09");
    const g = growth(v, official("2010", "us_imports", then, "NSA", "2026-09"));
    const text =
      `De enero a julio de 2025, las exportaciones de México a Estados Unidos sumaron ${milMillones(v)} de ` +
      `dólares, un alza de ${pct(g)}% frente al mismo periodo de 2024.`;
    const [level, rate] = claims(text, "2025-09-05", "es");
    expectReading(level, {
      kind: "level",
      partner: "2010",
      flow: "us_imports",
      months: now,
      value: Math.round(v),
      verdict: consistent,
    });
    expectReading(rate, {
      kind: "growth_pct",
      partner: "2010",
      flow: "us_imports",
      months: now,
      compareMonths: then,
      value: Number(pct(g)),
      verdict: consistent,
    });
  });

  it("a Mexican surplus is a negative US balance", () => {
    const b = official("2010", "balance", year(2024));
    expect(b).toBeLessThan(0);
    const text = `En 2024, México registró un superávit comercial con Estados Unidos de ${milMillones(b)} de dólares.`;
    expectReading(claims(text, "2025-02-06", "es")[0], {
      kind: "level",
      partner: "2010",
      flow: "balance",
      months: year(2024),
      value: -Math.round(-b),
      verdict: consistent,
    });
  });

  it("«X% de las compras totales de EUA» is a share of US imports, not a growth rate", () => {
    const share = (official("2010", "us_imports", year(2024)) / official("0015", "us_imports", year(2024))) * 100;
    const text =
      `Con ${pct(share)}% de las compras totales de Estados Unidos en el exterior, ` +
      `México fue en 2024 su principal proveedor de mercancías.`;
    expectReading(claims(text, "2025-02-10", "es")[0], {
      kind: "share_pct",
      partner: "2010",
      flow: "us_imports",
      months: year(2024),
      value: Number(pct(share)),
      verdict: consistent,
    });
  });

  it("monthly levels in mdd, told from Mexico's side", () => {
    const m = ["2024-03"];
    const e = official("2010", "us_exports", m);
    const i = official("2010", "us_imports", m);
    const text =
      `En marzo de 2024 las importaciones mexicanas procedentes de Estados Unidos alcanzaron ${mdd(e)}, mientras que ` +
      `las exportaciones de México a ese país sumaron ${mdd(i)}.`;
    const [a, b] = claims(text, "2024-05-03", "es");
    expectReading(a, {
      kind: "level",
      partner: "2010",
      flow: "us_exports",
      months: m,
      value: Math.round(e),
      verdict: consistent,
    });
    expectReading(b, {
      kind: "level",
      partner: "2010",
      flow: "us_imports",
      months: m,
      value: Math.round(i),
      verdict: consistent,
    });
  });

  it("swapped flows, the second named through «ese país»: both figures are errors", () => {
    const m = ["2025-02"];
    const e = official("2010", "us_exports", m);
    const i = official("2010", "us_imports", m);
    // Mexico's exports are US imports; the text gives them the value of US exports, and the other way round.
    const text =
      `En febrero de 2025, las exportaciones mexicanas hacia Estados Unidos fueron de ${milMillones(e)} de dólares, ` +
      `mientras que las importaciones desde ese país llegaron a ${milMillones(i)}.`;
    const [a, b] = claims(text, "2025-04-03", "es");
    expectReading(a, {
      kind: "level",
      partner: "2010",
      flow: "us_imports",
      months: m,
      value: Math.round(e),
      verdict: "mismatch",
    });
    expectReading(b, {
      kind: "level",
      partner: "2010",
      flow: "us_exports",
      months: m,
      value: Math.round(i),
      verdict: "mismatch",
    });
    expect(a?.explanation?.en).toMatch(/swapped or mislabelled/);
  });

  it("a wrong total among right flows breaks the text's own identity", () => {
    const m = ["2025-01"];
    const e = official("2010", "us_exports", m);
    const i = official("2010", "us_imports", m);
    const wrong = e + i + 2000;
    const text =
      `El intercambio comercial entre México y Estados Unidos sumó ` +
      `${milMillones(wrong)} de dólares en enero de 2025, ` +
      `con exportaciones mexicanas por ${milMillones(i)} e importaciones por ${milMillones(e)}.`;
    const result = checkText(ds, { text, date: "2025-03-06", lang: "es" });
    const [t, x, y] = result.figures.filter((f) => f.claim);
    expectReading(t, {
      kind: "level",
      partner: "2010",
      flow: "total",
      months: m,
      value: Math.round(wrong),
      verdict: "mismatch",
    });
    expectReading(x, {
      kind: "level",
      partner: "2010",
      flow: "us_imports",
      months: m,
      value: Math.round(i),
      verdict: consistent,
    });
    expectReading(y, {
      kind: "level",
      partner: "2010",
      flow: "us_exports",
      months: m,
      value: Math.round(e),
      verdict: consistent,
    });
    expect(result.identities.map((d) => [d.holds, d.breaks === null ? null : result.figures[d.breaks]?.quote])).toEqual(
      [[false, t?.quote]],
    );
  });

  it("a fall of US purchases from Canada", () => {
    const now = official("1220", "us_imports", year(2024));
    const g = growth(now, official("1220", "us_imports", year(2023)));
    expect(g).toBeLessThan(0);
    const text = `Las compras de Estados Unidos a Canadá cayeron ${pct(g)}% en 2024, a ${milMillones(now)} de dólares.`;
    const [rate, level] = claims(text, "2025-02-07", "es");
    expectReading(rate, {
      kind: "growth_pct",
      partner: "1220",
      flow: "us_imports",
      months: year(2024),
      compareMonths: year(2023),
      value: -Number(pct(g)),
      verdict: consistent,
    });
    expectReading(level, {
      kind: "level",
      partner: "1220",
      flow: "us_imports",
      months: year(2024),
      value: Math.round(now),
      verdict: consistent,
    });
  });

  it("«igual lapso de 2023» compares with the same quarter a year before, not with the year 2023", () => {
    const q1 = months("2024-01", "2024-03");
    const q0 = months("2023-01", "2023-03");
    const v = official("2010", "us_imports", q1);
    const g = growth(v, official("2010", "us_imports", q0));
    const b = official("2010", "balance", q1);
    // The rate differs from 2023 over 2022 at the printed step, so a wrong reading cannot pass by chance.
    const yearly = growth(
      official("2010", "us_imports", year(2023)),
      official("2010", "us_imports", year(2022), "NSA"),
    );
    expect(pct(yearly)).not.toBe(pct(g));
    const text =
      `En el primer trimestre de 2024, las exportaciones de México a Estados ` +
      `Unidos ascendieron a ${milMillones(v)} de ` +
      `dólares, ${pct(g)}% más que en igual lapso de 2023. El superávit de México en ese periodo fue de ` +
      `${milMillones(b)} de dólares.`;
    const [level, rate, balance] = claims(text, "2024-05-10", "es");
    expectReading(level, {
      kind: "level",
      partner: "2010",
      flow: "us_imports",
      months: q1,
      value: Math.round(v),
      verdict: consistent,
    });
    expectReading(rate, {
      kind: "growth_pct",
      partner: "2010",
      flow: "us_imports",
      months: q1,
      compareMonths: q0,
      value: Number(pct(g)),
      verdict: consistent,
    });
    expectReading(balance, {
      kind: "level",
      partner: "2010",
      flow: "balance",
      months: q1,
      value: -Math.round(-b),
      verdict: consistent,
    });
  });

  it("«334 mil 41 millones»: a thousands group of fewer than three digits before «millones»", () => {
    const v = official("2010", "us_exports", year(2024));
    expect(Math.round(v) % 1000).toBeLessThan(100);
    const g = growth(v, official("2010", "us_exports", year(2023)));
    const text =
      `Las importaciones de México procedentes de EUA sumaron ${milMillones(v)} de dólares en 2024, un avance de ` +
      `${pct(g)}% respecto a 2023.`;
    const [level, rate] = claims(text, "2025-02-10", "es");
    expect(level?.quote).toBe(`${milMillones(v)} de dólares`);
    expectReading(level, {
      kind: "level",
      partner: "2010",
      flow: "us_exports",
      months: year(2024),
      value: Math.round(v),
      verdict: consistent,
    });
    expectReading(rate, {
      kind: "growth_pct",
      partner: "2010",
      flow: "us_exports",
      months: year(2024),
      compareMonths: year(2023),
      value: Number(pct(g)),
      verdict: consistent,
    });
  });

  it("a year-to-date bilateral total in mdd and a US deficit with China in «mil millones»", () => {
    const ytd = months("2024-01", "2024-07");
    const t = official("2010", "total", ytd);
    const text1 =
      `De acuerdo con la cámara, ` +
      `de enero a julio de 2024 el comercio bilateral entre México y Estados Unidos sumó ${mdd(t)}.`;
    expectReading(claims(text1, "2024-09-10", "es")[0], {
      kind: "level",
      partner: "2010",
      flow: "total",
      months: ytd,
      value: Math.round(t),
      verdict: consistent,
    });
    const b24 = official("5700", "balance", year(2024));
    const b23 = official("5700", "balance", year(2023));
    const text2 =
      `El déficit comercial de Estados Unidos con China llegó a ${bn(b24)} mil millones de dólares en 2024, ` +
      `frente a ${bn(b23)} mil millones en 2023.`;
    const [a, b] = claims(text2, "2025-02-07", "es");
    expectReading(a, {
      kind: "level",
      partner: "5700",
      flow: "balance",
      months: year(2024),
      value: -Number(bn(b24)) * 1000,
      verdict: consistent,
    });
    expectReading(b, {
      kind: "level",
      partner: "5700",
      flow: "balance",
      months: year(2023),
      value: -Number(bn(b23)) * 1000,
      verdict: consistent,
    });
  });
});

describe("English prose outside the corpus", () => {
  it("a deficit that increased: the change and the new level", () => {
    const b24 = official("2010", "balance", year(2024));
    const b23 = official("2010", "balance", year(2023));
    const text = `The deficit with Mexico increased $${bn(b24 - b23)} billion to $${bn(b24)} billion in 2024.`;
    const [change, level] = claims(text, "2025-02-05", "en");
    expectReading(change, {
      kind: "change",
      partner: "2010",
      flow: "balance",
      months: year(2024),
      compareMonths: year(2023),
      value: -Number(bn(b24 - b23)) * 1000,
      verdict: consistent,
    });
    expectReading(level, {
      kind: "level",
      partner: "2010",
      flow: "balance",
      months: year(2024),
      value: -Number(bn(b24)) * 1000,
      verdict: consistent,
    });
  });

  it("a year-to-date level and its growth from the same period a year earlier", () => {
    const now = months("2024-01", "2024-07");
    const then = months("2023-01", "2023-07");
    const v = official("2010", "us_imports", now);
    const g = growth(v, official("2010", "us_imports", then));
    const text =
      `U.S. imports from Mexico totaled $${bn(v)} billion from January through July 2024, ` +
      `up ${pct(g)}% from the same period a year earlier.`;
    const [level, rate] = claims(text, "2024-09-04", "en");
    expectReading(level, {
      kind: "level",
      partner: "2010",
      flow: "us_imports",
      months: now,
      value: Number(bn(v)) * 1000,
      verdict: consistent,
    });
    expectReading(rate, {
      kind: "growth_pct",
      partner: "2010",
      flow: "us_imports",
      months: now,
      compareMonths: then,
      value: Number(pct(g)),
      verdict: consistent,
    });
  });

  it("a share of all US imports and the top partner with three totals", () => {
    const share = (official("2010", "us_imports", year(2024)) / official("0015", "us_imports", year(2024))) * 100;
    const text1 = `Mexico accounted for ${pct(share)} percent of all U.S. goods imports in 2024.`;
    expectReading(claims(text1, "2025-02-10", "en")[0], {
      kind: "share_pct",
      partner: "2010",
      flow: "us_imports",
      months: year(2024),
      value: Number(pct(share)),
      verdict: consistent,
    });
    const [mx, ca, cn] = ["2010", "1220", "5700"].map((p) => official(p, "total", year(2024))) as [
      number,
      number,
      number,
    ];
    expect(mx).toBeGreaterThan(Math.max(ca, cn));
    const text2 =
      `Mexico was the top U.S. trading partner in 2024, with two-way goods trade of $${bn(mx)} billion, ` +
      `ahead of Canada ($${bn(ca)} billion) and China ($${bn(cn)} billion).`;
    const [rank, a, b, c] = claims(text2, "2025-02-10", "en");
    expectReading(rank, {
      kind: "rank",
      partner: "2010",
      flow: "total",
      months: year(2024),
      value: 1,
      verdict: "exact",
    });
    expectReading(a, {
      kind: "level",
      partner: "2010",
      flow: "total",
      months: year(2024),
      value: Number(bn(mx)) * 1000,
      verdict: consistent,
    });
    expectReading(b, {
      kind: "level",
      partner: "1220",
      flow: "total",
      months: year(2024),
      value: Number(bn(ca)) * 1000,
      verdict: consistent,
    });
    expectReading(c, {
      kind: "level",
      partner: "5700",
      flow: "total",
      months: year(2024),
      value: Number(bn(cn)) * 1000,
      verdict: consistent,
    });
  });

  it("seasonally adjusted monthly levels", () => {
    const m = ["2025-02"];
    const e = official("2010", "us_exports", m, "SA");
    const i = official("2010", "us_imports", m, "SA");
    const text =
      `In February 2025, seasonally adjusted U.S. exports to Mexico were $${bn(e)} billion ` +
      `and imports from Mexico were $${bn(i)} billion.`;
    const [a, b] = claims(text, "2025-04-03", "en");
    expectReading(a, {
      kind: "level",
      partner: "2010",
      flow: "us_exports",
      months: m,
      value: Number(bn(e)) * 1000,
      verdict: consistent,
    });
    expectReading(b, {
      kind: "level",
      partner: "2010",
      flow: "us_imports",
      months: m,
      value: Number(bn(i)) * 1000,
      verdict: consistent,
    });
    expect([a?.basis, b?.basis]).toEqual(["SA", "SA"]);
  });

  it("swapped flows with Canada and a wrong total with China are errors", () => {
    const e = official("1220", "us_exports", year(2024));
    const i = official("1220", "us_imports", year(2024));
    const text1 =
      `U.S. exports to Canada were $${bn(i)} billion in 2024, ` +
      `while imports from Canada reached $${bn(e)} billion.`;
    const [a, b] = claims(text1, "2025-02-07", "en");
    expectReading(a, {
      kind: "level",
      partner: "1220",
      flow: "us_exports",
      months: year(2024),
      value: Number(bn(i)) * 1000,
      verdict: "mismatch",
    });
    expectReading(b, {
      kind: "level",
      partner: "1220",
      flow: "us_imports",
      months: year(2024),
      value: Number(bn(e)) * 1000,
      verdict: "mismatch",
    });
    const ce = official("5700", "us_exports", year(2024));
    const ci = official("5700", "us_imports", year(2024));
    const wrong = ce + ci + 20_000;
    const text2 =
      `Two-way trade with China came to $${bn(wrong)} billion in 2024: ` +
      `$${bn(ce)} billion in U.S. exports and $${bn(ci)} billion in imports.`;
    const [t, x, y] = claims(text2, "2025-02-07", "en");
    expectReading(t, {
      kind: "level",
      partner: "5700",
      flow: "total",
      months: year(2024),
      value: Number(bn(wrong)) * 1000,
      verdict: "mismatch",
    });
    expectReading(x, {
      kind: "level",
      partner: "5700",
      flow: "us_exports",
      months: year(2024),
      value: Number(bn(ce)) * 1000,
      verdict: consistent,
    });
    expectReading(y, {
      kind: "level",
      partner: "5700",
      flow: "us_imports",
      months: year(2024),
      value: Number(bn(ci)) * 1000,
      verdict: consistent,
    });
  });

  it.each([
    ["Mexico", "2010", "last year", "2025-03-10"],
    ["Canada", "1220", "in 2024", "2025-02-10"],
  ])("«%s's goods trade surplus with the United States» (%s) is a US deficit", (name, code, when, date) => {
    const b = official(code, "balance", year(2024));
    expect(b).toBeLessThan(0);
    const text = `${name}'s goods trade surplus with the United States reached $${bn(b)} billion ${when}.`;
    expectReading(claims(text, date, "en")[0], {
      kind: "level",
      partner: code,
      flow: "balance",
      months: year(2024),
      value: -Number(bn(b)) * 1000,
      verdict: consistent,
    });
  });

  it("a wrong growth rate, with data published before the text, is an error", () => {
    const v = official("2010", "us_imports", year(2024));
    const g = growth(v, official("2010", "us_imports", year(2023)));
    const wrong = g - 1;
    const text = `U.S. imports from Mexico reached $${bn(v)} billion in 2024, up ${pct(wrong)}% from 2023.`;
    const [level, rate] = claims(text, "2025-05-10", "en");
    expectReading(level, {
      kind: "level",
      partner: "2010",
      flow: "us_imports",
      months: year(2024),
      value: Number(bn(v)) * 1000,
      verdict: consistent,
    });
    expectReading(rate, {
      kind: "growth_pct",
      partner: "2010",
      flow: "us_imports",
      months: year(2024),
      compareMonths: year(2023),
      value: Number(pct(wrong)),
      verdict: "mismatch",
    });
  });
});

describe("US totals with no partner named", () => {
  const world = () => official("0015", "us_imports", year(2024));
  it.each([
    ["en", (v: string) => `Total U.S. goods imports reached a record $${v} trillion in 2024.`],
    ["es", (v: string) => `Las importaciones totales de Estados Unidos sumaron ${v} billones de dólares en 2024.`],
  ] as const)("are the World's, not Mexico's (%s)", (lang, sentence) => {
    const printed = (world() / 1e6).toFixed(2);
    expectReading(claims(sentence(printed), "2025-02-10", lang)[0], {
      kind: "level",
      partner: "0015",
      flow: "us_imports",
      months: year(2024),
      value: Number(printed) * 1e6,
      verdict: consistent,
    });
  });

  it("a named partner keeps its figure: «Mexico accounted for … of total U.S. goods imports»", () => {
    const share = (official("2010", "us_imports", year(2024)) / world()) * 100;
    const text = `Mexico accounted for ${pct(share)} percent of total U.S. goods imports in 2024.`;
    const [f] = claims(text, "2025-02-10", "en");
    expect([f?.kind, f?.partner, f?.verdict]).toEqual(["share_pct", "2010", consistent]);
  });
});

describe("periods that are not the figure's", () => {
  it("«cifra 6% superior a la de octubre de 2023»: the later month is compared, the figure is of October 2024", () => {
    const v = official("2010", "us_imports", ["2024-10"]);
    const g = growth(v, official("2010", "us_imports", ["2023-10"]));
    const text =
      `En octubre de 2024, las ventas de México a Estados Unidos ascendieron a ${milMillones(v)} de dólares, ` +
      `cifra ${g.toFixed(0)}% superior a la de octubre de 2023.`;
    const [level, rate] = claims(text, "2024-12-06", "es");
    expectReading(level, {
      kind: "level",
      partner: "2010",
      flow: "us_imports",
      months: ["2024-10"],
      value: Math.round(v),
      verdict: consistent,
    });
    expectReading(rate, {
      kind: "growth_pct",
      partner: "2010",
      flow: "us_imports",
      months: ["2024-10"],
      compareMonths: ["2023-10"],
      value: Number(g.toFixed(0)),
      verdict: consistent,
    });
  });

  it("«its smallest since 2009»: a landmark year, not the period", () => {
    const b = official("5700", "balance", year(2023));
    const text =
      `In 2023, the U.S. goods trade deficit with China shrank to $${bn(b)} billion, ` + `its smallest since 2009.`;
    expectReading(claims(text, "2024-03-10", "en")[0], {
      kind: "level",
      partner: "5700",
      flow: "balance",
      months: year(2023),
      value: -Number(bn(b)) * 1000,
      verdict: consistent,
    });
  });
});
