import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { HEADER, makeDataDir, wideRow } from "../helpers/data-dir";

const ROOT = path.resolve(__dirname, "../..");

// `next build` reads data/ in next.config.ts before compiling anything, so a bad file stops it at once.
describe("next build with a corrupt data folder", () => {
  it("fails, naming the file, the line, the field and what was expected", () => {
    const dir = makeDataDir({ "census/nsa_vintage-2025-04.csv": [HEADER, wideRow(2024, "2010", ['"1,234"'], [2])].join("\n") });
    const build = spawnSync("npx", ["next", "build"], { cwd: ROOT, env: { ...process.env, BALANZA_DATA_DIR: dir, NEXT_TELEMETRY_DISABLED: "1" }, encoding: "utf8", timeout: 60_000 });
    expect(build.status).not.toBe(0);
    expect(`${build.stdout}${build.stderr}`).toContain('census/nsa_vintage-2025-04.csv, line 2, field "IJAN": expected millions of dollars as a plain number');
  }, 60_000);
});
