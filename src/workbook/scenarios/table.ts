/**
 * The saved-scenarios table as the workbook holds it: read by header (so a column moved or
 * inserted by hand does not shift anything) and validated row by row. Pure: each host reads
 * the header row and the body's cells into TableCells, the same plain data in Excel and in
 * the preview, and carries out the writes that changes.ts returns.
 *
 * The table spans its whole capacity (the plan's rows and the rows the Compare sheet reads),
 * so a free row is one whose planned cells are all empty. Rows that cannot be used (no name, a
 * duplicate name, anything but a number in an input cell) are reported with their repair and
 * left untouched; every usable row is still listed.
 */
import type { InputId, ScenarioInputs } from "../../model";
import type { HostProblem, SavedScenario, ScenarioList } from "../host";
import { duplicateRow, missingColumn, rowWithoutName, unusableRow } from "../messages/scenarios";
import type { PlanTable } from "../plan";
import type { CellContent, ShownValue } from "../sharing/cellValues";

export type ScenarioColumnKey = "name" | "note" | InputId;

/** What a host read of the table, as plain data. */
export interface TableCells {
  /** The header row's cells as they show, left to right. */
  readonly header: readonly string[];
  /** The body's whole capacity, row by row, each cell as far right as the header. */
  readonly body: readonly (readonly CellContent[])[];
  /** Where the table is, for messages: its sheet and the sheet row of its first body row (1-based). */
  readonly sheet: string;
  readonly firstRowNumber: number;
}

/** A usable row of the table and the scenario it holds. */
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
  /** Every column a scenario needs (name and inputs) was found: the table can take a save. */
  readonly complete: boolean;
  /** Body rows whose planned cells are all empty: room for new scenarios. */
  readonly freeRows: readonly number[];
  /** The cells as read, for the writes that move rows (changes.ts). */
  readonly cells: TableCells;
}

export function readScenarioTable(plan: PlanTable, cells: TableCells): ScenarioTable {
  const problems: HostProblem[] = [];
  const columns = new Map<ScenarioColumnKey, number>();
  const laterColumns = new Map<InputId, number>();
  const headers = cells.header.map(scenarioNameKey);
  for (const column of plan.columns) {
    if (!isColumnKey(column.key)) continue;
    const index = headers.indexOf(scenarioNameKey(column.header));
    if (index >= 0) columns.set(column.key, index);
    else if (isInputKey(column.key) && (column.since ?? 1) > 1 && typeof column.fill === "number")
      // A column of a later layout than the workbook's, not there until its upgrade: the
      // upgrade gives every row the input's article value, so a read before it does too.
      laterColumns.set(column.key, column.fill);
    else problems.push(missingColumn(cells.sheet, column.header));
  }
  const inputIds = plan.columns.map((c) => c.key).filter(isInputKey);
  const complete =
    columns.has("name") && inputIds.every((id) => columns.has(id) || laterColumns.has(id));

  const rows: ScenarioRow[] = [];
  const freeRows: number[] = [];
  const seen = new Map<string, number>();
  const planned = [...columns.values()];
  cells.body.forEach((row, index) => {
    const cell = (key: ScenarioColumnKey): ShownValue | undefined => {
      const column = columns.get(key);
      return column === undefined ? undefined : (row[column]?.value ?? { kind: "empty" });
    };
    if (planned.every((c) => (row[c]?.value.kind ?? "empty") === "empty")) {
      freeRows.push(index);
      return;
    }
    if (!complete) return; // already reported: a missing column leaves no row usable
    const rowNumber = cells.firstRowNumber + index;
    const name = textOf(cell("name"));
    if (name === "") {
      problems.push(rowWithoutName(cells.sheet, rowNumber, headerOf(plan, "name")));
      return;
    }
    const earlier = seen.get(scenarioNameKey(name));
    if (earlier !== undefined) {
      problems.push(duplicateRow(cells.sheet, name, earlier, rowNumber));
      return;
    }
    seen.set(scenarioNameKey(name), rowNumber);
    const inputs: Partial<ScenarioInputs> = {};
    const bad: string[] = [];
    for (const id of inputIds) {
      const later = laterColumns.get(id);
      if (later !== undefined) {
        inputs[id] = later;
        continue;
      }
      const value = cell(id);
      if (value?.kind === "number") inputs[id] = value.value;
      else
        bad.push(
          `"${headerOf(plan, id)}" ${value?.kind === "empty" ? "is empty" : `holds "${textOf(value)}"`}`
        );
    }
    if (bad.length > 0) {
      problems.push(unusableRow(cells.sheet, name, rowNumber, bad));
      return;
    }
    rows.push({
      index,
      scenario: { name, note: textOf(cell("note")), inputs: inputs as ScenarioInputs },
    });
  });
  return {
    list: { scenarios: rows.map((r) => r.scenario), problems },
    rows,
    columns,
    complete,
    freeRows,
    cells,
  };
}

/**
 * The one comparison of scenario names (and of the table's headers): trimmed, without regard
 * to case, the same on every machine (en-US, not the browser's locale). The pane checks names
 * with it too, so "Base" and " base " are one scenario in both hosts and in the pane.
 */
export function scenarioNameKey(name: string): string {
  return name.trim().toLocaleUpperCase("en-US");
}

/** The usable row of the scenario of that name. */
export function findScenario(table: ScenarioTable, name: string): ScenarioRow | undefined {
  const key = scenarioNameKey(name);
  return table.rows.find((r) => scenarioNameKey(r.scenario.name) === key);
}

/** Every column of the plan's scenarios table is the name, the note or an input of its layout. */
function isColumnKey(key: string): key is ScenarioColumnKey {
  return key !== "";
}

/** An input's column: the plan's own columns, whichever inputs its layout has. */
function isInputKey(key: string): key is InputId {
  return key !== "name" && key !== "note";
}

function headerOf(plan: PlanTable, key: ScenarioColumnKey): string {
  return plan.columns.find((c) => c.key === key)?.header ?? key;
}

/** A cell as the text an analyst reads in it (a number typed as a name is its digits). */
function textOf(value: ShownValue | undefined): string {
  switch (value?.kind) {
    case undefined:
    case "empty":
      return "";
    case "boolean":
      return value.value ? "TRUE" : "FALSE";
    case "number":
      return String(value.value);
    case "text":
    case "error":
      return value.value.trim();
  }
}
