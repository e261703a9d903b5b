/**
 * Rows an analyst types below the saved scenarios' capacity, for the tests of both hosts that
 * load over them (test/contract, test/excel: reload and upgrade): where the first such row is,
 * typing a scenario there, reading the rows back, and the load's warning about them, in the
 * catalogue's words (messages/load.ts) for the rows the test typed.
 */
import { scenarioAt } from "../../src/model";
import { columnLetters } from "../../src/workbook/a1";
import { buildPlan } from "../../src/workbook/buildPlan";
import { rowsBeyondCapacity } from "../../src/workbook/messages/load";
import type { FakeExcel } from "../excel/support/fakeExcel";

/** The saved scenarios table as the current layout plans it (layout 1 put it in the same place). */
export const SCENARIOS = buildPlan().scenarios;
/** The sheet's first row (1-based) below the table's capacity. */
export const FIRST_BELOW = SCENARIOS.firstRow + SCENARIOS.capacity + 1;
const WIDTH = SCENARIOS.columns.length;

/** A scenario's cells in the table's columns: name, note, then the article's high inputs (by slot). */
export function scenarioCells(name: string, note = "typed below the table"): (string | number)[] {
  const inputs = scenarioAt("high");
  return SCENARIOS.columns.map((key) =>
    key === "name" ? name : key === "note" ? note : inputs[key]
  );
}

/** The analyst types a scenario into the row (1-based) of the Scenarios sheet, in Excel. */
export function typeScenario(excel: FakeExcel, row: number, name: string, note?: string): void {
  excel.type("Scenarios", `${columnLetters(SCENARIOS.column)}${row}`, ...scenarioCells(name, note));
}

/** Every cell of `count` sheet rows from `first` (1-based), across the table's columns, "|"-joined. */
export function rowsAt(cellAt: CellReader, first: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    Array.from({ length: WIDTH }, (_, j) => cellAt(first + i, SCENARIOS.column + j + 1)).join("|")
  );
}

/** A cell's content as typed, by its sheet row and column (both 1-based). */
export type CellReader = (row: number, column: number) => string;

export const excelCells =
  (excel: FakeExcel): CellReader =>
  (row, column) =>
    excel.content("Scenarios", `${columnLetters(column - 1)}${row}`);

/**
 * The warning a load gives for the given sheet rows (1-based, ascending) beyond the table's
 * capacity: "upgrade" or "load" (a reload) is who left them there.
 */
export function belowWarning(
  rows: readonly number[],
  load: "upgrade" | "load",
  tableName = "SavedScenarios"
): string {
  if (rows.length === 0) throw new Error("no rows to warn of");
  const where = { tableName, sheetName: "Scenarios" };
  return rowsBeyondCapacity(where, SCENARIOS.capacity, rows, load === "load" ? "reload" : load);
}

/** The load's warnings about rows beyond the table's capacity, without its others. */
export const belowWarnings = (warnings: readonly string[]): string[] =>
  warnings.filter((w) => w.includes("rows of the table") && w.includes("beyond the first"));
