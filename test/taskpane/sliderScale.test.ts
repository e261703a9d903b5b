/**
 * The slider scales: every stop is inside the input's range and in increasing order, each
 * position maps back to itself, the article's own values are stops, and money steps are a
 * few percent apart on every money slider.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { INPUT_SPECS, inputSpec } from "../../src/model";
import { logGrid, niceStepNear, sliderScale } from "../../src/taskpane/inputs/sliderScale";

const isMoney = (unit: string): boolean => unit === "USD" || unit === "USD per year";

describe.each(INPUT_SPECS.map((spec) => [spec.id, spec] as const))("the %s slider", (_, spec) => {
  const scale = sliderScale(spec);

  test("has between 100 and 500 stops: fine enough to aim, few enough for the keyboard", () => {
    expect(scale.positions).toBeGreaterThanOrEqual(100);
    expect(scale.positions).toBeLessThanOrEqual(500);
  });

  test("runs from min to max, increasing, and each position maps back to itself", () => {
    expect(scale.valueAt(0)).toBe(spec.min);
    expect(scale.valueAt(scale.positions - 1)).toBe(spec.max);
    for (let p = 1; p < scale.positions; p += 1) {
      expect(scale.valueAt(p)).toBeGreaterThan(scale.valueAt(p - 1));
      expect(scale.positionOf(scale.valueAt(p))).toBe(p);
    }
  });

  test("stops exactly on the article's low, midpoint and high", () => {
    for (const value of [spec.low, spec.base, spec.high]) {
      expect(scale.valueAt(scale.positionOf(value))).toBeCloseTo(value, 12);
    }
  });

  test("any value maps to a stop no further than one step away, ends clamped", () => {
    fc.assert(
      fc.property(
        fc.double({ min: spec.min - (spec.max - spec.min), max: spec.max * 2, noNaN: true }),
        (value) => {
          const position = scale.positionOf(value);
          expect(position).toBeGreaterThanOrEqual(0);
          expect(position).toBeLessThan(scale.positions);
          if (value <= spec.min) expect(position).toBe(0);
          if (value >= spec.max) expect(position).toBe(scale.positions - 1);
        }
      )
    );
  });

  if (isMoney(spec.unit) && spec.min > 0) {
    test("money: neighbouring stops are at most 5% apart", () => {
      for (let p = 1; p < scale.positions; p += 1) {
        expect(scale.valueAt(p) / scale.valueAt(p - 1)).toBeLessThanOrEqual(1.05 + 1e-9);
      }
    });
  }
});

describe("round-number stops", () => {
  test("the frontier spend steps through $7B to $8B in six stops, the midpoint $7.5B among them", () => {
    const scale = sliderScale(inputSpec("frontierAnnualSpendUsd"));
    const from = scale.positionOf(7e9);
    const stops = [0, 1, 2, 3, 4, 5, 6].map((k) => scale.valueAt(from + k));
    expect(stops).toEqual([7e9, 7.2e9, 7.4e9, 7.5e9, 7.6e9, 7.8e9, 8e9]);
  });

  test("the log grid is round numbers a few percent apart per decade", () => {
    expect(logGrid(1, 10).slice(0, 4)).toEqual([1, 1.05, 1.1, 1.15]);
    expect(logGrid(1, 10).filter((v) => v >= 4.8 && v <= 5.6)).toEqual([
      4.8, 4.9, 5, 5.2, 5.4, 5.6,
    ]);
  });

  test("linear steps are the 1-2-5 number nearest to 1/200 of the range", () => {
    expect(niceStepNear(0.995 / 200)).toBe(0.005); // shares: half a point
    expect(niceStepNear(1.5 / 200)).toBe(0.01); // growth: one point
    expect(niceStepNear(29 / 200)).toBe(0.2); // years
    expect(niceStepNear(50e9 / 200)).toBe(200e6); // revenue
  });
});
