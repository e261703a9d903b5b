/**
 * What a cell of the add-in's workbook should show for a value, worked out apart from the page:
 * the plan says the cell's number format, and a separate IronCalc in Node formats the value
 * with it (the page's engine is never asked what it should show).
 */
import {
  buildPlan,
  type NumberFormat,
  type SheetKey,
  type WorkbookPlan,
} from "../../../src/workbook";
import { newEngineWorkbook } from "../../support/ironcalc";

export const PLAN: WorkbookPlan = buildPlan();

/** The plan's number format of a cell (0-based), from the block or table that writes it. */
export function planFormatAt(sheet: SheetKey, row: number, column: number): NumberFormat {
  const planned = PLAN.sheets.find((s) => s.key === sheet);
  for (const block of planned?.blocks ?? []) {
    const r = row - block.row;
    const c = column - block.column;
    const format = block.numberFormats[r]?.[c];
    if (format !== undefined) return format;
  }
  for (const table of PLAN.tables.filter((t) => t.sheet === sheet)) {
    const c = column - table.column;
    const r = row - table.headerRow - 1;
    if (r >= 0 && r < table.capacity && c >= 0 && c < table.columns.length)
      return table.numberFormats[r]?.[c] ?? table.columns[c]?.numberFormat ?? null;
  }
  throw new Error(`The plan writes nothing at ${sheet} row ${row} column ${column}`);
}

/** The text a cell with this number format shows for `value` (IronCalc's formatting, as Excel). */
export function shownAs(value: number, format: NumberFormat): string {
  const model = newEngineWorkbook();
  model.setUserInput(0, 1, 1, String(value));
  if (format) {
    model.updateRangeStyle({ sheet: 0, row: 1, column: 1, width: 1, height: 1 }, "num_fmt", format);
  }
  return model.getFormattedCellValue(0, 1, 1);
}

/** The planned sheet name of a key (the preview's workbook uses the planned names). */
export function sheetName(key: SheetKey): string {
  return PLAN.sheets.find((s) => s.key === key)?.name ?? key;
}
