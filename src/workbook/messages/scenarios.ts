/**
 * Messages of the catalogue (index.ts): scenarios, the saved-scenarios table and the pane's
 * changes to it (src/workbook/scenarios/ decides; both hosts only read and write its cells).
 */
import type { HostProblem } from "../host";
import { RELOAD_REPAIR } from "./state";

/** A save or rename onto a name already saved (names compare trimmed, without regard to case). */
export function nameTaken(saved: string, canReplace: boolean): HostProblem {
  return {
    code: "invalid-input",
    message: `A scenario named "${saved}" is already saved.`,
    repair: canReplace ? "Choose another name, or replace the saved one." : "Choose another name.",
  };
}

export function tableFull(capacity: number): HostProblem {
  return {
    code: "invalid-input",
    message: `The scenarios table is full (${capacity} scenarios, all the Compare sheet computes).`,
    repair: "Delete a scenario you no longer need, then save again.",
  };
}

export function noSuchScenario(name: string): HostProblem {
  return {
    code: "invalid-input",
    message: `There is no saved scenario named "${name}".`,
    repair: "Choose one from the list: it may have been renamed or deleted in the table.",
  };
}

export const NAME_REQUIRED: HostProblem = {
  code: "invalid-input",
  message: "A scenario needs a name.",
  repair: "Type a name for the scenario.",
};

export function scenarioInputNotANumber(label: string): HostProblem {
  return {
    code: "invalid-input",
    message: `The scenario's "${label}" is not a number.`,
    repair: "Fix the input, then save again.",
  };
}

/** The table cannot be found in a workbook the article was loaded into. */
export const MISSING_TABLE: HostProblem = {
  code: "damaged",
  message:
    "The saved scenarios table is missing (its sheet, or its header row, was deleted or renamed by hand).",
  repair: RELOAD_REPAIR,
};

export function missingColumn(sheet: string, header: string): HostProblem {
  return {
    code: "damaged",
    message: `The scenarios table on "${sheet}" has no column headed "${header}" (deleted, or its header changed).`,
    repair: `Undo the change (Ctrl+Z), or give a column of the table the header "${header}" again; your saved scenarios are kept.`,
  };
}

export function rowWithoutName(sheet: string, row: number, nameHeader: string): HostProblem {
  return {
    code: "damaged",
    message: `Row ${row} of the scenarios table on "${sheet}" has values but no scenario name.`,
    repair: `Type a name in its "${nameHeader}" cell, or clear the row.`,
  };
}

export function duplicateRow(sheet: string, name: string, first: number, row: number): HostProblem {
  return {
    code: "damaged",
    message: `Two scenarios are named "${name}" (rows ${first} and ${row} on "${sheet}"); the one in row ${first} is used.`,
    repair: `Rename or delete the one in row ${row} in the table.`,
  };
}

/** `bad` lists the cells, e.g. `"Funding round ($)" holds "n/a"`. */
export function unusableRow(sheet: string, name: string, row: number, bad: string[]): HostProblem {
  return {
    code: "damaged",
    message: `Scenario "${name}" (row ${row} on "${sheet}") cannot be used: ${bad.join(", ")} instead of a number.`,
    repair: `Type numbers in those cells of row ${row}, or delete the scenario.`,
  };
}
