/**
 * "Prepare for sharing" and "Restore add-in formulas", decided as data (no Office.js, no
 * engine): hosts read the workbook into WorkbookContents, ask planPrepare / planRestore /
 * sharingStatus, and write the SharingWrites they get back. See README.md beside this file.
 */
export { ADDIN_FUNCTIONS, addinFunction, type AddinFunction } from "./addinFunctions";
export { EMPTY_CELL, typed, type CellContent, type ShownValue, type Written } from "./cellValues";
export {
  findRecordSheet,
  sameSheetName,
  sheetsForStatus,
  type NameContents,
  type SheetContents,
  type WorkbookContents,
} from "./contents";
export { convertFormula, type Conversion, type How } from "./conversion";
export { rewriteCalls, sameFormula, scanFormula, type AddinCall } from "./formulaCalls";
export { markSharedFormulas } from "./arrays";
export { cellsToFreeze, planPrepare, type PreparePlan } from "./prepare";
export {
  FIRST_ROW,
  RECORD_COLUMNS,
  RECORD_MARKER,
  RECORD_SHEET_NAME,
  RECORD_WIDTHS_PT,
  recordHeading,
  recordMarkerFormula,
  type CellAt,
} from "./record";
export { planRestore, sharingStatus, type RestorePlan } from "./restore";
export type { CellWrite, RecordWrite, SharingWrites } from "./writes";
