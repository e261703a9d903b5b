/**
 * The plan's cell rules in a worksheet part: the colour scales (<conditionalFormatting>), the
 * drop-down lists and the whole numbers between bounds (<dataValidations>), so that Excel and
 * LibreOffice opening the exported file show them as the Excel host writes them
 * (src/excel/writeRules.ts), a whole-number cell's error alert in the same words. In the part
 * they sit between <sheetData> and <pageMargins>, in that order (ECMA-376 CT_Worksheet).
 */
import { cellRulesMessages } from "../../workbook/messages/cellRules";
import type {
  PlanColorScale,
  PlanListValidation,
  PlanWholeNumberValidation,
} from "../../workbook/plan";
import { element, escapeText, xstring } from "./xml";

export interface SheetRules {
  readonly colorScales?: readonly PlanColorScale[];
  readonly listValidations?: readonly PlanListValidation[];
  readonly wholeNumberValidations?: readonly PlanWholeNumberValidation[];
}

/** "#63BE7B" → "FF63BE7B", the ARGB of SpreadsheetML. */
function argb(colour: string): string {
  return `FF${colour.replace(/^#/, "").toUpperCase()}`;
}

function colorScaleXml(scale: PlanColorScale, priority: number): string {
  return element(
    "conditionalFormatting",
    { sqref: scale.address },
    element(
      "cfRule",
      { type: "colorScale", priority },
      element(
        "colorScale",
        {},
        element("cfvo", { type: "min" }) +
          element("cfvo", { type: "percentile", val: 50 }) +
          element("cfvo", { type: "max" }) +
          element("color", { rgb: argb(scale.lowest) }) +
          element("color", { rgb: argb(scale.middle) }) +
          element("color", { rgb: argb(scale.highest) })
      )
    )
  );
}

function listXml(list: PlanListValidation): string {
  return element(
    "dataValidation",
    { type: "list", allowBlank: 1, showErrorMessage: 1, sqref: list.address },
    element("formula1", {}, escapeText(list.source))
  );
}

/** A whole number from min to max, refused otherwise with a Stop alert saying the range. */
function wholeNumberXml(whole: PlanWholeNumberValidation): string {
  const alert = cellRulesMessages.wholeNumber(whole.min, whole.max);
  return element(
    "dataValidation",
    {
      type: "whole",
      operator: "between",
      errorStyle: "stop",
      allowBlank: 1,
      showErrorMessage: 1,
      errorTitle: xstring(alert.title),
      error: xstring(alert.message),
      sqref: whole.address,
    },
    element("formula1", {}, String(whole.min)) + element("formula2", {}, String(whole.max))
  );
}

export function sheetRulesXml(rules: SheetRules): string {
  const scales = (rules.colorScales ?? []).map((s, i) => colorScaleXml(s, i + 1)).join("");
  const validations = [
    ...(rules.listValidations ?? []).map(listXml),
    ...(rules.wholeNumberValidations ?? []).map(wholeNumberXml),
  ];
  const dataValidations =
    validations.length === 0
      ? ""
      : element("dataValidations", { count: validations.length }, validations.join(""));
  return scales + dataValidations;
}
