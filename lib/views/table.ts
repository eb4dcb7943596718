import type { CheckStatus } from "../checks/schema";
import type { ClientMessages } from "../i18n/client-messages";
import type { Bilingual } from "./types";

/**
 * A word of the interface, by its key in the catalogue of the words scripts show (lib/i18n/client-messages.ts: a table
 * is also written in the browser); the renderer looks it up in the reader's
 * language).
 */
export type WordKey = {
  [K in keyof ClientMessages]: ClientMessages[K] extends string ? K : never;
}[keyof ClientMessages];

/**
 * A piece of a caption or a header: text as is (months, codes, punctuation), a bilingual text, an interface word, or a
 * number the renderer writes in the reader's locale.
 */
export type TextPiece =
  | string
  | { kind: "text"; text: Bilingual }
  | { kind: "word"; word: WordKey }
  | { kind: "partnersRanked"; count: number }
  | { kind: "number" | "delta"; value: number }
  | { kind: "month"; period: string; style: "long" | "short" };

/** A data cell: its value and kind; each renderer formats it for the reader's locale. */
export type TableCell =
  /** Millions of dollars, one decimal at most; null where there is no value. */
  | { kind: "number"; value: number | null }
  | { kind: "rank"; value: number | null }
  /** Year-on-year change: the percent where there is one, else the change in millions. */
  | { kind: "yoy"; value: { change: number; percent: number | null } | null }
  | { kind: "status"; value: CheckStatus | null }
  /** A percent, two decimals at most; null where there is none. */
  | { kind: "percent"; value: number | null }
  /** A change from the value before: millions, and the percent where there is one. */
  | { kind: "change"; value: { change: number; percent: number | null } | null }
  /** Text in the reader's language; `vintage` cells (which vintage a row's values are from) are set smaller. */
  | { kind: "text"; value: Bilingual; vintage?: boolean };

export interface TableRow {
  key: string;
  /** The row's header cell (scope="row"). */
  head: TextPiece[];
  cells: TableCell[];
  /** The release figure the row states: the row is a Tab stop linked to the text and the checks. */
  claimId?: string | null;
  /** The release month (marked, and named in the row header). */
  releaseMonth?: boolean;
}

/**
 * A chart's data table, exactly the numbers it draws, the same on every surface: lib/render/data-table.ts writes it
 * for the dashboard and the widget alike.
 */
export interface DataTable {
  caption: TextPiece[];
  /** The column headers, the row headers' column first; `span` for a header over several cells. */
  head: Array<{ text: TextPiece[]; span?: number }>;
  rows: TableRow[];
}

export const word = (w: WordKey): TextPiece => ({ kind: "word", word: w });
export const text = (t: Bilingual): TextPiece => ({ kind: "text", text: t });
