/**
 * The Model sheet: the calculations, one per row, in plain native formulas over the named
 * inputs (CALC_LINES). Outputs get out_ names, workings calc_ names, so that every formula
 * reads in words: =IF(in_FundingUsd<0,#NUM!,…in_FundingUsd/calc_FrontierNetBurnUsd*…).
 */
import { outputSpec, type OutputId } from "../../model";
import { cellAddress, sheetRef } from "../a1";
import { CALC_LINES, isLineKey, isOutputLine, type LineKey, type Ref } from "../calculations";
import { unitLabel } from "../formats";
import { calcName, inputName, outputName } from "../names";
import type { OutputCell, PlanName, PlanSheet } from "../plan";
import { column, SheetDraft } from "../sheetDraft";

export const MODEL_COLUMNS = ["Calculation", "Value", "Unit", "Name"] as const;
const VALUE_COLUMN = 1;
const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;

export interface ModelSheet {
  readonly sheet: PlanSheet;
  readonly names: readonly PlanName[];
  readonly cells: Readonly<Record<OutputId, OutputCell>>;
}

function lineName(key: LineKey): string {
  return isOutputLine(key) ? outputName(key) : calcName(key);
}

/** On this sheet every input and earlier line is reached by its name. */
export const byName: Ref = (key) => (isLineKey(key) ? lineName(key) : inputName(key));

export function buildModelSheet(sheetName: string): ModelSheet {
  const draft = new SheetDraft("model", sheetName);
  draft.title(
    "AI Cost Scenarios: model",
    "Plain Excel formulas over the named inputs on the Inputs sheet; no constants, one purpose per row."
  );
  draft.write(HEADER_ROW, 0, [[...MODEL_COLUMNS]], { role: "header" });
  draft.write(FIRST_ROW, 0, column(CALC_LINES.map((l) => l.label)));
  CALC_LINES.forEach((line, i) => {
    draft.write(FIRST_ROW + i, VALUE_COLUMN, [[{ formula: `=${line.formula(byName)}` }]], {
      formats: line.format,
      role: line.output ? "output" : "calc",
    });
  });
  draft.write(
    FIRST_ROW,
    VALUE_COLUMN + 1,
    CALC_LINES.map((l) => [l.unit, lineName(l.key)])
  );
  draft.columnWidths([330, 100, 80, 190]);

  const names: PlanName[] = [];
  const cells: Partial<Record<OutputId, OutputCell>> = {};
  CALC_LINES.forEach((line, i) => {
    const row = FIRST_ROW + i;
    const formula = `=${sheetRef(sheetName, cellAddress(row, VALUE_COLUMN, true))}`;
    const id = line.key;
    if (isOutputLine(id)) {
      const spec = outputSpec(id);
      names.push({
        name: outputName(id),
        formula,
        comment: `Output: ${spec.label} (${unitLabel(spec.unit)}).`,
        kind: "output",
      });
      cells[id] = {
        id,
        name: outputName(id),
        sheet: "model",
        row,
        column: VALUE_COLUMN,
        address: cellAddress(row, VALUE_COLUMN),
        unit: spec.unit,
      };
    } else {
      names.push({
        name: calcName(line.key),
        formula,
        comment: `Working: ${line.label} (${line.unit}).`,
        kind: "calc",
      });
    }
  });
  return { sheet: draft.finish(FIRST_ROW), names, cells: cells as Record<OutputId, OutputCell> };
}
