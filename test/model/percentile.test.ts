import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { average, histogram, percentileInc } from "../../src/model";

/** Samples of the sizes a Trials sheet holds, values on the model's scales. */
const MAX_SAMPLE = 200;
const sample = fc
  .array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { minLength: 1, maxLength: MAX_SAMPLE })
  .map((xs) => Float64Array.from(xs).sort());

describe("PERCENTILE.INC, AVERAGE and the histogram as Excel computes them", () => {
  it("matches Excel's documented examples", () => {
    // Excel's PERCENTILE.INC({1,2,3,4}, 0.3) is 1.9; of {1,3,2,4} the same.
    expect(percentileInc([1, 2, 3, 4], 0.3)).toBeCloseTo(1.9, 15);
    expect(percentileInc([1, 2, 3, 4], 0)).toBe(1);
    expect(percentileInc([1, 2, 3, 4], 1)).toBe(4);
    expect(percentileInc([7], 0.9)).toBe(7);
    expect(percentileInc([], 0.5)).toBeUndefined();
    expect(percentileInc([1, 2], 1.5)).toBeUndefined();
    expect(average([1, 2, 3, 4])).toBe(2.5);
    expect(average([])).toBeUndefined();
  });

  it("lies between the sample's neighbours and is non-decreasing in p", () => {
    fc.assert(
      fc.property(
        sample,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, a, b) => {
          const [p, q] = a <= b ? [a, b] : [b, a];
          const lo = percentileInc(xs, p) as number;
          const hi = percentileInc(xs, q) as number;
          expect(lo).toBeLessThanOrEqual(hi);
          expect(lo).toBeGreaterThanOrEqual(xs[0] as number);
          expect(hi).toBeLessThanOrEqual(xs[xs.length - 1] as number);
        }
      )
    );
  });

  /** Bins a summary could ask for. */
  const MAX_BINS = 50;
  it("counts every value in exactly one bin, bins edge to edge from min to max", () => {
    fc.assert(
      fc.property(sample, fc.integer({ min: 1, max: MAX_BINS }), (xs, bins) => {
        const h = histogram(xs, bins);
        expect(h.reduce((n, b) => n + b.count, 0)).toBe(xs.length);
        expect(h[0]?.from).toBe(xs[0]);
        expect(h.at(-1)?.to).toBe(xs[xs.length - 1]);
        for (let i = 1; i < h.length; i++) expect(h[i]?.from).toBe(h[i - 1]?.to);
        for (const b of h) {
          const last = b === h.at(-1);
          expect(b.count).toBe(
            xs.filter((v) => v >= b.from && (last ? v <= b.to : v < b.to)).length
          );
        }
      })
    );
  });

  it("puts equal values in one bin and an empty sample in none", () => {
    expect(histogram([2, 2, 2], 10)).toEqual([{ from: 2, to: 2, count: 3 }]);
    expect(histogram([], 10)).toEqual([]);
  });
});
