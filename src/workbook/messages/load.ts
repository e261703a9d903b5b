/**
 * Messages of the catalogue (index.ts): loading the article. Why a load stops, each with its
 * repair, and the lines of a load's summary (what it created, kept, and warns of), the same
 * words from either host. Pure.
 */
import type { HostProblem } from "../host";
import type { NameKind, PlanName } from "../plan";
import type { NameInfo, TableInfo } from "../load/snapshot";
import type { FoundCell } from "../layouts";

/** What each kind of name is for, in the analyst's words. */
const NAME_PURPOSE: Readonly<Record<NameKind, string>> = {
  input: "an input cell",
  output: "a result cell",
  calc: "a calculation of the model",
  scenarioColumn: "a column of the saved scenarios",
  case: "an input's low or high case",
  analysis: "a result of the Sensitivity or Map sheet",
  shape: "an input's shape for the Trials sheet",
  simulation: "a result or a setting of the Trials sheet",
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

/* ---- Layouts (../layouts.ts) ---- */

/** A newer layout built the workbook: this add-in must not load over it. */
export function newerLayout(found: number, current: number): HostProblem {
  return {
    code: "unsupported",
    message: `A newer version of the AI Cost Scenarios add-in built this workbook (workbook layout ${found}); this version writes layout ${current}, and loading would undo what the newer one wrote. Nothing was changed.`,
    repair:
      "Update the add-in (reopen Excel, or ask whoever installed it for the latest version), then load again. Until then the inputs, results and saved scenarios work as they are.",
  };
}

/** The layout stamp holds something other than a layout number. */
export function unreadableStamp(
  stamp: { cell: FoundCell; where: string },
  current: number
): HostProblem {
  const shown = stamp.cell.kind === "empty" ? "nothing" : `"${String(stamp.cell.value)}"`;
  return {
    code: "damaged",
    message: `The workbook's layout stamp (${stamp.where}) holds ${shown} instead of the number of the add-in's layout that built it, so the add-in cannot tell whether loading is safe. Nothing was changed.`,
    repair: `Type the layout number back into ${stamp.where} (this add-in writes ${current}; if you do not know it, type 1 and the add-in rebuilds its sheets, keeping your inputs and scenarios), then load again.`,
  };
}

/** Cells a newer layout writes, which the older one left empty, hold the analyst's things. */
export function layoutCellsTaken(
  current: number,
  from: number,
  where: string,
  used: string
): HostProblem {
  return {
    code: "conflict",
    message: `Layout ${current} of the add-in writes into ${where}, which layout ${from} left empty, and you have used those cells (${used}). Nothing was changed.`,
    repair: `Move what you put in ${where} to other cells (cut and paste: formulas that use it follow), then load again.`,
  };
}

/** The line a load's summary starts with after an upgrade. */
export function upgradeLine(from: number, to: number): string {
  return `Upgraded this workbook from layout ${from} to layout ${to}`;
}

/* ---- What goes over to a new layout (../carryOver.ts) ---- */

/** A planned column of an older layout that the table no longer has. */
export function columnHeaderGone(found: TableWhere, header: string): HostProblem {
  return {
    code: "damaged",
    message: `The table ${found.tableName} on "${found.sheetName}" has no column headed "${header}" (deleted, or its header changed), so the add-in cannot carry it over to its new layout. Nothing was changed.`,
    repair: `Give that column its header "${header}" again, then load again.`,
  };
}

/** A column of the analyst's inside the table's planned width, which the new layout writes. */
export function yourColumnInTable(found: TableWhere, header: string): HostProblem {
  return {
    code: "conflict",
    message: `The table ${found.tableName} on "${found.sheetName}" has a column "${header}" of yours where the add-in's new layout writes its own columns. Nothing was changed.`,
    repair: `Move your column "${header}" to the right of the table's last column, then load again.`,
  };
}

/**
 * The saved scenarios table is gone: named by what it holds (the name it had went with it).
 * Excel cannot undo a deleted sheet, so the repair names both ways on: bring the table back,
 * or reset, which goes on without saved scenarios (NO_SCENARIOS_CARRIED).
 */
export const SCENARIOS_TABLE_NOT_FOUND: HostProblem = {
  code: "damaged",
  message:
    "The add-in cannot find its saved scenarios table (its sheet, or its header row, was deleted or moved by hand), so it cannot carry your scenarios over to its new layout. Nothing was changed.",
  repair:
    "Put the sheet or the table's header row back (undo, or reopen an earlier saved copy or version of the workbook), then load again. Or use \"Reset inputs to the article\": it rebuilds the add-in's sheets with the article's inputs and figures and an empty saved scenarios table, and leaves your own sheets alone.",
};

/** The reset's warning where the saved scenarios table was not found. */
export const NO_SCENARIOS_CARRIED =
  "No saved scenarios were carried over: the add-in could not find its saved scenarios table (its sheet, or its header row, was deleted or moved by hand). The reset rebuilt its sheets with an empty saved scenarios table; your own sheets were left alone.";

/** The saved scenarios an upgrade carried over. */
export function keptScenariosCount(saved: number): string {
  return `Your saved scenarios (${saved}, with their notes)`;
}

/** An upgrade left the older layout's cells of the analyst's (cases, choices) as they were. */
export function keptAnalystCells(sheetNames: readonly string[]): string {
  return `Your cases and choices on ${sheetNames.join(", ")}, as you left them`;
}

/** A kept input cell that holds the analyst's formula. */
export function keptInputFormula(label: string, formula: string): string {
  return `${label}: your formula ${formula}`;
}

/** Which load found rows below the saved scenarios: an upgrade rewrites the rows, a reload none. */
export type LoadKind = "upgrade" | "reload";

/**
 * Rows beyond the saved scenarios' capacity that hold something (`used`: their sheet row
 * numbers, ascending, at least one): the load left them where they are, and the pane and the
 * Compare sheet use only the first `capacity` rows. "The table's first N rows", never "the
 * table": in Excel the table grows to take a row typed right below it, so the rows warned of
 * may be inside the table as the analyst sees it.
 */
export function rowsBeyondCapacity(
  found: TableWhere,
  capacity: number,
  used: readonly number[],
  load: LoadKind
): string {
  const first = used[0] ?? 0;
  const last = used[used.length - 1] ?? first;
  const one = used.length === 1;
  const which = one
    ? `Row ${first}`
    : last - first + 1 === used.length
      ? `Rows ${first} to ${last}`
      : `${used.length} rows from row ${first} to ${last}`;
  const by = load === "upgrade" ? "the upgrade" : "the load";
  const left = one ? `${by} left it where it is` : `${by} left them where they are`;
  const holds = one ? "holds" : "hold";
  const firstRows = `the table's first ${capacity} rows`;
  const use = one ? "To use it as a saved scenario" : "To use one as a saved scenario";
  return `${which} on "${found.sheetName}", beyond the first ${capacity} rows of the table ${found.tableName}, ${holds} something in its columns: ${left} (nothing was deleted), but the task pane and the Compare sheet use only ${firstRows}. ${use}, move it into an empty row among ${firstRows} (or delete a scenario you no longer need to make room).`;
}

/* ---- Columns moved inside an add-in table (../columnOrder.ts) ---- */

/** Where a table is, as the workbook names it. */
interface TableWhere {
  readonly tableName: string;
  readonly sheetName: string;
}

/** The table's columns are out of the add-in's order; `moves` put them back, one by one. */
export function columnsOutOfOrder(
  found: TableWhere,
  now: { readonly first: string; readonly then: string },
  moves: readonly { column: string; after?: string; before?: string }[]
): HostProblem {
  const steps = moves.map((m) =>
    m.after === undefined
      ? `the column "${m.column}" back to the table's first place, before "${m.before ?? ""}"`
      : `the column "${m.column}" back after "${m.after}"`
  );
  return {
    code: "damaged",
    message: `The columns of the table ${found.tableName} on "${found.sheetName}" are not in the add-in's order ("${now.first}" is now before "${now.then}"). A load writes the table's headers in its own order, so your data would end up under other headers and your formulas that use these cells would read other columns. Nothing was changed.`,
    repair: `Move ${steps.join(", then ")} in ${found.tableName} (cut the column, then right-click the column it belongs before and choose Insert Cut Cells: your formulas follow the cells), then load again.`,
  };
}

/** A column is in order but not in its place (0-based `at` and `planned` in the table). */
export function columnShifted(
  found: TableWhere,
  column: { readonly header: string; readonly at: number; readonly planned: number },
  theirs: readonly string[],
  missing: readonly string[]
): HostProblem {
  const { header, at, planned } = column;
  const steps = [
    ...theirs.map((h) => `move your column "${h}" to the right of the table's last column`),
    ...missing.map(
      (h) =>
        `put back the column "${h}" (undo its deletion, or insert a column there headed "${h}")`
    ),
  ];
  const repair =
    steps.length > 0
      ? capitalise(steps.join(", then "))
      : `Put the column "${header}" back in column ${planned + 1} of the table`;
  return {
    code: "damaged",
    message: `The column "${header}" of the table ${found.tableName} on "${found.sheetName}" is no longer where the add-in put it (column ${at + 1} of the table instead of ${planned + 1}): a column was inserted or deleted inside the table. A load writes the table's headers where it put them, so your data would end up under other headers. Nothing was changed.`,
    repair: `${repair}, then load again.`,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("en-US") + text.slice(1);
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

/** What a load tells the pane while it works. */
export const LOAD_STEPS = {
  read: "Reading the workbook",
  write: "Writing the article's figures, inputs, model and scenarios",
  twins: "Adding the portable functions (LAMBDA names)",
} as const;
