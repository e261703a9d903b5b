/**
 * Ranges in the column functions (runner.ts runOnCells): one result per cell, broadcast as
 * Excel's own array arithmetic does, with each cell's error kept in its cell.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { costRatio, runsFunded } from "../../src/functions/functions";
import { callAsExcel, installStandIn, StandInError } from "./support/customFunctions";

beforeAll(() => installStandIn());

function cells(fn: unknown, ...args: unknown[]): unknown[][] {
  const result = callAsExcel(fn, args);
  if ("error" in result) throw new Error(`threw ${result.error.code}: ${result.error.message}`);
  if (!Array.isArray(result.value)) throw new Error("not an array");
  return result.value;
}

function codes(grid: unknown[][]): unknown[][] {
  return grid.map((row) => row.map((c) => (c instanceof StandInError ? c.code : c)));
}

describe("a column function given ranges", () => {
  it("pairs two ranges of the same size cell by cell", () => {
    expect(cells(costRatio, [[1], [2], [3]], [[2], [4], [6]])).toEqual([[0.5], [0.5], [0.5]]);
  });

  it("repeats a single cell, row or column across the other range (=A1:A2/B1:C1 is 2×2)", () => {
    expect(cells(costRatio, [[1], [2]], [[1, 2]])).toEqual([
      [1, 0.5],
      [2, 1],
    ]);
    expect(cells(costRatio, 3, [[1, 3]])).toEqual([[3, 1]]);
  });

  it("gives #N/A where a smaller range has no cell, as =A1:A3/B1:B2 does", () => {
    const grid = cells(costRatio, [[1], [2], [3]], [[1], [2]]);
    expect(codes(grid)).toEqual([[1], [1], ["#N/A"]]);
    const last = grid[2]?.[0];
    expect(last instanceof StandInError && last.message).toMatch(/ranges differ in size/);
  });

  it("gives #N/A in the missing cells of a ragged range", () => {
    expect(codes(cells(costRatio, [[1, 2], [3]], [[1]]))).toEqual([
      [1, 2],
      [3, "#N/A"],
    ]);
  });

  it("keeps an Excel error from a cell in that cell only", () => {
    const upstream = new StandInError("#REF!", "deleted");
    const grid = cells(runsFunded, [[40e9]], [[500e6], [upstream], [6e6]]);
    expect(grid[1]?.[0]).toBe(upstream);
    expect(codes(grid)).toEqual([[80], ["#REF!"], [6666]]);
  });

  it("counts empty cells (null, as Excel on the web passes them) as 0", () => {
    expect(codes(cells(costRatio, [[null], [6e6]], [[500e6]]))).toEqual([[0], [0.012]]);
  });

  it("throws #VALUE! for an empty range", () => {
    const result = callAsExcel(costRatio, [[], [[1]]]);
    expect("error" in result && result.error.code).toBe("#VALUE!");
    expect("error" in result && result.error.message).toBe("The cost is an empty range.");
  });
});
