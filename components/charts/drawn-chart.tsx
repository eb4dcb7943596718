import type { Html } from "@/lib/render/html";
import type { DrawOptions } from "../../lib/render/svg-parts";
import { ServerHtml } from "../ui/server-html";

// Box heights from globals.css: --chart-h is 240 px on phones, 280 px otherwise; a short box is 160 px.
const NARROW: DrawOptions = { width: 360, plain: true, cls: "narrow" };
const WIDE: DrawOptions = { width: 720, plain: true, cls: "wide" };
// A phone's chart box is about 340 px wide (a 360 px screen less the page's padding).
const FLUID: DrawOptions = { width: 640, plain: true, fluid: true, fitWidth: 340 };

/**
 * A chart box holding the chart drawn on the server by the widget's SVG code (lib/render/*-svg.ts) from the
 * same view model recharts draws: real charts in the HTML, with no JavaScript. Drawn once, fluid: its plot stretches
 * to the box and its text keeps its size from a phone to a desktop (lib/render/fluid-svg.ts). A drawing whose marks
 * must keep their shape (`twoSizes`: the revisions' squares) is drawn twice, narrow and wide, and the box's container
 * query shows the one that fits.
 * `draw` gets the drawing options and the box's height in px; a `legend` (HTML) sits above the drawing, which shrinks
 * to fit. The markup is in the HTML once, not repeated in the RSC payload (components/ui/server-html.tsx).
 */
export function DrawnChart({
  label,
  draw,
  legend,
  short = false,
  twoSizes = false,
}: {
  label: string;
  draw: (d: DrawOptions, boxHeight: number) => Html;
  legend?: Html;
  short?: boolean;
  twoSizes?: boolean;
}) {
  const drawing = twoSizes
    ? `${draw(NARROW, short ? 160 : 240).value}${draw(WIDE, short ? 160 : 280).value}`
    : draw(FLUID, short ? 160 : 280).value;
  const svg = `${legend?.value ?? ""}${drawing}`;
  return (
    <ServerHtml
      className={short ? "chart-box chart-box-short drawn" : "chart-box drawn"}
      role="img"
      aria-label={label}
      html={svg}
    />
  );
}

/**
 * A data table written as HTML on the server (lib/render/data-table.ts, as in the widget): one element to hydrate,
 * not a thousand, and in the HTML once.
 */
export function DrawnTable({ table }: { table: Html }) {
  return <ServerHtml className="drawn-table" html={table.value} />;
}
