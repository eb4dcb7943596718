import { raw, type Html } from "@/lib/render/html";

/** A drawing's plot area, as margins from its edges in the drawing's own units (px at its nominal size). */
export interface PlotMargins {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * One drawing that fits any box, instead of a narrow and a wide copy (issue 13: each copy was ~12 KB of the page).
 * The drawing is made once at a nominal size; then
 * - its marks (bars, lines, gridlines) go into a plot that stretches to the box: an inner SVG whose viewBox is the
 *   nominal plot area, `preserveAspectRatio="none"`, strokes kept at their width by CSS (`vector-effect`);
 * - its words, and the round marks a stretch would turn into ellipses, stay in CSS px, placed as a share of the plot
 *   plus a fixed offset: a tick label 6 px left of the axis stays 6 px left of it at any width, so text never scales.
 * The outer SVG is the plot area itself (its margins are CSS margins, its labels overflow it), so percentages of it
 * are shares of the plot. `fixedHeight` keeps the nominal height (a drawing whose rows have their own height).
 */
export function fluidSvg(
  content: Html,
  size: { width: number; height: number },
  plot: PlotMargins,
  cls: string,
  fixedHeight = false,
): Html {
  const w = size.width - plot.left - plot.right;
  const h = size.height - plot.top - plot.bottom;
  const kept: string[] = [];
  // The root is hidden from assistive technology (the box names the picture): its parts need not say so again.
  const marks = content.value.replaceAll(' aria-hidden="true"', "").replace(UNSCALED, (element) => {
    kept.push(placeUnscaled(element, plot, size));
    return "";
  });
  const margin = `margin:${plot.top}px ${plot.right}px ${plot.bottom}px ${plot.left}px`;
  const height = fixedHeight ? ` height="${size.height}"` : "";
  return raw(
    `<svg class="chart fluid${fixedHeight ? " fixed-h" : ""}${cls ? ` ${cls}` : ""}" style="${margin}"${height}` +
      ` aria-hidden="true" focusable="false"><svg class="plot" width="100%" height="100%"` +
      ` viewBox="${plot.left} ${plot.top} ${num(w)} ${num(h)}" preserveAspectRatio="none">${marks}</svg>` +
      `${kept.join("")}</svg>`,
  );
}

/** The elements that keep their size: text (with its tspans) and circles. */
const UNSCALED = /<text\b[\s\S]*?<\/text\s*>|<circle\b[^>]*\/>/g;
/** A coordinate attribute of a text, tspan or circle tag. */
const COORDINATE = /(<(?:text|tspan|circle)\b[^>]*?)\s(c?[xy])="(-?[\d.]+)"/;

function placeUnscaled(element: string, plot: PlotMargins, size: { width: number; height: number }): string {
  let out = element;
  // Each pass rewrites one numeric coordinate; rewritten ones are no longer plain numbers, so the loop ends.
  for (let m = out.match(COORDINATE); m; m = out.match(COORDINATE)) {
    const [whole, before, name, value] = m as unknown as [string, string, string, string];
    const axis = name.endsWith("x") ? "x" : "y";
    const placed =
      axis === "x"
        ? share(+value, plot.left, size.width - plot.right)
        : share(+value, plot.top, size.height - plot.bottom);
    // Circles have no dx/dy: their centres are inside the plot.
    const offset = placed.offset && !name.startsWith("c") ? ` d${axis}="${num(placed.offset)}"` : "";
    out = out.replace(whole, `${before} ${name}="${placed.percent}%"${offset}`);
  }
  return out;
}

/** A nominal coordinate as a share of the plot [from, to] (in percent) plus an offset in px outside it. */
function share(v: number, from: number, to: number): { percent: string; offset: number } {
  if (v < from) return { percent: "0", offset: v - from };
  if (v > to) return { percent: "100", offset: v - to };
  return { percent: num(((v - from) / (to - from)) * 100), offset: 0 };
}

function num(v: number): string {
  return String(Math.round(v * 100) / 100);
}
