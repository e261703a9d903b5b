/**
 * Messages of the catalogue (index.ts): goal seek in the pane (src/taskpane/analysis/). What
 * the analyst reads when asking "what value of this input gives that result?": the form's
 * labels, why Find is not available, what was found and written, and why nothing was.
 * Values arrive formatted in the analyst's units (formatValue, readingView). Only the panel's
 * code, loaded on demand, imports this module, so the pane's first scripts do not carry it.
 */

export const goalSeekMessages = {
  intro:
    "Find the value of one input that gives a result you want, the other inputs as they are. The value found is written to the input's cell and the workbook recalculates.",
  outputLabel: "Result",
  targetLabel: (unitWords: string) => (unitWords ? `Target, ${unitWords}` : "Target"),
  inputLabel: "Input to change",
  find: "Find",
  finding: "Finding…",

  /** Why Find is not available. */
  notLoaded: "Goal seek needs the article's figures: load them first.",
  loadUnderWay: "Goal seek waits until the load has finished.",
  workbookProblems:
    "Goal seek is off while the workbook has the problems listed under Workbook: its result could not be trusted. Fix them (loading the article's figures again repairs most), then try again.",
  inputsMissing: (labels: readonly string[]) =>
    `Goal seek needs every input, and ${labels.join(", ")} ${labels.length > 1 ? "are" : "is"} missing from the workbook. Load the article's figures again to restore ${labels.length > 1 ? "them" : "it"}.`,

  /** The target as typed. */
  targetNotANumber: (outputLabel: string, unitWords: string) =>
    `Type the target ${outputLabel.toLocaleLowerCase("en-US")} as a number${unitWords ? `, ${unitWords}` : ""}.`,

  /** A value found and written. */
  written: (inputLabel: string, value: string) => `Wrote ${value} to ${inputLabel}.`,
  workbookReads: (outputLabel: string, reading: string) =>
    `The workbook's ${outputLabel.toLocaleLowerCase("en-US")} is now ${reading}.`,
  offTarget: (target: string) =>
    `That is not the target of ${target}: the workbook's formulas give another result than the model's. Load the article's figures again to restore the Model sheet, then find again.`,
  severalSolutions: (count: number, inputLabel: string, before: string) =>
    `${count} values of ${inputLabel} reach the target; this is the one nearest its value before, ${before}.`,
  withinCases: (low: string, high: string) =>
    `It lies within the input's cases, ${low} to ${high}.`,
  outsideCases: (low: string, high: string) =>
    `It lies outside the input's cases, ${low} to ${high}: what it would take, more than what is likely.`,
  everywhere: (outputLabel: string, target: string, inputLabel: string) =>
    `${outputLabel} is ${target} whatever the value of ${inputLabel}: nothing was written.`,

  /** No value in the input's range reaches the target: nothing was written. */
  aboveRange: (outputLabel: string, target: string, inputLabel: string, min: string, max: string) =>
    `No value of ${inputLabel} from ${min} to ${max} brings ${outputLabel.toLocaleLowerCase("en-US")} up to ${target}.`,
  belowRange: (outputLabel: string, target: string, inputLabel: string, min: string, max: string) =>
    `No value of ${inputLabel} from ${min} to ${max} brings ${outputLabel.toLocaleLowerCase("en-US")} down to ${target}.`,
  jumpsOver: (outputLabel: string, target: string, inputLabel: string) =>
    `${outputLabel} moves in whole steps as ${inputLabel} changes and steps over ${target}.`,
  flat: (outputLabel: string, inputLabel: string, stays: string) =>
    `${outputLabel} does not move with ${inputLabel}: it stays at ${stays} whatever its value. Choose another input.`,
  noNumber: (outputLabel: string, inputLabel: string) =>
    `${outputLabel} has no number for any value of ${inputLabel}, so no value reaches the target.`,
  nothingWritten: "Nothing was written.",
  closest: (value: string, reading: string) => `The closest is ${value}, which gives ${reading}.`,
  writeClosest: (value: string) => `Write ${value}`,

  /** Undo. */
  putBack: (value: string) => `Put back ${value}`,
  putBackDone: (inputLabel: string, value: string) => `Put back ${value} in ${inputLabel}.`,
} as const;
