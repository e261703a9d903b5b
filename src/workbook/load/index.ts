/** The load path, decided once for every host (src/excel and src/preview carry it out). */
export * from "./decision";
export type { NameInfo, SheetInfo, TableInfo, WorkbookSnapshot } from "./snapshot";
export { startLoad, type LoadStart } from "./decideLoad";
export {
  decideLayout,
  surveySources,
  upgradeDecision,
  type RangeSource,
  type Survey,
  type SurveySources,
  type TableSource,
} from "./layout";
export { reconcile } from "./reconcile";
export type { Reconciliation } from "./decision";
export { keptFigureLines, keptInputLines, twinEntries, writtenSummary } from "./summary";
