/**
 * usedCells on a real IronCalc workbook: every cell a sheet holds is found, wherever it is
 * (the far right, the far bottom, alone in its row and column), and the selection the copies
 * need is put back as it was, even when reading or a step of putting back fails.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LAST_COLUMN, LAST_ROW, usedArea, usedCells } from "../../src/preview/usedCells";
import { Model, newEngineWorkbook } from "../support/ironcalc";

/** Sorted "row,column" keys, to compare sets of cells. */
function keys(cells: readonly { row: number; column: number }[]): string[] {
  return cells.map((c) => `${c.row},${c.column}`).sort();
}

/** A workbook whose second sheet holds text at each of `cells` (the first stays empty). */
function bookWith(cells: readonly { row: number; column: number }[]): Model {
  const model = newEngineWorkbook();
  model.newSheet();
  for (const { row, column } of cells) model.setUserInput(1, row, column, `r${row}c${column}`);
  return model;
}

/** Rows and columns near both ends of the sheet as well as anywhere: where shortcuts fail. */
const ROW = fc.oneof(
  fc.integer({ min: 1, max: 40 }),
  fc.integer({ min: LAST_ROW - 3, max: LAST_ROW }),
  fc.integer({ min: 1, max: LAST_ROW })
);
const COLUMN = fc.oneof(
  fc.integer({ min: 1, max: 40 }),
  fc.integer({ min: 250, max: 260 }), // around the first copy's window of 256
  fc.integer({ min: LAST_COLUMN - 3, max: LAST_COLUMN }),
  fc.integer({ min: 1, max: LAST_COLUMN })
);
const CELL = fc.record({ row: ROW, column: COLUMN });

describe("usedCells", () => {
  it("finds exactly the cells a sheet holds, wherever they are", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(CELL, { maxLength: 8, selector: (c) => `${c.row},${c.column}` }),
        (cells) => {
          const model = bookWith(cells);
          expect(keys(usedCells(model, 1))).toEqual(keys(cells));
          expect(usedCells(model, 0)).toEqual([]);
        }
      ),
      { numRuns: 200 }
    );
  });

  it("gives the last used row and column, each found on its own", () => {
    const model = bookWith([
      { row: 3, column: 2 },
      { row: 100000, column: 1 },
      { row: 7, column: LAST_COLUMN },
    ]);
    expect(usedArea(model, 1)).toEqual({ lastRow: 100000, lastColumn: LAST_COLUMN });
    expect(usedArea(model, 0)).toEqual({ lastRow: 1, lastColumn: 1 });
  });

  it("finds a cell holding only a format, and the cells a formula spills into", () => {
    const model = newEngineWorkbook();
    model.updateRangeStyle(
      { sheet: 0, row: 9, column: 300, width: 1, height: 1 },
      "font.b",
      "true"
    );
    model.setUserInput(0, 2, 5, "=SEQUENCE(2,3)");
    model.evaluate();
    expect(keys(usedCells(model, 0))).toEqual(
      keys([
        { row: 9, column: 300 },
        ...[2, 3].flatMap((row) => [5, 6, 7].map((column) => ({ row, column }))),
      ])
    );
  });

  it("keeps to the first `columns` columns when asked, listing rows or columns", () => {
    const tall = bookWith([
      { row: 1, column: 1 },
      { row: 2, column: 9 },
      { row: 500000, column: 3 },
    ]);
    expect(keys(usedCells(tall, 1, 4))).toEqual(
      keys([
        { row: 1, column: 1 },
        { row: 500000, column: 3 },
      ])
    );
    const wide = bookWith([
      { row: 1, column: 1 },
      { row: 2, column: 9 },
      { row: 2, column: 3 },
    ]);
    expect(keys(usedCells(wide, 1, 4))).toEqual(
      keys([
        { row: 1, column: 1 },
        { row: 2, column: 3 },
      ])
    );
  });

  it("leaves the selected sheet, each sheet's selection and its scroll position as they were", () => {
    const model = bookWith([
      { row: 2, column: 2 },
      { row: 4000, column: 700 },
    ]);
    model.setSelectedSheet(1);
    model.setSelectedCell(30, 8);
    model.setSelectedRange(30, 8, 12, 3);
    model.setTopLeftVisibleCell(10, 2);
    model.setSelectedSheet(0);
    model.setSelectedCell(5, 5);
    const views = [0, 1].map((sheet) => {
      model.setSelectedSheet(sheet);
      return model.getSelectedView();
    });
    expect(views[1]).toMatchObject({ row: 30, column: 8, range: [30, 8, 12, 3], top_row: 10 });

    usedCells(model, 1);
    usedCells(model, 0);

    expect(model.getSelectedSheet()).toBe(1);
    for (const sheet of [0, 1]) {
      model.setSelectedSheet(sheet);
      expect(model.getSelectedView()).toEqual(views[sheet]);
    }
  });

  it("throws a failed copy's error, not a failure putting the selection back, and still puts back the rest", () => {
    const model = bookWith([{ row: 2, column: 2 }]);
    model.setSelectedSheet(1);
    model.setSelectedCell(30, 8);
    model.setTopLeftVisibleCell(10, 2);
    model.setSelectedSheet(0);
    model.setSelectedCell(5, 5);
    const copyFailed = new Error("copy failed");
    const breaks = failing(model, { copyToClipboard: copyFailed, setSelectedRange: "after" });

    expect(() => usedCells(breaks.model, 1)).toThrow(copyFailed);

    expect(breaks.failedPuttingBack).toBe(true);
    expect(model.getSelectedSheet()).toBe(0);
    model.setSelectedSheet(1);
    expect(model.getSelectedView()).toMatchObject({ row: 30, column: 8, top_row: 10 });
  });

  it("puts the selected sheet back when the sheet's selection cannot be read", () => {
    const model = bookWith([{ row: 2, column: 2 }]);
    model.setSelectedSheet(0);
    const unreadable = new Error("no selection to read");
    const breaks = failing(model, { getSelectedView: unreadable });

    expect(() => usedCells(breaks.model, 1)).toThrow(unreadable);
    expect(model.getSelectedSheet()).toBe(0);
  });

  it("says so when putting the selection back fails after a good read", () => {
    const model = bookWith([{ row: 2, column: 2 }]);
    model.setSelectedSheet(0);
    const breaks = failing(model, { setSelectedRange: "after" });

    expect(() => usedCells(breaks.model, 1)).toThrow("putting back failed");
    expect(model.getSelectedSheet()).toBe(0);
  });
});

/**
 * The real engine behind a stand-in that throws: `getSelectedView` and `copyToClipboard` throw
 * the given error, and
 * `setSelectedRange: "after"` makes setSelectedRange throw once the sheet's used area has been
 * read (the call that puts the selection back), noting it did.
 */
function failing(
  real: Model,
  faults: { getSelectedView?: Error; copyToClipboard?: Error; setSelectedRange?: "after" }
): { model: Model; failedPuttingBack: boolean } {
  const breaks = { model: real, failedPuttingBack: false };
  let read = false;
  breaks.model = new Proxy(real, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]): unknown => {
        if (key === "getSelectedView" && faults.getSelectedView) throw faults.getSelectedView;
        if (key === "copyToClipboard") {
          if (faults.copyToClipboard) {
            read = true;
            throw faults.copyToClipboard;
          }
          const copied = method.apply(target, args);
          read = true;
          return copied;
        }
        if (key === "setSelectedRange" && faults.setSelectedRange && read) {
          breaks.failedPuttingBack = true;
          throw new Error("putting back failed");
        }
        return method.apply(target, args);
      };
    },
  });
  return breaks;
}
