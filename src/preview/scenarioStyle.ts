/**
 * A scenario row the preview writes gets the look of the rows the plan wrote: each column's
 * number format and the table body's style. In Excel a new table row inherits them; IronCalc
 * has no tables, so the preview host formats the row it writes. (The engine applier formats
 * only the planned rows; this touches one row's formats, never its values.)
 */
import type { Area, Model } from "@ironcalc/wasm";
import type { WorkbookPlan } from "../workbook/plan";
import { applyRole } from "./engine";

/** `first` is the row's first cell: engine sheet index and the plan's 0-based row and column. */
export function styleScenarioRow(
  model: Model,
  plan: WorkbookPlan,
  first: { sheet: number; row: number; column: number }
): void {
  const table = plan.tables.find((t) => t.key === "scenarios");
  if (!table) return;
  const cell = (i: number, width = 1): Area => ({
    sheet: first.sheet,
    row: first.row + 1,
    column: first.column + 1 + i,
    width,
    height: 1,
  });
  table.columns.forEach((column, i) =>
    model.updateRangeStyle(cell(i), "num_fmt", column.numberFormat ?? "general")
  );
  applyRole(model, cell(0, table.columns.length), table.bodyRole);
}
