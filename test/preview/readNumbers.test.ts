// Reading a block's numbers at full precision, as the view's charts and colour scale do, on a
// real IronCalc: text, errors and empty cells are null, and every cell keeps its own format.
import { describe, expect, it } from "vitest";
import { readNumbers } from "../../src/preview/engine/cells";
import { newEngineWorkbook } from "../support/ironcalc";

describe("readNumbers", () => {
  it("reads numbers to 15 digits, text, errors and empty cells as null, and leaves the formats", () => {
    const model = newEngineWorkbook();
    model.setUserInput(0, 1, 1, "=1/3");
    model.setUserInput(0, 2, 1, "text");
    model.setUserInput(0, 1, 2, "=1/0");
    model.setUserInput(0, 2, 2, "1234567.5");
    const area = { sheet: 0, row: 1, column: 1, width: 2, height: 2 };
    model.updateRangeStyle(area, "num_fmt", "0.0");
    model.evaluate();
    const shown = model.getFormattedCellValue(0, 2, 2);
    // One format over the block: one change of format for all (15 digits, as Excel keeps).
    expect(readNumbers(model, 0, { row: 0, column: 0, height: 2, width: 2 })).toEqual([
      [0.333333333333333, null],
      [null, 1234567.5],
    ]);
    // An empty row has the default format: read cell by cell.
    expect(readNumbers(model, 0, { row: 1, column: 0, height: 2, width: 2 })).toEqual([
      [null, 1234567.5],
      [null, null],
    ]);
    expect(model.getFormattedCellValue(0, 2, 2)).toBe(shown);
    expect(model.getCellStyle(0, 1, 1).style.num_fmt).toBe("0.0");
  });

  it("reads cells of different formats one by one, each keeping its own", () => {
    const model = newEngineWorkbook();
    model.setUserInput(0, 1, 1, "0.25");
    model.setUserInput(0, 2, 1, "2.5");
    model.updateRangeStyle({ sheet: 0, row: 1, column: 1, width: 1, height: 1 }, "num_fmt", "0%");
    model.evaluate();
    expect(readNumbers(model, 0, { row: 0, column: 0, height: 2, width: 1 })).toEqual([
      [0.25],
      [2.5],
    ]);
    expect(model.getFormattedCellValue(0, 1, 1)).toBe("25%");
    expect(model.getCellStyle(0, 2, 1).style.num_fmt).toBe("general");
  });
});
