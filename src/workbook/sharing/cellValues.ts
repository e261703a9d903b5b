/**
 * What a cell holds, as "Prepare for sharing" reads and writes it. Pure.
 *
 * A frozen cell gets the value it showed, typed so that it stays what it was: a number as a
 * number, text as text even when it reads "=x" or "123" (typedInput's apostrophe), TRUE or
 * FALSE, or an error constant. The record keeps what was written as it would be typed, so the
 * same text read back gives the same value (parseTyped(typed(w)) is w).
 */
import { sharingMessages } from "../messages/sharing";
import { typedInput } from "../plan";

/** A cell's value as the workbook shows it. */
export type ShownValue =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly value: string }
  | { readonly kind: "empty" };

/** A cell as read: its formula (null for a constant or an empty cell) and what it shows. */
export interface CellContent {
  readonly formula: string | null;
  readonly value: ShownValue;
  /**
   * A formula whose result fills more cells than its own: "spills" (a dynamic array: the other
   * cells show its values but hold nothing) or "legacy" (part of an array formula entered over
   * several cells, Ctrl+Shift+Enter). Absent: a single cell, or the host cannot tell.
   */
  readonly array?: "spills" | "legacy";
}

export const EMPTY_CELL: CellContent = { formula: null, value: { kind: "empty" } };

/** What prepare writes into a cell: a formula, or the value it froze. */
export type Written =
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly value: string };

/**
 * Error values that can be typed into a cell as constants, in Excel and IronCalc alike. Newer
 * ones (#SPILL!, #CALC!, …) only come out of formulas: typed, they would become text.
 */
const TYPABLE_ERRORS: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
];

/**
 * Values that say the cell's AICOST function has not calculated here: #NAME? (the function is
 * unknown, as where the add-in's functions are not registered), #BUSY! (still calculating) and
 * #GETTING_DATA. Freezing one of these would keep the wrong value, so such cells are left alone.
 */
const NOT_CALCULATED: readonly string[] = ["#NAME?", "#BUSY!", "#GETTING_DATA"];

/** A cell's content as typed: the formula, the number, text with an apostrophe where needed. */
export function typed(written: Written): string {
  switch (written.kind) {
    case "formula":
      return written.formula;
    case "number":
      return String(written.value);
    case "boolean":
      return written.value ? "TRUE" : "FALSE";
    case "error":
      return written.value;
    case "text":
      return typedInput(written.value);
  }
}

/** The inverse of typed(): what a typed text puts into a cell. */
export function parseTyped(text: string): Written {
  if (text.startsWith("=")) return { kind: "formula", formula: text };
  if (text.startsWith("'")) return { kind: "text", value: text.slice(1) };
  if (/^(TRUE|FALSE)$/i.test(text))
    return { kind: "boolean", value: text.toUpperCase() === "TRUE" };
  if (TYPABLE_ERRORS.includes(text.toUpperCase()))
    return { kind: "error", value: text.toUpperCase() };
  const number = text.trim() === "" ? NaN : Number(text);
  if (Number.isFinite(number) && /^-?(\d|\.\d)/.test(text))
    return { kind: "number", value: number };
  return { kind: "text", value: text };
}

/** The value to freeze a cell to, or why it cannot be kept as a value. */
export function frozenValue(value: ShownValue): Written | { readonly refused: string } {
  switch (value.kind) {
    case "number":
    case "text":
    case "boolean":
      return value;
    case "empty":
      return { kind: "text", value: "" };
    case "error": {
      const error = value.value.toUpperCase();
      if (NOT_CALCULATED.includes(error)) {
        return { refused: sharingMessages.notCalculated(value.value) };
      }
      if (!TYPABLE_ERRORS.includes(error)) {
        return { refused: sharingMessages.notAValue(value.value) };
      }
      return { kind: "error", value: error };
    }
  }
}

/** Excel keeps 15 significant digits of a number typed or written into a cell. */
const CELL_DIGITS = 15;

function sameNumber(a: number, b: number): boolean {
  return a === b || Number(a.toPrecision(CELL_DIGITS)) === Number(b.toPrecision(CELL_DIGITS));
}

/**
 * Whether a constant cell still holds the value prepare froze it to (a cell whose frozen text
 * was "" is empty). Formulas are compared by the caller (sameFormula).
 */
export function holdsValue(
  cell: CellContent,
  written: Exclude<Written, { kind: "formula" }>
): boolean {
  if (cell.formula !== null) return false;
  const shown = cell.value;
  if (written.kind === "text" && written.value === "") {
    return shown.kind === "empty" || (shown.kind === "text" && shown.value === "");
  }
  if (shown.kind !== written.kind) return false;
  switch (written.kind) {
    case "number":
      return shown.kind === "number" && sameNumber(shown.value, written.value);
    case "error":
      return shown.kind === "error" && shown.value.toUpperCase() === written.value;
    default:
      return "value" in shown && shown.value === written.value;
  }
}

/** A value as the analyst reads it in a note: 0.1, "text", TRUE, #N/A. */
export function describeValue(value: ShownValue | Written): string {
  switch (value.kind) {
    case "text":
      return JSON.stringify(value.value);
    case "number":
      return String(value.value);
    case "boolean":
      return value.value ? "TRUE" : "FALSE";
    case "error":
      return value.value;
    case "formula":
      return value.formula;
    case "empty":
      return sharingMessages.emptyValue;
  }
}
