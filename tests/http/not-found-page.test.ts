import { describe, expect, inject, it } from "vitest";

const base = inject("baseUrl");

describe(
  "an unknown page or release answers 404 with the not-found page in the server HTML " +
    "(readable without JavaScript)",
  () => {
    it.each([
      "/releases/no-such-release",
      "/releases/2024-03-22-index-usa-540/",
      "/releases/%3Cscript%3Ealert(1)%3C%2Fscript%3E?lang=en",
      "/no-such-page",
    ])("%s", async (path) => {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(404);
      const body = await res.text();
      expect(body).not.toContain("__next_error__");
      expect(body).toContain("<h1>Comunicado no encontrado</h1>");
      expect(body).toContain("Release not found");
      expect(body).not.toContain("<script>alert(1)");
    });

    it("still serves the release that exists", async () => {
      expect((await fetch(`${base}/releases/2024-03-22-index-usa-539`)).status).toBe(200);
      expect((await fetch(`${base}/releases/2024-03-22-index-usa-539/`)).status).toBe(200);
    });
  },
);
