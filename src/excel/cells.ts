/**
 * Plan cells as Office.js takes them, and the look of each style role. Pure apart from the
 * one function that sets a range's format.
 *
 * Every cell is written the way an analyst would type it (Range.formulas / Range.values both
 * take typed input): a formula as it is, a number as a number, and text with a leading
 * apostrophe when it would otherwise turn into something else (a formula, a number, a date).
 * That is how "=1+1", "-5%" or "2025" stay text, and a sentence of the article can never run.
 */
import type { CellContent, ShownValue } from "../workbook/sharing/cellValues";
import {
  ROLE_STYLES,
  typedInput,
  type NumberFormat,
  type PlanCell,
  type StyleRole,
} from "../workbook/plan";

export type OfficeCell = string | number | boolean;

/** One plan cell as typed into Excel; null (leave empty) is "", which Excel stores as empty. */
export function officeCell(cell: PlanCell): OfficeCell {
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  return typedInput(cell);
}

export function officeCells(rows: readonly (readonly PlanCell[])[]): OfficeCell[][] {
  return rows.map((row) => row.map(officeCell));
}

/** Number formats as Excel takes them: null is "General". */
export function officeFormats(rows: readonly (readonly NumberFormat[])[]): string[][] {
  return rows.map((row) => row.map((format) => format ?? "General"));
}

/** Sets the look of a role (ROLE_STYLES, shared with the preview) on a range. */
export function applyRoleStyle(range: Excel.Range, role: StyleRole): void {
  const style = ROLE_STYLES[role];
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
}

/**
 * A cell as Office.js reads it. Range.formulas gives a cell without a formula its value, so a
 * text typed as '=AICOST.RATIO(1,2) reads the same in formulas and values: only a formula
 * differs from what it shows.
 */
export function cellContent(formula: unknown, value: unknown, type: string): CellContent {
  const isFormula =
    typeof formula === "string" &&
    formula.startsWith("=") &&
    !(typeof value === "string" && value === formula);
  return { formula: isFormula ? formula : null, value: shownValue(value, type) };
}

export function shownValue(value: unknown, type: string): ShownValue {
  switch (type) {
    case "Double":
      return typeof value === "number"
        ? { kind: "number", value }
        : { kind: "text", value: String(value) };
    case "Boolean":
      return { kind: "boolean", value: value === true };
    case "Error":
      return { kind: "error", value: String(value) };
    case "Empty":
      return { kind: "empty" };
    case "String":
      return { kind: "text", value: String(value) };
    default:
      // A rich value (a data type, an image): not a value a cell can be typed with.
      return { kind: "error", value: `#${type.toUpperCase()}!` };
  }
}
