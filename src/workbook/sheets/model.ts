/**
 * The Model sheet: the calculations, one per row, in plain native formulas over the named
 * inputs (CALC_LINES). Outputs get out_ names, workings calc_ names, so that every formula
 * reads in words: =IF(in_FundingUsd<0,#NUM!,…in_FundingUsd/calc_FrontierNetBurnUsd*…).
 */
import { OUTPUT_IDS, outputSpec, type OutputId } from "../../model";
import { cellAddress, sheetRef } from "../a1";
import { CALC_LINES, type CalcLine, type Ref } from "../calculations";
import { unitLabel } from "../formats";
import { calcName, inputName, outputName } from "../names";
import type { OutputCell, PlanName, PlanSheet } from "../plan";
import { column, SheetDraft } from "../sheetDraft";
import { byLayout, bySlot, sinceOption } from "../slots";

const MODEL_COLUMNS = ["Calculation", "Value", "Unit", "Name"] as const;
const VALUE_COLUMN = 1;
const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;

export interface ModelSheet {
  readonly sheet: PlanSheet;
  readonly names: readonly PlanName[];
  readonly cells: Readonly<Record<OutputId, OutputCell>>;
}

/** The output a line gives, if it is one of the scenario's outputs. */
function outputOf(line: CalcLine): OutputId | undefined {
  return line.output ? OUTPUT_IDS.find((id) => id === line.key) : undefined;
}

function lineName(line: CalcLine): string {
  const id = outputOf(line);
  return id ? outputName(id) : calcName(line.key);
}

/** On this sheet every input and earlier line is reached by its name. */
function byName(lines: readonly CalcLine[]): Ref {
  const names = new Map<string, string>(lines.map((l) => [l.key, lineName(l)]));
  return (key) => names.get(key) ?? inputName(key);
}

export function buildModelSheet(
  sheetName: string,
  lines: readonly CalcLine[] = CALC_LINES
): ModelSheet {
  const draft = new SheetDraft("model", sheetName);
  draft.title(
    "AI Cost Scenarios: model",
    "Plain Excel formulas over the named inputs on the Inputs sheet; no constants, one purpose per row."
  );
  draft.write(HEADER_ROW, 0, [[...MODEL_COLUMNS]], { role: "header" });
  const ref = byName(lines);
  // Line k is on row FIRST_ROW + k (its slot): each layout's lines are blocks of their own,
  // below the older ones.
  for (const { since, items } of byLayout(lines)) {
    const first = FIRST_ROW + (items[0]?.slot ?? 0);
    const when = sinceOption(since);
    draft.write(first, 0, column(items.map((l) => l.label)), when);
    for (const line of items) {
      draft.write(FIRST_ROW + line.slot, VALUE_COLUMN, [[{ formula: `=${line.formula(ref)}` }]], {
        formats: line.format,
        role: line.output ? "output" : "calc",
        ...when,
      });
    }
    draft.write(
      first,
      VALUE_COLUMN + 1,
      items.map((l) => [l.unit, lineName(l)]),
      when
    );
  }
  draft.columnWidths([330, 100, 80, 190]);

  const names: PlanName[] = [];
  const cells: Partial<Record<OutputId, OutputCell>> = {};
  for (const line of bySlot(lines)) {
    const row = FIRST_ROW + line.slot;
    const formula = `=${sheetRef(sheetName, cellAddress(row, VALUE_COLUMN, true))}`;
    const id = outputOf(line);
    if (id) {
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
  }
  return { sheet: draft.finish(FIRST_ROW), names, cells: cells as Record<OutputId, OutputCell> };
}
