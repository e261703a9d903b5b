/**
 * The add-in's sheets on an IronCalc Model, found through their ownership markers, so a sheet
 * renamed by the analyst is still found.
 */
import type { Model } from "@ironcalc/wasm";
import { ownershipMarkerName } from "../../workbook/names";
import type { SheetKey, WorkbookPlan } from "../../workbook/plan";
import { sheetIndexByName } from "./cells";

/** "'My sheet'!$A$1" or "Inputs!$A$1" → the sheet name. */
export function sheetOfReference(reference: string): string | undefined {
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
