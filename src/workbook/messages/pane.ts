/**
 * Messages of the catalogue (index.ts): the pane's own. What the task pane (and the preview's
 * page around it) says of its own, not relayed from a host: the sharing report's lines, the
 * load summary's title, why a value typed into a field or a scenario form is refused before
 * anything is written, and the preview's engine, stored workbook and export.
 */
import { cells } from "./words";

/** The Sharing section's report of Prepare and Restore (src/taskpane/sharing/sharingText.ts). */
export const sharingReportMessages = {
  cells,
  nothingToPrepare: "Nothing to prepare: no formula in this workbook calls an AICOST function.",
  prepared: (changed: number) => `Prepared for sharing: ${cells(changed)} changed.`,
  preparedToTwin: (count: number) =>
    `${cells(count)} ${count === 1 ? "to its portable twin" : "to their portable twins"}`,
  preparedToNative: (count: number) =>
    `${cells(count)} ${count === 1 ? "to a native Excel formula" : "to native Excel formulas"}`,
  preparedFrozen: (count: number) =>
    `${cells(count)} ${count === 1 ? "frozen to its current value" : "frozen to their current values"}`,
  recordKeptOn: (sheet: string) =>
    `The record of every change is kept on the sheet “${sheet}”: keep it, and save the file, so “Restore add-in formulas” can put them back.`,
  nothingToRestore: "Nothing to restore: the workbook holds no prepared cells.",
  restored: (count: number) => `Restored ${count} add-in ${count === 1 ? "formula" : "formulas"}.`,
  leftAloneFollow: (count: number) =>
    `${cells(count)} ${count === 1 ? "was" : "were"} left as ${count === 1 ? "it is" : "they are"}, for the reason given:`,
  nonePrepared: "No cell of this workbook is prepared for sharing.",
  preparedNow: (count: number) =>
    `${cells(count)} ${count === 1 ? "is" : "are"} prepared for sharing; “Restore add-in formulas” puts ${count === 1 ? "it" : "them"} back.`,
} as const;

/** The load bar (src/taskpane/load/LoadBar.tsx). */
export const loadReportMessages = {
  /** Before the host reports its first step. */
  firstStep: "Starting…",
  upgraded: (fromLayout: number, resetInputs: boolean) =>
    `Upgraded from the add-in's older layout ${fromLayout}: ${resetInputs ? "inputs reset to the article, saved scenarios kept" : "your inputs and saved scenarios are kept"}.`,
  reset: "Inputs reset to the article.",
  loaded: "The article's figures are loaded.",
  /** "Created 12 · Updated 3 · Kept 2 · Warnings 1". */
  counts: (created: number, updated: number, kept: number, warnings: number) =>
    `Created ${created} · Updated ${updated} · Kept ${kept} · Warnings ${warnings}`,
} as const;

/** The Results section (src/taskpane/results/ResultsPanel.tsx). */
export const resultsMessages = {
  /** Slider writes are still on their way: the numbers shown are an earlier value's. */
  updating: "Updating the results…",
} as const;

/** Why the pane refuses what was typed, before anything reaches the workbook. */
export const formMessages = {
  /** An input's field (src/taskpane/inputs/typedValue.ts); the range as the model formats it. */
  notANumber: (label: string, min: string, max: string) =>
    `${label} must be a number between ${min} and ${max}.`,
  inputMissing: "This input is missing from the workbook.",
  /** A scenario's name and note (src/taskpane/scenarios/scenarioNames.ts). */
  nameEmpty: "Give the scenario a name.",
  nameTaken: (existing: string) =>
    `A scenario named “${existing}” already exists. Choose another name.`,
  tooLong: (what: "A name" | "A note", limit: number) =>
    `${what} can hold at most ${limit.toLocaleString("en-US")} characters (one Excel cell).`,
  /** Saving while inputs are missing (src/taskpane/scenarios/useScenarios.ts). */
  inputsMissingToSave: (labels: readonly string[]) => ({
    code: "damaged" as const,
    message: `The scenario cannot be saved: ${labels.join(", ")} ${labels.length > 1 ? "are" : "is"} missing from the workbook.`,
    repair: "Load the article's figures again to restore the missing input, then save.",
  }),
} as const;

/** The preview's page (src/preview/): its engine, the workbook kept between visits, the export. */
export const previewMessages = {
  /** While the chart library loads, where the sheet's charts will be. */
  drawingCharts: "Drawing the charts…",
  engineFailed: (reason: string) =>
    `The spreadsheet engine could not start: ${reason}. Reload the page; if it persists, rebuild with npm run build so that the engine's .wasm file is next to preview.html.`,
  storedWorkbookLost: (reason: string) =>
    `The workbook kept from your last visit could not be opened (${reason}); this is a new one.`,
  nothingToExport: (sheet: string) =>
    `The workbook has no sheet "${sheet}" yet: load the article's figures, then export.`,
  exported: (fileName: string) =>
    `Downloaded ${fileName}: every sheet, table and name, formulas with their values.`,
  exportFailed: (reason: string) => `Could not export the workbook: ${reason}`,
} as const;

/** A section of the pane whose code loads on demand (src/taskpane/analysis/GoalSeek.tsx). */
export const sectionLoadMessages = {
  loading: (section: string) => `Loading ${section.toLocaleLowerCase("en-US")}…`,
  notFetched: (section: string) =>
    `${section} could not load: the add-in's files did not arrive. Check the connection, then try again.`,
  retry: "Try again",
} as const;
