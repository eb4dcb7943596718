import { describe, expect, it } from "vitest";
import { squeeze } from "@/lib/render/squeeze";
import { html } from "@/lib/render/html";

describe("squeeze: static markup without its source indentation", () => {
  it("drops line breaks between tags and the space before a tag's closing bracket", () => {
    const written = `<table>\n  <tr\n    ><td class="num"\n      >1</td\n    >\n  </tr>\n</table>`;
    expect(squeeze(written)).toBe('<table><tr><td class="num">1</td></tr></table>');
  });

  it("keeps a single space between words and inline elements, and a self-closing slash", () => {
    expect(squeeze("<p>El   comunicado\n  dice <strong>12,700</strong> mdd</p>")).toBe(
      "<p>El comunicado dice <strong>12,700</strong> mdd</p>",
    );
    expect(squeeze('<svg><rect width="12" height="12" /></svg>')).toBe('<svg><rect width="12" height="12"/></svg>');
  });

  it("leaves text that holds angle brackets and spaces as it is (escaped by the html tag)", () => {
    const text = "a > b and c < d >";
    const out = squeeze(html`<p title="${"x > y "}">${text}</p>`.value);
    expect(out).toBe('<p title="x &gt; y ">a &gt; b and c &lt; d &gt;</p>');
    expect(squeeze("<p>1 > 0</p>")).toBe("<p>1 > 0</p>");
  });
});
