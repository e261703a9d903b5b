import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  axisValues,
  DEFAULT_INPUTS,
  DEFAULT_MAP_COLUMNS,
  DEFAULT_MAP_OUTPUT,
  DEFAULT_MAP_ROWS,
  evaluate,
  INPUT_IDS,
  nearestIndex,
  OUTPUT_IDS,
  twoWayMap,
} from "../../src/model";

describe("the two-way map", () => {
  it("defaults to runway at efficient spend over efficiency share (down) and frontier spend (across)", () => {
    expect(DEFAULT_MAP_OUTPUT).toBe("runwayAtEfficientYears");
    expect(DEFAULT_MAP_ROWS.inputId).toBe("efficiencyShare");
    expect(DEFAULT_MAP_COLUMNS.inputId).toBe("frontierAnnualSpendUsd");
    const map = twoWayMap();
    expect(map.cells).toHaveLength(DEFAULT_MAP_ROWS.count);
    for (const row of map.cells) expect(row).toHaveLength(DEFAULT_MAP_COLUMNS.count);
  });

  it("holds the article's point exactly: 7.5% and $7.5B, where $40B lasts 71.1 years", () => {
    const map = twoWayMap();
    const r = map.rowValues.indexOf(DEFAULT_INPUTS.efficiencyShare);
    const c = map.columnValues.indexOf(DEFAULT_INPUTS.frontierAnnualSpendUsd);
    expect(r).toBeGreaterThanOrEqual(0);
    expect(c).toBeGreaterThanOrEqual(0);
    expect(nearestIndex(map.rowValues, 0.075)).toBe(r);
    // The article: $40B over 7.5% of $7.5B a year.
    expect(map.cells[r]?.[c]).toBeCloseTo(40 / (0.075 * 7.5), 10);
    expect(map.rowValues[0]).toBe(0.0125);
    expect(map.columnValues.at(-1)).toBe(10e9);
  });

  /** Axes a sheet would offer: up to 30 values each way. */
  const MAX_AXIS_COUNT = 30;
  it("equals evaluate() with the two inputs at each cell's axis values, for any axes and output", () => {
    const axis = (id: (typeof INPUT_IDS)[number]) =>
      fc.record({
        inputId: fc.constant(id),
        start: fc.double({ min: 0, max: 1, noNaN: true }),
        step: fc.double({ min: 0, max: 0.1, noNaN: true }),
        count: fc.integer({ min: 1, max: MAX_AXIS_COUNT }),
      });
    fc.assert(
      fc.property(
        fc
          .constantFrom(...INPUT_IDS)
          .chain((a) => fc.tuple(axis(a), fc.constantFrom(...INPUT_IDS).chain(axis))),
        fc.constantFrom(...OUTPUT_IDS),
        ([rows, columns], outputId) => {
          const map = twoWayMap(outputId, rows, columns);
          expect(map.rowValues).toEqual(axisValues(rows));
          map.rowValues.forEach((rv, i) =>
            map.columnValues.forEach((cv, j) => {
              const inputs = { ...DEFAULT_INPUTS, [rows.inputId]: rv, [columns.inputId]: cv };
              expect(map.cells[i]?.[j]).toEqual(evaluate(inputs)[outputId]);
            })
          );
        }
      ),
      { numRuns: 50 }
    );
  });

  it("computes axis values as start + i·step and finds the nearest one", () => {
    expect(axisValues({ inputId: "spendGrowth", start: 0, step: 0.1, count: 3 })).toEqual([
      0, 0.1, 0.2,
    ]);
    expect(axisValues({ inputId: "spendGrowth", start: 0, step: 0.1, count: 0 })).toEqual([]);
    expect(nearestIndex([1, 2, 3], 2.4)).toBe(1);
    expect(nearestIndex([], 2)).toBe(-1);
  });
});
