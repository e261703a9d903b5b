/** The saved-scenarios table's rules, once for both hosts: read (table.ts), change (changes.ts). */
export {
  findScenario,
  readScenarioTable,
  scenarioNameKey,
  type ScenarioRow,
  type ScenarioTable,
  type TableCells,
} from "./table";
export {
  checkScenario,
  deleteWrites,
  renameWrites,
  requireName,
  saveWrites,
  scenarioNamed,
  type CellWrite,
  type TypedCell,
} from "./changes";
