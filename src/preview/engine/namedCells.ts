/**
 * The plan's named cells on an IronCalc Model: write an input, read the outputs, the inputs
 * and the master check, by InputId / OutputId through the plan's address map. Sheets are found
 * through their ownership markers, so a sheet renamed by the analyst is still found.
 */
import { SHEET_ORDER } from "../../workbook/buildPlan";
import type { Model } from "@ironcalc/wasm";
import {
  INPUT_IDS,
  OUTPUT_IDS,
  type InputId,
  type OutputId,
  type ScenarioInputs,
} from "../../model";
import { ownershipMarkerName } from "../../workbook/names";
import type { NamedCell, SheetKey, WorkbookPlan } from "../../workbook/plan";
import { readCell, sheetIndexByName, writeNumber, type EngineCell } from "./cells";

/** A computed cell as hosts report it (host.ts CellReading): a number, or text ("never", "#NUM!"). */
export type Reading = number | string;

/** Every sheet the plan has, so a new one is found by its marker as the others are. */
const SHEET_KEYS: readonly SheetKey[] = SHEET_ORDER;

/** "'My sheet'!$A$1" or "Inputs!$A$1" → the sheet name. */
function sheetOfReference(reference: string): string | undefined {
  const bang = reference.lastIndexOf("!");
  if (bang < 0) return undefined;
  const sheet = reference.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** The engine's index of one of the plan's sheets, found by its marker, else by its planned name. */
export function sheetIndexOf(model: Model, plan: WorkbookPlan, key: SheetKey): number {
  const marker = ownershipMarkerName("SHEET", key);
  const formula = model.getDefinedNameList().find((n) => n.name === marker)?.formula;
  const name =
    (formula && sheetOfReference(formula)) ?? plan.sheets.find((s) => s.key === key)?.name ?? "";
  return sheetIndexByName(model, name);
}

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

/**
 * Every output, read from the model sheet. The sheet is looked up once: finding it by marker
 * lists the workbook's names, which costs IronCalc several milliseconds a time.
 */
export function readOutputs(model: Model, plan: WorkbookPlan): Record<OutputId, Reading> {
  const sheetOf = sheetFinder(model, plan);
  const entries = OUTPUT_IDS.map((id) => {
    const cell = plan.outputCells[id];
    return [id, asReading(readCell(model, sheetOf(cell.sheet), cell.row, cell.column))] as const;
  });
  return Object.fromEntries(entries) as Record<OutputId, Reading>;
}

/** The input cells that hold numbers; the others are left out (the host reports them). */
export function readInputs(model: Model, plan: WorkbookPlan): Partial<Record<InputId, number>> {
  const sheetOf = sheetFinder(model, plan);
  const inputs: Partial<Record<InputId, number>> = {};
  for (const id of INPUT_IDS) {
    const at = plan.inputCells[id];
    const cell = readCell(model, sheetOf(at.sheet), at.row, at.column);
    if (cell.kind === "number") inputs[id] = cell.value;
  }
  return inputs;
}

/** sheetIndexOf, remembered for the duration of one read. */
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
 * while typing: IronCalc otherwise recalculates the whole workbook after every cell (about
 * 50 ms each with the plan loaded).
 */
export function writeInputs(
  model: Model,
  plan: WorkbookPlan,
  inputs: Partial<ScenarioInputs>
): void {
  const sheet = sheetIndexOf(model, plan, "inputs");
  model.pauseEvaluation();
  try {
    for (const id of INPUT_IDS) {
      const value = inputs[id];
      if (value === undefined) continue;
      const cell = plan.inputCells[id];
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
