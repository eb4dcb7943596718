import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readCsvTable } from "@/lib/data/csv-table";
import { PARTNER_COLUMNS, WIDE_COLUMNS } from "@/lib/data/census-layout";
import type { DataIssue } from "@/lib/data/errors";

// A text without quotes or carriage returns takes readCsvTable's plain path; the same text with CRLF line ends goes
// through csv-parse. Both must give the same rows, line numbers and faults.
function bothWays(text: string, columns: readonly string[]) {
  const plainIssues: DataIssue[] = [];
  const parsedIssues: DataIssue[] = [];
  const plain = readCsvTable(text, "f.csv", columns, plainIssues);
  const parsed = readCsvTable(text.replaceAll("\n", "\r\n"), "f.csv", columns, parsedIssues);
  return { plain, parsed, plainIssues, parsedIssues };
}

describe("readCsvTable on plain text (no quotes, no CR)", () => {
  it("reads a real Census wide file exactly as csv-parse does", () => {
    const text = readFileSync("data/census/sa_vintage-2025-04.csv", "utf8");
    const { plain, parsed, plainIssues, parsedIssues } = bothWays(text, WIDE_COLUMNS);
    expect(plain.length).toBeGreaterThan(100);
    expect(plain).toEqual(parsed);
    expect(plainIssues).toEqual([]);
    expect(parsedIssues).toEqual([]);
  });

  it("skips empty lines, drops a BOM, and reports short rows and a bad header on the same lines", () => {
    const rows = "\uFEFFcode,name_en,name_es,iso2\n2010,Mexico,México,MX\n\n1220,Canada\n5700,China,China,CN\n";
    const { plain, parsed, plainIssues, parsedIssues } = bothWays(rows, PARTNER_COLUMNS);
    expect(plain).toEqual(parsed);
    expect(plain.map((r) => r.line)).toEqual([2, 5]);
    expect(plainIssues).toEqual(parsedIssues);
    expect(plainIssues).toEqual([expect.objectContaining({ line: 4, expected: "4 fields" })]);
    const bad = bothWays("name_en,code\nMexico,2010\n", PARTNER_COLUMNS);
    expect(bad.plainIssues).toEqual(bad.parsedIssues);
    expect(bad.plainIssues[0]?.field).toBe("header");
  });
});
