/**
 * The Inputs sheet: one named input cell per scenario input (INPUT_SPECS), the only cells the
 * analyst and the task pane's sliders change. Each row says its unit, the article's low and
 * high (read live from the figure tables, so an overridden figure shows here), the range the
 * model accepts, and where the starting value comes from (figure and sentence, or assumption).
 *
 * The starting value is a constant typed into the input cell: that is where constants belong.
 *
 * From layout 3 each input also has a low and a high case (src/model/cases.ts), input cells the
 * analyst owns, right of the older columns (no older cell moves, plan.ts "Layouts"), with where
 * they come from: the article's range, or an assumption and its reason. The Sensitivity sheet
 * swings each input between them; their names are in_<Input>_Low and in_<Input>_High.
 *
 * From layout 4 each input also has a shape (column N, a drop-down of SHAPE_LABELS): how the
 * Trials sheet draws it between its cases. The analyst's data, named in_<Input>_Shape.
 */
import {
  figure,
  formatValue,
  inputCase,
  INPUT_SPECS,
  type FigureId,
  type InputCase,
  type InputId,
  type InputSpec,
  type Shape,
  DEFAULT_SHAPES,
  SHAPE_LABELS,
} from "../../model";
import { cellAddress, rangeAddress, sheetRef } from "../a1";
import { formatForUnit, unitLabel } from "../formats";
import { caseName, inputName, shapeName } from "../names";
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
  "Low case",
  "High case",
  "Why these cases",
  "Shape (Trials sheet)",
] as const;
/** The layout that added the low and high cases (columns K:M). */
export const CASES_SINCE = 3;
const VALUE_COLUMN = 1;
const MIN_COLUMN = 5;
const MAX_COLUMN = 6;
const LOW_CASE_COLUMN = INPUT_COLUMNS.indexOf("Low case");
const HIGH_CASE_COLUMN = LOW_CASE_COLUMN + 1;
/** The layout that added each input's shape (column N), which the Trials sheet draws from. */
export const SHAPES_SINCE = 4;
const SHAPE_COLUMN = INPUT_COLUMNS.indexOf("Shape (Trials sheet)");
const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;

export interface InputsSheet {
  readonly sheet: PlanSheet;
  readonly names: readonly PlanName[];
  readonly cells: Readonly<Record<InputId, InputCell>>;
  /** Sheet-qualified absolute references to each input's value cell. */
  readonly values: Readonly<Record<InputId, string>>;
  /** Sheet-qualified absolute references to each input's low and high case cells. */
  readonly cases: Readonly<Record<InputId, { readonly low: string; readonly high: string }>>;
  /** Sheet-qualified absolute references to each input's shape cell (a SHAPE_LABELS text). */
  readonly shapes: Readonly<Record<InputId, string>>;
  /** The shape cells' whole column, for their drop-down list (A1, on this sheet). */
  readonly shapeColumn: string;
  /** Sheet-qualified absolute references to each input's accepted range. */
  readonly bounds: Readonly<Record<InputId, { readonly min: string; readonly max: string }>>;
}

/** The format an input shows in: money at the scale of its article figure or range. */
export function inputFormat(spec: InputSpec): NumberFormat {
  return formatForUnit(spec.unit, Math.max(Math.abs(spec.high), Math.abs(spec.max) / 10));
}

/**
 * An input's cases and why: src/model/cases.ts for the model's inputs; an input the model's
 * cases do not know yet (a later layout's, in tests) takes its article low and high.
 */
function casesOf(spec: InputSpec): { low: number; high: number; reason: string } {
  const known = inputCase(spec.id) as InputCase | undefined;
  if (known) return known;
  return { low: spec.low, high: spec.high, reason: "The input's article low and high." };
}

