/**
 * Messages of the catalogue (index.ts): sharing. What "Prepare for sharing" and "Restore add-in
 * formulas" say of each cell, why they stop, and the record sheet's own text. Decided in
 * src/workbook/sharing/ (code fetched on demand); the pane's report of them is in pane.ts.
 */
import type { HostProblem } from "../host";
import { cells, quoted } from "./words";

export const sharingMessages = {
  // One cell, as Prepare converts it (src/workbook/sharing/conversion.ts).

  /** Why a call cannot become its twin: each reason a clause of the cell's note. */
  unreadableFormula: "its formula could not be read to the end",
  tooLongWhenPortable: (limit: number) =>
    `its portable formula would be longer than the ${limit.toLocaleString("en-US")} characters Excel allows`,
  notAnAddinFunction: (name: string) => `${name} is not one of the add-in's functions`,
  noPortableForm: (name: string, why: string) => `${name}: ${why}`,
  wrongArgumentCount: (name: string, given: number, takes: string) =>
    `${name} is given ${given} argument${given === 1 ? "" : "s"}; it takes ${takes}`,
  requiredArgumentBlank: (name: string, parameter: string) =>
    `${name} leaves its required argument ${parameter} blank`,
  rangeForOneValue: (name: string) =>
    `${name} is given a range or an array where it takes one value`,
  /** Why AICOST.FIGURE and AICOST.SOURCE are frozen (src/workbook/sharing/addinFunctions.ts). */
  articleFigure:
    "it gives one of the article's figures, which have no portable formula; the value is the article's",
  articleSentence:
    "it gives one of the article's sentences, which has no portable formula; the text is the article's",

  /** What became of the cell, with the reasons above joined by "; ". */
  toTwin: (twins: readonly string[]) =>
    `${twins.join(", ")}: the portable twin${twins.length > 1 ? "s" : ""} in this workbook, same arguments, same results`,
  toNative: (twins: readonly string[]) =>
    `the formula of ${twins.join(", ")} written out with LET: this workbook has no ${twins.join(", ")} of the add-in's (an Excel without LAMBDA, or a name of yours)`,
  frozen: (value: string, reasons: readonly string[]) =>
    `frozen to its value ${value}: ${reasons.join("; ")}`,
  leftAlone: (refused: string, reasons: readonly string[]) =>
    `left as it is: ${refused}; ${reasons.join("; ")}`,
  /** Why a cell's value cannot be frozen (src/workbook/sharing/cellValues.ts). */
  notCalculated: (shown: string) =>
    `it shows ${shown}, so its AICOST function has not calculated here (is the add-in running?)`,
  notAValue: (shown: string) => `it shows ${shown}, which a cell cannot hold as a value`,
  /** A value as a note names it: "nothing (empty)". */
  emptyValue: "nothing (empty)",
  legacyArray:
    "left as it is: it is part of an array formula entered over several cells (Ctrl+Shift+Enter), which cannot be changed one cell at a time; change the whole array by hand if colleagues without the add-in use it",
  spillsNotFrozen: (reasons: readonly string[]) =>
    `left as it is: its result spills over several cells, and freezing it would keep only the first value; it has no portable form: ${reasons.join("; ")}`,

  // Prepare's report and refusals (src/workbook/sharing/prepare.ts).

  /** One line of the report's notes: "Sheet1!B4: frozen to its value 0.1: …". */
  cellNote: (cell: string, note: string) => `${cell}: ${note}`,
  writtenOutWithLet: (count: number) =>
    `${cells(count)} got the twin's formula written out with LET, as this workbook lacks the add-in's twin: loading the article's figures in Excel 365 or 2024 adds the twins.`,
  nameCallsAddin: (name: string, formula: string) =>
    `The name ${name} calls an AICOST function (${formula}); names are left as they are: change it by hand if colleagues without the add-in use it.`,
  prepareOnProtectedSheets: (sheets: readonly string[]): HostProblem => ({
    code: "protected",
    message: `Preparing for sharing must change cells on protected sheets (${quoted(sheets)}), so nothing was changed.`,
    repair:
      "Unprotect them (Review > Unprotect Sheet), prepare again, then protect them again if you wish.",
  }),
  recordNeedsStructure: (recordSheet: string): HostProblem => ({
    code: "protected",
    message: `The workbook's structure is protected, so the add-in cannot add its record sheet “${recordSheet}”; nothing was changed.`,
    repair:
      "Unprotect the workbook (Review > Protect Workbook), prepare again, then protect it again if you wish.",
  }),

  // The record sheet (src/workbook/sharing/record.ts): what it says of itself.

  recordTitle: "AICOST formulas replaced for sharing",
  recordIntro: [
    "The AI Cost Scenarios add-in replaced the AICOST.* formulas of the cells listed below, so that this workbook shows the same numbers without the add-in: with a portable twin (a LAMBDA name of this workbook, such as BURN.YEARS), with the twin's formula written out (LET), or with the value the cell showed (frozen).",
    "With the add-in, choose “Restore add-in formulas” in its pane to put every formula back; a cell edited since is left as it is. The last column keeps a frozen formula's references up to date (it never calculates them), so rows or columns inserted since are followed. This sheet is the add-in's record: please leave it as it is.",
  ] as readonly string[],
  /** Why a row of the record cannot be read back. */
  linkNotAReference: "its link to the cell is not a reference any more",
  rowEdited: "it was edited (the add-in formula or what was written is missing)",

  // Restore's report and refusals (src/workbook/sharing/restore.ts, restoreFormula.ts).

  unreadableRow: (row: number, problem: string) =>
    `Row ${row} of the record: ${problem}; left as it is.`,
  cellDeleted: (original: string, row: number) =>
    `The cell that held ${original} was deleted since it was prepared (row ${row} of the record).`,
  cannotPutBack: (cell: string, problem: string, original: string) =>
    `${cell}: ${problem}, so its add-in formula ${original} was not put back.`,
  sheetsGone: (cell: string, original: string, sheets: readonly string[]) =>
    `${cell}: its add-in formula ${original} refers to ${quoted(sheets)}, no longer in the workbook (renamed or deleted since), so it was not put back.`,
  editedSincePrepared: (cell: string, holds: string, wrote: string, original: string) =>
    `${cell}: edited since it was prepared (it holds ${holds}, not ${wrote}), so its add-in formula ${original} was not put back.`,
  /** Why a cell that holds what Prepare wrote still cannot get its formula back. */
  referenceDeleted:
    "a cell or range its formula refers to was deleted since it was prepared (#REF!)",
  noReferenceCopy:
    "the record has no up-to-date copy of its references (its last column is empty), so where they point now cannot be told",
  referencesUnpaired: "its references could not be paired with those of its add-in formula",
  referenceCopyEdited:
    "the record's copy of its references no longer matches its add-in formula (edited since?)",
  restoreOnProtectedSheets: (sheets: readonly string[]): HostProblem => ({
    code: "protected",
    message: `Restoring the add-in formulas must change protected sheets (${quoted(sheets)}), so nothing was changed.`,
    repair:
      "Unprotect them (Review > Unprotect Sheet), restore again, then protect them again if you wish.",
  }),
  /** Why the emptied record sheet stays (src/workbook/sharing/recordLeftovers.ts). */
  recordKept: (sheet: string, reasons: readonly string[]) =>
    `The record sheet “${sheet}” was kept, its restored rows cleared: ${reasons.join("; ")}. Delete it yourself if you no longer need it.`,
  holdsTheirCells: (named: string, more: number) =>
    `it holds cells the add-in did not write (${named}${more > 0 ? ` and ${more} more` : ""})`,
  holdsDrawings: "it holds charts or shapes",
  drawingsUnknown: "this Excel cannot tell the add-in whether it holds charts or shapes",
} as const;
