/**
 * The pane's changes to the saved-scenarios table, as the cells to write: save (into the first
 * free row, or over the scenario of the same name when replacing), rename, delete. Pure: both
 * hosts read the table (table.ts), call one of these, and write what it returns in the same
 * round trip as the read back. A refusal is a HostError thrown before anything is written.
 *
 * Delete works as deleting the row of an Excel table does: the rows below move up one, so the
 * scenarios stay one block and the Compare sheet (scenario k = row k) shows no gap. The moves
 * are writes of what each cell holds (its formula, or its value typed so text stays text);
 * the table keeps its size, so the names over its whole capacity stay as they are
 * (docs/HOSTS.md, "Deleting a scenario").
 */
import { INPUT_IDS, inputSpec } from "../../model";
import { HostError, type HostProblem, type SavedScenario } from "../host";
import {
  NAME_REQUIRED,
  nameTaken,
  noSuchScenario,
  scenarioInputNotANumber,
  tableFull,
} from "../messages/scenarios";
import { typedInput } from "../plan";
import type { CellContent } from "../sharing/cellValues";
import { findScenario, type ScenarioRow, type ScenarioTable } from "./table";

/**
 * What to type into a cell, as the analyst would: a formula or a text already typed (a text
 * that would turn into something else carries its apostrophe), a number, TRUE or FALSE; ""
 * empties the cell (its formats stay).
 */
export type TypedCell = string | number | boolean;

/** One cell to write: 0-based row and column of the table's body. */
export interface CellWrite {
  readonly row: number;
  readonly column: number;
  readonly value: TypedCell;
}

/** A scenario as saved: its name trimmed and never empty, every input a finite number. */
export function checkScenario(scenario: SavedScenario): SavedScenario {
  const name = requireName(scenario.name);
  for (const id of INPUT_IDS) {
    if (!Number.isFinite(scenario.inputs[id]))
      throw new HostError(scenarioInputNotANumber(inputSpec(id).label));
  }
  return { ...scenario, name };
}

/** A scenario name as saved: trimmed, and never empty. */
function requireName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === "") throw new HostError(NAME_REQUIRED);
  return trimmed;
}

/** The saved scenario of that name, or the refusal that it is not there. */
export function scenarioNamed(table: ScenarioTable, name: string): ScenarioRow {
  const row = findScenario(table, name);
  if (!row) throw new HostError(noSuchScenario(name));
  return row;
}

/** Save a checked scenario (checkScenario) into the first free row, or over its namesake. */
export function saveWrites(
  table: ScenarioTable,
  scenario: SavedScenario,
  options?: { replace?: boolean }
): CellWrite[] {
  if (!table.complete) throw new HostError(firstProblem(table));
  const existing = findScenario(table, scenario.name);
  if (existing && !options?.replace) throw new HostError(nameTaken(existing.scenario.name, true));
  const row = existing?.index ?? table.freeRows[0];
  if (row === undefined) throw new HostError(tableFull(table.cells.body.length));
  return [...table.columns].map(([key, column]) => ({
    row,
    column,
    value:
      key === "name"
        ? typedInput(scenario.name)
        : key === "note"
          ? typedInput(scenario.note)
          : scenario.inputs[key],
  }));
}

/** The name cell of the scenario, written as text. */
export function renameWrites(table: ScenarioTable, from: string, to: string): CellWrite[] {
  const name = requireName(to);
  const row = scenarioNamed(table, from);
  const other = findScenario(table, name);
  if (other && other.index !== row.index)
    throw new HostError(nameTaken(other.scenario.name, false));
  const column = table.columns.get("name");
  return column === undefined ? [] : [{ row: row.index, column, value: typedInput(name) }];
}

/** The rows below the scenario move up one (every column of the table); the last one empties. */
export function deleteWrites(table: ScenarioTable, name: string): CellWrite[] {
  const { index } = scenarioNamed(table, name);
  const body = table.cells.body;
  const used = body.reduce((last, row, i) => (row.some(holdsSomething) ? i : last), index);
  const writes: CellWrite[] = [];
  for (let row = index; row <= used; row++) {
    const below = body[row + 1];
    (body[row] ?? []).forEach((cell, column) => {
      const next = row < used ? (below?.[column] ?? EMPTY) : EMPTY;
      const value = typed(next);
      if (value !== typed(cell)) writes.push({ row, column, value });
    });
  }
  return writes;
}

const EMPTY: CellContent = { formula: null, value: { kind: "empty" } };

function holdsSomething(cell: CellContent): boolean {
  return cell.formula !== null || cell.value.kind !== "empty";
}

/** A cell as it would be typed to hold what it holds now. */
function typed(cell: CellContent): TypedCell {
  if (cell.formula !== null) return cell.formula;
  const { value } = cell;
  switch (value.kind) {
    case "empty":
      return "";
    case "number":
    case "boolean":
      return value.value;
    case "text":
      return typedInput(value.value);
    case "error":
      return value.value;
  }
}

/** Why a table without a column a scenario needs cannot take a save (its missing column). */
function firstProblem(table: ScenarioTable): HostProblem {
  const [problem] = table.list.problems;
  if (!problem) throw new Error("an incomplete scenarios table always has a problem");
  return problem;
}
