import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkStatus, roundToStep, roundingTolerance } from "@/lib/checks/rounding";

const steps = fc.constantFrom(0.1, 1, 10, 100, 1000);

describe("rounding rules", () => {
  it("a value rounded to a step is within half a step of it", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), steps, (v, step) => {
        expect(Math.abs(roundToStep(v, step) - v)).toBeLessThanOrEqual(roundingTolerance(step) + 1e-6);
      }),
    );
  });

  it(
    "a figure printed as the rounding of a value is always " + "exact or within_rounding of it, whatever the vintage",
    () => {
      fc.assert(
        fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), steps, fc.boolean(), (v, step, after) => {
          const printed = roundToStep(v, step);
          expect(["exact", "within_rounding"]).toContain(checkStatus(printed - v, roundingTolerance(step), after));
        }),
      );
    },
  );

  it("a delta beyond the tolerance is revised when the official value came later, mismatch when it came before", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.51, max: 1e5, noNaN: true }), fc.constantFrom(1, -1), (excess, sign) => {
        const tolerance = 0.5;
        expect(checkStatus(sign * (tolerance + excess), tolerance, true)).toBe("revised");
        expect(checkStatus(sign * (tolerance + excess), tolerance, false)).toBe("mismatch");
      }),
    );
  });

  it.each([
    [0, 50, "exact"],
    [36, 50, "within_rounding"],
    [-48.2, 50, "within_rounding"],
    [50, 50, "within_rounding"],
    [null, 50, "unverified"],
  ] as const)("delta %s with tolerance %s is %s", (delta, tolerance, status) => {
    expect(checkStatus(delta, tolerance, true)).toBe(status);
  });
});
