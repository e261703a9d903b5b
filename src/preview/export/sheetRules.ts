/**
 * The plan's cell rules in a worksheet part: the colour scales (<conditionalFormatting>) and
 * the drop-down lists (<dataValidations>), so that Excel and LibreOffice opening the exported
 * file show them as the Excel host writes them (src/excel/writeRules.ts). In the part they sit
 * between <sheetData> and <pageMargins>, in that order (ECMA-376 CT_Worksheet).
 */
import type { PlanColorScale, PlanListValidation } from "../../workbook/plan";
import { element, escapeText } from "./xml";

export interface SheetRules {
  readonly colorScales?: readonly PlanColorScale[];
  readonly listValidations?: readonly PlanListValidation[];
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

export function sheetRulesXml(rules: SheetRules): string {
  const scales = (rules.colorScales ?? []).map((s, i) => colorScaleXml(s, i + 1)).join("");
  const lists = rules.listValidations ?? [];
  const validations =
    lists.length === 0
      ? ""
      : element("dataValidations", { count: lists.length }, lists.map(listXml).join(""));
  return scales + validations;
}
