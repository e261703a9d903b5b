/** The workbook plan on an IronCalc Model: apply it, read and write its cells. No DOM. */
export {
  applyPlanToEngine,
  applyRole,
  EngineConflictError,
  type EngineApplyOptions,
  type EngineApplyResult,
} from "./applyPlan";
export { readCell, sheetIndexByName, writeNumber, type EngineCell } from "./cells";
export { EngineLayoutError } from "./upgrade";
export { sheetIndexOf } from "./namedCells";
