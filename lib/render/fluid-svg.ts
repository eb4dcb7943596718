import { escapeHtml, raw, type Html } from "@/lib/render/html";

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
 *   plus a fixed offset outside it: a tick label 6 px left of the axis stays 6 px left of it at any width, and text
 *   never scales. Inside the plot a word is placed by its share alone, so a small gap from a mark (a value 4 px past
 *   its bar) scales with the plot: about half as wide in a phone's box as at the nominal width.
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
    `<svg class="chart fluid${fixedHeight ? " fixed-h" : ""}${cls ? ` ${escapeHtml(cls)}` : ""}" style="${margin}"${height}` +
      ` aria-hidden="true" focusable="false"><svg class="plot" width="100%" height="100%"` +
      ` viewBox="${plot.left} ${plot.top} ${num(w)} ${num(h)}" preserveAspectRatio="none">${marks}</svg>` +
      `${kept.join("")}</svg>`,
  );
}

/** The elements that keep their size: text (with its tspans) and circles. */
const UNSCALED = /<text\b[\s\S]*?<\/text\s*>|<circle\b[^>]*?(?:\/>|>\s*<\/circle\s*>)/g;
/** The start tag of a text, tspan or circle. */
const START_TAG = /<(text|tspan|circle)\b([^>]*?)(\/?)>/g;
const ATTRIBUTE = /\s([\w:-]+)="([^"]*)"/g;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Each start tag of an element with its coordinates placed on the fluid plot. */
function placeUnscaled(element: string, plot: PlotMargins, size: { width: number; height: number }): string {
  return element.replace(START_TAG, (_tag, name: string, attrs: string, close: string) => {
    const a = new Map([...attrs.matchAll(ATTRIBUTE)].map((m) => [m[1]!, m[2]!]));
    const shift = { x: 0, y: 0 };
    for (const axis of ["x", "y"] as const) {
      const key = name === "circle" ? `c${axis}` : axis;
      const value = a.get(key);
      if (value === undefined || !NUMBER.test(value)) continue;
      const [from, to] = axis === "x" ? [plot.left, size.width - plot.right] : [plot.top, size.height - plot.bottom];
      const placed = share(Number(value), from, to);
      a.set(key, `${placed.percent}%`);
      shift[axis] = placed.offset;
    }
    if (name === "circle") {
      // a circle has no dx/dy: one outside the plot is moved by a transform
      if (shift.x || shift.y) a.set("transform", `translate(${num(shift.x)} ${num(shift.y)})`);
    } else {
      // the offset adds to any the element has (a line of wrapped text keeps its own dy)
      for (const axis of ["x", "y"] as const) {
        if (!shift[axis]) continue;
        const own = Number(a.get(`d${axis}`) ?? 0);
        a.set(`d${axis}`, num(own + shift[axis]));
      }
    }
    const written = [...a].map(([k, v]) => ` ${k}="${v}"`).join("");
    return `<${name}${written}${close ? " /" : ""}>`;
  });
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
