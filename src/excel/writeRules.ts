/**
 * The plan's cell rules: colour scales (conditional formats, ExcelApi 1.6), drop-down lists and
 * whole numbers between bounds (data validation, ExcelApi 1.8, above the manifest's set: written
 * only where the running Excel has it; elsewhere the cells stay plain input cells). Queued, no
 * sync. Each rule first clears the range's own, so a reload does not stack copies.
 */
import { cellRulesMessages } from "../workbook/messages/cellRules";
import type { PlanSheet } from "../workbook/plan";

export function queueSheetRules(
  sheet: Excel.Worksheet,
  plan: PlanSheet,
  canValidate: boolean
): void {
  for (const scale of plan.colorScales ?? []) {
    const range = sheet.getRange(scale.address);
    range.conditionalFormats.clearAll();
    const format = range.conditionalFormats.add("ColorScale");
    format.colorScale.criteria = {
      minimum: { type: "LowestValue", color: scale.lowest },
      midpoint: { type: "Percentile", formula: "50", color: scale.middle },
      maximum: { type: "HighestValue", color: scale.highest },
    };
  }
  if (!canValidate) return;
  for (const list of plan.listValidations ?? []) {
    const range = sheet.getRange(list.address);
    range.dataValidation.clear();
    range.dataValidation.rule = { list: { inCellDropDown: true, source: `=${list.source}` } };
  }
  for (const whole of plan.wholeNumberValidations ?? []) {
    const range = sheet.getRange(whole.address);
    range.dataValidation.clear();
    range.dataValidation.rule = {
      wholeNumber: { operator: "Between", formula1: whole.min, formula2: whole.max },
    };
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: "Stop",
      ...cellRulesMessages.wholeNumber(whole.min, whole.max),
    };
  }
}
