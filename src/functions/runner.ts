/**
 * The one runner every custom function goes through, in formulajs's order:
 *   1. fill omitted arguments with their defaults and coerce each value (coerce.ts),
 *   2. stop at the first argument that is not a number (#VALUE!) or is an Excel error,
 *   3. hand the numbers to the model function, which checks its domain (#NUM!, #DIV/0!)
 *      and computes.
 * Nothing here knows any finance: a function is its argument rules plus a model function.
 */
import { DomainError } from "../model";
import { ArgRule, Refusal, toNumber, toText } from "./coerce";
import { CellResult, excelError, toCell } from "./excelErrors";

/** A custom function over numbers, as data. */
export interface NumberFunction<Out> {
  readonly rules: readonly ArgRule[];
  /** The model function: takes the coerced numbers in the order of `rules`. */
  readonly compute: (...values: number[]) => Out;
}

/** A custom function over text (figure lookups), as data. */
export interface TextFunction<Out> {
  readonly rules: readonly ArgRule[];
  readonly compute: (...values: string[]) => Out;
}

/** Runs a function on one value per argument. */
export function runOnce<Out>(fn: NumberFunction<Out>, args: readonly unknown[]): Out | Refusal {
  const values: number[] = new Array(fn.rules.length);
  let i = 0;
  for (const rule of fn.rules) {
    const value = toNumber(rule, args[i]);
    if (typeof value !== "number") return value;
    values[i++] = value;
  }
  return fn.compute(...values);
}

export function runOnceOnText<Out>(fn: TextFunction<Out>, args: readonly unknown[]): Out | Refusal {
  const values: string[] = new Array(fn.rules.length);
  let i = 0;
  for (const rule of fn.rules) {
    const value = toText(rule, args[i]);
    if (typeof value !== "string") return value;
    values[i++] = value;
  }
  return fn.compute(...values);
}

/**
 * An argument as a grid of cells. Excel passes a range as rows of cells (number[][]); a single
 * value, an omitted argument or a plain list from JavaScript becomes a grid too.
 */
interface Grid {
  readonly rows: readonly (readonly unknown[])[];
  readonly height: number;
  readonly width: number;
}

function toGrid(value: unknown): Grid {
  if (!Array.isArray(value)) return { rows: [[value]], height: 1, width: 1 };
  const rows = value.map((row: unknown) => (Array.isArray(row) ? row : [row]));
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  return { rows, height: rows.length, width };
}

/** Marks a cell that a smaller range does not have (Excel shows #N/A there). */
const OUTSIDE = Symbol("outside the range");

/**
 * The cell of a grid at (row, column) of the result, broadcast as Excel does with arrays: a
 * single row repeats down, a single column repeats across, a single cell everywhere.
 */
function cellAt(grid: Grid, row: number, column: number): unknown {
  const cells = grid.rows[grid.height === 1 ? 0 : row];
  if (cells === undefined) return OUTSIDE;
  const index = grid.width === 1 ? 0 : column;
  return index < cells.length ? cells[index] : OUTSIDE;
}

/**
 * Runs a function cell by cell over ranges and returns the grid of results; each cell holds
 * its own number or error, as Excel shows it. The result is as large as the largest argument;
 * where a smaller range has no cell, the result is #N/A, as Excel does for =A1:A3+B1:B2.
 * A 1×1 result shows as a plain value, so the function still works on single cells.
 */
export function runOnCells(
  fn: NumberFunction<number | DomainError>,
  args: readonly unknown[]
): CellResult[][] | Refusal {
  const { rules } = fn;
  const grids = rules.map((_, i) => toGrid(args[i]));
  const empty = rules.find((_, i) => grids[i]?.height === 0 || grids[i]?.width === 0);
  if (empty) return new DomainError("value", `${empty.label} is an empty range.`);
  const height = Math.max(...grids.map((g) => g.height));
  const width = Math.max(...grids.map((g) => g.width));
  const result: CellResult[][] = new Array(height);
  const values: number[] = new Array(rules.length);
  for (let row = 0; row < height; row++) {
    const line: CellResult[] = new Array(width);
    for (let column = 0; column < width; column++) {
      line[column] = cellResult(fn, grids, row, column, values);
    }
    result[row] = line;
  }
  return result;
}

function cellResult(
  fn: NumberFunction<number | DomainError>,
  grids: readonly Grid[],
  row: number,
  column: number,
  values: number[]
): CellResult {
  let i = 0;
  for (const rule of fn.rules) {
    const grid = grids[i];
    const cell = grid === undefined ? OUTSIDE : cellAt(grid, row, column);
    if (cell === OUTSIDE) {
      return excelError(
        new DomainError(
          "na",
          `The ranges differ in size: ${rule.label} has no cell in row ${row + 1}, column ${column + 1}.`
        )
      );
    }
    const value = toNumber(rule, cell);
    if (typeof value !== "number") return excelError(value);
    values[i++] = value;
  }
  return toCell(fn.compute(...values));
}
