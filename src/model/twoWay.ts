/**
 * The two-way map: one output over a grid of two inputs (the others at their values), each
 * axis given by its start, step and count as the Map sheet's input cells give it. Axis values
 * are start + i·step, computed in that order so that the sheet's cells (=start+i*step) hold the
 * same doubles. The workbook's Map sheet computes the same grid natively. When both axes name
 * the same input, the column's value wins (it is set last).
 */
import {
  DEFAULT_INPUTS,
  evaluate,
  type InputId,
  type OutputId,
  type OutputValue,
  type ScenarioInputs,
} from "./scenario";

export interface MapAxis {
  readonly inputId: InputId;
  readonly start: number;
  readonly step: number;
  /** How many values, 1 or more. */
  readonly count: number;
}

export interface TwoWayMap {
  readonly outputId: OutputId;
  readonly rowValues: readonly number[];
  readonly columnValues: readonly number[];
  /** cells[r][c]: the output with the row input at rowValues[r], the column input at columnValues[c]. */
  readonly cells: readonly (readonly OutputValue[])[];
}

/**
 * The defaults: efficiency share down the side (1.25% to 20% in steps of 1.25%, the article's
 * 5-10% inside), frontier annual spend across ($5B to $10B in steps of $0.5B, the article's
 * $7-8B inside), runway at efficient spend in the cells. Both axes hit the article's point
 * (7.5%, $7.5B) exactly: 0.0125 + 5 × 0.0125 is 0.075 in binary too (2.5% steps are not).
 */
export const DEFAULT_MAP_OUTPUT: OutputId = "runwayAtEfficientYears";
export const DEFAULT_MAP_ROWS: MapAxis = {
  inputId: "efficiencyShare",
  start: 0.0125,
  step: 0.0125,
  count: 16,
};
export const DEFAULT_MAP_COLUMNS: MapAxis = {
  inputId: "frontierAnnualSpendUsd",
  start: 5e9,
  step: 0.5e9,
  count: 11,
};

export function axisValues(axis: MapAxis): number[] {
  return Array.from(
    { length: Math.max(0, Math.floor(axis.count)) },
    (_, i) => axis.start + i * axis.step
  );
}

/** The index of the axis value nearest `value` (to mark the article's point), or -1 for an empty axis. */
export function nearestIndex(values: readonly number[], value: number): number {
  let best = -1;
  values.forEach((v, i) => {
    if (best < 0 || Math.abs(v - value) < Math.abs((values[best] as number) - value)) best = i;
  });
  return best;
}

export function twoWayMap(
  outputId: OutputId = DEFAULT_MAP_OUTPUT,
  rows: MapAxis = DEFAULT_MAP_ROWS,
  columns: MapAxis = DEFAULT_MAP_COLUMNS,
  inputs: ScenarioInputs = DEFAULT_INPUTS
): TwoWayMap {
  const rowValues = axisValues(rows);
  const columnValues = axisValues(columns);
  const cells = rowValues.map((r) =>
    columnValues.map(
      (c) => evaluate({ ...inputs, [rows.inputId]: r, [columns.inputId]: c })[outputId]
    )
  );
  return { outputId, rowValues, columnValues, cells };
}
