import { describe, expect, it } from "vitest";
import { formatPeriod, LOCALE, type Lang } from "@/lib/i18n/format";

describe("formatPeriod", () => {
  it("writes every month as Intl.DateTimeFormat does for es-MX and en-US, long and short", () => {
    for (const lang of ["es", "en"] as Lang[])
      for (const month of ["long", "short"] as const) {
        const intl = new Intl.DateTimeFormat(LOCALE[lang], { month, year: "numeric", timeZone: "UTC" });
        for (const year of [1985, 2024])
          for (let m = 1; m <= 12; m++) {
            const period = `${year}-${String(m).padStart(2, "0")}`;
            expect(formatPeriod(period, lang, month), `${lang} ${month} ${period}`).toBe(
              intl.format(new Date(Date.UTC(year, m - 1, 1))),
            );
          }
      }
  });

  it("reads the month of a YYYY-MM period", () => {
    expect(formatPeriod("2024-01", "es")).toBe("enero de 2024");
    expect(formatPeriod("2025-12", "en", "short")).toBe("Dec 2025");
  });
});
