import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { WIDE_COLUMNS } from "@/lib/data/census-layout";

/** A small, valid data/ folder, file by file; a test overrides one file to plant one fault. */
export interface DataFiles {
  "manifest.json": string;
  "sources.json": string;
  "partners.csv": string;
  "census/nsa_vintage-2025-04.csv": string;
  "census/sa_vintage-2025-04.csv": string;
  /** Optional files a test adds (further vintages). */
  "census/nsa_vintage-2023-03.csv"?: string;
  "series/fred.csv"?: string;
  "reported/first.csv": string;
  "releases/r1/release.json": string;
  "releases/r1/release.md": string;
}

export const HEADER = WIDE_COLUMNS.join(",");

/** A wide row: year, code, then 12 import and 12 export cells. */
export function wideRow(
  year: number | string,
  code: string,
  imports: Array<number | string>,
  exports: Array<number | string>,
): string {
  const pad = (xs: Array<number | string>) => Array.from({ length: 12 }, (_, i) => String(xs[i] ?? ""));
  return [String(year), code, ...pad(imports), ...pad(exports)].join(",");
}

export const RELEASE_TEXT =
  "Ciudad de México, a 22 de marzo de 2024\n\n**539**\n\nUn intercambio de 301 millones de " +
  "dólares, con exportaciones por 211 mdd e importaciones por 90 mdd, y un saldo de 121 mdd. " +
  "Son los principales socios comerciales.\n";

const attribution = { inferred: true, reason: { es: "inferido", en: "inferred" } };

export function moneyClaim(
  id: string,
  measure: string,
  quote: string,
  value: number,
  extra: Record<string, unknown> = {},
) {
  return {
    id,
    quote,
    measure,
    value,
    unit: "USD",
    scale: 1e6,
    precision: 1,
    perspective: "mx",
    partner: "2010",
    period: "2024-01",
    basis: "SA",
    label: { es: id, en: id },
    periodAttribution: attribution,
    basisAttribution: attribution,
    ...extra,
  };
}

export function release(overrides: Record<string, unknown> = {}) {
  return {
    meta: {
      slug: "r1",
      issuer: "Test issuer",
      issuerShort: "test",
      number: "1",
      date: "2024-03-22",
      city: "CDMX",
      language: "es",
      title: "Prueba",
      textFile: "release.md",
      sourceNote: "synthetic",
    },
    claims: [
      moneyClaim("total", "total", "301 millones de dólares", 301),
      moneyClaim("exports", "exports", "211 mdd", 211),
      moneyClaim("imports", "imports", "90 mdd", 90),
      moneyClaim("balance", "balance", "121 mdd", 121),
      {
        id: "rank",
        quote: "principales socios comerciales",
        measure: "rank",
        value: 1,
        unit: "rank",
        perspective: "mx",
        partner: "2010",
        period: "2024-01",
        basis: "NSA",
        label: { es: "r", en: "r" },
        periodAttribution: attribution,
        basisAttribution: attribution,
        valueAttribution: attribution,
      },
    ],
    nonFigures: [
      { quote: "22 de marzo de 2024", reason: "date" },
      { quote: "**539**", reason: "number" },
    ],
    ...overrides,
  };
}

export function validFiles(): DataFiles {
  return {
    "manifest.json": JSON.stringify({
      series: [
        {
          file: "census/nsa_vintage-2025-04.csv",
          sourceId: "nsa",
          reporter: "US",
          basis: "NSA",
          vintage: "2025-04",
          unit: "musd",
          layout: "census-wide",
        },
        {
          file: "census/sa_vintage-2025-04.csv",
          sourceId: "sa",
          reporter: "US",
          basis: "SA",
          vintage: "2025-04",
          unit: "musd",
          layout: "census-wide",
        },
      ],
      reported: [
        {
          file: "reported/first.csv",
          sourceId: "first",
          reporter: "US",
          basis: "NSA",
          vintage: "2024-03-07",
          unit: "musd",
          layout: "long",
        },
      ],
      releases: ["r1"],
    }),
    "sources.json": JSON.stringify([
      {
        id: "nsa",
        publisher: "Census",
        title: "NSA",
        url: "https://example.org/nsa",
        vintage: "2025-04",
        basis: "NSA",
      },
      { id: "sa", publisher: "Census", title: "SA", url: "https://example.org/sa", vintage: "2025-04", basis: "SA" },
      {
        id: "first",
        publisher: "Census",
        title: "first",
        url: "https://example.org/first",
        vintage: "2024-03-07",
        basis: "NSA",
      },
    ]),
    "partners.csv": "code,name_en,name_es,iso2\n1220,Canada,Canadá,CA\n2010,Mexico,México,MX\n5700,China,China,CN\n",
    "census/nsa_vintage-2025-04.csv":
      [
        HEADER,
        wideRow(2024, "1220", [90], [80]),
        wideRow(2024, "2010", [190], [95]),
        wideRow(2024, "5700", [50], [10]),
      ].join("\n") + "\n",
    "census/sa_vintage-2025-04.csv": [HEADER, wideRow(2024, "2010", [211.4], [90.2])].join("\n") + "\n",
    "reported/first.csv": "partner,period,flow,value_musd,note\n2010,2024-01,imports,190,wire\n",
    "releases/r1/release.json": JSON.stringify(release()),
    "releases/r1/release.md": RELEASE_TEXT,
  };
}

/** Writes the files to a fresh temporary folder and returns its path. */
export function makeDataDir(overrides: Partial<Record<keyof DataFiles, string>> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "balanza-data-"));
  for (const [file, text] of Object.entries({ ...validFiles(), ...overrides })) {
    if (text === undefined) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
