/** The workbook plan on an IronCalc Model: apply it, then read and write its named cells. No DOM. */
export {
  applyPlanToEngine,
  applyRole,
  type EngineApplyOptions,
  type EngineApplyResult,
} from "./applyPlan";
export { readCell, sheetIndexByName, writeNumber, type EngineCell } from "./cells";
export {
  defineTable,
  protectSheet,
  protectStructure,
  unprotectSheet,
  unprotectStructure,
} from "./standIns";
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
