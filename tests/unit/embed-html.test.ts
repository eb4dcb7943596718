import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { escapeHtml, html, raw } from "@/lib/render/html";

describe("html tag", () => {
  it("escapes interpolated text and attribute values", () => {
    const t = `"><script>alert('x')</script>&`;
    expect(html`<p title="${t}">${t}</p>`.value).toBe(
      `<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">` +
        `&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</p>`,
    );
  });

  it("keeps nested html, joins arrays, drops null, undefined, false and non-finite numbers", () => {
    const inner = html`<b>${"a<b"}</b>`;
    expect(html`<i>${inner}${[1, "<", null, undefined, false, Number.NaN]}</i>`.value).toBe(
      "<i><b>a&lt;b</b>1&lt;</i>",
    );
    expect(html`${raw("<style>a{}</style>")}`.value).toBe("<style>a{}</style>");
  });

  it(
    "no string survives escaping with a character that opens markup or closes an attribute (property)",
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary" }), (s) => {
          expect(escapeHtml(s)).not.toMatch(/[<>"']/);
        }),
      );
    },
  );
});
