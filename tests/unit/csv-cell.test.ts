import { describe, expect, it } from "vitest";
import fc from "fast-check";
import Papa from "papaparse";
import { formatCsvNumber, neutraliseTextCell, restoreTextCell } from "@/lib/export/csv-cell";
import { writeCsv } from "@/lib/export/write-csv";

const TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];
const parse = (csv: string) =>
  Papa.parse<string[]>(csv, { header: false, skipEmptyLines: false, newline: "\r\n" }).data;

describe("formatCsvNumber", () => {
  it.each([
    [39874, "39874"],
    [12664.2, "12664.2"],
    [-12748.2, "-12748.2"],
    [1e-7, "0.0000001"],
    [-1.5e-9, "-0.0000000015"],
    [1e21, "1000000000000000000000"],
    [1.234e22, "12340000000000000000000"],
    [-0, "0"],
  ])("writes %s as %s", (value, text) => {
    expect(formatCsvNumber(value)).toBe(text);
  });

  it.each([NaN, Infinity, -Infinity])("refuses %s", (value) => {
    expect(() => formatCsvNumber(value)).toThrow(RangeError);
  });

  it("writes every finite double as plain decimal text that parses back to the same number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = formatCsvNumber(value);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(Object.is(value, -0) ? 0 : value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("neutraliseTextCell", () => {
  it.each(TRIGGERS)("prefixes a cell that starts with %j, and restoreTextCell takes it back", (c) => {
    const text = `${c}1+1`;
    expect(neutraliseTextCell(text)).toBe(`'${text}`);
    expect(restoreTextCell(neutraliseTextCell(text))).toBe(text);
  });

  it("leaves other text alone, accents and inner signs included", () => {
    for (const text of ["México", "39,874 − 27,210", "a=b", ""]) expect(neutraliseTextCell(text)).toBe(text);
  });

  it.each(["'quoted", "'=1+1", "''", "'"])("doubles the leading ' of %j so it reads back exactly", (text) => {
    expect(neutraliseTextCell(text)).toBe(`'${text}`);
    expect(restoreTextCell(neutraliseTextCell(text))).toBe(text);
  });

  it("restores every text exactly (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", "=", "-", "a", "\t") }), (text) => {
        expect(restoreTextCell(neutraliseTextCell(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("writeCsv (property: no text cell can start a formula; numbers stay numbers)", () => {
  const cell = fc.oneof(
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: fc.constantFrom(...TRIGGERS, "'", "a", "1", ",", '"', "\n", "é") }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constant(null),
  );

  it("round-trips through an independent parser: text restored exactly, numbers to the same double, null empty", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }),
        fc.boolean(),
        (rows, bom) => {
          const csv = writeCsv(["a", "b", "c"], rows, { bom });
          expect(csv.startsWith("\uFEFF")).toBe(bom);
          expect(csv.endsWith("\r\n")).toBe(true);
          // Outside quoted fields, line breaks are only the CRLF that ends a record.
          expect(csv.replace(/"(?:[^"]|"")*"/g, "").replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
          const [header, ...parsed] = parse(bom ? csv.slice(1) : csv).slice(0, -1);
          expect(header).toEqual(["a", "b", "c"]);
          expect(parsed).toHaveLength(rows.length);
          rows.forEach((row, i) =>
            row.forEach((value, j) => {
              const text = parsed[i]?.[j] ?? "";
              if (typeof value === "string") {
                expect(TRIGGERS).not.toContain(text[0]);
                expect(restoreTextCell(text)).toBe(value);
              } else if (typeof value === "number") {
                expect(text).toMatch(/^-?\d+(\.\d+)?$/);
                expect(Number(text)).toBe(Object.is(value, -0) ? 0 : value);
              } else expect(text).toBe("");
            }),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it("ends every record with CRLF and quotes only what needs it (RFC 4180)", () => {
    expect(
      writeCsv(
        ["x", "y"],
        [
          ["a,b", 1],
          ['say "hi"', -2],
          ["line\nbreak", 0.5],
        ],
      ),
    ).toBe('x,y\r\n"a,b",1\r\n"say ""hi""",-2\r\n"line\nbreak",0.5\r\n');
  });
});
