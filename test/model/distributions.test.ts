import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawValue, isShape, SHAPE_LABELS, SHAPES } from "../../src/model";

/** Cases in any unit the model uses: from shares to hundreds of billions of dollars. */
const MAX_MAGNITUDE = 1e12;
/**
 * Below this a magnitude is taken as 0: no case of the model is that small (a share is at least
 * a thousandth of a percent), and subnormal cases underflow in low + (…), as in any engine.
 */
const MIN_MAGNITUDE = 1e-12;
const onScale = (x: number): number => (Math.abs(x) < MIN_MAGNITUDE ? 0 : x);
/** u as the HDR stream gives it: strictly inside (0, 1). */
const uniform = fc.double({ min: Number.EPSILON, max: 1 - Number.EPSILON, noNaN: true });
const ordered = fc
  .tuple(
    fc.double({ min: -MAX_MAGNITUDE, max: MAX_MAGNITUDE, noNaN: true }),
    fc.double({ min: 0, max: MAX_MAGNITUDE, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true })
  )
  .map(([low, width, at]) => [onScale(low), onScale(width), at] as const)
  .map(([low, width, at]) => ({
    low,
    high: low + width,
    value: Math.min(low + width, low + at * width),
  }));

describe("drawing an input from its shape", () => {
  it("names three shapes, each with a label", () => {
    expect(SHAPES).toEqual(["fixed", "uniform", "triangular"]);
    for (const s of SHAPES) expect(SHAPE_LABELS[s]).toMatch(/\w/);
    expect(isShape("triangular")).toBe(true);
    expect(isShape("pert")).toBe(false);
  });

  it("stays within low..high and never gives NaN, for any shape and u", () => {
    fc.assert(
      fc.property(
        ordered,
        uniform,
        fc.constantFrom(...SHAPES),
        ({ low, value, high }, u, shape) => {
          const x = drawValue(shape, low, value, high, u);
          expect(Number.isFinite(x)).toBe(true);
          expect(x).toBeGreaterThanOrEqual(low);
          expect(x).toBeLessThanOrEqual(high);
        }
      )
    );
  });

  it("is non-decreasing in u (an inverse CDF)", () => {
    fc.assert(
      fc.property(
        ordered,
        uniform,
        uniform,
        fc.constantFrom(...SHAPES),
        ({ low, value, high }, a, b, shape) => {
          const [u1, u2] = a <= b ? [a, b] : [b, a];
          expect(drawValue(shape, low, value, high, u1)).toBeLessThanOrEqual(
            drawValue(shape, low, value, high, u2)
          );
        }
      )
    );
  });

  it("draws the article's 5-10% uniformly and a triangle with its mode at the value", () => {
    expect(drawValue("fixed", 0.05, 0.075, 0.1, 0.9)).toBe(0.075);
    expect(drawValue("uniform", 0.05, 0.075, 0.1, 0.5)).toBeCloseTo(0.075, 15);
    // Triangular: the mode's cumulative share is (m − a)/(b − a); at that u the draw is the mode.
    expect(drawValue("triangular", 375e6, 500e6, 625e6, 0.5)).toBeCloseTo(500e6, 3);
    expect(drawValue("triangular", 0, 1, 4, 0.25)).toBeCloseTo(1, 12);
    // Its median for a = 0, m = 0, b = 1: 1 − √0.5.
    expect(drawValue("triangular", 0, 0, 1, 0.5)).toBeCloseTo(1 - Math.sqrt(0.5), 15);
    expect(drawValue("triangular", 2, 2, 2, 0.3)).toBe(2); // no width: the value
  });

  it("gives a triangle its mean (a + m + b)/3 over a fine grid of u", () => {
    const n = 100_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += drawValue("triangular", 1, 2, 6, (i + 0.5) / n);
    expect(sum / n).toBeCloseTo(3, 3);
  });
});
