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
  saveWrites,
  scenarioNamed,
  type CellWrite,
} from "./changes";
