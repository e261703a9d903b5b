/**
 * The one runner every custom function goes through (functions.ts calls nothing else), in
 * formulajs's order:
 *   1. fill omitted arguments with their defaults and coerce each value (coerce.ts),
 *   2. stop at the first argument that is not a number (#VALUE!) or is an Excel error,
 *   3. hand the values to the model function, which checks its domain (#NUM!, #DIV/0!)
 *      and computes.
 * Nothing here knows any finance: a function is its argument rules plus a model function.
 *
 * Speed (bench/functions.bench.ts): arguments are passed and handed on listed, never in an
 * array or spread (each allocates), and a number is taken as it is before any rule is read.
 */
import { DomainError } from "../model";
import { ArgRule, labelOf, toNumber, toText } from "./coerce";
import { CellResult, excelError, toCell } from "./excelErrors";

/** A custom function over numbers, as data. */
export interface NumberFunction<Out = Outcome> {
  readonly rules: readonly ArgRule[];
  /** The model function: takes the coerced numbers in the order of `rules`. */
  readonly compute: (...values: number[]) => Out;
}

/** A custom function over text (figure lookups), as data. */
export interface TextFunction<Out = Outcome> {
  readonly rules: readonly ArgRule[];
  readonly compute: (...values: string[]) => Out;
}

/** What a model function may give: a number, a text ("never", a sentence) or a domain error. */
type Outcome = number | string | DomainError;

/** Argument `i` as a number by its rule, or the Excel error thrown. Past the rules: 0, unused. */
function numberArg(rules: readonly ArgRule[], i: number, value: unknown): number {
  if (typeof value === "number") return value;
  const rule = rules[i];
  if (rule === undefined) return 0;
  const coerced = toNumber(rule, value);
  if (typeof coerced === "number") return coerced;
  throw excelError(coerced);
}

function textArg(rules: readonly ArgRule[], i: number, value: unknown): string {
  const rule = rules[i];
  if (rule === undefined) return "";
  const coerced = toText(rule, value);
  if (typeof coerced === "string") return coerced;
  throw excelError(coerced);
}

/** A model outcome as Excel takes it: the value, or a thrown CustomFunctions.Error. */
function valueOrThrow<Out extends Outcome>(outcome: Out): Exclude<Out, DomainError> {
  if (outcome instanceof DomainError) throw excelError(outcome);
  // What is left once the domain error is thrown (TypeScript does not narrow a type parameter).
  return outcome as Exclude<Out, DomainError>;
}

/** Runs a number function on one value per argument (at most five, as breakevenShare). */
export function runOnce<Out extends Outcome>(
  fn: NumberFunction<Out>,
  a?: unknown,
  b?: unknown,
  c?: unknown,
  d?: unknown,
  e?: unknown
): Exclude<Out, DomainError> {
  const { rules } = fn;
  const outcome = fn.compute(
    numberArg(rules, 0, a),
    numberArg(rules, 1, b),
    numberArg(rules, 2, c),
    numberArg(rules, 3, d),
    numberArg(rules, 4, e)
  );
  return valueOrThrow(outcome);
}

export function runOnceOnText<Out extends Outcome>(
  fn: TextFunction<Out>,
  a?: unknown,
  b?: unknown,
  c?: unknown
): Exclude<Out, DomainError> {
  const { rules } = fn;
  const outcome = fn.compute(textArg(rules, 0, a), textArg(rules, 1, b), textArg(rules, 2, c));
  return valueOrThrow(outcome);
}

/** Marks a cell that a smaller range does not have (Excel shows #N/A there). */
const OUTSIDE = Symbol("outside the range");

/**
 * How many columns an argument has. Excel passes a range as rows of cells (number[][]); a
 * single value is one cell, and a plain list from JavaScript is a column.
 */
function widthOf(rule: ArgRule, value: unknown): number {
  if (!Array.isArray(value)) return 1;
  let width = 0;
  for (let i = 0; i < value.length; i++) {
    const row: unknown = value[i];
    const cells = Array.isArray(row) ? row.length : 1;
    if (cells > width) width = cells;
  }
  if (width === 0)
    throw excelError(new DomainError("value", `${labelOf(rule)} is an empty range.`));
  return width;
}

/**
 * The cell of an argument at (row, column) of the result, broadcast as Excel does with
 * arrays: a single row repeats down, a single column repeats across, a single cell everywhere.
 */
function cellAt(value: unknown, width: number, row: number, column: number): unknown {
  if (!Array.isArray(value)) return value;
  const cells: unknown = value[value.length === 1 ? 0 : row];
  if (cells === undefined) return OUTSIDE;
  const index = width === 1 ? 0 : column;
  if (!Array.isArray(cells)) return index === 0 ? cells : OUTSIDE;
  return index < cells.length ? cells[index] : OUTSIDE;
}

/**
 * Each argument's width, and the coerced values of one cell's arguments: reused from call to
 * call and cell to cell (nothing else runs in between), as allocating them costs more than
 * the arithmetic.
 */
const WIDTHS = [1, 1, 1, 1, 1];
const VALUES = [0, 0, 0, 0, 0];

/**
 * Runs a number function cell by cell over ranges and returns the grid of results; each cell
 * holds its own number or error, as Excel shows it. The result is as large as the largest
 * argument; where a smaller range has no cell, the result is #N/A, as Excel does for
 * =A1:A3+B1:B2. A 1×1 result shows as a plain value, so the function works on single cells.
 */
export function runOnCells(fn: NumberFunction, args: readonly unknown[]): CellResult[][] {
  const { rules } = fn;
  let height = 1;
  let width = 1;
  for (let i = 0; i < rules.length; i++) {
    const arg = args[i];
    const argWidth = widthOf(rules[i] as ArgRule, arg);
    if (Array.isArray(arg) && arg.length > height) height = arg.length;
    if (argWidth > width) width = argWidth;
    WIDTHS[i] = argWidth;
  }
  // Sized once: a result is as large as its largest argument.
  const result = new Array<CellResult[]>(height);
  for (let row = 0; row < height; row++) {
    const line = new Array<CellResult>(width);
    for (let column = 0; column < width; column++) line[column] = cellResult(fn, args, row, column);
    result[row] = line;
  }
  return result;
}

/** One cell of the result by the rules: broadcast, coerce, compute. */
function cellResult(
  fn: NumberFunction,
  args: readonly unknown[],
  row: number,
  column: number
): CellResult {
  const { rules } = fn;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as ArgRule;
    const cell = cellAt(args[i], WIDTHS[i] as number, row, column);
    if (cell === OUTSIDE) {
      return excelError(
        new DomainError(
          "na",
          `The ranges differ in size: ${labelOf(rule)} has no cell in row ${row + 1}, column ${column + 1}.`
        )
      );
    }
    const value = typeof cell === "number" ? cell : toNumber(rule, cell);
    if (typeof value !== "number") return excelError(value);
    VALUES[i] = value;
  }
  const [a, b, c, d, e] = VALUES as [number, number, number, number, number];
  return toCell(fn.compute(a, b, c, d, e));
}
