/**
 * The one runner every custom function goes through, in formulajs's order:
 *   1. fill omitted arguments with their defaults and coerce each value (coerce.ts),
 *   2. stop at the first argument that is not a number (#VALUE!) or is an Excel error,
 *   3. hand the numbers to the model function, which checks its domain (#NUM!, #DIV/0!)
 *      and computes.
 * Nothing here knows any finance: a function is its argument rules plus a model function.
 *
 * Speed (bench/functions.bench.ts): loops are indexed and model functions are called with
 * their arguments listed, not spread, so that a call costs a few comparisons more than the
 * model itself. functions.ts adds a fast path for the common case, where every argument is
 * already a number (the rules would leave it unchanged); test/functions/fastPath.test.ts
 * proves both paths give the same results.
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

/** The most arguments a model function takes (breakevenShare). */
const MAX_ARGS = 5;

function apply<T, Out>(compute: (...values: T[]) => Out, values: readonly T[]): Out {
  if (values.length > MAX_ARGS) throw new RangeError(`at most ${MAX_ARGS} arguments`);
  // Listed, not spread: a spread call allocates and is several times slower.
  return compute(values[0] as T, values[1] as T, values[2] as T, values[3] as T, values[4] as T);
}

/** Runs a function on one value per argument. */
export function runOnce<Out>(fn: NumberFunction<Out>, args: readonly unknown[]): Out | Refusal {
  const { rules } = fn;
  const values: number[] = [];
  for (let i = 0; i < rules.length; i++) {
    const value = toNumber(rules[i] as ArgRule, args[i]);
    if (typeof value !== "number") return value;
    values.push(value);
  }
  return apply(fn.compute, values);
}

export function runOnceOnText<Out>(fn: TextFunction<Out>, args: readonly unknown[]): Out | Refusal {
  const { rules } = fn;
  const values: string[] = [];
  for (let i = 0; i < rules.length; i++) {
    const value = toText(rules[i] as ArgRule, args[i]);
    if (typeof value !== "string") return value;
    values.push(value);
  }
  return apply(fn.compute, values);
}

/** The number in a single cell: a number, or a 1×1 range holding one; undefined otherwise. */
export function singleNumber(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (Array.isArray(value) && value.length === 1) {
    const row: unknown = value[0];
    if (Array.isArray(row) && row.length === 1 && typeof row[0] === "number") return row[0];
  }
  return undefined;
}

/** A number, or an omitted optional argument (null from Excel, undefined from JavaScript). */
export function isNumberOrOmitted(value: unknown): value is number | null | undefined {
  return typeof value === "number" || value === null || value === undefined;
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
  const rows: (readonly unknown[])[] = [];
  let width = 0;
  for (let i = 0; i < value.length; i++) {
    const row: unknown = value[i];
    const cells = Array.isArray(row) ? row : [row];
    if (cells.length > width) width = cells.length;
    rows.push(cells);
  }
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
  const grids: Grid[] = [];
  let height = 0;
  let width = 0;
  for (let i = 0; i < rules.length; i++) {
    const grid = toGrid(args[i]);
    if (grid.height === 0 || grid.width === 0) {
      return new DomainError("value", `${(rules[i] as ArgRule).label} is an empty range.`);
    }
    height = Math.max(height, grid.height);
    width = Math.max(width, grid.width);
    grids.push(grid);
  }
  const result: CellResult[][] = new Array<CellResult[]>(height);
  const values: number[] = [0, 0, 0, 0, 0];
  const [first, second] = grids;
  for (let row = 0; row < height; row++) {
    const line: CellResult[] = new Array<CellResult>(width);
    if (grids.length === 2 && first !== undefined && second !== undefined) {
      // The column functions all take two ranges: a loop of their own, with each grid's row
      // looked up once, and the rules applied only to cells that are not already numbers.
      const rowA = first.rows[first.height === 1 ? 0 : row];
      const rowB = second.rows[second.height === 1 ? 0 : row];
      for (let column = 0; column < width; column++) {
        const a = rowA?.[first.width === 1 ? 0 : column];
        const b = rowB?.[second.width === 1 ? 0 : column];
        line[column] =
          typeof a === "number" && typeof b === "number"
            ? toCell(fn.compute(a, b))
            : cellResult(fn, grids, row, column, values);
      }
    } else {
      for (let column = 0; column < width; column++)
        line[column] = cellResult(fn, grids, row, column, values);
    }
    result[row] = line;
  }
  return result;
}

/** One cell of the result by the rules: broadcast, coerce, compute (any number of arguments). */
function cellResult(
  fn: NumberFunction<number | DomainError>,
  grids: readonly Grid[],
  row: number,
  column: number,
  values: number[]
): CellResult {
  const { rules } = fn;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as ArgRule;
    const cell = cellAt(grids[i] as Grid, row, column);
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
    values[i] = value;
  }
  return toCell(apply(fn.compute, values.slice(0, rules.length)));
}
