import type { EmbedTheme } from "@/lib/http/embed/options";

/**
 * The stylesheet inside a chart image: the widget's palette (Okabe–Ito, colour-blind safe) written out, since an
 * image has no page around it to set CSS variables, and one font named, DejaVu Sans, which the PNG renderer is
 * given (the SVG falls back to the reader's sans-serif). Simple class selectors only: what resvg's CSS supports.
 */
const PALETTES = {
  light: {
    bg: "#ffffff",
    fg: "#1b1b1b",
    muted: "#4a4a4a",
    line: "#d0d0d0",
    exports: "#0072b2",
    imports: "#c45a00",
    balance: "#007a5a",
    s1: "#c45a00",
    s2: "#0072b2",
    s3: "#56b4e9",
    s4: "#b0558f",
    ok: "#17663a",
    warn: "#8a5a00",
    bad: "#b00020",
  },
  dark: {
    bg: "#121417",
    fg: "#f0f0f0",
    muted: "#c4c4c4",
    line: "#454a52",
    exports: "#56b4e9",
    imports: "#f0a04b",
    balance: "#3cc69b",
    s1: "#f0a04b",
    s2: "#56b4e9",
    s3: "#a8d8f5",
    s4: "#e08cc0",
    ok: "#6fd79b",
    warn: "#f2c14e",
    bad: "#ff8a8a",
  },
} as const;

export const IMAGE_FONT_FAMILY = "DejaVu Sans";

/** An image has no reader's system to follow: `auto` draws the light palette. */
export function imagePalette(theme: EmbedTheme) {
  return PALETTES[theme === "dark" ? "dark" : "light"];
}

export function imageCss(theme: EmbedTheme): string {
  const p = imagePalette(theme);
  return [
    `text{font-family:"${IMAGE_FONT_FAMILY}",sans-serif;font-size:11px;fill:${p.fg}}`,
    `.ax{stroke:${p.line}}`,
    `.tk{fill:${p.muted}}`,
    `.f-exports{fill:${p.exports};stroke:${p.exports}}`,
    `.f-imports{fill:${p.imports};stroke:${p.imports}}`,
    `.f-balance{fill:${p.balance};stroke:${p.balance}}`,
    `.f-stated{fill:${p.s1}}`,
    `.f-printed{fill:${p.s4}}`,
    `.f-officialSA{fill:${p.s2}}`,
    `.f-officialNSA{fill:${p.s3}}`,
    `.f-reportedNSA{fill:${p.s4}}`,
    `.ln{fill:none;stroke-width:2}`,
    `.mark{stroke:${p.muted};stroke-dasharray:4 3}`,
    `.title{font-size:18px;font-weight:bold}`,
    `.unit{font-size:12.5px;fill:${p.muted}}`,
    `.src{font-size:12px;fill:${p.muted}}`,
    `.note{font-size:12px;fill:${p.muted}}`,
    `.lg{font-size:12px}`,
    `.figure{font-size:40px;font-weight:bold}`,
    `.strong{font-weight:bold}`,
    `.st-exact{fill:${p.ok}}`,
    `.st-within_rounding{fill:${p.ok}}`,
    `.st-revised{fill:${p.warn}}`,
    `.st-mismatch{fill:${p.bad}}`,
    `.st-unverified{fill:${p.muted}}`,
  ].join("");
}
