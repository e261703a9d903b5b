/**
 * The saved-scenarios table as the workbook holds it: read by header (so a column moved or
 * inserted by hand does not shift anything), validated row by row, and changed one row at a
 * time. Pure: excelHost.ts reads the header row and the body's values and value types, and
 * writes the cell values this module returns.
 *
 * The table spans its whole capacity (applyPlan.ts), so a free row is one whose cells are all
 * empty. Rows that cannot be used (no name, a duplicate name, text in a number cell) are
 * reported with their repair and left untouched; every usable row is still listed.
 */
import { INPUT_IDS, type InputId, type ScenarioInputs } from "../model";
import {
  HostError,
  type HostProblem,
  type SavedScenario,
  type ScenarioList,
} from "../workbook/host";
import type { PlanTable } from "../workbook/plan";
import { officeText, type OfficeCell } from "./cells";
import { RELOAD_REPAIR } from "./officeErrors";

export type ScenarioColumnKey = "name" | "note" | InputId;

/** What was read, as plain data. */
export interface TableCells {
  /** The header row's values, left to right. */
  readonly header: readonly unknown[];
  /** The body's values and Excel value types ("Double", "String", "Empty", …), row by row. */
  readonly values: readonly (readonly unknown[])[];
  readonly types: readonly (readonly string[])[];
  /** Where the table is, for messages: its sheet and the sheet row of its first body row (1-based). */
  readonly sheet: string;
  readonly firstRowNumber: number;
}

export interface ScenarioRow {
  /** 0-based row of the body. */
  readonly index: number;
  readonly scenario: SavedScenario;
}

export interface ScenarioTable {
  readonly list: ScenarioList;
  /** The usable rows, in table order. */
  readonly rows: readonly ScenarioRow[];
  /** Column of the body for each planned column found by its header. */
  readonly columns: ReadonlyMap<ScenarioColumnKey, number>;
  /** Body rows whose planned cells are all empty: room for new scenarios. */
  readonly freeRows: readonly number[];
}

/** One cell to write: 0-based row and column of the body, and what to type. */
export interface CellWrite {
  readonly row: number;
  readonly column: number;
  readonly value: OfficeCell;
}

const NUMBER = "Double";
const EMPTY = "Empty";

export function readScenarioTable(plan: PlanTable, cells: TableCells): ScenarioTable {
  const problems: HostProblem[] = [];
  const columns = new Map<ScenarioColumnKey, number>();
  const headers = cells.header.map((h) => normalise(String(h ?? "")));
  for (const column of plan.columns) {
    if (!isColumnKey(column.key)) continue;
    const index = headers.indexOf(normalise(column.header));
    if (index >= 0) {
      columns.set(column.key, index);
    } else {
      problems.push({
        code: "damaged",
        message: `The scenarios table on "${cells.sheet}" has no column headed "${column.header}" (deleted, or its header changed).`,
        repair: `Undo the change (Ctrl+Z), or give a column of the table the header "${column.header}" again; your saved scenarios are kept.`,
      });
    }
  }
  const complete = columns.has("name") && INPUT_IDS.every((id) => columns.has(id));

  const rows: ScenarioRow[] = [];
  const freeRows: number[] = [];
  const seen = new Map<string, number>();
  cells.values.forEach((values, index) => {
    const types = cells.types[index] ?? [];
    const cell = (key: ScenarioColumnKey): { value: unknown; type: string } | undefined => {
      const column = columns.get(key);
      return column === undefined
        ? undefined
        : { value: values[column], type: types[column] ?? EMPTY };
    };
    const planned = [...columns.values()];
    if (planned.every((c) => (types[c] ?? EMPTY) === EMPTY)) {
      freeRows.push(index);
      return;
    }
    if (!complete) return; // already reported: a missing column leaves no row usable
    const rowNumber = cells.firstRowNumber + index;
    const name = textOf(cell("name"));
    if (name === "") {
      problems.push({
        code: "damaged",
        message: `Row ${rowNumber} of the scenarios table on "${cells.sheet}" has values but no scenario name.`,
        repair: `Type a name in its "${headerOf(plan, "name")}" cell, or clear the row.`,
      });
      return;
    }
    const earlier = seen.get(name.toLocaleUpperCase("en-US"));
    if (earlier !== undefined) {
      problems.push({
        code: "damaged",
        message: `Two scenarios are named "${name}" (rows ${earlier} and ${rowNumber} on "${cells.sheet}"); the one in row ${earlier} is used.`,
        repair: `Rename or delete the one in row ${rowNumber} in the table.`,
      });
      return;
    }
    seen.set(name.toLocaleUpperCase("en-US"), rowNumber);
    const inputs: Partial<ScenarioInputs> = {};
    const bad: string[] = [];
    for (const id of INPUT_IDS) {
      const c = cell(id);
      if (c && c.type === NUMBER && typeof c.value === "number") inputs[id] = c.value;
      else
        bad.push(
          `"${headerOf(plan, id)}" ${c?.type === EMPTY ? "is empty" : `holds "${String(c?.value)}"`}`
        );
    }
    if (bad.length > 0) {
      problems.push({
        code: "damaged",
        message: `Scenario "${name}" (row ${rowNumber} on "${cells.sheet}") cannot be used: ${bad.join(", ")} instead of a number.`,
        repair: `Type numbers in those cells of row ${rowNumber}, or delete the scenario.`,
      });
      return;
    }
    rows.push({
      index,
      scenario: { name, note: textOf(cell("note")), inputs: inputs as ScenarioInputs },
    });
  });
  return { list: { scenarios: rows.map((r) => r.scenario), problems }, rows, columns, freeRows };
}

