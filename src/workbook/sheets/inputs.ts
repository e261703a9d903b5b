/**
 * The Inputs sheet: one named input cell per scenario input (INPUT_SPECS), the only cells the
 * analyst and the task pane's sliders change. Each row says its unit, the article's low and
 * high (read live from the figure tables, so an overridden figure shows here), the range the
 * model accepts, and where the starting value comes from (figure and sentence, or assumption).
 *
 * The starting value is a constant typed into the input cell: that is where constants belong.
 */
import {
  figure,
  formatValue,
  INPUT_SPECS,
  type FigureId,
  type InputId,
  type InputSpec,
} from "../../model";
import { cellAddress, sheetRef } from "../a1";
import { formatForUnit, unitLabel } from "../formats";
import { inputName } from "../names";
import type { InputCell, NumberFormat, PlanCell, PlanName, PlanSheet } from "../plan";
import { column, SheetDraft } from "../sheetDraft";
import { byLayout, bySlot, sinceOf, sinceOption } from "../slots";
import type { FigureCells } from "./figures";

const INPUT_COLUMNS = [
  "Input",
  "Value",
  "Unit",
  "Article low",
  "Article high",
  "Min",
  "Max",
  "Source",
  "Source text",
  "Name",
] as const;
const VALUE_COLUMN = 1;
const MIN_COLUMN = 5;
const MAX_COLUMN = 6;
const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;

export interface InputsSheet {
  readonly sheet: PlanSheet;
  readonly names: readonly PlanName[];
  readonly cells: Readonly<Record<InputId, InputCell>>;
  /** Sheet-qualified absolute references to each input's accepted range. */
  readonly bounds: Readonly<Record<InputId, { readonly min: string; readonly max: string }>>;
}

/** The format an input shows in: money at the scale of its article figure or range. */
export function inputFormat(spec: InputSpec): NumberFormat {
  return formatForUnit(spec.unit, Math.max(Math.abs(spec.high), Math.abs(spec.max) / 10));
}

function sourceCells(spec: InputSpec): [PlanCell, PlanCell] {
  if (spec.figureId) return [spec.figureId, figure(spec.figureId).sentence];
  return ["assumption", spec.assumption ?? ""];
}

export function buildInputsSheet(
  sheetName: string,
  figureCells: Readonly<Record<FigureId, FigureCells>>,
  specs: readonly InputSpec[] = INPUT_SPECS
): InputsSheet {
  const draft = new SheetDraft("inputs", sheetName);
  draft.title(
    "AI Cost Scenarios: inputs",
    "Blue cells are the inputs: type here, or use the task pane's sliders. Everything else computes from them."
  );
  draft.write(HEADER_ROW, 0, [[...INPUT_COLUMNS]], { role: "header" });

  const restOfRow = (spec: InputSpec): PlanCell[] => {
    const cells = spec.figureId ? figureCells[spec.figureId] : undefined;
    const low: PlanCell = cells ? { formula: `=${cells.low}` } : spec.low;
    const high: PlanCell = cells ? { formula: `=${cells.high}` } : spec.high;
    return [
      unitLabel(spec.unit),
      low,
      high,
      spec.min,
      spec.max,
      ...sourceCells(spec),
      inputName(spec.id),
    ];
  };
  // Input k is on row FIRST_ROW + k (its slot): each layout's inputs are blocks of their own,
  // below the older ones. Labels in column A; the values (the analyst's data) in B; the rest
  // from C on.
  for (const { since, items } of byLayout(specs)) {
    const row = FIRST_ROW + (items[0]?.slot ?? 0);
    const when = sinceOption(since);
    draft.write(row, 0, column(items.map((s) => s.label)), { role: "calc", ...when });
    draft.write(row, VALUE_COLUMN, column(items.map((s) => s.base)), {
      formats: items.map((s) => [inputFormat(s)]),
      role: "input",
      analystData: true,
      ...when,
    });
    draft.write(row, VALUE_COLUMN + 1, items.map(restOfRow), {
      formats: items.map((spec) => {
        const f = inputFormat(spec);
        return [null, f, f, f, f, null, null, null];
      }),
      ...when,
    });
    draft.style(row, MIN_COLUMN, items.length, 2, "reference");
    draft.style(row, INPUT_COLUMNS.indexOf("Source text"), items.length, 1, "text");
  }
  draft.columnWidths([210, 90, 80, 80, 80, 80, 80, 150, 420, 170]);

  const cells: Partial<Record<InputId, InputCell>> = {};
  const bounds: Partial<Record<InputId, { min: string; max: string }>> = {};
  const names: PlanName[] = bySlot(specs).map((spec) => {
    const row = FIRST_ROW + spec.slot;
    const address = cellAddress(row, VALUE_COLUMN);
    cells[spec.id] = {
      id: spec.id,
      label: spec.label,
      name: inputName(spec.id),
      sheet: "inputs",
      row,
      column: VALUE_COLUMN,
      address,
      unit: spec.unit,
      min: spec.min,
      max: spec.max,
      base: spec.base,
      ...sinceOption(sinceOf(spec)),
    };
    bounds[spec.id] = {
      min: sheetRef(sheetName, cellAddress(row, MIN_COLUMN, true)),
      max: sheetRef(sheetName, cellAddress(row, MAX_COLUMN, true)),
    };
    return {
      name: inputName(spec.id),
      formula: `=${sheetRef(sheetName, cellAddress(row, VALUE_COLUMN, true))}`,
      comment: `Input: ${spec.label}, from ${formatValue(spec.min, spec.unit)} to ${formatValue(spec.max, spec.unit)}.`,
      kind: "input",
    };
  });
  return {
    sheet: draft.finish(FIRST_ROW),
    names,
    cells: cells as Record<InputId, InputCell>,
    bounds: bounds as Record<InputId, { min: string; max: string }>,
  };
}
