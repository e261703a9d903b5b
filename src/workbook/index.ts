/** src/workbook: the workbook the add-in builds, as a plan of data (no Office calls). */
export * from "./plan";
export {
  buildPlan,
  DEFAULT_SHEET_NAMES,
  PLAN_VERSION,
  SHEET_ORDER,
  THIS_LAYOUT,
  type PlanOptions,
} from "./buildPlan";
export type { LayoutContent, Slotted } from "./slots";
export {
  cellAddress,
  columnLetters,
  parseCellAddress,
  quoteSheet,
  rangeAddress,
  sheetRef,
} from "./a1";
export {
  inputName,
  LAYOUT_STAMP_NAME,
  MASTER_CHECK_NAME,
  outputName,
  OWNERSHIP_PREFIX,
  ownershipMarkerName,
  scenarioColumnName,
} from "./names";
export { FORMAT } from "./formats";
