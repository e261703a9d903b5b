/**
 * The saved-scenarios table's cells on an IronCalc Model, as the plain TableCells both hosts
 * hand to src/workbook/scenarios: the header row and the body's whole capacity, as far right as
 * the planned columns, each cell's formula and what it shows. IronCalc has no tables, so the
 * table is where the plan put it on the scenarios sheet.
 */
import type { Model } from "@ironcalc/wasm";
import type { ScenarioTableLayout } from "../../workbook/plan";
import type { TableCells } from "../../workbook/scenarios";
import { readContent } from "./cells";

/** `sheet` is the engine's index of the scenarios sheet; `width` the planned columns. */
export function readTableCells(
  model: Model,
  sheet: number,
  layout: ScenarioTableLayout,
  width: number
): TableCells {
  const row = (r: number) =>
    Array.from({ length: width }, (_, c) => readContent(model, sheet, r, layout.column + c));
  return {
    header: row(layout.headerRow).map(({ value }) =>
      value.kind === "empty" ? "" : String(value.value)
    ),
    body: Array.from({ length: layout.capacity }, (_, i) => row(layout.firstRow + i)),
    sheet: model.getWorksheetsProperties()[sheet]?.name ?? "",
    firstRowNumber: layout.firstRow + 1,
  };
}
