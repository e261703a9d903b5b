/**
 * Messages of the catalogue (index.ts): state, what a read of the named inputs and results
 * finds (src/workbook/state.ts decides; each host only reads the cells).
 */
import type { HostProblem } from "../host";

/** The repair when part of the add-in's sheets is gone: a load restores it and keeps the analyst's data. */
export const RELOAD_REPAIR =
  "Load the article's figures again to restore it (your inputs and saved scenarios are kept).";

/** A step on the add-in's cells in a workbook the article was never loaded into. */
export const NOT_LOADED_YET: HostProblem = {
  code: "not-loaded",
  message: "The article's figures are not in this workbook yet.",
  repair: "Choose “Load the article's figures” first.",
};

/** A named input or result whose cell cannot be found (its name, cell or sheet deleted). */
export function lostCell(what: "input" | "result", label: string, name: string): HostProblem {
  return {
    code: "damaged",
    message: `The ${what} "${label}" has lost its name ${name} (deleted in Name Manager, or its cell or sheet was deleted).`,
    repair: RELOAD_REPAIR,
  };
}

/** An input cell that holds something other than a number; `holds` says what ("is empty", …). */
export function inputNotANumber(label: string, name: string, holds: string): HostProblem {
  return {
    code: "damaged",
    message: `The input "${label}" (${name}) ${holds}.`,
    repair:
      'Type a number in it, or use "Reset inputs to the article" to put the article\'s value back.',
  };
}

/** An input that still computes but lies outside the model's range (the model's own message). */
export function inputOutOfRange(message: string): HostProblem {
  return {
    code: "invalid-input",
    message,
    repair: "Type a value within the range, or move the slider.",
  };
}

/** A value the pane asked to write that the model does not take; nothing is written. */
export function inputRefused(label: string, min: string, max: string): HostProblem {
  return {
    code: "invalid-input",
    message: `${label} must be between ${min} and ${max}.`,
    repair: "Choose a value within the range.",
  };
}

/** A result cell whose formula was deleted. */
export function resultEmpty(label: string, name: string): HostProblem {
  return {
    code: "damaged",
    message: `The result "${label}" (${name}) is empty: its formula was deleted.`,
    repair: RELOAD_REPAIR,
  };
}

/** A write to an input cell whose sheet is gone. */
export const INPUTS_SHEET_MISSING: HostProblem = {
  code: "damaged",
  message: "The Inputs sheet is missing from the workbook.",
  repair: RELOAD_REPAIR,
};

/** An input the model has that the layout of the add-in's cells does not (an older layout's). */
export function inputNotInLayout(label: string): HostProblem {
  return {
    code: "damaged",
    message: `The input "${label}" has no cell in the add-in's sheets of this workbook (an older layout of the add-in built them).`,
    repair: "Load the article's figures again: the load upgrades the sheets and keeps your work.",
  };
}
