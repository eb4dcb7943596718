import { describe, expect, it } from "vitest";
import { readDataset } from "@/lib/data/read-dataset";
import { DatasetError } from "@/lib/data/errors";
import { HEADER, makeDataDir, moneyClaim, release, validFiles, wideRow, type DataFiles } from "../helpers/data-dir";

function faultOf(overrides: Partial<Record<keyof DataFiles, string>>): string {
  const dir = makeDataDir(overrides);
  try {
    readDataset(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as Error).message;
  }
  throw new Error("expected readDataset to throw a DatasetError");
}

const NSA = "census/nsa_vintage-2025-04.csv" as const;
const nsaWith = (...rows: string[]) => [HEADER, ...rows].join("\n") + "\n";

describe("a valid data folder", () => {
  it("loads, with every observation carrying its source, vintage and basis", () => {
    const ds = readDataset(makeDataDir());
    expect(ds.observations.length).toBe(3 * 2 + 2 + 1);
    const mx = ds.observations.find((o) => o.partner === "2010" && o.basis === "SA" && o.flow === "imports");
    expect(mx).toEqual({
      reporter: "US",
      partner: "2010",
      period: "2024-01",
      flow: "imports",
      basis: "SA",
      vintage: "2025-04",
      value: 211.4,
      sourceId: "sa",
      kind: "official",
    });
    expect(ds.releases.get("r1")?.claims).toHaveLength(5);
  });
});

// One corrupt fixture per kind of fault: each names the file, the line or field, and what was expected.
describe.each<[string, Partial<Record<keyof DataFiles, string>>, RegExp[]]>([
  [
    "a missing column",
    {
      [NSA]: nsaWith(wideRow(2024, "2010", [1], [2]))
        .replace(",EDEC", "")
        .replace(/,(\n)/, "$1"),
    },
    [/census\/nsa_vintage-2025-04\.csv, line 1, field "header"/, /missing EDEC/],
  ],
  [
    "columns out of order",
    { [NSA]: nsaWith().replace("IJAN,IFEB", "IFEB,IJAN") },
    [/line 1, field "header"/, /columns out of order/],
  ],
  [
    "a non-numeric value",
    { [NSA]: nsaWith(wideRow(2024, "2010", ["n/a"], [2])) },
    [/nsa_vintage-2025-04\.csv, line 2, field "IJAN"/, /plain number/, /got "n\/a"/],
  ],
  [
    "a value with a thousands separator",
    { [NSA]: nsaWith(wideRow(2024, "2010", ['"1,234"'], [2])) },
    [/line 2, field "IJAN"/, /no thousands separator/, /got "1,234"/],
  ],
  [
    "a duplicate observation",
    {
      [NSA]: nsaWith(wideRow(2024, "2010", [1], [2]), wideRow(2024, "1220", [1], [2]), wideRow(2024, "2010", [3], [4])),
    },
    [/line 4, field "cty_code"/, /already on line 2/, /duplicate observation/],
  ],
  [
    "an unknown partner",
    { [NSA]: nsaWith(wideRow(2024, "9999", [1], [2])) },
    [/line 2, field "cty_code"/, /partner code listed in data\/partners\.csv/, /got "9999"/],
  ],
  [
    "a truncated row",
    { [NSA]: nsaWith(wideRow(2024, "2010", [1], [2]), "2024,1220,5,6") },
    [/nsa_vintage-2025-04\.csv, line 3/, /expected 26 fields/, /truncated/],
  ],
  [
    "an impossible year",
    { [NSA]: nsaWith(wideRow("20x4", "2010", [1], [2])) },
    [/line 2, field "year"/, /four-digit year/],
  ],
  [
    "an impossible month",
    { "reported/first.csv": "partner,period,flow,value_musd,note\n2010,2024-13,imports,190,wire\n" },
    [/reported\/first\.csv, line 2, field "period"/, /YYYY-MM/, /got "2024-13"/],
  ],
  [
    "malformed CSV (an unclosed quote)",
    { [NSA]: nsaWith(`2024,"2010,1`) },
    [/nsa_vintage-2025-04\.csv: expected well-formed CSV/],
  ],
  [
    "a claim whose quote is not in the text",
    {
      "releases/r1/release.json": JSON.stringify(
        release({ claims: [moneyClaim("exports", "exports", "212 mdd", 212)] }),
      ),
    },
    [
      /releases\/r1\/release\.json, field "claims\[0\]\.quote"/,
      /occurs verbatim in releases\/r1\/release\.md/,
      /got "212 mdd"/,
    ],
  ],
  [
    "a claim whose value is not what its quote says",
    {
      "releases/r1/release.json": JSON.stringify(
        release({ claims: [moneyClaim("exports", "exports", "211 mdd", 201)] }),
      ),
    },
    [/field "claims\[0\]\.value"/, /expected 211, as the quote "211 mdd" reads/, /got "201"/],
  ],
  [
    "a figure in the text with no claim",
    {
      "releases/r1/release.json": JSON.stringify(
        release({ claims: [moneyClaim("exports", "exports", "210 mdd", 210)] }),
      ),
    },
    [/releases\/r1\/release\.md, line 5: expected every figure covered by a claim/, /got "301 millones de dólares"/],
  ],
  [
    "a claim with an unknown measure",
    {
      "releases/r1/release.json": JSON.stringify(
        release({ claims: [moneyClaim("exports", "surplus", "210 mdd", 210)] }),
      ),
    },
    [/release\.json, field "claims\[0\]\.measure"/],
  ],
  [
    "a file the manifest names but that is missing",
    { "manifest.json": validFiles()["manifest.json"].replace("reported/first.csv", "reported/gone.csv") },
    [/reported\/gone\.csv: expected the file to exist/],
  ],
  [
    "a source the manifest names but sources.json lacks",
    { "manifest.json": validFiles()["manifest.json"].replace('"sourceId":"first"', '"sourceId":"nobody"') },
    [/manifest\.json, field "sourceId": expected an id listed in sources\.json; got "nobody"/],
  ],
  ["invalid JSON", { "releases/r1/release.json": "{ claims: " }, [/releases\/r1\/release\.json: expected valid JSON/]],
])("a data folder with %s", (_name, overrides, patterns) => {
  it("fails to load with a message a person can act on", () => {
    const message = faultOf(overrides);
    for (const pattern of patterns) expect(message).toMatch(pattern);
  });
});
