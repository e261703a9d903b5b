/**
 * Test support: the plan's named cells, the saved scenarios and the Compare sheet on an
 * IronCalc Model, read and written by InputId / OutputId through the plan's address map, for
 * the engine tests of the workbook's formulas (test/workbook) and the bench. Sheets are found
 * through their ownership markers, so a sheet renamed by the analyst is still found. The
 * hosts do not use these: they read cells and leave the meaning to src/workbook.
 */
import type { Model } from "@ironcalc/wasm";
import { OUTPUT_IDS, type InputId, type OutputId, type ScenarioInputs } from "../../src/model";
import { readCell, writeNumber, type EngineCell } from "../../src/preview/engine/cells";
import { readTableCells } from "../../src/preview/engine/tableCells";
import { sheetIndexOf } from "../../src/preview/engine/namedCells";
import { sheetOfReference } from "../../src/workbook/references";
import type { SavedScenario } from "../../src/workbook/host";
import { ownershipMarkerName } from "../../src/workbook/names";
import {
  planInputs,
  typedInput,
  type NamedCell,
  type SheetKey,
  type WorkbookPlan,
} from "../../src/workbook/plan";
import { readScenarioTable } from "../../src/workbook/scenarios";

/** A computed cell as hosts report it (host.ts CellReading): a number, or text ("never", "#NUM!"). */
export type Reading = number | string;

const SHEET_KEYS: readonly SheetKey[] = [
  "figures",
  "inputs",
  "model",
  "scenarios",
  "compare",
  "checks",
];

/**
 * The names the add-in's sheets have now, from their markers (the analyst may have renamed
 * them): build the next plan with these, buildPlan({ sheetNames }), so a reload updates the
 * renamed sheets instead of adding new ones.
 */
export function ownedSheetNames(model: Model): Partial<Record<SheetKey, string>> {
  const names: Partial<Record<SheetKey, string>> = {};
  const existing = new Set(model.getWorksheetsProperties().map((s) => s.name));
  for (const { name, formula } of model.getDefinedNameList()) {
    const key = SHEET_KEYS.find((k) => name === ownershipMarkerName("SHEET", k));
    const sheet = key && sheetOfReference(formula);
    if (key && sheet && existing.has(sheet)) names[key] = sheet;
  }
  return names;
}

export function readNamedCell(model: Model, plan: WorkbookPlan, cell: NamedCell): EngineCell {
  return readCell(model, sheetIndexOf(model, plan, cell.sheet), cell.row, cell.column);
}

export function asReading(cell: EngineCell): Reading {
  switch (cell.kind) {
    case "number":
      return cell.value;
    case "empty":
      return "";
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    default:
      return cell.value;
  }
}

/** Every output, read from the model sheet (the sheet looked up once: finding it is slow). */
export function readOutputs(model: Model, plan: WorkbookPlan): Record<OutputId, Reading> {
  const sheetOf = sheetFinder(model, plan);
  const entries = OUTPUT_IDS.map((id) => {
    const cell = plan.outputCells[id];
    return [id, asReading(readCell(model, sheetOf(cell.sheet), cell.row, cell.column))] as const;
  });
  return Object.fromEntries(entries) as Record<OutputId, Reading>;
}

/** The input cells that hold numbers; the others are left out. */
export function readInputs(model: Model, plan: WorkbookPlan): Partial<Record<InputId, number>> {
  const sheetOf = sheetFinder(model, plan);
  const inputs: Partial<Record<InputId, number>> = {};
  for (const at of planInputs(plan)) {
    const cell = readCell(model, sheetOf(at.sheet), at.row, at.column);
    if (cell.kind === "number") inputs[at.id] = cell.value;
  }
  return inputs;
}

function sheetFinder(model: Model, plan: WorkbookPlan): (key: SheetKey) => number {
  const found = new Map<SheetKey, number>();
  return (key) => {
    const known = found.get(key);
    if (known !== undefined) return known;
    const index = sheetIndexOf(model, plan, key);
    found.set(key, index);
    return index;
  };
}

/**
 * Type values into input cells (as the analyst would), then evaluate once. Evaluation is paused
 * while typing: IronCalc otherwise recalculates the whole workbook after every cell.
 */
export function writeInputs(
  model: Model,
  plan: WorkbookPlan,
  inputs: Partial<ScenarioInputs>
): void {
  const sheet = sheetIndexOf(model, plan, "inputs");
  model.pauseEvaluation();
  try {
    for (const cell of planInputs(plan)) {
      const value = inputs[cell.id];
      if (value === undefined) continue;
      writeNumber(model, sheet, cell.row, cell.column, value);
    }
  } finally {
    model.resumeEvaluation();
  }
  model.evaluate();
}

/** True when the master check cell says TRUE. */
export function masterCheckPasses(model: Model, plan: WorkbookPlan): boolean {
  const cell = readNamedCell(model, plan, plan.masterCheck);
  return cell.kind === "boolean" && cell.value;
}

/** Write scenarios into the table's rows from `firstIndex` (0 = the first body row), then evaluate. */
export function writeScenarioRows(
  model: Model,
  plan: WorkbookPlan,
  scenarios: readonly SavedScenario[],
  firstIndex = 0
): void {
  const layout = plan.scenarios;
  const sheet = sheetIndexOf(model, plan, layout.sheet);
  model.pauseEvaluation();
  try {
    scenarios.forEach((scenario, i) => {
      const row = layout.firstRow + firstIndex + i + 1;
      layout.columns.forEach((key, j) => {
        const value: string | number =
          key === "name" ? scenario.name : key === "note" ? scenario.note : scenario.inputs[key];
        model.setUserInput(sheet, row, layout.column + j + 1, typedInput(value));
      });
    });
  } finally {
    model.resumeEvaluation();
  }
  model.evaluate();
}

/** Empty `count` rows of the table from `firstIndex`, then evaluate. */
export function clearScenarioRows(
  model: Model,
  plan: WorkbookPlan,
  firstIndex: number,
  count: number
): void {
  const layout = plan.scenarios;
  const sheet = sheetIndexOf(model, plan, layout.sheet);
  const top = layout.firstRow + firstIndex + 1;
  const left = layout.column + 1;
  model.rangeClearContents(sheet, top, left, top + count - 1, left + layout.columns.length - 1);
  model.evaluate();
}

/** The saved scenarios the table holds, read by the hosts' one reader (src/workbook/scenarios). */
export function savedScenarios(model: Model, plan: WorkbookPlan): SavedScenario[] {
  const layout = plan.scenarios;
  const table = plan.tables.find((t) => t.key === "scenarios");
  if (!table) throw new Error("The plan has no scenarios table");
  const sheet = sheetIndexOf(model, plan, layout.sheet);
  const cells = readTableCells(model, sheet, layout, table.columns.length);
  return [...readScenarioTable(table, cells).list.scenarios];
}

export interface CompareRow {
  /** "" when row k of the scenarios table is empty. */
  readonly name: string;
  readonly outputs: Record<OutputId, Reading>;
}

/** What the Compare sheet shows for scenario k (1-based, as in its "#" column). */
export function readCompareRow(model: Model, plan: WorkbookPlan, k: number): CompareRow {
  const layout = plan.compare;
  const sheet = sheetIndexOf(model, plan, layout.sheet);
  const row = layout.firstRow + k - 1;
  const name = asReading(readCell(model, sheet, row, layout.nameColumn));
  const outputs = Object.fromEntries(
    OUTPUT_IDS.map((id) => [id, asReading(readCell(model, sheet, row, layout.outputColumns[id]))])
  ) as Record<OutputId, Reading>;
  return { name: String(name), outputs };
}
