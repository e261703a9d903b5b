/**
 * Messages of the catalogue (index.ts): office. What goes wrong between the add-in and the Excel
 * (or page) it runs in rather than in the workbook's content: Office.js errors
 * (src/excel/officeErrors.ts), an Excel too old, the auto-open switch (src/excel/autoOpen.ts),
 * code that could not be fetched (src/workbook/onDemand.ts), and the pane's words for a failure
 * nobody foresaw (src/taskpane/problems/problemOf.ts).
 */
import type { HostProblem } from "../host";
import { NOT_LOADED_YET, RELOAD_REPAIR as RELOAD } from "./state";

const UPDATE_EXCEL = "Use Excel for Microsoft 365, Excel 2019 or later, or Excel on the web.";

const NO_SHARED_RUNTIME: HostProblem = {
  code: "unsupported",
  message:
    "This version of Excel cannot load the add-in with the workbook (it lacks the SharedRuntime 1.1 API), so the pane cannot be set to open with it.",
  repair:
    "Use Excel for Microsoft 365 or Excel on the web; colleagues can still open the pane from the Home tab.",
};

export const officeMessages = {
  reloadRepair: RELOAD,
  updateExcelRepair: UPDATE_EXCEL,

  /** A step on the add-in's cells in a workbook the article was never loaded into. */
  notLoadedYet: NOT_LOADED_YET,

  /** The running Excel lacks the requirement set the manifest asks for. */
  tooOld: (requiredExcelApi: string): HostProblem => ({
    code: "unsupported",
    message: `This version of Excel is too old for the add-in's workbook (it needs ExcelApi ${requiredExcelApi}).`,
    repair: UPDATE_EXCEL,
  }),

  // Office.js errors, by what they say (src/excel/officeErrors.ts). `step` reads after "could
  // not": "write the input", "load the article's figures".

  sheetProtected: (step: string): HostProblem => ({
    code: "protected",
    message: `Excel could not ${step}: a sheet it must change is protected.`,
    repair:
      "Unprotect the add-in's sheets (Review > Unprotect Sheet), try again, then protect them again if you wish.",
  }),
  apiMissing: (step: string, detail: string): HostProblem => ({
    code: "unsupported",
    message: `This version of Excel cannot ${step} (${detail}).`,
    repair: UPDATE_EXCEL,
  }),
  partMissing: (step: string, detail: string): HostProblem => ({
    code: "damaged",
    message: `Excel could not ${step}: part of the add-in's sheets or names is missing (${detail}).`,
    repair: RELOAD,
  }),
  refused: (step: string, detail: string): HostProblem => ({
    code: "damaged",
    message: `Excel refused to ${step} (${detail}).`,
    repair: `${RELOAD} If it keeps happening, undo your last edit to the add-in's sheets.`,
  }),

  // The auto-open switch (src/excel/autoOpen.ts).

  noSettings: (detail: string): HostProblem => ({
    code: "unsupported",
    message: `Excel did not give the add-in this workbook's settings (${detail}).`,
    repair: "Close the pane and open it again from the Home tab.",
  }),
  noSharedRuntime: NO_SHARED_RUNTIME,
  /** A document that cannot be written (read-only, view mode) is the usual reason; "protected" says so. */
  settingNotSaved: (detail: string): HostProblem => ({
    code: "protected",
    message: `Excel could not save the setting in this workbook (${detail}); the switch is as it was.`,
    repair:
      "If the workbook is read-only or open in view mode, open it for editing (or save a copy), then try again.",
  }),
  startupNotSet: (on: boolean, detail: string): HostProblem => ({
    code: "unsupported",
    message: `Excel could not set the add-in to ${on ? "load" : "stop loading"} with this workbook (${detail}); the switch is as it was.`,
    repair: "Try again. If it keeps failing, save a copy of the workbook and try in the copy.",
  }),
  /** The startup behavior failed and the setting could not be put back: what the file now holds. */
  halfDone: (on: boolean, detail: string): HostProblem => ({
    code: "unsupported",
    message: `Excel could not set the add-in to ${on ? "load" : "stop loading"} with this workbook (${detail}), and could not undo the saved setting: the pane ${on ? "opens" : "no longer opens"} with the workbook, but the add-in ${on ? "does not load before it" : "still loads with it"}.`,
    repair:
      "Try the switch again; if it keeps failing, close and reopen the workbook, then try again.",
  }),

  // Code fetched on demand (src/workbook/onDemand.ts); `step` reads after "the code to".

  codeNotFetched: (step: string, detail: string | undefined): HostProblem => ({
    code: "offline",
    message: `The add-in could not fetch the code to ${step} from its server${detail ? ` (${detail})` : ""}. Nothing in the workbook was changed.`,
    repair: "Check the network connection, then try again.",
  }),
  /** What the pane was doing when the host's own code could not be fetched (hostOnDemand). */
  hostSteps: {
    read: "read the workbook",
    load: "load the article's figures",
    write: "write the input",
    simulation: "write the Trials sheet's seed and trial count",
    scenarios: "work with the saved scenarios",
  },
  /** The sharing controls' steps, as "could not …" and "the code to …" end them. */
  sharingSteps: {
    status: "check whether the workbook is prepared for sharing",
    prepare: "prepare the workbook for sharing",
    restore: "restore the add-in formulas",
  },

  /** Any other failure, as the pane says it (src/taskpane/problems/problemOf.ts). */
  unexpected: (detail: string | undefined) => ({
    message: `The workbook did not answer as expected${detail ? ` (${detail})` : ""}.`,
    repair: "Try again. If it keeps happening, close and reopen the add-in.",
  }),
} as const;
