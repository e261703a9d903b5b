import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lnOnePlusOverX, xOverExpMinusOne } from "../../src/model";

describe("precise ratios (Kahan), with only LN and EXP", () => {
  it("ln(1+x)/x agrees with Math.log1p to 1e-14 relative, tiny and subnormal x included", () => {
    fc.assert(
      fc.property(fc.double({ min: -0.99, max: 1e6, noNaN: true }), (x) => {
        fc.pre(x !== 0);
        const reference = Math.log1p(x) / x;
        expect(Math.abs(lnOnePlusOverX(x) / reference - 1)).toBeLessThan(1e-14);
      }),
      { numRuns: 5000 }
    );
    expect(lnOnePlusOverX(5e-324)).toBe(1);
    expect(lnOnePlusOverX(0)).toBe(1);
  });

  it("x/(e^x − 1) agrees with Math.expm1 to 1e-14 relative", () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        fc.pre(x !== 0);
        const reference = x / Math.expm1(x);
        expect(Math.abs(xOverExpMinusOne(x) / reference - 1)).toBeLessThan(1e-13);
      }),
      { numRuns: 5000 }
    );
  });

  it("x/(e^x − 1) at the ends: 1 at 0, −x when e^x underflows, 0 when it overflows", () => {
    expect(xOverExpMinusOne(0)).toBe(1);
    expect(xOverExpMinusOne(-1e-320)).toBe(1);
    expect(xOverExpMinusOne(-800)).toBe(800);
    expect(xOverExpMinusOne(800)).toBe(0);
  });
});
