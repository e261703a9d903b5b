/**
 * Reading and writing single cells of an IronCalc Model, in the plan's 0-based rows and
 * columns (IronCalc counts from 1). Pure functions over the Model: no DOM, usable in Node
 * tests and in the browser preview alike.
 */
import type { Model } from "@ironcalc/wasm";
import type { CellContent, ShownValue } from "../../workbook/sharing/cellValues";

/** IronCalc's cell types (Model.getCellType). */
const CELL_TYPE = { number: 1, text: 2, boolean: 4, error: 16 } as const;

/**
 * A computed cell as a typed value: the workbook layer's ShownValue, the same kinds Excel's
 * host reads, so the engine's cells go to "Prepare for sharing" as they are and a new kind is
 * added in one place.
 */
export type EngineCell = ShownValue;

/**
 * Enough digits to tell numbers apart, read through the formatted text (the engine's only
 * reader of a computed value), the cell's own format put back afterwards; three exponent
 * digits, as two misprint tiny numbers (docs/HOSTS.md, "IronCalc 0.8.4", Numbers).
 */
const FULL_PRECISION = "0.00000000000000E+000";

export function readCell(model: Model, sheet: number, row: number, column: number): EngineCell {
  const r = row + 1;
  const c = column + 1;
  if (model.getCellContent(sheet, r, c) === "") return { kind: "empty" };
  const type = model.getCellType(sheet, r, c);
  if (type === CELL_TYPE.number) {
    const area = { sheet, row: r, column: c, width: 1, height: 1 };
    const own = model.getCellStyle(sheet, r, c).style.num_fmt;
    model.updateRangeStyle(area, "num_fmt", FULL_PRECISION);
    const value = Number(model.getFormattedCellValue(sheet, r, c));
    model.updateRangeStyle(area, "num_fmt", own);
    return { kind: "number", value };
  }
  const text = model.getFormattedCellValue(sheet, r, c);
  if (type === CELL_TYPE.error) return { kind: "error", value: text };
  if (type === CELL_TYPE.boolean) return { kind: "boolean", value: text.toUpperCase() === "TRUE" };
  return { kind: "text", value: text };
}

/**
 * The numbers of a block of cells (0-based), null where a cell holds no number: one format
 * change over the whole block instead of one a cell, when its cells share one format (the Map's
 * grid: a cell at a time costs about 0.3 ms, and the view reads the grid on every change).
 */
export function readNumbers(
  model: Model,
  sheet: number,
  block: { row: number; column: number; height: number; width: number }
): (number | null)[][] {
  const rows = Array.from({ length: block.height }, (_, r) => block.row + r + 1);
  const columns = Array.from({ length: block.width }, (_, c) => block.column + c + 1);
  const formats = new Set(
    rows.flatMap((r) => columns.map((c) => model.getCellStyle(sheet, r, c).style.num_fmt))
  );
  const [own] = formats;
  if (formats.size !== 1 || own === undefined) {
    return rows.map((r) =>
      columns.map((c) => {
        const cell = readCell(model, sheet, r - 1, c - 1);
        return cell.kind === "number" ? cell.value : null;
      })
    );
  }
  const area = {
    sheet,
    row: rows[0] ?? 1,
    column: columns[0] ?? 1,
    width: block.width,
    height: block.height,
  };
  model.updateRangeStyle(area, "num_fmt", FULL_PRECISION);
  try {
    return rows.map((r) =>
      columns.map((c) =>
        model.getCellType(sheet, r, c) === CELL_TYPE.number
          ? Number(model.getFormattedCellValue(sheet, r, c))
          : null
      )
    );
  } finally {
    model.updateRangeStyle(area, "num_fmt", own);
  }
}

/**
 * A cell's formula (what was typed, when it starts with "=": a text typed as '=1+1 keeps its
 * apostrophe in IronCalc's content) and what it shows.
 */
export function readContent(model: Model, sheet: number, row: number, column: number): CellContent {
  const typed = model.getCellContent(sheet, row + 1, column + 1);
  const formula = typed.startsWith("=") ? typed : null;
  return { formula, value: readCell(model, sheet, row, column) };
}

/**
 * Type a number into a cell. IronCalc, like Excel's grid, keeps 15 significant digits of a typed
 * number, so a value with more is stored rounded to 15: callers that compare with the model
 * should round their inputs the same way (toPrecision(15)).
 */
export function writeNumber(
  model: Model,
  sheet: number,
  row: number,
  column: number,
  value: number
): void {
  model.setUserInput(sheet, row + 1, column + 1, String(value));
}

/** The index of the sheet with this name, or -1. */
export function sheetIndexByName(model: Model, name: string): number {
  return model.getWorksheetsProperties().findIndex((s) => s.name === name);
}

/**
 * A block of cells (0-based) as they show: the numbers in one read (readNumbers), each other
 * cell (text, an error, empty) read on its own, which a computed block has few of.
 */
export function readBlock(
  model: Model,
  sheet: number,
  block: { row: number; column: number; height: number; width: number }
): EngineCell[][] {
  return readNumbers(model, sheet, block).map((row, r) =>
    row.map((number, c): EngineCell =>
      number !== null
        ? { kind: "number", value: number }
        : readCell(model, sheet, block.row + r, block.column + c)
    )
  );
}
