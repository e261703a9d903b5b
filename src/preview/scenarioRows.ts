/**
 * The scenarios table, row by row, as cell values: which rows hold a scenario, which are free,
 * and what is wrong with the rest. Pure (no engine), so the rules are tested on their own;
 * previewHost.ts reads the cells, calls these, and writes back what they return.
 *
 * Rules, as an analyst would expect of a table they may also edit by hand:
 * - a row with every cell empty is free (saving uses the first free row);
 * - a row with content but no name, with a name already used above (names compare without
 *   case or surrounding spaces), or with anything but a number in an input column is listed
 *   as a problem, with its row number and what to do; the other rows are still listed.
 */
import { INPUT_SPECS, inputSpec, type InputId, type ScenarioInputs } from "../model";
import type { HostProblem, SavedScenario } from "../workbook/host";
import type { PlanCell, ScenarioTableLayout } from "../workbook/plan";
import type { EngineCell } from "./engine";

export interface ScenarioRow {
  /** 0-based index within the table body (0 = first row under the header). */
  readonly index: number;
  readonly scenario: SavedScenario;
}

export interface ReadRows {
  readonly rows: readonly ScenarioRow[];
  /** Body indexes whose cells are all empty, in order. */
  readonly free: readonly number[];
  readonly problems: readonly HostProblem[];
}

/** The key two scenario names share when they are "the same name". */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase();
}

/** Reads the body rows; `body[i][j]` is row i, column `layout.columns[j]`. */
export function readScenarioRows(
  layout: ScenarioTableLayout,
  body: readonly (readonly EngineCell[])[]
): ReadRows {
  const rows: ScenarioRow[] = [];
  const free: number[] = [];
  const problems: HostProblem[] = [];
  const seen = new Set<string>();
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.kind === "empty")) {
      free.push(index);
      return;
    }
    const rowNumber = index + 1;
    const cellOf = (key: "name" | "note" | InputId): EngineCell =>
      cells[layout.columns.indexOf(key)] ?? { kind: "empty" };
    const name = textOf(cellOf("name")).trim();
    if (name === "") {
      problems.push(damaged(`Row ${rowNumber} of the scenarios table has no name.`, rowNumber));
      return;
    }
    if (seen.has(nameKey(name))) {
      problems.push({
        code: "damaged",
        message: `Two rows of the scenarios table are named “${name}”.`,
        repair: `Rename row ${rowNumber} in the Scenarios sheet; only the first is listed.`,
      });
      return;
    }
    seen.add(nameKey(name));
    const inputs: Partial<ScenarioInputs> = {};
    const bad: string[] = [];
    for (const spec of INPUT_SPECS) {
      const cell = cellOf(spec.id);
      if (cell.kind === "number") inputs[spec.id] = cell.value;
      else bad.push(spec.label);
    }
    if (bad.length > 0) {
      problems.push(
        damaged(
          `Row ${rowNumber} of the scenarios table (“${name}”) has no number in ${bad.join(", ")}.`,
          rowNumber
        )
      );
      return;
    }
    rows.push({
      index,
      scenario: { name, note: textOf(cellOf("note")), inputs: inputs as ScenarioInputs },
    });
  });
  return { rows, free, problems };
}

/** The cells of one table row for a scenario, in `layout.columns` order. */
export function scenarioCells(layout: ScenarioTableLayout, scenario: SavedScenario): PlanCell[] {
  return layout.columns.map((key) => {
    if (key === "name") return scenario.name.trim();
    if (key === "note") return scenario.note;
    return scenario.inputs[key];
  });
}

/** A number, text, boolean or error as the text an analyst would read in the cell. */
function textOf(cell: EngineCell): string {
  switch (cell.kind) {
    case "empty":
      return "";
    case "text":
      return cell.value;
    case "number":
      return String(cell.value);
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "error":
      return cell.value;
  }
}

function damaged(message: string, rowNumber: number): HostProblem {
  return {
    code: "damaged",
    message,
    repair: `Correct row ${rowNumber} in the Scenarios sheet, or clear it; the other scenarios are listed.`,
  };
}

/** The label analysts see for an input (for messages). */
export function inputLabel(id: InputId): string {
  return inputSpec(id).label;
}
