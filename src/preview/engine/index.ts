/** The workbook plan on an IronCalc Model: apply it, read and write its cells. No DOM. */
export {
  applyPlanToEngine,
  applyRole,
  type EngineApplyOptions,
  type EngineApplyResult,
} from "./applyPlan";
export { readCell, sheetIndexByName, writeNumber, type EngineCell } from "./cells";
export { defineTable, protectSheet, protectStructure } from "./standIns";
export { sheetIndexOf } from "./namedCells";
