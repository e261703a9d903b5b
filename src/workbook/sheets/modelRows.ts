/**
 * The whole model in one row of cells, for the analysis sheets (Sensitivity, Map): the same
 * CALC_LINES the Model and Compare sheets compute, reaching the inputs and the earlier lines
 * through the cells of their own row. The columns are the Compare sheet's (compareColumns:
 * each layout's section right of the older ones), shifted to start where the sheet says, so a
 * later layout's input or line lands to the right and no older cell moves.
 *
 * Each row also picks the output the analyst chose (its number in the list of outputs) with
 * CHOOSE over the row's output cells, in the order of the list (outputChoices).
 */
import { outputSpec, type InputId, type InputSpec, type OutputId } from "../../model";
import { columnLetters } from "../a1";
import type { CalcLine, LineKey, Ref } from "../calculations";
import { unitLabel } from "../formats";
import { outputName } from "../names";
import type { NumberFormat, PlanCell } from "../plan";
import { bySlot, sinceOf } from "../slots";
import { compareColumns } from "./compare";
import { inputFormat } from "./inputs";

/** The layout that added the analysis sheets: every block on them comes from it or later. */
export const ANALYSIS_SINCE = 3;

/** Where compareColumns starts (after the scenario's number and name). */
const COMPARE_FIRST = 2;

/** The outputs an analysis sheet offers, in the order its list shows them (by slot). */
export function outputChoices(lines: readonly CalcLine[]): OutputId[] {
  return bySlot(lines.filter((l) => l.output)).map((l) => l.key as OutputId);
}

/** The layout of each output in the list (at least ANALYSIS_SINCE). */
export function outputChoiceLayouts(lines: readonly CalcLine[]): number[] {
  return bySlot(lines.filter((l) => l.output)).map((l) => Math.max(ANALYSIS_SINCE, sinceOf(l)));
}

/** The layout of each input, in slot order (at least ANALYSIS_SINCE). */
export function inputLayouts(inputs: readonly InputSpec[]): number[] {
  return bySlot(inputs).map((s) => Math.max(ANALYSIS_SINCE, sinceOf(s)));
}

/** The list of outputs as cells: label, unit, name (what a choice cell may hold is the label). */
export function outputChoiceRows(lines: readonly CalcLine[]): PlanCell[][] {
  return outputChoices(lines).map((id) => {
    const line = lines.find((l) => l.key === id);
    return [outputSpec(id).label, line?.unit ?? "", outputName(id)];
  });
}

/**
 * Where the analysis sheets read each input and its cases: cell references rather than the
 * in_ names, since IronCalc resolves a defined name many times more slowly than a reference
 * (docs/HOSTS.md, "What the analysis sheets cost"). The names stay for the analyst's formulas.
 */
export interface InputReferences {
  readonly values: Readonly<Record<InputId, string>>;
  readonly cases: Readonly<Record<InputId, { readonly low: string; readonly high: string }>>;
}

export interface ModelRows {
  /** 0-based column of every input and line. */
  readonly columnOf: (key: InputId | LineKey) => number;
  readonly firstColumn: number;
  /** Header cells from firstColumn on: each input's and line's label with its unit. */
  readonly header: readonly PlanCell[];
  /** Number formats from firstColumn on. */
  readonly formats: readonly NumberFormat[];
  /** The layout of each column from firstColumn on (its input's or line's, at least ANALYSIS_SINCE). */
  readonly layouts: readonly number[];
  /**
   * One row of the model, from firstColumn on: each input's cell is `inputValue(spec)` (a
   * formula body without "="), each line its formula over the row's cells.
   */
  readonly cells: (row: number, inputValue: (spec: InputSpec) => string) => PlanCell[];
  /** The chosen output of the row's model: CHOOSE(choice, …) over its output cells. */
  readonly chosen: (row: number, choice: string) => string;
}

export function modelRows(
  firstColumn: number,
  inputs: readonly InputSpec[],
  lines: readonly CalcLine[]
): ModelRows {
  const columns = compareColumns(inputs, lines);
  const columnOf = (key: string): number => {
    const at = columns.get(key);
    if (at === undefined) throw new Error(`No model column for ${key}`);
    return firstColumn + at - COMPARE_FIRST;
  };
  const width = columns.size;
  const slots: {
    header: PlanCell;
    format: NumberFormat;
    since: number;
    cell: (ref: Ref, row: number) => string;
  }[] = Array.from({ length: width }, () => ({
    header: null,
    format: null,
    since: ANALYSIS_SINCE,
    cell: () => "",
  }));
  const at = (key: string): number => columnOf(key) - firstColumn;
  const inputOf = new Map<number, InputSpec>();
  for (const spec of inputs) {
    inputOf.set(at(spec.id), spec);
    slots[at(spec.id)] = {
      header: `${spec.label} (${unitLabel(spec.unit)})`,
      format: inputFormat(spec),
      since: Math.max(ANALYSIS_SINCE, sinceOf(spec)),
      cell: () => "",
    };
  }
  for (const line of lines) {
    slots[at(line.key)] = {
      header: `${line.label} (${line.unit})`,
      format: line.format,
      since: Math.max(ANALYSIS_SINCE, sinceOf(line)),
      cell: (ref) => line.formula(ref),
    };
  }
  const cellIn = (key: string, row: number): string => `$${columnLetters(columnOf(key))}${row + 1}`;
  return {
    columnOf,
    firstColumn,
    header: slots.map((s) => s.header),
    formats: slots.map((s) => s.format),
    layouts: slots.map((s) => s.since),
    cells: (row, inputValue) => {
      const ref: Ref = (key) => cellIn(key, row);
      return slots.map((slot, i) => {
        const spec = inputOf.get(i);
        return { formula: `=${spec ? inputValue(spec) : slot.cell(ref, row)}` };
      });
    },
    chosen: (row, choice) =>
      `CHOOSE(${choice},${outputChoices(lines)
        .map((id) => cellIn(id, row))
        .join(",")})`,
  };
}