/** The row of a usable scenario of that name (names compare without regard to case). */
export function findScenario(table: ScenarioTable, name: string): ScenarioRow | undefined {
  const key = normalise(name);
  return table.rows.find((r) => normalise(r.scenario.name) === key);
}

/** Every planned cell of a row: the name and note as text (never a formula), inputs as numbers. */
export function scenarioWrites(
  table: ScenarioTable,
  row: number,
  scenario: SavedScenario
): CellWrite[] {
  return [...table.columns].map(([key, column]) => ({
    row,
    column,
    value:
      key === "name"
        ? officeText(scenario.name)
        : key === "note"
          ? officeText(scenario.note)
          : scenario.inputs[key],
  }));
}

/** The name cell of a row, written as text. */
export function renameWrites(table: ScenarioTable, row: number, name: string): CellWrite[] {
  const column = table.columns.get("name");
  return column === undefined ? [] : [{ row, column, value: officeText(name) }];
}

/** Empties the planned cells of a row (its formats stay), which frees it for a new scenario. */
export function clearWrites(table: ScenarioTable, row: number): CellWrite[] {
  return [...table.columns.values()].map((column) => ({ row, column, value: "" }));
}

function isColumnKey(key: string): key is ScenarioColumnKey {
  return key === "name" || key === "note" || (INPUT_IDS as readonly string[]).includes(key);
}

function headerOf(plan: PlanTable, key: ScenarioColumnKey): string {
  return plan.columns.find((c) => c.key === key)?.header ?? key;
}

/** Header and name comparison: trimmed, case-insensitive. */
function normalise(text: string): string {
  return text.trim().toLocaleUpperCase("en-US");
}

function textOf(cell: { value: unknown; type: string } | undefined): string {
  if (!cell || cell.type === EMPTY) return "";
  return String(cell.value).trim();
}

/** The table cannot be found in a workbook the article was loaded into. */
export const MISSING_TABLE: HostProblem = {
  code: "damaged",
  message:
    "The saved scenarios table is missing (its sheet, or its header row, was deleted or renamed by hand).",
  repair: RELOAD_REPAIR,
};

/** A scenario name as saved: trimmed, and never empty. */
export function requireName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === "") {
    throw new HostError({
      code: "invalid-input",
      message: "A scenario needs a name.",
      repair: "Type a name for the scenario.",
    });
  }
  return trimmed;
}

export function noSuchScenario(name: string): HostError {
  return new HostError({
    code: "invalid-input",
    message: `There is no saved scenario named "${name}".`,
    repair: "Choose one from the list: it may have been renamed or deleted in the table.",
  });
}
