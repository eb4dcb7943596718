import { createHash } from "node:crypto";

/**
 * The widget's whole stylesheet, inlined in its <style> (no extra request before first paint). The CSP of
 * /embed/* allows exactly this text by its hash (next.config.ts), so no other inline style can run.
 * Palette: Okabe–Ito (colour-blind safe); text meets WCAG AA contrast in both themes.
 */
export const WIDGET_CSS = `
:root{--bg:#fff;--fg:#1b1b1b;--muted:#4a4a4a;--line:#d0d0d0;--link:#0a58a8;--exports:#0072b2;--imports:#c45a00;
--balance:#007a5a;--s1:#c45a00;--s2:#0072b2;--s3:#56b4e9;--s4:#b0558f;--ok:#17663a;--warn:#8a5a00;--bad:#b00020;
--tipbg:#1b1b1b;--tipfg:#fff;color-scheme:light}
.dark{--bg:#121417;--fg:#f0f0f0;--muted:#c4c4c4;--line:#454a52;--link:#8cc8ff;--exports:#56b4e9;--imports:#f0a04b;
--balance:#3cc69b;--s1:#f0a04b;--s2:#56b4e9;--s3:#a8d8f5;--s4:#e08cc0;--ok:#6fd79b;--warn:#f2c14e;--bad:#ff8a8a;
--tipbg:#f0f0f0;--tipfg:#121417;color-scheme:dark}
@media (prefers-color-scheme:dark){.auto{--bg:#121417;--fg:#f0f0f0;--muted:#c4c4c4;--line:#454a52;--link:#8cc8ff;
--exports:#56b4e9;--imports:#f0a04b;--balance:#3cc69b;--s1:#f0a04b;--s2:#56b4e9;--s3:#a8d8f5;--s4:#e08cc0;--ok:#6fd79b;
--warn:#f2c14e;--bad:#ff8a8a;--tipbg:#f0f0f0;--tipfg:#121417;color-scheme:dark}}
*{box-sizing:border-box}
html,body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,
sans-serif}
main{padding:12px 14px;position:relative}
h1{font-size:16px;line-height:1.3;margin:0 0 2px}
p{margin:4px 0}
a{color:var(--link)}
.unit,.src,.note{color:var(--muted);font-size:12.5px}
.status{display:inline-flex;align-items:center;gap:4px;font-weight:600}
.status-icon{display:inline-block;min-width:1em;text-align:center}
.st-exact,.st-within_rounding{color:var(--ok)}.st-revised{color:var(--warn)}.st-mismatch{color:var(--bad)}
.st-unverified{color:var(--muted)}
svg.chart{display:block;width:100%;height:auto;margin:6px 0;overflow:visible}
svg.sz-s{max-width:360px}svg.sz-m{max-width:480px}svg.sz-l{max-width:640px}.claimed-bars .lbl{font-size:13px}.claimed-bars .val{font-size:12px}
svg text{fill:var(--fg);font-size:11px}
svg .ax{stroke:var(--line)}
svg .tk{fill:var(--muted)}
.f-exports{fill:var(--exports);stroke:var(--exports)}.f-imports{fill:var(--imports);stroke:var(--imports)}
.f-balance{fill:var(--balance);stroke:var(--balance)}
.f-stated{fill:var(--s1)}.f-printed{fill:var(--s4)}.f-officialSA{fill:var(--s2)}.f-officialNSA{fill:var(--s3)}
.f-reportedNSA{fill:var(--s4)}
.ln{fill:none;stroke-width:2}
.mark{stroke:var(--muted);stroke-dasharray:4 3}.seam line{stroke:var(--fg);stroke-dasharray:1 3;stroke-width:1.5}
.seam-label{font-size:10px}.seam-ring{fill:var(--bg);stroke-width:2}
.pt{outline:none}.pt:hover,.pt:focus{stroke:var(--fg);stroke-width:2}
.hit{fill:transparent;stroke:none}.hit:hover,.hit:focus{fill:var(--fg);fill-opacity:.1;stroke:var(--link);
stroke-width:1}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;margin:0;padding:0;list-style:none;font-size:12.5px}
.legend li{display:inline-flex;align-items:center;gap:5px}
.sw{flex:none;width:12px;height:12px}
table{border-collapse:collapse;font-size:12.5px;margin:6px 0;width:100%}
th,td{padding:3px 6px;border-bottom:1px solid var(--line);text-align:right;font-variant-numeric:tabular-nums}
th:first-child,td:first-child{text-align:left}
caption{text-align:left;color:var(--muted);font-size:12px;padding-bottom:2px}
details{margin:4px 0}summary{cursor:pointer;color:var(--link);min-height:24px;line-height:24px}
.scroll{max-height:240px;overflow:auto}.tables .scroll{max-height:none}.wide table{min-width:520px}
.links{display:flex;flex-wrap:wrap;gap:6px 16px;margin-top:6px;font-size:13px}
.figure{font-size:34px;font-weight:700;line-height:1.1;margin:6px 0;font-variant-numeric:tabular-nums}
.checks{list-style:none;margin:6px 0;padding:0}.checks li{margin:6px 0}
.tip{position:absolute;z-index:2;max-width:260px;padding:5px 8px;border-radius:4px;background:var(--tipbg);
color:var(--tipfg);font-size:12px;pointer-events:none;white-space:pre-line}
.tip[hidden]{display:none}
.err{border-left:4px solid var(--bad);padding-left:10px}
@media (max-width:400px){main{padding:8px 8px}table{font-size:11.5px}th,td{padding:3px 3px}
thead th{overflow-wrap:anywhere}}
`.replace(/\n/g, "");

/** The CSP source that allows exactly WIDGET_CSS as an inline style. */
export const WIDGET_CSS_HASH = `'sha256-${createHash("sha256").update(WIDGET_CSS).digest("base64")}'`;
