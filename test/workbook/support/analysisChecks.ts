/**
 * Test support: the Sensitivity and Map sheets compared with the model (sensitivity(),
 * twoWayMap()), read through their names; each gives the first disagreement, or undefined.
 */
import {
  DEFAULT_CASES,
  DEFAULT_INPUTS,
  DEFAULT_MAP_COLUMNS,
  DEFAULT_MAP_OUTPUT,
  DEFAULT_MAP_ROWS,
  DEFAULT_SENSITIVITY_OUTPUT,
  inputSpec,
  nearestIndex,
  sensitivity,
  twoWayMap,
  type MapAxis,
  type OutputId,
  type ScenarioCases,
  type ScenarioInputs,
} from "../../../src/model";
import type { WorkbookPlan } from "../../../src/workbook";
import type { Model } from "../../support/ironcalc";
import { readingMatches } from "../engineWorkbook";
import { readNamed } from "./analysisReads";

interface LoadedWorkbook {
  readonly model: Model;
  readonly plan: WorkbookPlan;
}

const columnOf = (workbook: LoadedWorkbook, name: string): (string | number)[] =>
  readNamed(workbook.model, workbook.plan, name).map((row) => row[0] ?? "");

/** The first disagreement of the Sensitivity sheet with sensitivity(), or undefined. */
export function sensitivityDisagreement(
  workbook: LoadedWorkbook,
  inputs: ScenarioInputs,
  outputId: OutputId = DEFAULT_SENSITIVITY_OUTPUT,
  cases: ScenarioCases = DEFAULT_CASES
): string | undefined {
  const expected = sensitivity(outputId, inputs, cases);
  const [labels, atLow, atHigh, swings, ranks, ranked] = [
    columnOf(workbook, "sens_Input"),
    columnOf(workbook, "sens_AtLow"),
    columnOf(workbook, "sens_AtHigh"),
    columnOf(workbook, "sens_Swing"),
    columnOf(workbook, "sens_Rank"),
    columnOf(workbook, "sens_RankedInput"),
  ];
  for (const row of expected.rows) {
    const at = labels.indexOf(inputSpec(row.inputId).label);
    const what = `${row.inputId} (${outputId})`;
    if (!readingMatches(atLow[at] ?? "", row.atLow)) return `${what} at low: ${atLow[at]}`;
    if (!readingMatches(atHigh[at] ?? "", row.atHigh)) return `${what} at high: ${atHigh[at]}`;
    const swing = swings[at];
    const swingOk =
      typeof row.swing === "number"
        ? typeof swing === "number" && readingMatches(swing, row.swing)
        : swing === row.swing;
    if (!swingOk) return `${what} swing: ${swing} vs ${row.swing}`;
    if (ranks[at] !== row.rank) return `${what} rank: ${ranks[at]} vs ${row.rank}`;
  }
  const order = expected.rows.map((r) => inputSpec(r.inputId).label);
  if (JSON.stringify(ranked) !== JSON.stringify(order)) return `ranked: ${ranked.join(", ")}`;
  const base = readNamed(workbook.model, workbook.plan, "sens_Base")[0]?.[0] ?? "";
  if (!readingMatches(base, expected.base)) return `base: ${base}`;
  return undefined;
}

/** The first disagreement of the Map sheet with twoWayMap(), or undefined. */
export function mapDisagreement(
  workbook: LoadedWorkbook,
  inputs: ScenarioInputs,
  rows: MapAxis = DEFAULT_MAP_ROWS,
  columns: MapAxis = DEFAULT_MAP_COLUMNS,
  outputId: OutputId = DEFAULT_MAP_OUTPUT
): string | undefined {
  const expected = twoWayMap(outputId, rows, columns, inputs);
  const rowValues = columnOf(workbook, "map_RowValues");
  const columnValues = readNamed(workbook.model, workbook.plan, "map_ColumnValues")[0] ?? [];
  // Read at 15 significant digits (readCell), so compared as numbers are.
  const same = (read: readonly (string | number)[], values: readonly number[]): boolean =>
    read.length === values.length && values.every((v, i) => readingMatches(read[i] ?? "", v));
  if (!same(rowValues, expected.rowValues)) return `rows: ${rowValues.join(",")}`;
  if (!same(columnValues, expected.columnValues)) return `columns: ${columnValues.join(",")}`;
  const values = readNamed(workbook.model, workbook.plan, "map_Values");
  for (const [r, row] of expected.cells.entries()) {
    for (const [c, value] of row.entries()) {
      const read = values[r]?.[c] ?? "";
      if (!readingMatches(read, value)) return `cell ${r},${c}: ${read} vs ${String(value)}`;
    }
  }
  const articleRow = nearestIndex(expected.rowValues, DEFAULT_INPUTS[rows.inputId]) + 1;
  const articleColumn = nearestIndex(expected.columnValues, DEFAULT_INPUTS[columns.inputId]) + 1;
  const point = [
    readNamed(workbook.model, workbook.plan, "map_ArticleRow")[0]?.[0],
    readNamed(workbook.model, workbook.plan, "map_ArticleColumn")[0]?.[0],
  ];
  if (point[0] !== articleRow || point[1] !== articleColumn) return `article's point: ${point}`;
  return undefined;
}
