/**
 * Messages of the catalogue (index.ts): loading the article. Why a load stops, each with its
 * repair, and the lines of a load's summary (what it created, kept, and warns of), the same
 * words from either host. Pure.
 */
import type { HostProblem } from "../host";
import type { NameKind, PlanName } from "../plan";
import type { NameInfo, TableInfo } from "../load/snapshot";

/** What each kind of name is for, in the analyst's words. */
const NAME_PURPOSE: Readonly<Record<NameKind, string>> = {
  input: "an input cell",
  output: "a result cell",
  calc: "a calculation of the model",
  scenarioColumn: "a column of the saved scenarios",
  check: "a check",
  twin: "a portable function",
  stamp: "the stamp that says which layout of the add-in built the workbook",
};

export function protectedSheet(name: string): HostProblem {
  return {
    code: "protected",
    message: `The add-in's sheet "${name}" is protected, so its figures and formulas cannot be updated.`,
    repair: `Unprotect "${name}" (Review > Unprotect Sheet), load the article's figures again, then protect it again if you wish.`,
  };
}

export function nameConflict(name: PlanName, existing: NameInfo): HostProblem {
  return {
    code: "conflict",
    message: `Your workbook already has a name "${existing.name}" (${existing.formula}), which the add-in needs for ${NAME_PURPOSE[name.kind]}.`,
    repair: `Rename or delete your "${existing.name}" (Formulas > Name Manager), then load the article's figures again.`,
  };
}

export function tableConflict(name: PlanName, table: TableInfo): HostProblem {
  return {
    code: "conflict",
    message: `Your table "${table.name}" on "${table.sheet}" has the name the add-in needs for ${NAME_PURPOSE[name.kind]}.`,
    repair: `Rename your table (Table Design > Table Name), then load the article's figures again.`,
  };
}

export const STRUCTURE_PROTECTED: HostProblem = {
  code: "protected",
  message: "The workbook's structure is protected, so the add-in cannot add its sheets.",
  repair:
    "Unprotect the workbook (Review > Protect Workbook), load the article's figures, then protect it again if you wish.",
};

export { combineProblems } from "../problems";

/** The add-in's table whose sheet holds a table of the analyst's where it must go. */
export function strangerTable(sheet: string, stranger: string, ours: string): HostProblem {
  return {
    code: "conflict",
    message: `The add-in's sheet "${sheet}" holds a table "${stranger}" that is not the add-in's, where the add-in must put its table "${ours}".`,
    repair: `Rename the table back to "${ours}" if it was the add-in's (Table Design > Table Name), or move it to another sheet, then load again.`,
  };
}

/* ---- The summary's lines ---- */

/** A sheet of the analyst's has the planned name: the add-in's took a free one. */
export function sheetBesideYours(planned: string, key: string, free: string): string {
  return `Your sheet "${planned}" is left as it is: the add-in's ${key} sheet is named "${free}".`;
}

/** A table or name of the analyst's has the planned table name: the add-in's took a free one. */
export function tableBesideYours(planned: string, free: string): string {
  return `The name "${planned}" is already used in your workbook: the add-in's table is named "${free}".`;
}

/** A portable LAMBDA twin left out because the analyst has that name. */
export function twinLeftOut(name: string): string {
  return `Your workbook has its own "${name}", so the add-in's portable ${name} was not written (=AICOST.${name}() still works where the add-in is installed).`;
}

/** An add-in name the analyst pointed elsewhere, kept as they defined it. */
export function keptOwnDefinition(name: string, formula: string): string {
  return `${name}: your own definition (${formula})`;
}

/** The saved scenarios a reload leaves where they are. */
export function keptScenariosLine(tableName: string): string {
  return `Your saved scenarios in ${tableName}`;
}

/** A figure row the analyst marked as overridden, kept as it is. */
export function keptFigureLine(tableName: string, figureId: string): string {
  return `${tableName}: ${figureId}, marked as overridden`;
}

/** A kept input value that differs from the article's (both already formatted). */
export function keptInputLine(label: string, value: string, article: string): string {
  return `${label}: ${value} (the article: ${article})`;
}

/** A kept input cell that holds something other than a number. */
export function keptInputNotANumber(label: string, shown: string): string {
  return `${label}: "${shown}", not a number (reset the inputs to repair it)`;
}

/** The count of defined names a load created or updated. */
export function namesLine(count: number): string {
  return `${count} named cells and ranges`;
}

/** The portable functions a load created or updated. */
export function twinsLine(names: readonly string[]): string {
  return `Portable functions: ${names.join(", ")}`;
}

/** An Excel without LAMBDA refused the twins; the rest of the load stands. */
export function twinsRefused(names: readonly string[], detail: string): string {
  return `This Excel did not accept the portable functions (${names.join(", ")}), so they were not written: the model sheets work without them, and =AICOST.… functions work wherever the add-in is installed. (${detail})`;
}

/** A chart of the plan the preview leaves out (its engine has none). */
export function previewDrawsNoCharts(title: string): string {
  return `The chart "${title}" (the preview draws no charts).`;
}

/** What a load tells the pane while it works. */
export const LOAD_STEPS = {
  read: "Reading the workbook",
  write: "Writing the article's figures, inputs, model and scenarios",
  twins: "Adding the portable functions (LAMBDA names)",
} as const;
