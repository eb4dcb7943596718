import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { HEADER, makeDataDir, moneyClaim, release, wideRow, type DataFiles } from "../helpers/data-dir";
import { freePort } from "../helpers/free-port";

const ROOT = path.resolve(__dirname, "../..");
const NSA = "census/nsa_vintage-2025-04.csv" as const;
const nsaWith = (...rows: string[]) => [HEADER, ...rows].join("\n") + "\n";

function next(args: string[], dir: string) {
  return spawnSync("npx", ["next", ...args], {
    cwd: ROOT,
    env: { ...process.env, BALANZA_DATA_DIR: dir, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    timeout: 60_000,
  });
}

// next.config.ts reads data/ before anything else, so `next build` and `next start` stop at once on a bad file:
// nothing half-loaded is ever built or served.
const FAULTS: Array<[string, Partial<Record<keyof DataFiles, string>>, string]> = [
  [
    "a truncated CSV row",
    { [NSA]: nsaWith(wideRow(2024, "2010", [1], [2]), "2024,1220,5") },
    "census/nsa_vintage-2025-04.csv, line 3: expected 26 fields",
  ],
  [
    "wrong column order",
    { [NSA]: nsaWith().replace("IJAN,IFEB", "IFEB,IJAN") },
    'census/nsa_vintage-2025-04.csv, line 1, field "header": expected the columns',
  ],
  [
    "a value like 1,234 in a numeric column",
    { [NSA]: nsaWith(wideRow(2024, "2010", ['"1,234"'], [2])) },
    'census/nsa_vintage-2025-04.csv, line 2, field "IJAN": expected millions of dollars as a plain number',
  ],
  [
    "an impossible month",
    { "reported/first.csv": "partner,period,flow,value_musd,note\n2010,2024-13,imports,190,wire\n" },
    'reported/first.csv, line 2, field "period": expected a month written YYYY-MM',
  ],
  [
    "a duplicate observation",
    { [NSA]: nsaWith(wideRow(2024, "2010", [1], [2]), wideRow(2024, "2010", [3], [4])) },
    'census/nsa_vintage-2025-04.csv, line 3, field "cty_code": expected one row per partner and year',
  ],
  [
    "a claim quoting text not in the release",
    {
      "releases/r1/release.json": JSON.stringify(
        release({ claims: [moneyClaim("exports", "exports", "212 mdd", 212)] }),
      ),
    },
    'releases/r1/release.json, field "claims[0].quote": expected a span that occurs verbatim',
  ],
];

describe.each(FAULTS)("a data folder with %s", (_name, overrides, message) => {
  it("stops next build, naming the file, the row and the field", () => {
    const build = next(["build"], makeDataDir(overrides));
    expect(build.status).not.toBe(0);
    expect(`${build.stdout}${build.stderr}`).toContain(message);
  }, 60_000);
});

describe("next start with a corrupt data folder", () => {
  it("refuses to start rather than serve a half-loaded dataset", async () => {
    const port = await freePort();
    const start = next(
      ["start", "-p", String(port), "-H", "127.0.0.1"],
      makeDataDir({ [NSA]: nsaWith(wideRow(2024, "9999", [1], [2])) }),
    );
    expect(start.status).not.toBe(0);
    expect(`${start.stdout}${start.stderr}`).toContain(
      'field "cty_code": expected a partner code listed in data/partners.csv; got "9999"',
    );
  }, 60_000);
});
