/** The workbook plan on an IronCalc Model: apply it, then read and write its named cells. No DOM. */
export {
  applyPlanToEngine,
  applyRole,
  EngineConflictError,
  type EngineApplyOptions,
  type EngineApplyResult,
} from "./applyPlan";
export { readCell, sheetIndexByName, writeNumber, type EngineCell } from "./cells";
export { EngineLayoutError } from "./upgrade";
export {
  asReading,
  masterCheckPasses,
  ownedSheetNames,
  readInputs,
  readNamedCell,
  readOutputs,
  sheetIndexOf,
  writeInputs,
  type Reading,
} from "./namedCells";
export {
  clearScenarioRows,
  readCompareRow,
  readScenarioRows,
  writeScenarioRows,
  type CompareRow,
} from "./scenarios";
