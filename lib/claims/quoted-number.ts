import { FigureParseError, parseFigure } from "./figures";
import { scanNumerals } from "./numerals";

/**
 * The number a quote prints, in the release's language: a figure ("39,874 mdd") or a bare number or percent. `scale`
 * is null where the quote writes no scale word ("$33.3" under "in billions of dollars"): the context gives it.
 */
export function quotedNumber(
  quote: string,
  lang: "es" | "en",
): { value: number; scale: number | null; precision: number; unit: string | null } | null {
  const found = scanNumerals(quote, lang === "en" || !/\d,\d{1,2}(?!\d)/.test(quote) ? "." : ",");
  const [only] = found;
  const scaleWritten = found.length === 1 && only ? only.scaleWritten : true;
  try {
    const f = parseFigure(quote, lang === "en" ? "en-US" : "es-MX");
    return { value: f.value, scale: scaleWritten ? f.scale : null, precision: f.precision, unit: f.unit };
  } catch (error) {
    if (!(error instanceof FigureParseError)) throw error;
  }
  // What the parser of whole figures cannot hold ("45 mil 366 millones", "8.24 por ciento"): the engine's numerals.
  if (found.length !== 1 || !only || Number.isNaN(only.value)) return null;
  return {
    value: only.value,
    scale: only.scaleWritten ? only.scale : null,
    precision: only.step,
    unit: only.percent ? "percent" : only.currency || only.scaleWritten ? "USD" : null,
  };
}
