import { describe, expect, it } from "vitest";
import { fluidSvg } from "@/lib/render/fluid-svg";
import { html } from "@/lib/render/html";
import { bridgeChartSvg } from "@/lib/render/bridge-svg";
import { rankMonthSvg } from "@/lib/render/rank-svg";
import { MARGIN, type DrawOptions } from "@/lib/render/svg-parts";
import type { BridgeView } from "@/lib/views";

const SIZE = { width: 640, height: 280 };

/** The attributes of the first `tag` element whose text (or tag) contains `needle`. */
function attrsOf(svg: string, tag: string, needle: string): Record<string, string> {
  const element = [...svg.matchAll(new RegExp(`<${tag}\\b[^>]*>[^<]*`, "g"))].find((m) => m[0].includes(needle));
  if (!element) throw new Error(`no <${tag}> with ${needle}`);
  return Object.fromEntries([...element[0].matchAll(/\s([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

describe("fluidSvg: one drawing for any box width", () => {
  const drawing = html`<g
      ><line class="ax" x1="64" x2="628" y1="100" y2="100" /><text class="tk" x="58" y="104" text-anchor="end"
        >20,000</text
      ></g
    ><rect class="f-exports" x="346" y="16" width="20" height="236" /><text x="346" y="272">Export.</text
    ><circle class="seam-ring" cx="628" cy="134" r="3.5" /><text x="640" y="10">right</text>`;
  const svg = fluidSvg(drawing, SIZE, MARGIN, "").value;

  it("stretches the marks in a plot whose viewBox is the nominal plot area", () => {
    expect(svg).toMatch(/^<svg class="chart fluid" style="margin:16px 12px 28px 64px" aria-hidden="true"/);
    const plot = /<svg class="plot"[^>]*>([\s\S]*?)<\/svg>/.exec(svg);
    expect(plot?.[0]).toContain('viewBox="64 16 564 236" preserveAspectRatio="none"');
    // marks keep their nominal coordinates; no text or circle is left in the stretched plot
    expect(plot?.[1]).toContain('<rect class="f-exports" x="346" y="16" width="20" height="236" />');
    expect(plot?.[1]).toContain('<line class="ax" x1="64" x2="628"');
    expect(plot?.[1]).not.toMatch(/<text|<circle/);
  });

  it("places words as a share of the plot plus a fixed offset, so they keep their size and distance", () => {
    // 6 px left of the axis at any width; 104 is a share of the plot 16..252 (inside it, offsets scale with it)
    expect(attrsOf(svg, "text", "20,000")).toMatchObject({ x: "0%", dx: "-6", y: "37.29%", "text-anchor": "end" });
    // the middle of the plot, 20 px below it
    expect(attrsOf(svg, "text", "Export.")).toMatchObject({ x: "50%", y: "100%", dy: "20" });
    // beyond the right edge: from the edge, in px
    expect(attrsOf(svg, "text", "right")).toMatchObject({ x: "100%", dx: "12", y: "0%", dy: "-6" });
  });

  it("keeps circles round: out of the plot, their centre as a share of it", () => {
    expect(attrsOf(svg, "circle", "seam-ring")).toMatchObject({ cx: "100%", cy: "50%", r: "3.5" });
  });

  it("rewrites a tspan's position too", () => {
    const wrapped = fluidSvg(
      html`<text x="346" y="254"><tspan x="346">Saldo</tspan><tspan x="346" dy="12">calculado</tspan></text>`,
      SIZE,
      MARGIN,
      "",
    ).value;
    expect(wrapped).toContain('<text x="50%" y="100%" dy="2"><tspan x="50%">Saldo</tspan><tspan x="50%" dy="12">');
  });
});

describe("fluidSvg on markup it must not misread", () => {
  it("adds its offset to an element's own dx/dy, moves a circle outside the plot by a transform", () => {
    const svg = fluidSvg(
      html`<text x="20" y="272" dy="3">a</text><circle cx="640" cy="134" r="2"></circle
        ><text x="346" y="100">$&amp;$'</text>`,
      SIZE,
      MARGIN,
      "",
    ).value;
    expect(attrsOf(svg, "text", ">a")).toMatchObject({ x: "0%", dx: "-44", y: "100%", dy: "23" });
    expect(attrsOf(svg, "circle", "r=")).toMatchObject({ cx: "100%", transform: "translate(12 0)" });
    expect(/<svg class="plot"[^>]*>([\s\S]*?)<\/svg>/.exec(svg)?.[1]).not.toContain("<circle");
    // words are kept as they are, replacement patterns included
    expect(svg).toContain(">$&amp;$'</text>");
  });
});

describe("the dashboard's drawings, fluid", () => {
  const FLUID: DrawOptions = { width: 640, plain: true, fluid: true, fitWidth: 340 };

  it("wraps the bridge's names for the narrowest box, though drawn at 640", () => {
    const view = {
      title: { es: "Puente", en: "Bridge" },
      steps: [
        { key: "exports", label: { es: "Exportaciones", en: "Exports" }, short: { es: "Export.", en: "Exports" } },
        { key: "imports", label: { es: "Importaciones", en: "Imports" }, short: { es: "− Import.", en: "− Imports" } },
        {
          key: "computed",
          label: { es: "Saldo calculado", en: "Computed balance" },
          short: { es: "Saldo calculado", en: "Computed balance" },
        },
        {
          key: "printed",
          label: { es: "Saldo impreso", en: "Printed balance" },
          short: { es: "Saldo impreso", en: "Printed balance" },
        },
      ].map((s, i) => ({ ...s, start: 0, end: 100 - i * 10, value: 100 - i * 10, claimId: null })),
    } as unknown as BridgeView;
    const fluid = bridgeChartSvg(view, "es", 208, FLUID).value;
    expect(fluid).toMatch(/>Saldo<\/tspan/);
    expect(fluid).toMatch(/>calculado<\/tspan/);
    // a wide drawing of fixed size (the widget) keeps the names on one line
    expect(bridgeChartSvg(view, "es", 208).value).toMatch(/>Saldo calculado</);
  });

  it("keeps the rank's rows at their height and its names left of the bars, in px", () => {
    const svg = rankMonthSvg(
      {
        title: { es: "Lugar", en: "Rank" },
        period: "2024-01",
        partnersRanked: 3,
        claimId: "rank",
        month: [
          { partner: "2010", name: { es: "México", en: "Mexico" }, rank: 1, total: 64524 },
          { partner: "1220", name: { es: "Canadá", en: "Canada" }, rank: 2, total: 59612 },
        ],
      } as never,
      "es",
      FLUID,
    ).value;
    expect(svg).toMatch(/^<svg class="chart fluid fixed-h" style="margin:0px 72px 0px 134px" height="68"/);
    expect(attrsOf(svg, "text", "México")).toMatchObject({ x: "0%", dx: "-134" });
    expect(attrsOf(svg, "text", ">1")).toMatchObject({ x: "0%", dx: "-8", "font-weight": "700" });
  });
});
