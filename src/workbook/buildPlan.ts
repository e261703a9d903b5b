/**
 * buildPlan(): the whole workbook the add-in writes, as data (see plan.ts for its structure).
 * Pure and fast: no Office calls, the same plan for every host.
 *
 * Sheet names can be chosen by the caller: an applier that finds a planned name taken by the
 * analyst's own sheet picks a free one and builds the plan again with it, so every reference
 * (names, cross-sheet formulas, chart ranges) points at the add-in's sheet, never the user's.
 */
import { TWINS, type Twin } from "../model/twins";
import { buildChecksSheet } from "./sheets/checks";
import { buildCompareSheet } from "./sheets/compare";
import { buildFiguresSheet } from "./sheets/figures";
import { buildInputsSheet } from "./sheets/inputs";
import { buildModelSheet } from "./sheets/model";
import { buildScenariosSheet } from "./sheets/scenarios";
import { ownershipMarkers } from "./ownership";
import type { PlanName, SheetKey, WorkbookPlan } from "./plan";

/**
 * The layout this code writes, stamped into the workbook. Bump it when the layout changes (and
 * keep the rule in plan.ts, "Layouts": no cell of an older layout moves); hosts upgrade
 * workbooks of a lower layout and refuse to load over a higher one.
 * 1: the first layout (no stamp). 2: the layout stamp on the Checks sheet.
 */
export const PLAN_VERSION = 2;

export const DEFAULT_SHEET_NAMES: Readonly<Record<SheetKey, string>> = {
  inputs: "Inputs",
  model: "Model",
  compare: "Compare",
  scenarios: "Scenarios",
  figures: "Figures",
  checks: "Checks",
};

/** Tab order: what the analyst uses first comes first. */
export const SHEET_ORDER: readonly SheetKey[] = [
  "inputs",
  "model",
  "compare",
  "scenarios",
  "figures",
  "checks",
];

export interface PlanOptions {
  /** Sheet names to use instead of DEFAULT_SHEET_NAMES (e.g. free names beside the user's). */
  readonly sheetNames?: Partial<Record<SheetKey, string>>;
  /** The portable LAMBDA twins to write as names (default: src/model/twins.ts TWINS). */
  readonly twins?: readonly Twin[];
}

export function twinNames(twins: readonly Twin[]): PlanName[] {
  return twins.map((t) => ({
    name: t.name,
    formula: `=${t.formula}`,
    comment: t.description,
    kind: "twin",
    requires: "lambda",
  }));
}

export function buildPlan(options: PlanOptions = {}): WorkbookPlan {
  const sheetNames = { ...DEFAULT_SHEET_NAMES, ...options.sheetNames };
  const sheetName = (key: SheetKey): string => sheetNames[key];

  const figures = buildFiguresSheet(sheetName("figures"));
  const inputs = buildInputsSheet(sheetName("inputs"), figures.cells);
  const model = buildModelSheet(sheetName("model"));
  const scenarios = buildScenariosSheet(sheetName("scenarios"));
  const compare = buildCompareSheet(sheetName("compare"), scenarios.layout.capacity);
  const checks = buildChecksSheet(sheetName("checks"), inputs.bounds, figures.cells, PLAN_VERSION);

  const byKey = {
    inputs: inputs.sheet,
    model: model.sheet,
    compare: compare.sheet,
    scenarios: scenarios.sheet,
    figures: figures.sheet,
    checks: checks.sheet,
  };
  const sheets = SHEET_ORDER.map((key) => byKey[key]);
  const tables = [...figures.tables, scenarios.table];
  const names = [
    ...inputs.names,
    ...model.names,
    ...scenarios.names,
    ...checks.names,
    checks.stamp.name,
    ...twinNames(options.twins ?? TWINS),
  ];
  return {
    version: PLAN_VERSION,
    sheets,
    tables,
    names,
    charts: compare.charts,
    ownership: ownershipMarkers(sheets, tables, names, sheetName, "model"),
    inputCells: inputs.cells,
    outputCells: model.cells,
    masterCheck: checks.masterCheck,
    layoutStamp: checks.stamp.cell,
    scenarios: scenarios.layout,
    compare: compare.layout,
  };
}
