/**
 * The add-in's sheets on an IronCalc Model, found through their ownership markers, so a sheet
 * renamed by the analyst is still found.
 */
import type { Model } from "@ironcalc/wasm";
import { ownershipMarkerName } from "../../workbook/names";
import type { SheetKey, WorkbookPlan } from "../../workbook/plan";
import { sheetOfReference } from "../../workbook/references";
import { sheetIndexByName } from "./cells";

/** The engine's index of one of the plan's sheets, found by its marker, else by its planned name. */
export function sheetIndexOf(model: Model, plan: WorkbookPlan, key: SheetKey): number {
  const marker = ownershipMarkerName("SHEET", key);
  const formula = model.getDefinedNameList().find((n) => n.name === marker)?.formula;
  const name =
    (formula && sheetOfReference(formula)) ?? plan.sheets.find((s) => s.key === key)?.name ?? "";
  return sheetIndexByName(model, name);
}
