/**
 * Test support: the analysis a workbook of the current layout shows for some inputs, from
 * src/model (sensitivity and twoWayMap with the sheets' defaults), as the hosts decode it from
 * the Sensitivity and Map sheets (the contract suite checks the hosts against the same model).
 * For TestHost and for tests that compare the pane with the model.
 */
import {
  DEFAULT_CASES,
  DEFAULT_INPUTS,
  DEFAULT_MAP_COLUMNS,
  DEFAULT_MAP_OUTPUT,
  DEFAULT_MAP_ROWS,
  DEFAULT_SENSITIVITY_OUTPUT,
  inputSpec,
  isDomainError,
  nearestIndex,
  outputSpec,
  sensitivity,
  twoWayMap,
  type OutputValue,
  type ScenarioInputs,
  type Swing,
} from "../../src/model";
import type { AnalysisReadings } from "../../src/workbook/analysis/readings";
import type { CellReading } from "../../src/workbook/host";

/** A value as its cell shows it: a number, "never", or Excel's error text. */
export function shownAs(value: OutputValue | Swing): CellReading {
  return isDomainError(value) ? value.excelText : value;
}

export function modelAnalysis(inputs: ScenarioInputs): AnalysisReadings {
  const sens = sensitivity(DEFAULT_SENSITIVITY_OUTPUT, inputs, DEFAULT_CASES);
  const change = (at: OutputValue): CellReading =>
    typeof at === "number" && typeof sens.base === "number" ? at - sens.base : "#N/A";
  const map = twoWayMap(DEFAULT_MAP_OUTPUT, DEFAULT_MAP_ROWS, DEFAULT_MAP_COLUMNS, inputs);
  return {
    tornado: {
      outputLabel: outputSpec(sens.outputId).label,
      outputId: sens.outputId,
      base: shownAs(sens.base),
      rows: sens.rows.map((row) => ({
        rank: row.rank,
        input: { label: inputSpec(row.inputId).label, inputId: row.inputId },
        lowCase: row.lowCase,
        highCase: row.highCase,
        atLow: shownAs(row.atLow),
        atHigh: shownAs(row.atHigh),
        swing: shownAs(row.swing),
        changeAtLow: change(row.atLow),
        changeAtHigh: change(row.atHigh),
      })),
    },
    map: {
      outputLabel: outputSpec(map.outputId).label,
      outputId: map.outputId,
      rowInput: {
        label: inputSpec(DEFAULT_MAP_ROWS.inputId).label,
        inputId: DEFAULT_MAP_ROWS.inputId,
      },
      columnInput: {
        label: inputSpec(DEFAULT_MAP_COLUMNS.inputId).label,
        inputId: DEFAULT_MAP_COLUMNS.inputId,
      },
      rowValues: map.rowValues,
      columnValues: map.columnValues,
      cells: map.cells.map((row) => row.map(shownAs)),
      articleRow: nearestIndex(map.rowValues, DEFAULT_INPUTS.efficiencyShare),
      articleColumn: nearestIndex(map.columnValues, DEFAULT_INPUTS.frontierAnnualSpendUsd),
    },
  };
}