/** An input's shape to start with: src/model's; an input the model does not know, fixed. */
export function defaultShape(id: string): Shape {
  return (DEFAULT_SHAPES as Readonly<Record<string, Shape | undefined>>)[id] ?? "fixed";
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
  const casesHeader = INPUT_COLUMNS.indexOf("Low case");
  draft.write(HEADER_ROW, 0, [INPUT_COLUMNS.slice(0, casesHeader)], { role: "header" });
  draft.write(HEADER_ROW, casesHeader, [INPUT_COLUMNS.slice(casesHeader, SHAPE_COLUMN)], {
    role: "header",
    since: CASES_SINCE,
  });
  draft.write(HEADER_ROW, SHAPE_COLUMN, [INPUT_COLUMNS.slice(SHAPE_COLUMN)], {
    role: "header",
    since: SHAPES_SINCE,
  });

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
  // The cases: a layout's inputs get them with the layout that added them, or with layout 3.
  const casesSince = (spec: InputSpec): number => Math.max(CASES_SINCE, sinceOf(spec));
  for (const since of [...new Set(specs.map(casesSince))].sort((a, b) => a - b)) {
    const items = bySlot(specs.filter((s) => casesSince(s) === since));
    const row = FIRST_ROW + (items[0]?.slot ?? 0);
    draft.write(
      row,
      LOW_CASE_COLUMN,
      items.map((s) => [casesOf(s).low, casesOf(s).high]),
      {
        formats: items.map((s) => [inputFormat(s), inputFormat(s)]),
        role: "input",
        analystData: true,
        since,
      }
    );
    draft.write(row, HIGH_CASE_COLUMN + 1, column(items.map((s) => casesOf(s).reason)), {
      role: "text",
      since,
    });
  }
  // The shapes: the analyst's data too, from layout 4 (or the input's own later layout).
  const shapesSince = (spec: InputSpec): number => Math.max(SHAPES_SINCE, sinceOf(spec));
  for (const since of [...new Set(specs.map(shapesSince))].sort((a, b) => a - b)) {
    const items = bySlot(specs.filter((s) => shapesSince(s) === since));
    draft.write(
      FIRST_ROW + (items[0]?.slot ?? 0),
      SHAPE_COLUMN,
      column(items.map((s) => SHAPE_LABELS[defaultShape(s.id)])),
      { role: "input", analystData: true, since }
    );
  }
  draft.columnWidths([210, 90, 80, 80, 80, 80, 80, 150, 420, 170, 90, 90, 420, 190]);

  const cells: Partial<Record<InputId, InputCell>> = {};
  const bounds: Partial<Record<InputId, { min: string; max: string }>> = {};
  const cases: Partial<Record<InputId, { low: string; high: string }>> = {};
  const shapes: Partial<Record<InputId, string>> = {};
  const values: Partial<Record<InputId, string>> = {};
  const caseNames: PlanName[] = [];
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
    values[spec.id] = sheetRef(sheetName, cellAddress(row, VALUE_COLUMN, true));
    bounds[spec.id] = {
      min: sheetRef(sheetName, cellAddress(row, MIN_COLUMN, true)),
      max: sheetRef(sheetName, cellAddress(row, MAX_COLUMN, true)),
    };
    cases[spec.id] = {
      low: sheetRef(sheetName, cellAddress(row, LOW_CASE_COLUMN, true)),
      high: sheetRef(sheetName, cellAddress(row, HIGH_CASE_COLUMN, true)),
    };
    shapes[spec.id] = sheetRef(sheetName, cellAddress(row, SHAPE_COLUMN, true));
    caseNames.push(
      {
        name: caseName(spec.id, "Low"),
        formula: `=${cases[spec.id]?.low ?? ""}`,
        comment: `Low case: ${spec.label}, where the Sensitivity sheet swings it down (${unitLabel(spec.unit)}).`,
        kind: "case",
      },
      {
        name: caseName(spec.id, "High"),
        formula: `=${cases[spec.id]?.high ?? ""}`,
        comment: `High case: ${spec.label}, where the Sensitivity sheet swings it up (${unitLabel(spec.unit)}).`,
        kind: "case",
      },
      {
        name: shapeName(spec.id),
        formula: `=${shapes[spec.id] ?? ""}`,
        comment: `Shape: how the Trials sheet draws ${spec.label} between its low and high case.`,
        kind: "shape",
      }
    );
    return {
      name: inputName(spec.id),
      formula: `=${values[spec.id] ?? ""}`,
      comment: `Input: ${spec.label}, from ${formatValue(spec.min, spec.unit)} to ${formatValue(spec.max, spec.unit)}.`,
      kind: "input",
    };
  });
  return {
    sheet: draft.finish(FIRST_ROW),
    names: [...names, ...caseNames],
    cells: cells as Record<InputId, InputCell>,
    values: values as Record<InputId, string>,
    cases: cases as Record<InputId, { low: string; high: string }>,
    shapes: shapes as Record<InputId, string>,
    shapeColumn: rangeAddress(
      FIRST_ROW,
      SHAPE_COLUMN,
      Math.max(...specs.map((s) => s.slot)) + 1,
      1
    ),
    bounds: bounds as Record<InputId, { min: string; max: string }>,
  };
}
