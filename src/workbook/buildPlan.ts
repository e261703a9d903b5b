/**
 * buildPlan(): the whole workbook the add-in writes, as data (see plan.ts for its structure).
 * Pure and fast: no Office calls, the same plan for every host.
 *
 * Sheet names can be chosen by the caller: an applier that finds a planned name taken by the
 * analyst's own sheet picks a free one and builds the plan again with it, so every reference
 * (names, cross-sheet formulas, chart ranges) points at the add-in's sheet, never the user's.
 */
import { HDR_MAX_ID, INPUT_SPECS } from "../model";
import { TWINS, type Twin } from "../model/twins";
import { CALC_LINES } from "./calculations";
import { buildChecksSheet } from "./sheets/checks";
import { buildCompareSheet } from "./sheets/compare";
import { buildFiguresSheet } from "./sheets/figures";
import { buildInputsSheet } from "./sheets/inputs";
import { buildMapSheet } from "./sheets/map";
import { buildSensitivitySheet } from "./sheets/sensitivity";
import { buildModelSheet } from "./sheets/model";
import { buildScenariosSheet } from "./sheets/scenarios";
import { buildTrialsSheet, TRIAL_ROWS } from "./sheets/trials";
import { ownershipMarkers } from "./ownership";
import type { PlanName, SheetKey, WorkbookPlan } from "./plan";
import { checkSlots, type LayoutContent } from "./slots";

/**
 * The layout this code writes, stamped into the workbook. Bump it when the layout changes (and
 * keep the rule in plan.ts, "Layouts": no cell of an older layout moves); hosts upgrade
 * workbooks of a lower layout and refuse to load over a higher one.
 * 1: the first layout (no stamp). 2: the layout stamp on the Checks sheet. 3: each input's low
 * and high case on the Inputs sheet (K:M), the Sensitivity and Map sheets. 4: each input's shape
 * on the Inputs sheet (N), the Trials sheet.
 */
export const PLAN_VERSION = 4;

export const DEFAULT_SHEET_NAMES: Readonly<Record<SheetKey, string>> = {
  inputs: "Inputs",
  model: "Model",
  compare: "Compare",
  sensitivity: "Sensitivity",
  map: "Map",
  trials: "Trials",
  scenarios: "Scenarios",
  figures: "Figures",
  checks: "Checks",
};

/** Tab order: what the analyst uses first comes first. */
export const SHEET_ORDER: readonly SheetKey[] = [
  "inputs",
  "model",
  "compare",
  "sensitivity",
  "map",
  "trials",
  "scenarios",
  "figures",
  "checks",
];

export interface PlanOptions {
  /** Sheet names to use instead of DEFAULT_SHEET_NAMES (e.g. free names beside the user's). */
  readonly sheetNames?: Partial<Record<SheetKey, string>>;
  /** The portable LAMBDA twins to write as names (default: src/model/twins.ts TWINS). */
  readonly twins?: readonly Twin[];
  /**
   * What to lay out (default: THIS_LAYOUT). Tests give a later layout's (one more input or
   * line) to check that it keeps every cell of this one where it is.
   */
  readonly layout?: LayoutContent;
  /** Rows of the Trials sheet (default: TRIAL_ROWS, or what setDefaultTrialRows says). */
  readonly trialRows?: number;
}

/** This layout: its number, the model's inputs and the calculation lines. */
export const THIS_LAYOUT: LayoutContent = {
  version: PLAN_VERSION,
  inputs: INPUT_SPECS,
  lines: CALC_LINES,
};

function twinNames(twins: readonly Twin[]): PlanName[] {
  return twins.map((t) => ({
    name: t.name,
    formula: `=${t.formula}`,
    comment: t.description,
    kind: "twin",
    requires: "lambda",
  }));
}

/**
 * The default plan, built once: it is plain data nobody changes (every type is readonly), and
 * the Trials sheet's 50,000 formulas make a build take a few hundred milliseconds.
 */
let defaultPlan: WorkbookPlan | undefined;
let defaultTrialRows = TRIAL_ROWS;

/**
 * For the test suite only: the rows a plan's Trials sheet holds when the caller does not say.
 * IronCalc takes some 20 s to type the full sheet's 70,000 formulas, so the tests of rules that
 * do not depend on how many trials there are (loads, upgrades, sharing, the pane) run on a
 * short sheet; the tests of the Trials sheet itself ask for TRIAL_ROWS.
 */
export function setDefaultTrialRows(rows: number): void {
  if (rows !== defaultTrialRows) defaultPlan = undefined;
  defaultTrialRows = rows;
}

export function buildPlan(options: PlanOptions = {}): WorkbookPlan {
  const isDefault =
    options.sheetNames === undefined &&
    options.twins === undefined &&
    options.layout === undefined &&
    options.trialRows === undefined;
  if (isDefault) return (defaultPlan ??= planFor(options));
  return planFor(options);
}

function planFor(options: PlanOptions): WorkbookPlan {
  const sheetNames = { ...DEFAULT_SHEET_NAMES, ...options.sheetNames };
  const sheetName = (key: SheetKey): string => sheetNames[key];

  const layout = options.layout ?? THIS_LAYOUT;
  checkSlots("input", layout.inputs, layout.version);
  checkSlots(
    "calculation line",
    layout.lines.map((l) => ({ ...l, id: l.key })),
    layout.version
  );

  const figures = buildFiguresSheet(sheetName("figures"));
  const inputs = buildInputsSheet(sheetName("inputs"), figures.cells, layout.inputs);
  const model = buildModelSheet(sheetName("model"), layout.lines);
  const scenarios = buildScenariosSheet(sheetName("scenarios"), layout.inputs);
  const compare = buildCompareSheet(
    sheetName("compare"),
    scenarios.layout.capacity,
    layout.inputs,
    layout.lines
  );
  const sensitivity = buildSensitivitySheet(
    sheetName("sensitivity"),
    inputs,
    layout.inputs,
    layout.lines
  );
  const map = buildMapSheet(sheetName("map"), inputs, layout.inputs, layout.lines);
  const trials = buildTrialsSheet(
    sheetName("trials"),
    inputs,
    layout.inputs,
    layout.lines,
    options.trialRows ?? defaultTrialRows
  );
  const checks = buildChecksSheet(
    sheetName("checks"),
    inputs.bounds,
    figures.cells,
    layout.version,
    layout.inputs
  );

  const byKey = {
    // The shapes' drop-downs list the Trials sheet's shapes.
    inputs: {
      ...inputs.sheet,
      listValidations: [{ address: inputs.shapeColumn, source: trials.shapeList }],
    },
    model: model.sheet,
    compare: compare.sheet,
    sensitivity: sensitivity.sheet,
    map: map.sheet,
    trials: trials.sheet,
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
    ...sensitivity.names,
    ...map.names,
    ...trials.names,
    ...twinNames(options.twins ?? TWINS),
  ];
  return {
    version: layout.version,
    sheets,
    tables,
    names,
    charts: [...compare.charts, ...sensitivity.charts, ...trials.charts],
    ownership: ownershipMarkers(sheets, tables, names, sheetName, "model"),
    inputCells: inputs.cells,
    outputCells: model.cells,
    masterCheck: checks.masterCheck,
    layoutStamp: checks.stamp.cell,
    scenarios: scenarios.layout,
    compare: compare.layout,
    trialRows: trials.rows,
    simulation: {
      seed: trials.seed,
      trials: trials.trials,
      maxSeed: HDR_MAX_ID,
      maxTrials: trials.rows,
    },
  };
}
