import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { writeXlsx, thousandsFormat } from "@/lib/export/write-xlsx";
import type { CsvMetadata } from "@/lib/export/metadata";
import { readWorkbook, xlsxParts } from "../helpers/xlsx-read";

const meta: CsvMetadata = {
  title: "T",
  description: "D",
  units: "millions of US dollars",
  fileName: "f.csv",
  sources: [],
  vintage: "2025-04",
  citation: "C",
  license: "L",
  query: { csv: "/x.csv", json: null, parameters: {} },
  lastUpdated: "2025-04",
  columns: { text: { description: "a text" }, value: { description: "a number" } },
};

const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")',
  "+1",
  "-1+2",
  "@SUM(A1:A9)",
  "=1+1",
  "\t=cmd",
  "'=quoted",
  "<f>1</f>",
  "]]><x/>",
  "\u0007bell",
];

/** Every cell of the Data sheet after the header, read back with SheetJS. */
async function roundTrip(texts: string[], values: number[]) {
  const rows = texts.map((t, i) => [t, values[i] ?? null]);
  const book = await writeXlsx({ columns: ["text", "value"], rows }, meta);
  return { book, rows: readWorkbook(book).sheet("Data").rows.slice(1) };
}

describe("writeXlsx: text stays text, numbers stay numbers", () => {
  it("writes hostile text as text cells, never a formula", async () => {
    const { book, rows } = await roundTrip(
      HOSTILE,
      HOSTILE.map((_, i) => (i - 5) * 1000.5 || 1),
    );
    rows.forEach((r, i) => {
      expect(r[0]?.t).toBe("s");
      expect(r[0]?.f).toBeUndefined();
      // Control characters other than tab/line breaks cannot be stored in XML 1.0; exceljs escapes them as _x0007_.
      if (![...HOSTILE[i]!].some((c) => c.charCodeAt(0) < 9)) expect(r[0]?.v).toBe(HOSTILE[i]);
      expect(r[1]).toMatchObject({ t: "n", v: (i - 5) * 1000.5 || 1 });
    });
    for (const xml of Object.values(xlsxParts(book))) expect(xml).not.toMatch(/<f[ >]/);
  });

  it("property: any printable text round-trips as text, any finite number as that number", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }),
            fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        async (pairs) => {
          const texts = pairs.map(
            ([t]) =>
              [...t]
                .map((c) => (c.charCodeAt(0) < 32 || (c.charCodeAt(0) >= 127 && c.charCodeAt(0) < 160) ? "x" : c))
                .join("")
                .trim() || "x",
          );
          const values = pairs.map(([, v]) => (Object.is(v, -0) ? 0 : v));
          const { book, rows } = await roundTrip(texts, values);
          rows.forEach((r, i) => {
            expect(r[0]).toMatchObject({ t: "s", v: texts[i] });
            expect(r[1]).toMatchObject({ t: "n", v: values[i] });
          });
          for (const xml of Object.values(xlsxParts(book))) expect(xml).not.toMatch(/<f[ >]/);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("is deterministic: the same table gives the same bytes", async () => {
    const a = await writeXlsx({ columns: ["text"], rows: [["a"]] }, meta);
    await new Promise((r) => setTimeout(r, 1100));
    const b = await writeXlsx({ columns: ["text"], rows: [["a"]] }, meta);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it.each([
    [39874, "#,##0"],
    [12664.2, "#,##0.0"],
    [-48.18, "#,##0.00"],
    [0.0000001, "#,##0.0000000"],
  ])("shows %d with thousands separators and its own decimals: %s", (value, format) => {
    expect(thousandsFormat(value)).toBe(format);
  });
});
